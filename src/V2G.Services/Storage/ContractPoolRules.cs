using System.Collections.Generic;
using System.Linq;

namespace V2G.Services.Storage;

/// <summary>
/// The default-contract rules of the contract pool, shared by the stores that keep the pool as a list.
/// The default belongs to an eMAID of a PCID (every namespace of that eMAID), so every PCID with contracts has exactly
/// one default eMAID: the first one put, one put with <see cref="ContractDataRecord.IsDefault"/>, or the one
/// <see cref="IPncStore.SetDefaultContractAsync"/> chose; when it is deleted the oldest remaining contract takes over.
/// </summary>
internal static class ContractPoolRules
{
    /// <summary>The pool after adding or replacing a record; insertion order is kept (a replacement becomes the newest).</summary>
    public static List<ContractDataRecord> Put(IReadOnlyList<ContractDataRecord> pool, ContractDataRecord record)
    {
        string? current = DefaultEmaid(pool, record.Pcid);
        var next = pool.Where(c => !SameKey(c, record)).ToList();
        next.Add(record);
        bool takesDefault = record.IsDefault || current == null || current == record.Emaid;
        return WithDefault(next, record.Pcid, takesDefault ? record.Emaid : current!);
    }

    /// <summary>The pool with the eMAID made the default of the PCID, or null when the pair is not in the pool.</summary>
    public static List<ContractDataRecord>? SetDefault(IReadOnlyList<ContractDataRecord> pool, string pcid, string emaid) =>
        pool.Any(c => c.Pcid == pcid && c.Emaid == emaid) ? WithDefault(pool, pcid, emaid) : null;

    /// <summary>The pool without the eMAID's records; PCIDs that lost their default get the oldest remaining contract's eMAID.</summary>
    public static List<ContractDataRecord> Delete(IReadOnlyList<ContractDataRecord> pool, string emaid, out int removed)
    {
        var next = pool.Where(c => c.Emaid != emaid).ToList();
        removed = pool.Count - next.Count;
        foreach (string pcid in pool.Where(c => c.Emaid == emaid && c.IsDefault).Select(c => c.Pcid).Distinct().ToArray())
        {
            ContractDataRecord? oldest = next.Find(c => c.Pcid == pcid);
            if (oldest != null)
            {
                next = WithDefault(next, pcid, oldest.Emaid);
            }
        }

        return next;
    }

    /// <summary>Whether two records have the same eMAID/PCID/namespace key.</summary>
    public static bool SameKey(ContractDataRecord a, ContractDataRecord b) =>
        a.Emaid == b.Emaid && a.Pcid == b.Pcid && a.XsdMsgDefNamespace == b.XsdMsgDefNamespace;

    private static string? DefaultEmaid(IReadOnlyList<ContractDataRecord> pool, string pcid) =>
        pool.FirstOrDefault(c => c.Pcid == pcid && c.IsDefault)?.Emaid;

    private static List<ContractDataRecord> WithDefault(IEnumerable<ContractDataRecord> pool, string pcid, string emaid) =>
        pool.Select(c => c.Pcid != pcid || c.IsDefault == (c.Emaid == emaid) ? c : c with { IsDefault = c.Emaid == emaid })
            .ToList();
}

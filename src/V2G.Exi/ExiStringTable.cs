using System;
using System.Collections.Generic;

namespace V2G.Exi;

/// <summary>
/// The EXI value string table (EXI 1.0 §7.3.3) with an unbounded value partition capacity and value length: one
/// global value partition plus one local value partition per qname id.
/// </summary>
/// <remarks>
/// The V2G profile forbids the value table (valuePartitionCapacity = 0). This table exists only for an explicit
/// lenient decode mode that accepts streams from encoders that used one. Qname ids are chosen by the caller (any
/// non-negative int); the table grows as needed. Not thread-safe.
/// </remarks>
public sealed class ExiStringTable
{
    private readonly List<string> _global = new();
    private readonly List<List<string>?> _local = new();

    /// <summary>Number of entries in the global value partition.</summary>
    public int GlobalCount => _global.Count;

    /// <summary>Number of entries in the local value partition of a qname.</summary>
    /// <param name="qnameId">The qname id (non-negative).</param>
    /// <returns>The number of entries, 0 when the qname has none yet.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qnameId"/> is negative.</exception>
    public int LocalCount(int qnameId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(qnameId);
        return qnameId < _local.Count ? _local[qnameId]?.Count ?? 0 : 0;
    }

    /// <summary>
    /// Adds a value that was encoded as a literal (a string-table miss) for a qname: to the global partition and to
    /// the qname's local partition. Empty values are not added (EXI §7.3.3).
    /// </summary>
    /// <param name="qnameId">The qname id (non-negative) of the element or attribute that carries the value.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qnameId"/> is negative.</exception>
    public void Add(int qnameId, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(qnameId);
        if (value.Length == 0)
        {
            return;
        }

        while (_local.Count <= qnameId)
        {
            _local.Add(null);
        }

        List<string> local = _local[qnameId] ??= new List<string>();
        local.Add(value);
        _global.Add(value);
    }

    /// <summary>Returns the global value with a compact id.</summary>
    /// <param name="index">The compact id in the global partition.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a valid compact id.</exception>
    public string GetGlobal(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _global.Count);
        return _global[index];
    }

    /// <summary>Returns the local value of a qname with a compact id.</summary>
    /// <param name="qnameId">The qname id (non-negative).</param>
    /// <param name="index">The compact id in the qname's local partition.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qnameId"/> is negative or <paramref name="index"/> is not a valid compact id.</exception>
    public string GetLocal(int qnameId, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, LocalCount(qnameId));
        return _local[qnameId]![index];
    }

    /// <summary>Removes every entry (for example before decoding the next message), keeping the allocated storage.</summary>
    public void Reset()
    {
        _global.Clear();
        foreach (List<string>? local in _local)
        {
            local?.Clear();
        }
    }
}

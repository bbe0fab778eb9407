using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using V2G.Security.Identifiers;

namespace V2G.Security.Provisioning;

/// <summary>
/// How a mobility operator numbers the contracts it issues: a fixed prefix (country code, provider ID and the eMI3 ID type
/// 'C', e.g. <c>DE-8AA-C</c>), an 8-digit sequence number and the eMI3 check digit, written compact (<c>DE8AAC000000017</c>).
/// </summary>
public sealed class EmaidPolicy
{
    /// <summary>The largest sequence number: 8 decimal digits.</summary>
    public const long MaximumSequence = 99_999_999;

    private EmaidPolicy(string prefix) => Prefix = prefix;

    /// <summary>The compact prefix: two letters, three letters or digits, and 'C' (e.g. <c>DE8AAC</c>).</summary>
    public string Prefix { get; }

    /// <summary>The test bench default, <c>DE-8AA-C</c>.</summary>
    public static EmaidPolicy Default { get; } = new("DE8AAC");

    /// <summary>Reads a prefix such as <c>DE-8AA-C</c> or <c>DE8AAC</c>.</summary>
    /// <param name="prefix">Country code, provider ID and ID type, with or without '-'.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="error">Why the prefix is unusable.</param>
    /// <returns>False when the prefix is not an eMI3 contract prefix.</returns>
    public static bool TryCreate(string prefix, [NotNullWhen(true)] out EmaidPolicy? policy, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        policy = null;
        string compact = prefix.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length != 6 || compact[5] != 'C')
        {
            error = $"the eMAID prefix '{prefix}' must be country code, provider ID and the ID type C (e.g. DE-8AA-C)";
            return false;
        }

        // The sample instance proves the prefix parses as an eMI3 contract ID before any contract is numbered with it.
        if (!EMaid.TryParse(compact + "00000001", EMaidSyntax.Emi3, out _, out IdentifierError? problem))
        {
            error = $"the eMAID prefix '{prefix}' does not make an eMI3 contract ID: {problem.Message}";
            return false;
        }

        policy = new EmaidPolicy(compact);
        error = null;
        return true;
    }

    /// <summary>The eMAID with this sequence number, with its check digit.</summary>
    /// <param name="sequence">1 to <see cref="MaximumSequence"/>.</param>
    /// <returns>The compact eMAID, 15 characters.</returns>
    public string Create(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaximumSequence);
        string baseId = Prefix + sequence.ToString("D8", CultureInfo.InvariantCulture);
        return baseId + EMaid.ComputeCheckDigit(baseId);
    }

    /// <summary>The sequence number of an eMAID this policy made, or null when it has another prefix or form.</summary>
    /// <param name="emaid">A compact eMAID.</param>
    public long? SequenceOf(string emaid)
    {
        ArgumentNullException.ThrowIfNull(emaid);
        if (emaid.Length < Prefix.Length + 8 || !emaid.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return long.TryParse(emaid.AsSpan(Prefix.Length, 8), NumberStyles.None, CultureInfo.InvariantCulture, out long sequence)
            ? sequence
            : null;
    }
}

using System;
using System.Globalization;

namespace V2G.Transport.Capture;

/// <summary>A problem found in a capture: what, where (the byte offset in the file), and in which field.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Offset">The byte offset in the capture file where the offending field or record starts.</param>
/// <param name="Field">The field or structure concerned, e.g. <c>pcap record incl_len</c> or <c>IPv4 IHL</c>.</param>
/// <param name="Detail">What was found and what was expected, in words.</param>
public sealed record CaptureError(CaptureErrorKind Kind, long Offset, string Field, string Detail)
{
    /// <summary>A one-line description: kind, field, offset and detail.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind} at byte {Offset} ({Field}): {Detail}");
}

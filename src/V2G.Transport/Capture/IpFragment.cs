using System;

namespace V2G.Transport.Capture;

/// <summary>The fragmentation fields of an IP packet that is a fragment (RFC 791 section 3.1, RFC 8200 section 4.5).</summary>
/// <param name="Identification">The identification shared by the fragments of one datagram.</param>
/// <param name="Offset">The fragment's offset in the original payload, in bytes.</param>
/// <param name="MoreFragments">Whether more fragments follow.</param>
public sealed record IpFragment(uint Identification, int Offset, bool MoreFragments);

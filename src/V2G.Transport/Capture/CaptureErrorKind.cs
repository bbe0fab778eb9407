using System;

namespace V2G.Transport.Capture;

/// <summary>What is wrong with a capture file or a packet in it.</summary>
public enum CaptureErrorKind
{
    /// <summary>The input does not start with a pcap magic number or a pcapng Section Header Block.</summary>
    NotACapture,

    /// <summary>The file header names a format version this reader does not know.</summary>
    UnsupportedVersion,

    /// <summary>The file ends inside a header or a record: the data after the offset is incomplete.</summary>
    Truncated,

    /// <summary>A length read from the file is over the configured maximum (<see cref="CaptureLimits"/>).</summary>
    LengthOverLimit,

    /// <summary>A pcapng block length is too small, not a multiple of 4, or does not match its trailing copy.</summary>
    BadBlockLength,

    /// <summary>A pcapng option runs past the end of its block.</summary>
    BadOption,

    /// <summary>A pcapng packet names an interface no Interface Description Block defined.</summary>
    UndefinedInterface,

    /// <summary>A pcapng record appears before any Section Header Block, or a section has too many interfaces.</summary>
    BadStructure,

    /// <summary>The capture's link type is not one the packet decoder reads; its packets are kept undecoded.</summary>
    UnsupportedLinkType,

    /// <summary>A packet's captured length is larger than its original length or the interface's snapshot length.</summary>
    BadPacketLength,

    /// <summary>A link, IP, TCP or UDP header is shorter than its fixed part or than the length it declares.</summary>
    TruncatedHeader,

    /// <summary>A header field has a value the protocol does not allow (an IP version, a header length, a total length).</summary>
    BadHeaderField,

    /// <summary>An IP fragment: it is reported, not reassembled, and its transport payload is not decoded.</summary>
    IpFragment,

    /// <summary>The capture stream could not be read (an I/O error of the underlying stream).</summary>
    ReadFailed,
}

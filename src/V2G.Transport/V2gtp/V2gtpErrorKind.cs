namespace V2G.Transport.V2gtp;

/// <summary>What is wrong with a V2GTP header or frame.</summary>
public enum V2gtpErrorKind
{
    /// <summary>The protocol version byte (offset 0) is not 0x01.</summary>
    WrongProtocolVersion,

    /// <summary>The inverse protocol version byte (offset 1) is not 0xFE, the bitwise complement of the version.</summary>
    WrongInverseProtocolVersion,

    /// <summary>The payload type (offset 2) is none of the known types and the options do not allow unknown ones.</summary>
    UnknownPayloadType,

    /// <summary>The payload length (offset 4) exceeds the configured maximum.</summary>
    PayloadTooLarge,

    /// <summary>The input ended before the 8 header bytes were complete.</summary>
    TruncatedHeader,

    /// <summary>The input ended before the number of payload bytes the header declares.</summary>
    TruncatedPayload,
}

using System;
using System.Buffers.Binary;

namespace V2G.Transport.V2gtp;

/// <summary>
/// Checks header fields as soon as their bytes are present, so that a stream reader reports a wrong version after one
/// byte instead of waiting for eight that may never come.
/// </summary>
internal static class V2gtpHeaderCheck
{
    internal enum Status
    {
        Valid,
        NeedMoreData,
        Invalid,
    }

    /// <summary>Checks the header bytes available; <paramref name="baseOffset"/> is the input offset of byte 0.</summary>
    internal static Status Check(
        ReadOnlySpan<byte> available, V2gtpReaderOptions options, long baseOffset, out V2gtpHeader header, out V2gtpError? error)
    {
        header = default;
        error = null;
        if (available.Length >= 1 && available[0] != V2gtpHeader.ProtocolVersion)
        {
            error = new V2gtpError(V2gtpErrorKind.WrongProtocolVersion, baseOffset,
                $"protocol version is 0x{available[0]:X2}, expected 0x{V2gtpHeader.ProtocolVersion:X2}");
            return Status.Invalid;
        }

        if (available.Length >= 2 && available[1] != V2gtpHeader.InverseProtocolVersion)
        {
            error = new V2gtpError(V2gtpErrorKind.WrongInverseProtocolVersion, baseOffset + 1,
                $"inverse protocol version is 0x{available[1]:X2}, expected 0x{V2gtpHeader.InverseProtocolVersion:X2}");
            return Status.Invalid;
        }

        if (available.Length < 4)
        {
            return Status.NeedMoreData;
        }

        var payloadType = new V2gtpPayloadType(BinaryPrimitives.ReadUInt16BigEndian(available[2..]));
        if (!payloadType.IsKnown && !options.AllowUnknownPayloadTypes)
        {
            var kind = payloadType.IsManufacturerSpecific ? "a manufacturer-specific" : "an unknown";
            error = new V2gtpError(V2gtpErrorKind.UnknownPayloadType, baseOffset + 2,
                $"payload type {payloadType.ToHex()} is {kind} type (allow unknown payload types to read it)");
            return Status.Invalid;
        }

        if (available.Length < V2gtpHeader.Size)
        {
            return Status.NeedMoreData;
        }

        var payloadLength = BinaryPrimitives.ReadUInt32BigEndian(available[4..]);
        if (payloadLength > (uint)options.MaxPayloadLength)
        {
            error = new V2gtpError(V2gtpErrorKind.PayloadTooLarge, baseOffset + 4,
                $"payload length {payloadLength} exceeds the maximum of {options.MaxPayloadLength} bytes");
            return Status.Invalid;
        }

        header = new V2gtpHeader(payloadType, payloadLength);
        return Status.Valid;
    }

    internal static V2gtpError TruncatedHeader(long available, long baseOffset) =>
        new(V2gtpErrorKind.TruncatedHeader, baseOffset + available,
            $"input ends after {available} of the {V2gtpHeader.Size} header bytes");

    internal static V2gtpError TruncatedPayload(V2gtpHeader header, long availablePayload, long baseOffset) =>
        new(V2gtpErrorKind.TruncatedPayload, baseOffset + V2gtpHeader.Size + availablePayload,
            $"header declares {header.PayloadLength} payload bytes but the input ends after {availablePayload}");
}

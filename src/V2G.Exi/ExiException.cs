using System;
using System.Globalization;

namespace V2G.Exi;

/// <summary>
/// Base class of every error raised while encoding or decoding an EXI stream. Carries the reason, the bit offset in
/// the stream where the problem was found, and the path of the element being processed.
/// </summary>
/// <remarks>
/// The element path is built on the way out. Decoding throws nothing while it runs: the reader records the error and
/// each generated element reader that sees it prepends its segment (<see cref="ExiReader.FailedIn(string)"/>), then
/// returns; the throwing <c>Decode</c> throws the error at the end. Encoding builds it while the exception propagates:
/// each generated element writer wraps its body in <c>catch (ExiException e) when (e.PrependPathSegment("Name")) { }</c>,
/// a filter that always returns <see langword="false"/>, so the exception is never caught and nothing is allocated
/// when no error occurs.
/// </remarks>
public class ExiException : Exception
{
    private string _elementPath = string.Empty;

    /// <summary>Creates an exception with a reason and the bit offset where the problem was found.</summary>
    /// <param name="reason">What went wrong, as one sentence without the offset or path.</param>
    /// <param name="bitOffset">Bit offset in the stream (bit 0 = most significant bit of byte 0), or -1 when not applicable.</param>
    public ExiException(string reason, long bitOffset)
        : this(reason, bitOffset, null)
    {
    }

    /// <summary>Creates an exception with a reason, the bit offset where the problem was found and its cause.</summary>
    /// <param name="reason">What went wrong, as one sentence without the offset or path.</param>
    /// <param name="bitOffset">Bit offset in the stream (bit 0 = most significant bit of byte 0), or -1 when not applicable.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ExiException(string reason, long bitOffset, Exception? innerException)
        : base(reason, innerException)
    {
        Reason = reason ?? string.Empty;
        BitOffset = bitOffset < 0 ? -1 : bitOffset;
    }

    /// <summary>Bit offset in the stream where the problem was found, or -1 when not applicable.</summary>
    public long BitOffset { get; }

    /// <summary>What went wrong, without the bit offset and the element path.</summary>
    public string Reason { get; }

    /// <summary>
    /// Path of the element being encoded or decoded, for example <c>/V2G_Message/Body/SessionSetupReq/EVCCID</c>;
    /// empty when unknown.
    /// </summary>
    public string ElementPath => _elementPath;

    /// <summary>
    /// The reason followed by the bit offset and the element path, for example
    /// <c>String length 300 exceeds the remaining input at bit 1234 in /supportedAppProtocolReq/AppProtocol[2]/ProtocolNamespace</c>.
    /// </summary>
    public override string Message
    {
        get
        {
            string text = Reason;
            if (BitOffset >= 0)
            {
                text = string.Concat(text, " at bit ", BitOffset.ToString(CultureInfo.InvariantCulture));
            }

            if (_elementPath.Length != 0)
            {
                text = string.Concat(text, " in ", _elementPath);
            }

            return text;
        }
    }

    /// <summary>
    /// Prepends <c>/</c><paramref name="segment"/> to <see cref="ElementPath"/> and returns <see langword="false"/>,
    /// so that it can be used in an exception filter that never catches.
    /// </summary>
    /// <param name="segment">The element name (or any path segment, such as <c>AppProtocol[2]</c>).</param>
    /// <returns>Always <see langword="false"/>.</returns>
    public bool PrependPathSegment(string segment)
    {
        _elementPath = string.Concat("/", segment, _elementPath);
        return false;
    }

    /// <summary>
    /// Prepends <c>/</c><paramref name="segment"/><c>[</c><paramref name="index"/><c>]</c> to
    /// <see cref="ElementPath"/> and returns <see langword="false"/>, for repeated elements.
    /// </summary>
    /// <param name="segment">The element name.</param>
    /// <param name="index">The position written between brackets, exactly as given (pass a 1-based position for XPath-style paths).</param>
    /// <returns>Always <see langword="false"/>.</returns>
    public bool PrependPathSegment(string segment, int index)
    {
        _elementPath = string.Create(CultureInfo.InvariantCulture, $"/{segment}[{index}]{_elementPath}");
        return false;
    }
}

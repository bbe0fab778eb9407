using System;
using V2G.Messages.AppProtocol;
using V2G.Messages.Iso2;
using Iso20 = V2G.Messages.Iso20;

namespace V2G.Cli.Demo;

/// <summary>
/// Builds the <see cref="RoundTripStep"/> of one message for each codec the demo uses: the step encodes the message
/// with the generated codec and checks the decoded XML against the codec's <c>ToXml</c> of the same message.
/// </summary>
internal static class CodecSteps
{
    /// <summary>A handshake message (<c>--schema app-protocol</c>).</summary>
    /// <param name="title">What the step shows; starts with the message name.</param>
    /// <param name="build">Builds the message.</param>
    /// <returns>The step.</returns>
    public static RoundTripStep AppProtocol(string title, Func<AppProtocolDocument> build) => new(
        title,
        "app-protocol",
        () => AppProtocolCodec.Encode(build()),
        () => AppProtocolCodec.ToXml(build()));

    /// <summary>An ISO 15118-2 message (<c>--schema iso2</c>).</summary>
    /// <param name="title">What the step shows; starts with the body element's name.</param>
    /// <param name="build">Builds the message.</param>
    /// <returns>The step.</returns>
    public static RoundTripStep Iso2(string title, Func<V2G_Message> build) => new(
        title,
        "iso2",
        () => Iso2Codec.Encode(build()),
        () => Iso2Codec.ToXml(build()));

    /// <summary>An ISO 15118-20 message of the CommonMessages namespace (<c>--schema iso20-common</c>).</summary>
    /// <param name="title">What the step shows; starts with the root element's name.</param>
    /// <param name="build">Builds the message.</param>
    /// <returns>The step.</returns>
    public static RoundTripStep Iso20Common(string title, Func<Iso20.CommonMessagesDocument> build) => new(
        title,
        "iso20-common",
        () => Iso20.CommonMessagesCodec.Encode(build()),
        () => Iso20.CommonMessagesCodec.ToXml(build()));

    /// <summary>An ISO 15118-20 message of the DC namespace (<c>--schema iso20-dc</c>).</summary>
    /// <param name="title">What the step shows; starts with the root element's name.</param>
    /// <param name="build">Builds the message.</param>
    /// <returns>The step.</returns>
    public static RoundTripStep Iso20Dc(string title, Func<Iso20.DcDocument> build) => new(
        title,
        "iso20-dc",
        () => Iso20.DcCodec.Encode(build()),
        () => Iso20.DcCodec.ToXml(build()));
}

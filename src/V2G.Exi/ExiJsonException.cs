using System;

namespace V2G.Exi;

/// <summary>
/// The JSON form of a message is not well-formed JSON or breaks the schema: an unknown key, a value of the wrong JSON
/// kind, a missing required member, a value outside its facets or a duplicate key. Carries the JSON path of the offending
/// member, e.g. <c>$.V2G_Message.Body.SessionSetupReq.EVCCID</c>.
/// </summary>
public sealed class ExiJsonException : ExiEncodeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong.</param>
    public ExiJsonException(string reason)
        : base(reason, -1)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ExiJsonException(string reason, Exception? innerException)
        : base(reason, -1, innerException)
    {
    }

    /// <summary>
    /// The JSON path of the member where the problem was found: <c>$</c> for the document itself, then one <c>.key</c>
    /// per object and <c>[i]</c> (0-based) per array item, e.g. <c>$.supportedAppProtocolReq.AppProtocol[1].Priority</c>.
    /// </summary>
    public string JsonPath => "$" + ElementPath.Replace('/', '.');

    /// <summary>The reason followed by the JSON path, e.g. <c>Expected a string, found Number at $.V2G_Message.Header.SessionID</c>.</summary>
    public override string Message => Reason + " at " + JsonPath;
}

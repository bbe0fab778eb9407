using System.Diagnostics.CodeAnalysis;

namespace V2G.Messages.Iso2;

/// <content>Building and reading a message without spelling out the header and body wrappers.</content>
public partial class V2G_Message
{
    /// <summary>Creates a ISO 15118-2 message of a session: a header with the session id and a body holding one body element.</summary>
    /// <param name="sessionId">The SessionID (8 bytes; all zero in SessionSetupReq before the charger assigns one).</param>
    /// <param name="bodyElement">The request or response (e.g. a <c>SessionSetupReqType</c>).</param>
    /// <returns>The message.</returns>
    public static V2G_Message Create(byte[] sessionId, BodyBaseType bodyElement) => new()
    {
        Header = new MessageHeaderType { SessionID = sessionId },
        Body = new BodyType { BodyElement = bodyElement },
    };

    /// <summary>The body element if it is a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The expected request or response type.</typeparam>
    /// <param name="bodyElement">The body element, when it has that type.</param>
    /// <returns>True if the body holds a <typeparamref name="T"/>.</returns>
    public bool TryGetBody<T>([NotNullWhen(true)] out T? bodyElement)
        where T : BodyBaseType
    {
        bodyElement = Body.BodyElement as T;
        return bodyElement != null;
    }
}

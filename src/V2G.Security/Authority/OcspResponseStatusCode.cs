namespace V2G.Security.Authority;

/// <summary>The OCSPResponseStatus of RFC 6960 4.2.1.</summary>
public enum OcspResponseStatusCode
{
    /// <summary>successful (0): the response carries signed statuses.</summary>
    Successful = 0,

    /// <summary>malformedRequest (1): the request is not a DER OCSPRequest.</summary>
    MalformedRequest = 1,

    /// <summary>internalError (2): the responder could not sign or read its state.</summary>
    InternalError = 2,

    /// <summary>tryLater (3).</summary>
    TryLater = 3,

    /// <summary>sigRequired (5).</summary>
    SigRequired = 5,

    /// <summary>unauthorized (6): the responder does not answer for the certificate's issuer.</summary>
    Unauthorized = 6,
}

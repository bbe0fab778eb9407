namespace V2G.Security.Signatures;

/// <summary>Why a signed V2G message was refused: one value per check of the verification pipeline.</summary>
public enum SignatureFailureReason
{
    /// <summary>The message carries no Signature (in the message header).</summary>
    MissingSignature,

    /// <summary>The message type is not one that ISO 15118 signs, or it holds nothing to sign.</summary>
    NotASignedMessage,

    /// <summary>CanonicalizationMethod or a Transform is not canonical EXI, or carries content.</summary>
    CanonicalizationNotAllowed,

    /// <summary>The SignatureMethod is not one of the profile's (or carries HMACOutputLength).</summary>
    SignatureMethodNotAllowed,

    /// <summary>A DigestMethod is not the one of the SignatureMethod's profile (no mixing, no downgrade).</summary>
    DigestMethodNotAllowed,

    /// <summary>A Reference has no Transforms or more than one Transform ([V2G2-767], [V2G20-767]).</summary>
    TransformCount,

    /// <summary>SignedInfo carries an Id, or the Signature a KeyInfo or an Object ([V2G2-771], [V2G20-771]).</summary>
    ForbiddenSignatureContent,

    /// <summary>A Reference URI is not a same-document reference <c>#Id</c>.</summary>
    ReferenceUriMalformed,

    /// <summary>No element of the message carries the Id a Reference names.</summary>
    ReferenceNotFound,

    /// <summary>Two elements carry one Id: the element a Reference names is ambiguous (signature wrapping).</summary>
    DuplicateId,

    /// <summary>A Reference names an element the standard does not sign in this message type.</summary>
    UnexpectedReference,

    /// <summary>An element the standard signs in this message type has no Reference (or no Id to be referenced by).</summary>
    MissingReference,

    /// <summary>Two References name one element.</summary>
    DuplicateReference,

    /// <summary>A DigestValue has the wrong length or differs from the digest of the referenced element's fragment.</summary>
    DigestMismatch,

    /// <summary>The signer key belongs to another profile than the SignatureMethod (e.g. a P-256 key for ecdsa-sha512).</summary>
    KeyAlgorithmMismatch,

    /// <summary>The signer's certificate holds no key a V2G profile can use (unreadable, or another algorithm or curve).</summary>
    SignerKeyUnusable,

    /// <summary>The SignatureValue does not verify over the SignedInfo with the signer's key.</summary>
    SignatureInvalid,

    /// <summary>The AuthorizationReq was signed over another GenChallenge than the one the SECC sent, or none.</summary>
    GenChallengeMismatch,

    /// <summary>An AuthorizationReq was given without the GenChallenge to bind it to (and no explicit opt-out).</summary>
    GenChallengeNotProvided,

    /// <summary>A signed element or the SignedInfo cannot be encoded as an EXI fragment.</summary>
    EncodingFailed,
}

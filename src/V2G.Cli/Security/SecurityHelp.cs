namespace V2G.Cli.Security;

/// <summary>The help texts of the Plug'n'Charge commands (<c>v2g verify|sign|cert --help</c>).</summary>
internal static class SecurityHelp
{
    /// <summary>How revocation inputs are applied, shared by verify and cert verify.</summary>
    private const string Revocation = """
          --trust PEM|DIR     Trust anchors: the self-signed roots in the files (PEM bundles or DER) or in the
                              .pem/.der/.crt/.cer files of a folder, grouped by their DC (V2G, MO, OEM) as the role
                              requires; other certificates found there fill in missing sub-CAs. Repeatable.
          --crl FILE          A CRL (DER or PEM). Repeatable.
          --ocsp FILE         A DER OCSP response. Repeatable.
          --require-revocation
                              Every certificate below the anchor needs a good CRL/OCSP status. Without it, CRLs and
                              OCSP responses are applied with policy Prefer (revoked fails; unknown is accepted and
                              reported); without any --crl/--ocsp revocation is not checked (and the output says so).
          --at TIME           Validation time: ISO 8601 (UTC unless an offset is given) or epoch seconds. Default: now.
        """;

    /// <summary><c>v2g verify --help</c>.</summary>
    public static string Verify { get; } = Normalize("""
        Usage:
          v2g verify --schema iso2|iso20-common FILE.exi... [--cert PEM...] [--gen-challenge HEX]
                     [--trust PEM|DIR...] [--crl FILE...] [--ocsp FILE...] [--require-revocation] [--at TIME]

        Verifies the signature of each signed message (ISO 15118-2 or ISO 15118-20 CommonMessages; iso20 is an alias
        of iso20-common). The signer certificate is the one the message carries (CertificateInstallationReq,
        CertificateUpdateReq, CertificateInstallationRes/UpdateRes, ISO 15118-20 AuthorizationReq); otherwise give
        it with --cert (AuthorizationReq and MeteringReceiptReq of ISO 15118-2, MeteringConfirmationReq: contract
        certificate; SalesTariff, price schedules: MO Sub-CA 2). With --trust the signer's chain is validated for its
        role (contract, OEM provisioning, CPS) with the sub-CAs the message carries.

        Options:
          --schema NAME       iso2 or iso20-common (alias iso20).
          --cert PEM          The signer certificate when the message does not carry it; a bundle may add its sub-CAs
                              after it. Repeatable: each is tried, the first that verifies is used. When the
                              message carries its signer, the --cert certificates serve as further sub-CAs of its
                              chain (an ISO 15118-2 CertificateInstallationReq carries no sub-CAs).
          --gen-challenge HEX The GenChallenge the SECC sent. Without it an AuthorizationReq is verified and the line
                              says "GenChallenge not checked".
        """ + Revocation + """
          -h, --help          Show this help.

        Output: one line per file, on stdout "FILE: OK <MessageName>: <what verified>", on stderr
        "FILE: FAIL <MessageName>: <reason>" (a file that does not decode: "FILE: FAIL (undecoded): decode error ...").
        Exit codes: 0 every file verified, 1 a file failed or an input could not be read, 2 bad usage.

        Examples:
          v2g verify --schema iso2 CertificateInstallationReq.exi --trust trustAnchors_OEM.pem --at 2026-01-01T00:00:00Z
          v2g verify --schema iso2 AuthorizationReq.exi --cert ContractCert.pem --gen-challenge 101112131415161718191A1B1C1D1E1F
          v2g verify --schema iso20 CertificateInstallationRes.exi --trust V2GRootCA.pem --crl crl/ --at 1767225600
        """);

    /// <summary><c>v2g sign --help</c>.</summary>
    public static string Sign { get; } = Normalize("""
        Usage:
          v2g sign --schema iso2|iso20-common --key KEY.pem [--cert PEM] [--format exi|xml] [--out FILE] FILE.xml|FILE.exi

        Signs what the standard signs in the message (AuthorizationReq, MeteringReceiptReq, CertificateInstallationReq,
        CertificateUpdateReq, the contract data of CertificateInstallationRes/UpdateRes, SalesTariff; ISO 15118-20:
        PnC_AReqAuthorizationMode, SignedMeteringData, OEMProvisioningCertificateChain, SignedInstallationData, price
        schedules), replacing any Signature in the header. ECDSA signatures use RFC 6979 deterministic k, so signing
        the same message with the same key gives the same bytes; Ed448 is deterministic by design.

        Options:
          --schema NAME       iso2 or iso20-common (alias iso20).
          --key KEY.pem       The signer's PKCS#8 private key (P-256, P-521 or Ed448).
          --cert PEM          Check that this certificate holds the key's public key before signing.
          --format exi|xml    Write EXI (default) or the XML form of the signed message.
          --out FILE          Write to FILE (binary EXI or XML text); default: stdout (EXI as one line of hex).
          -h, --help          Show this help.

        The input is XML when its name ends in .xml (or it starts with '<'), else EXI.
        Exit codes: 0 signed, 1 the input, key or certificate failed, 2 bad usage.

        Examples:
          v2g sign --schema iso2 --key keys/ContractCert.key.pem AuthorizationReq.xml
          v2g sign --schema iso20 --key keys/CPSLeafCert.key.pem --cert certs/CPSLeafCert.pem --out signed.exi res.exi
        """);

    /// <summary><c>v2g cert --help</c>.</summary>
    public static string Cert { get; } = Normalize("""
        Usage:
          v2g cert verify --role secc|cps|contract|oem|tariff [--profile P] --trust PEM|DIR... LEAF.pem [SUBCA.pem...]
          v2g cert inspect [--profile P] [--at TIME] [--format text|json] FILE.pem|FILE.der...

        See 'v2g cert verify --help' and 'v2g cert inspect --help'.
        """);

    /// <summary><c>v2g cert verify --help</c>.</summary>
    public static string CertVerify { get; } = Normalize("""
        Usage:
          v2g cert verify --role secc|cps|contract|oem|tariff [--profile iso2|iso20|iso20-ed448] --trust PEM|DIR...
                          [--crl FILE...] [--ocsp FILE...] [--require-revocation] [--at TIME] LEAF.pem [SUBCA.pem...]

        Validates a certificate chain for a role with RFC 5280 path validation and the ISO 15118 profile. The first
        certificate of the first file is the leaf; every other certificate (PEM bundles or DER) is a presented sub-CA,
        so a chain file with the leaf first can be given alone.

        Options:
          --role ROLE         secc, cps, contract or oem (OEM provisioning).
          --profile P         iso2 (P-256), iso20 (P-521) or iso20-ed448; default: the profile of the leaf's key.
        """ + Revocation + """
          -h, --help          Show this help.

        Output: "LEAF: valid for role R (profile P): <path leaf <- ... <- anchor> at TIME, <revocation>" on stdout, or
        "LEAF: invalid for role R (profile P): <Rule> at <position> '<certificate>': <message>" on stderr.
        Exit codes: 0 valid, 1 refused or an input could not be read, 2 bad usage.

        Examples:
          v2g cert verify --role contract --trust chains/trustAnchors_MO.pem --at 2026-01-01T00:00:00Z chains/contractCertChain.pem
          v2g cert verify --role contract --trust chains/trustAnchors_MO.pem --crl crl/MOSubCA2.crl.der chains/contractCert2Chain.pem
          v2g cert verify --role secc --profile iso2 --trust certs/V2GRootCA.pem certs/SECCCert.pem certs/CPOSubCA2.pem certs/CPOSubCA1.pem
        """);

    /// <summary><c>v2g cert inspect --help</c>.</summary>
    public static string CertInspect { get; } = Normalize("""
        Usage:
          v2g cert inspect [--profile iso2|iso20|iso20-ed448] [--at TIME] [--format text|json] FILE.pem|FILE.der...

        Describes every certificate of the files (PEM bundles or DER): subject, issuer, serial, validity, kind and
        role guess, identifiers of the common name (eMAID, PCID, EVSEID with their normalised forms), key algorithm
        and curve, signature algorithm, SHA-256 fingerprint, SKI/AKI, OCSP and CRL URLs, and the single-certificate
        profile checks (pass/FAIL with the rule).

        Options:
          --profile P         Check against this profile; default: the one the key fits.
          --at TIME           Also check validity at TIME (ISO 8601 or epoch seconds).
          --format text|json  Readable text (default) or a JSON array.
          -h, --help          Show this help.

        Exit codes: 0 every certificate was read, 1 a file could not be read, 2 bad usage.

        Example:
          v2g cert inspect certs/ContractCert.pem chains/cpoCertChain.pem
        """);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
}

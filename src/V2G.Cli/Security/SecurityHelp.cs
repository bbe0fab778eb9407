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
          v2g cert verify --role secc|cps|contract|oem|tariff|vehicle [--profile P] --trust PEM|DIR... LEAF.pem [SUBCA.pem...]
          v2g cert inspect [--profile P] [--at TIME] [--format text|json] FILE.pem|FILE.der...

        verify validates a certificate chain for a role; inspect describes certificates and checks them against a profile.
        See 'v2g cert verify --help' and 'v2g cert inspect --help' for their options.

        Exit codes: 0 valid / read, 1 refused or an input could not be read, 2 bad usage (no or an unknown sub-command).

        Examples:
          v2g cert verify --role contract --trust chains/trustAnchors_MO.pem chains/contractCertChain.pem
          v2g cert inspect certs/ContractCert.pem
        """);

    /// <summary><c>v2g cert verify --help</c>.</summary>
    public static string CertVerify { get; } = Normalize("""
        Usage:
          v2g cert verify --role secc|cps|contract|oem|tariff|vehicle [--profile iso2|iso20|iso20-ed448] --trust PEM|DIR...
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

    /// <summary><c>v2g key --help</c>.</summary>
    public static string Key { get; } = Normalize("""
        Usage:
          v2g key decrypt --key RECIPIENT_KEY (--schema iso2|iso20-common FILE.exi | --profile P --dh-public HEX --encrypted HEX)
                          [--pcid PCID] [--ski HEX] [--recipient-cert CERT] [--contract-cert CERT | --contract-public HEX]
          v2g key encrypt --profile P (--recipient-cert CERT | --recipient-public HEX) --contract-key KEY.pem|HEX
                          [--pcid PCID] [--ski HEX | --contract-cert CERT] [--ephemeral-key HEX --iv HEX]

        decrypt recovers a transported contract private key (as the vehicle does); encrypt produces one (as the back end
        does). See 'v2g key decrypt --help' and 'v2g key encrypt --help' for their options.

        Exit codes: 0 done, 1 the key, message or an input was refused, 2 bad usage (no or an unknown sub-command).

        Examples:
          v2g key decrypt --schema iso2 CertificateInstallationRes.exi --key OEMProvCert.key.pem
          v2g key encrypt --profile iso2 --recipient-cert OEMProvCert.pem --contract-key ContractCert.key.pem
        """);

    /// <summary><c>v2g key decrypt --help</c>.</summary>
    public static string KeyDecrypt { get; } = Normalize("""
        Usage:
          v2g key decrypt --key RECIPIENT_KEY --schema iso2|iso20-common FILE.exi [--pcid PCID | --recipient-cert CERT]
                          [--contract-cert CERT | --contract-public HEX]
          v2g key decrypt --key RECIPIENT_KEY --profile iso2|iso20-secp521|iso20-x448 --dh-public HEX --encrypted HEX
                          [--pcid PCID | --recipient-cert CERT] [--ski HEX] [--contract-cert CERT | --contract-public HEX]

        Decrypts the contract private key of a CertificateInstallationRes / CertificateUpdateRes (the vehicle's side) and
        prints it as upper-case hex on stdout. ISO 15118-2: ECDH P-256, ConcatKDF SHA-256, AES-128-CBC (no integrity:
        only the public key check detects a wrong key). ISO 15118-20: ECDH P-521 or X448 (the message's ECDHCurve),
        ConcatKDF SHA-512, AES-256-GCM with AAD = PCID || SKI of the contract certificate as upper-case hex.

        Options:
          --key RECIPIENT_KEY The recipient's static private key: the OEM provisioning key (installation) or the current
                              contract key (update). PKCS#8 PEM (EC or X448), or the raw key as hex / a file of hex.
          --schema S FILE     Read the fields from a message: iso2 (DHpublickey, ContractSignatureEncryptedPrivateKey,
                              contract certificate = ContractSignatureCertChain/Certificate) or iso20-common (alias iso20;
                              SignedInstallationData, decoded ignoring length facets for the 57-byte X448 DHPublicKey).
          --profile P         Raw fields: iso2, iso20-secp521 or iso20-x448, with
          --dh-public HEX     the DH public key (04||X||Y, or 04||u for X448) and
          --encrypted HEX     the encrypted private key (IV||CT, or IV||CT||tag).
          --pcid PCID         The PCID of the AAD (ISO 15118-20). Default: the CN of --recipient-cert, else the CN of
                              certs/NAME.pem next to keys/NAME[_X448].key.* (the shared test PKI layout; a note says so).
          --recipient-cert CERT
                              The recipient's certificate (OEM provisioning certificate), whose CN is the PCID.
          --ski HEX           The contract certificate SKI of the AAD. Default: the SKI of the contract certificate.
          --contract-cert CERT
                              The contract certificate: its SKI goes into the AAD and its public key must match the
                              decrypted key ([V2G20-2507]). Default: the one in the message.
          --contract-public HEX
                              The contract public key to check against instead (04||X||Y, or the raw X448 key, whose
                              Ed448 contract certificate cannot be compared).
          -h, --help          Show this help.

        Output: the key hex on stdout; a note on stderr when no public key check was possible.
        Failure: one line on stderr "v2g key decrypt: error: <KeyTransportErrorKind>: <reason>" (TagMismatch,
        PublicKeyMismatch, LeadingBitsNotZero, ScalarOutOfRange, WrongLength, InvalidDhPublicKey, ...).
        Exit codes: 0 decrypted and checked, 1 refused or an input could not be read, 2 bad usage.

        Examples:
          v2g key decrypt --schema iso2 CertificateInstallationRes/message.exi --key pki/iso2/keys/OEMProvCert.key.pem
          v2g key decrypt --schema iso20 message.exi --key keys/OEMProvCert.key.pem --recipient-cert certs/OEMProvCert.pem
          v2g key decrypt --profile iso20-x448 --key keys/OEMProvCert_X448.key.hex --dh-public 04DA0B... --encrypted F15B...
                          --pcid WMIV1234567890ABCD --ski 4E04FB594EBAA472 --contract-public C952C0...
        """);

    /// <summary><c>v2g key encrypt --help</c>.</summary>
    public static string KeyEncrypt { get; } = Normalize("""
        Usage:
          v2g key encrypt --profile iso2|iso20-secp521|iso20-x448 (--recipient-cert CERT | --recipient-public HEX)
                          --contract-key KEY.pem|HEX [--pcid PCID] [--ski HEX | --contract-cert CERT]
                          [--ephemeral-key HEX --iv HEX]

        Encrypts a contract private key for the vehicle (the back end's side) and prints the two fields to send:
          DHPublicKey: <hex>
          EncryptedPrivateKey: <hex>

        Options:
          --profile P         iso2 (P-256, AES-128-CBC), iso20-secp521 (P-521, AES-256-GCM), iso20-x448 (X448, AES-256-GCM).
          --recipient-cert CERT
                              The recipient certificate (OEM provisioning, or the current contract certificate for an
                              update); its CN is the default PCID. EC keys only: give X448 keys with --recipient-public.
          --recipient-public HEX
                              The recipient's public key: 04||X||Y, or the raw 56-byte X448 key.
          --contract-key KEY  The contract private key: PKCS#8 PEM, or the raw key as hex / a file of hex.
          --pcid PCID         The PCID of the AAD (ISO 15118-20); default: the CN of --recipient-cert.
          --ski HEX           The contract certificate SKI of the AAD; or
          --contract-cert CERT
                              the contract certificate whose SKI it is.
          --ephemeral-key HEX A fixed ephemeral private key and
          --iv HEX            a fixed IV, to reproduce test vectors. Never reuse them in real use: without them both are fresh.
          -h, --help          Show this help.

        Exit codes: 0 encrypted, 1 an input was refused or could not be read, 2 bad usage.

        Example:
          v2g key encrypt --profile iso2 --recipient-cert certs/OEMProvCert.pem --contract-key keys/ContractCert.key.pem
        """);

    /// <summary><c>v2g csr --help</c>.</summary>
    public static string Csr { get; } = Normalize("""
        Usage:
          v2g csr --role secc|contract|oem --profile iso2|iso20|iso20-ed448 --subject "CN=...,O=...,C=..,DC=.."
                  --key-out KEY.pem --out CSR.pem

        Creates a new key pair and a PKCS#10 certificate signing request for a leaf certificate of the role: the subject
        must fit the role (DC=CPO and an EVSEID CN for secc, DC=MO and an eMAID CN for contract, DC=OEM and a PCID CN
        for oem), the key usages are the role's, and the key and signature are the profile's (P-256/SHA-256,
        P-521/SHA-512 or Ed448).

        Options:
          --role ROLE         secc, contract or oem (OEM provisioning).
          --profile P         iso2, iso20 or iso20-ed448.
          --subject DN        CN, O, C and DC, comma separated.
          --key-out KEY.pem   Where the new private key is written (unencrypted PKCS#8 PEM).
          --out CSR.pem       Where the request is written (PEM "CERTIFICATE REQUEST").
          -h, --help          Show this help.

        Exit codes: 0 written, 1 the subject does not fit the role or a file could not be written, 2 bad usage.

        Example:
          v2g csr --role contract --profile iso2 --subject "CN=DEABCC12345678,O=Example MO,C=DE,DC=MO" --key-out k.pem --out c.pem
        """);

    /// <summary><c>v2g ocpp --help</c>.</summary>
    public static string Ocpp { get; } = Normalize("""
        Usage:
          v2g ocpp hash-data [--hash sha256|sha384|sha512] [--issuer ISSUER.pem] CERT...
          v2g ocpp ocsp-request-data [--hash sha256|sha384|sha512] [--issuer ISSUER.pem] CERT...

        Prints the OCPP 2.0.1 / 2.1 data of certificates as one JSON array on stdout: 'hash-data' gives
        CertificateHashDataType objects (hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber: the OCSP CertID),
        'ocsp-request-data' gives OCSPRequestDataType objects (the same plus responderURL, the certificate's OCSP URI).

        Options:
          --hash H            sha256 (default), sha384 or sha512.
          --issuer PEM        The issuer of every certificate. Without it each certificate of the files (a chain file,
                              leaf first) is issued by the next one, and the last (a root) by itself.
          -h, --help          Show this help.

        Exit codes: 0 printed, 1 a file could not be read or a certificate has no OCSP URI, 2 bad usage.

        Examples:
          v2g ocpp hash-data --issuer certs/MOSubCA2.pem certs/ContractCert.pem
          v2g ocpp ocsp-request-data chains/contractCertChain.pem
        """);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
}

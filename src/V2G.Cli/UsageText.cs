using System.Text;
using V2G.Cli.Schemas;

namespace V2G.Cli;

/// <summary>The help text of <c>v2g</c>.</summary>
internal static class UsageText
{
    /// <summary>Makes a help text use <c>\n</c> line ends and end with one.</summary>
    /// <param name="text">The text as written in the source.</param>
    /// <returns>The text ending with a newline.</returns>
    public static string Normalize(string text)
    {
        string lines = text.Replace("\r\n", "\n", System.StringComparison.Ordinal);
        return lines.EndsWith('\n') ? lines : lines + "\n";
    }

    /// <summary>Builds the help text, listing the registered schemas.</summary>
    /// <returns>The text, ending with a newline.</returns>
    public static string Build()
    {
        var text = new StringBuilder();
        text.Append("""
            v2g - ISO 15118 / DIN 70121 EXI codec

            Usage:
              v2g decode --schema NAME [--fragment] [--lenient] [--out-dir DIR] (--hex HEX | FILE... | DIR... | -)
              v2g encode --schema NAME [--fragment] [--out-dir DIR] (FILE.xml... | DIR... | -)
              v2g bench --schema NAME [--fragment] [--seconds N] (FILE.exi... | DIR... | -)
              v2g demo
              v2g verify --schema iso2|iso20-common FILE.exi... [--cert PEM...] [--trust PEM|DIR...]
                         [--crl FILE...] [--ocsp FILE...] [--require-revocation] [--at TIME] [--gen-challenge HEX]
              v2g sign --schema iso2|iso20-common --key KEY.pem [--cert PEM] [--format exi|xml] [--out FILE] FILE
              v2g cert verify --role secc|cps|contract|oem|tariff|vehicle [--profile P] --trust PEM|DIR... LEAF.pem [SUBCA.pem...]
              v2g cert inspect [--profile P] [--at TIME] [--format text|json] FILE.pem|FILE.der...
              v2g key decrypt|encrypt ...   (contract key transport; see v2g key --help)
              v2g csr --role R --profile P --subject DN --key-out KEY.pem --out CSR.pem
              v2g ocpp hash-data|ocsp-request-data [--hash H] [--issuer PEM] CERT...
              v2g pki init --dir DIR --profile P [--broken] [--now TIME] | v2g pki issue --dir DIR --ca CA --role R --csr CSR --out PEM
              v2g serve --pki DIR [--urls http://127.0.0.1:PORT] [--store file|postgres|memory] [--connection STR] ...
              v2g load --url URL --scenario ocsp|ocsp-nonce|install-iso2|install-iso20 --pki DIR [--seconds N] [--requests N] ...
              v2g ocsp check CERT --issuer PEM --url URL [--nonce] [--get]   (good/revoked/unknown from a responder)
              v2g pool get|put root|prov|contract ... --url URL [--api-key KEY]   (OPCP pools of a running service)
              v2g provision --url URL [--namespace NS] FILE.exi [-o OUT.exi]
              v2g COMMAND --help   (every command prints its own options, exit codes and examples;
                                    v2g cert verify --help and other sub-commands too)
              v2g --version | v2g version
              v2g --help

            Commands:
              decode   Decode EXI streams to XML or JSON. Prints them to stdout, or with --out-dir
                       writes DIR/<input name without extension>.xml for each input. A directory
                       stands for its .exi files; several outputs on stdout are headed '==> NAME <=='.
              encode   Encode XML or JSON documents to EXI. Prints one line of uppercase hex per input,
                       or with --out-dir writes DIR/<input name without extension>.exi. A directory
                       stands for its .xml files.
              explain  Annotate an EXI stream bit by bit: one line per event with bit offset and width,
                       element path, grammar state, event code and the value's representation.
              bench    Time decode and encode of EXI messages: per-input medians (thread CPU time on Linux)
                       and bytes allocated per decode, then the means as the last line.
              capture  Read a pcap/pcapng of charging sessions: SDP, V2GTP over TCP (reassembled), the
                       handshake and every message with its key fields, as a timeline, JSON or an HTML report.
              demo     Play two DC charging sessions built in code, each after its handshake:
                       ISO 15118-2 (iso2) and ISO 15118-20 (iso20-common, iso20-dc), then a
                       Plug'n'Charge session with a test PKI made in code. Every
                       message is encoded and printed as hex, decoded to XML, re-encoded from
                       the XML and the bytes compared; ends with the timeline of the ISO 15118-2
                       session written to an in-memory pcapng and read back as 'v2g capture' does.
              verify   Verify the signatures of ISO 15118-2 / -20 signed messages and, with --trust, the
                       signer's certificate chain for its role (contract, OEM provisioning, CPS).
              sign     Sign what the standard signs in a message with a PKCS#8 key (deterministic).
              key      Decrypt (vehicle) or encrypt (back end) a transported contract private key.
              csr      Create a key pair and a certificate signing request for a leaf role.
              ocpp     Print OCPP CertificateHashDataType / OCSPRequestDataType JSON of certificates.
              pki      'pki init' writes a test PKI folder (certs, keys, chains, CRLs, OCSP, broken/);
                       'pki issue' has one of its CAs sign a CSR.
              pool     'pool get' reads and 'pool put' writes the root, provisioning and contract
                       certificate pools of a running service (OPCP JSON).
              provision  Send a CertificateInstallationReq/UpdateReq to a service's CPS; save the response.
              cert     'cert verify' validates a certificate chain for a role; 'cert inspect' describes
                       certificates (identifiers, key, fingerprints, URLs, profile checks).
              serve    Run the back-end services for a PKI folder: pools, CPS, OCSP, CRLs, status page.
              load     Measure a running service on loopback: requests per second and latency of one scenario.
              ocsp     'ocsp check' asks an OCSP responder for a certificate's status and verifies the answer.
              version  Print the tool's version (as --version does).

            Options:
              --schema NAME   The message family (see Schemas below).
              --fragment      The streams are EXI fragments holding one element (the bytes a
                              signature digests), not documents.
              --hex HEX       Decode this hex string (spaces allowed) as one more input.
              -               Read an input from stdin (EXI bytes for decode, XML or JSON for encode).
              --format F      decode: xml (default) or json (keys are the schema's element names).
              --v2gtp         The input (decode) or output (encode) is V2GTP-framed; for ISO 15118-20 the payload
                              type selects the codec.
              --strict        decode: trailing bytes after the EXI body or a facet violation fail the input (without it a
                              violation is a 'warning:' line).
              --relaxed       encode: write facet violations as they are (reproduce what a device sent).
              --out-dir DIR   Write one file per input into DIR (created if missing); inputs from
                              stdin and --hex are named stdin.* and hex.*.
              --lenient       Decode streams whose strings use string-table hits (encoders with an
                              unbounded value table); the V2G profile refuses them by default.
              -h, --help      Show this help (after a command: the command's help).
              --version       Print the tool's version.

            Every input is processed even when some fail; each failure is one line on stderr:
              NAME: error: REASON at bit OFFSET in /ELEMENT/PATH

            Errors of the tool itself are one line 'v2g: MESSAGE' on stderr; bad usage adds a pointer to the
            command's --help.

            Exit codes: 0 success, 1 an input failed, 2 bad usage (unknown command, option or schema, missing value
            or input).


            """);
        text.Replace("\r\n", "\n");
        return text.Append(SchemaList()).ToString();
    }

    /// <summary>The registered families, one per line, under a <c>Schemas:</c> heading.</summary>
    /// <returns>The list, ending with a newline.</returns>
    public static string SchemaList()
    {
        var text = new StringBuilder("Schemas:\n");
        foreach (ISchemaCodec codec in SchemaRegistry.Default.Codecs)
        {
            text.Append("  ").Append(codec.Name.PadRight(14)).Append(' ').Append(codec.Description).Append('\n');
        }

        return text.ToString();
    }
}

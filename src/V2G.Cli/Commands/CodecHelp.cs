namespace V2G.Cli.Commands;

/// <summary>The help texts of <c>v2g decode</c> and <c>v2g encode</c>.</summary>
internal static class CodecHelp
{
    /// <summary><c>v2g decode --help</c>.</summary>
    public static string Decode => UsageText.Normalize("""
        Usage:
          v2g decode --schema NAME|auto [--format xml|json] [--v2gtp] [--fragment] [--lenient] [--strict] [--out-dir DIR]
                     (--hex HEX | FILE... | DIR... | -)

        Decodes EXI streams to XML or JSON. Prints the text to stdout (each document headed by '==> NAME <==' when there
        are several inputs), or with --out-dir writes DIR/<input name without extension>.xml (.json) for each input. A
        directory stands for its .exi files, in name order. Trailing bytes after the EXI body are reported as a note (an
        error with --strict). Where a failing or partly used input decodes whole as another family, the line says so.
        Content the EXI bits carry but the schema's facets forbid (an integer out of its range, a string or binary
        longer or shorter than its length facets, an abstract element written with its own type) decodes, as other
        stacks decode it, with one line per violation on stderr: NAME: warning: PATH: RULE ('VALUE').

        Options:
          --schema NAME   The message family (required; see Schemas below). 'auto' tries every family and takes the one
                          that decodes the whole input (every byte used); none or several is an input error naming them.
          --strict        Trailing bytes after the EXI body fail the input (a stream of another family often leaves some),
                          and so does a facet violation, at its bit and element path.
          --format F      xml (default) or json: the schema's element names as keys, in schema order, '@Name' for
                          attributes, arrays for repeated elements (see the README's JSON form); encode reads it back.
          --v2gtp         The input is V2GTP-framed (8-byte header: version 0x01, inverse 0xFE, payload type, length);
                          several frames are decoded in turn. With --schema auto or an iso20 schema the payload type
                          selects the codec (0x8001: app-protocol, din or iso2, as auto; 0x8002..0x8006: the ISO 15118-20
                          namespaces). A header that breaks a rule fails the input with its byte offset.
          --fragment      The streams are EXI fragments holding one element (the bytes a signature digests).
          --lenient       Accept strings that use string-table hits (encoders with an unbounded value table);
                          the V2G profile refuses them by default.
          --hex HEX       Decode this hex string (spaces and a leading 0x allowed) as one more input.
          --out-dir DIR   Write one file per input into DIR (created if missing); stdin and --hex are named stdin.xml
                          and hex.xml.
          -               Read one input from stdin (EXI bytes).
          -h, --help      Show this help.

        Every input is processed even when some fail; each failure is one line on stderr:
          NAME: error: REASON at bit OFFSET in /ELEMENT/PATH

        Exit codes: 0 every input decoded, 1 an input failed (unreadable, malformed, an empty directory),
        2 bad usage (unknown option or schema, no input).

        Examples:
          v2g decode --schema app-protocol --hex 80400040
          v2g decode --schema din vectors/din/ --out-dir xml/
          v2g decode --schema auto captures/*.exi
          v2g decode --schema iso2 --format json SessionSetupReq.exi
          v2g decode --schema auto --v2gtp --hex 01FE8001000000...
          cat msg.exi | v2g decode --schema din -


        """ + UsageText.SchemaList());

    /// <summary><c>v2g encode --help</c>.</summary>
    public static string Encode => UsageText.Normalize("""
        Usage:
          v2g encode --schema NAME [--fragment] [--v2gtp] [--relaxed] [--out-dir DIR] (FILE.xml... | FILE.json... | DIR... | -)

        Encodes XML or JSON documents to EXI. An input is JSON when it is a .json file or its first non-space character
        is '{' (the form 'v2g decode --format json' writes), XML otherwise. Prints one line of uppercase hex per input
        (each headed by '==> NAME <==' when there are several inputs), or with --out-dir writes DIR/<input name without
        extension>.exi. A directory stands for its .xml and .json files, in name order. Content that breaks the schema's
        facets (see 'v2g decode --help') is refused unless --relaxed is given.

        Options:
          --schema NAME   The message family (required; see Schemas below).
          --v2gtp         Write the stream in a V2GTP frame: payload type 0x8001 for app-protocol, din, iso2 and xmldsig,
                          0x8002..0x8006 for the ISO 15118-20 namespaces.
          --fragment      Encode the document's root element as an EXI fragment (the bytes a signature digests).
          --relaxed       Write facet violations and abstract head elements as they are, to reproduce bit for bit what
                          a device sent (what the grammar cannot represent is still refused).
          --out-dir DIR   Write one file per input into DIR (created if missing); stdin is named stdin.exi.
          -               Read one input from stdin (XML or JSON text).
          -h, --help      Show this help.

        Every input is processed even when some fail; each failure is one line on stderr: NAME: error: REASON

        Exit codes: 0 every input encoded, 1 an input failed (unreadable, not valid for the schema, an empty
        directory), 2 bad usage (unknown option or schema, no input).

        Examples:
          v2g encode --schema iso2 SessionSetupReq.xml
          v2g encode --schema din --v2gtp SessionSetupReq.json
          v2g encode --schema iso20-dc --out-dir exi/ xml/
          v2g encode --schema xmldsig --fragment SignedInfo.xml
          v2g encode --schema iso2 --relaxed captured-with-long-emaid.xml


        """ + UsageText.SchemaList());
}

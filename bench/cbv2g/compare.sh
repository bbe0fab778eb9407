#!/usr/bin/env bash
# Compares our codecs with libcbv2g on the shared vectors, family by family, in one run on this machine.
# For each family, three passes back to back: cbv2g-bench on all of the family's vectors, then `v2g bench` on the
# vectors libcbv2g round-trips identically. Prints a Markdown table; raw outputs and a per-file TSV go to the output dir.
#
# Usage: compare.sh [SECONDS_PER_FAMILY]        (default 5; each tool gets that many seconds per family and pass)
# Env:   V2G            our CLI command (default: dotnet <repo>/src/V2G.Cli/bin/Release/net10.0/v2g.dll, built if missing)
#        V2G_VECTORS    the vectors folder (default <repo>/../shared/vectors)
#        CBV2G_OUT      the output folder (default /tmp/cbv2g-compare)
#        CBV2G_FAMILIES the families to run, space-separated (default: all ten)
#        CBV2G_PASSES   passes per family (default 3)
#        and build.sh's variables (LIBCBV2G_SRC, CBV2G_BUILD, ...)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
seconds="${1:-5}"
vectors="${V2G_VECTORS:-$repo/../shared/vectors}"
out="${CBV2G_OUT:-/tmp/cbv2g-compare}"
passes="${CBV2G_PASSES:-3}"
read -ra families <<< "${CBV2G_FAMILIES:-app-protocol din iso2 iso2-fragment iso20-common iso20-ac iso20-dc iso20-wpt \
iso20-acdp iso20-fragment}"

if [[ -z "${V2G:-}" ]]; then
    dll="$repo/src/V2G.Cli/bin/Release/net10.0/v2g.dll"
    if [[ ! -f "$dll" ]]; then
        echo "compare.sh: building $dll" >&2
        dotnet build "$repo/src/V2G.Cli/V2G.Cli.csproj" -c Release -v q -nologo >&2
    fi
    V2G="dotnet $dll"
fi
read -ra v2g <<< "$V2G"

cbv2g_bench="$("$here/build.sh")"
rm -rf "$out/raw"
mkdir -p "$out/raw"

# Our schema (and whether the stream is a fragment) for a vector of a family; fragment vectors name their schema in a
# prefix, "xmldsig." ones use the XML-DSig schema alone.
schema_for() {
    local family="$1" name="$2"
    case "$family:$name" in
        iso2-fragment:xmldsig.* | iso20-fragment:xmldsig.*) echo "xmldsig --fragment" ;;
        iso2-fragment:*) echo "iso2 --fragment" ;;
        iso20-fragment:CommonMessages.*) echo "iso20-common --fragment" ;;
        iso20-fragment:AC.*) echo "iso20-ac --fragment" ;;
        iso20-fragment:DC.*) echo "iso20-dc --fragment" ;;
        iso20-fragment:*) echo "unknown" ;;
        *) echo "$family" ;;
    esac
}

for family in "${families[@]}"; do
    files=("$vectors/$family"/*.exi)
    [[ -f "${files[0]}" ]] || { echo "compare.sh: no vectors in $vectors/$family" >&2; exit 1; }
    for pass in $(seq 1 "$passes"); do
        echo "compare.sh: $family pass $pass: libcbv2g on ${#files[@]} vectors" >&2
        raw="$out/raw/$family.$pass"
        "$cbv2g_bench" "$family" "$seconds" "${files[@]}" > "$raw.cbv2g.txt" 2> "$raw.cbv2g.err"

        # The identical vectors, grouped by our schema (one `v2g bench` run per schema).
        declare -A groups=()
        total=0
        while read -r path _; do
            schema="$(schema_for "$family" "$(basename "$path")")"
            [[ "$schema" == unknown ]] && continue
            groups["$schema"]+="$path"$'\n'
            total=$((total + 1))
        done < <(grep ' roundtrip identical$' "$raw.cbv2g.txt" || true)

        index=0
        for schema in "${!groups[@]}"; do
            mapfile -t group < <(printf '%s' "${groups[$schema]}")
            share="$(python3 -c "print(f'{$seconds * ${#group[@]} / $total:.3f}')")"
            index=$((index + 1))
            echo "compare.sh: $family pass $pass: ours ($schema) on ${#group[@]} vectors" >&2
            read -ra schema_args <<< "$schema"
            if ! "${v2g[@]}" bench --schema "${schema_args[@]}" --seconds "$share" "${group[@]}" \
                > "$raw.ours.$index.txt" 2> "$raw.ours.$index.err"; then
                echo "compare.sh: v2g bench failed for $family ($schema), see $raw.ours.$index.err" >&2
            fi
        done
        unset groups
    done
done

python3 "$here/summarise.py" "$out" "$passes" "${families[@]}"

#!/usr/bin/env bash
# `v2g bench` over every vector of each message family; prints a Markdown table of the means over the family's
# vectors (the README's per-family table).
#
# Usage: families.sh [SECONDS_PER_FAMILY]   (default 3)
# Env:   V2G          our CLI command (default: dotnet <repo>/src/V2G.Cli/bin/Release/net10.0/v2g.dll, built if missing)
#        V2G_VECTORS  the vectors folder (default <repo>/../shared/vectors)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
seconds="${1:-3}"
vectors="${V2G_VECTORS:-$repo/../shared/vectors}"

if [[ -z "${V2G:-}" ]]; then
    dll="$repo/src/V2G.Cli/bin/Release/net10.0/v2g.dll"
    if [[ ! -f "$dll" ]]; then
        dotnet build "$repo/src/V2G.Cli/V2G.Cli.csproj" -c Release -v q -nologo >&2
    fi
    V2G="dotnet $dll"
fi
read -ra v2g <<< "$V2G"

echo "| family | vectors | decode ns/msg | encode ns/msg | decode allocates B/msg |"
echo "|---|---:|---:|---:|---:|"
for family in app-protocol din iso2 iso20-common iso20-ac iso20-dc iso20-wpt iso20-acdp; do
    files=("$vectors/$family"/*.exi)
    # Last line: decode NS ns/msg encode NS ns/msg alloc BYTES B/msg
    read -r _ decode _ _ encode _ _ alloc _ <<< "$("${v2g[@]}" bench --schema "$family" --seconds "$seconds" "${files[@]}" | tail -1)"
    printf '| %s | %d | %s | %s | %s |\n' "$family" "${#files[@]}" "$decode" "$encode" "$alloc"
done

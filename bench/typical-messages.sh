#!/usr/bin/env bash
# Times the typical messages of a charging session with `v2g bench` and prints a Markdown table (the README's
# "Typical messages"). The messages come from the real sessions in vectors/captures where there is one, otherwise
# from the reference encoder's vectors ("-max": every optional element and the largest repetitions the schema allows).
#
# Usage: typical-messages.sh [SECONDS_PER_MESSAGE]   (default 2)
# Env:   V2G          our CLI command (default: dotnet <repo>/src/V2G.Cli/bin/Release/net10.0/v2g.dll, built if missing)
#        V2G_VECTORS  the vectors folder (default <repo>/../shared/vectors)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
seconds="${1:-2}"
vectors="${V2G_VECTORS:-$repo/../shared/vectors}"

if [[ -z "${V2G:-}" ]]; then
    dll="$repo/src/V2G.Cli/bin/Release/net10.0/v2g.dll"
    if [[ ! -f "$dll" ]]; then
        dotnet build "$repo/src/V2G.Cli/V2G.Cli.csproj" -c Release -v q -nologo >&2
    fi
    V2G="dotnet $dll"
fi
read -ra v2g <<< "$V2G"

# message | schema | file under the vectors folder
messages=(
    "DIN CurrentDemandRes (capture)|din|captures/din/din-0471.exi"
    "ISO-2 CurrentDemandReq (capture)|iso2|captures/iso2/iso2-0147.exi"
    "ISO-2 CurrentDemandRes (all optional elements)|iso2|iso2/CurrentDemandRes-max.exi"
    "ISO-2 ChargeParameterDiscoveryRes with SalesTariff (capture)|iso2|captures/iso2/iso2-0240.exi"
    "ISO-2 ChargeParameterDiscoveryRes, largest SalesTariff|iso2|iso2/ChargeParameterDiscoveryRes-max.exi"
    "ISO-2 CertificateInstallationRes (capture)|iso2|captures/iso2/iso2-0308.exi"
    "ISO-20 DC_ChargeLoopReq (capture)|iso20-dc|captures/iso20-dc/iso20-dc-0007.exi"
    "ISO-20 DC_ChargeLoopRes (capture)|iso20-dc|captures/iso20-dc/iso20-dc-0008.exi"
    "ISO-20 ScheduleExchangeRes, largest price schedule|iso20-common|iso20-common/ScheduleExchangeRes-max.exi"
)

echo "| message | bytes | decode ns | encode ns | decode allocates |"
echo "|---|---:|---:|---:|---:|"
for entry in "${messages[@]}"; do
    IFS='|' read -r name schema file <<< "$entry"
    path="$vectors/$file"
    line="$("${v2g[@]}" bench --schema "$schema" --seconds "$seconds" "$path" | head -1)"
    # NAME decode NS ns encode NS ns alloc BYTES B
    read -r _ _ decode _ _ encode _ _ alloc _ <<< "$line"
    printf '| %s | %s | %s | %s | %s B |\n' "$name" "$(stat -c %s "$path")" "$decode" "$encode" "$alloc"
done

#!/usr/bin/env bash
# Stands in for `v2g bench` to test compare.sh and summarise.py without the .NET tool: prints the same line format
# with made-up times (a fixed multiple of the file size, so the ratios are predictable). Not a measurement.
# Usage: V2G=bench/cbv2g/fake-v2g-bench.sh bench/cbv2g/compare.sh 1
set -euo pipefail
[[ "${1:-}" == bench ]] || { echo "fake-v2g-bench: only 'bench' is faked" >&2; exit 2; }
shift
files=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --schema | --seconds) shift 2 ;;
        --fragment) shift ;;
        *) files+=("$1"); shift ;;
    esac
done
decode_sum=0 encode_sum=0
for file in "${files[@]}"; do
    size=$(stat -c %s "$file")
    decode=$((100 + size * 3)) encode=$((50 + size))
    decode_sum=$((decode_sum + decode)) encode_sum=$((encode_sum + encode))
    echo "$file decode $decode.0 ns encode $encode.0 ns alloc $((size * 2)) B"
done
echo "decode $((decode_sum / ${#files[@]})).0 ns/msg encode $((encode_sum / ${#files[@]})).0 ns/msg alloc 0 B/msg"

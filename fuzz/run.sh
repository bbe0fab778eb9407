#!/usr/bin/env bash
# Runs one fuzz target under afl-fuzz for N minutes: fuzz/run.sh TARGET MINUTES
# Needs afl-fuzz (Debian: sudo apt-get install -y afl++) and the sharpfuzz tool
# (dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path DIR; then SHARPFUZZ=DIR/sharpfuzz).
# Installs nothing itself. Work files go to ${FUZZ_OUT:-/tmp/v2g-fuzz}/TARGET; crashes and hangs are copied to
# fuzz/findings/TARGET/, where the replay test (tests/V2G.Fuzzing.Tests) picks them up.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: fuzz/run.sh TARGET MINUTES   (targets: dotnet run --project fuzz/V2G.Fuzzing -c Release -- list)" >&2
  exit 2
fi
target=$1
minutes=$2
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")

if ! command -v afl-fuzz >/dev/null; then
  echo "afl-fuzz is not installed: sudo apt-get install -y afl++" >&2
  exit 1
fi
sharpfuzz=${SHARPFUZZ:-sharpfuzz}
if ! command -v "$sharpfuzz" >/dev/null; then
  echo "sharpfuzz is not installed: dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path DIR," >&2
  echo "then run with SHARPFUZZ=DIR/sharpfuzz" >&2
  exit 1
fi
if [ ! -d "$here/corpus/$target" ]; then
  echo "no seed corpus fuzz/corpus/$target (write one: V2G.Fuzzing write-seeds fuzz/corpus $target)" >&2
  exit 1
fi

root=${FUZZ_OUT:-/tmp/v2g-fuzz}
out=$root/$target
bin=$root/bin
rm -rf "$out"
mkdir -p "$out"

# One instrumented Release build serves every target; FUZZ_REBUILD=1 makes a new one (after a code change).
# sharpfuzz refuses an assembly it has instrumented already, so the build goes to a fresh folder.
if [ -n "${FUZZ_REBUILD:-}" ] || [ ! -e "$bin/.instrumented" ]; then
  rm -rf "$bin"
  dotnet build "$here/V2G.Fuzzing/V2G.Fuzzing.csproj" -c Release -o "$bin" -nologo -v quiet >"$root/build.log"
  for assembly in "$bin"/V2G.Exi.dll "$bin"/V2G.Messages.*.dll "$bin"/V2G.Transport.dll \
                  "$bin"/V2G.Sessions.dll "$bin"/V2G.Security.dll; do
    "$sharpfuzz" "$assembly" >>"$root/instrument.log"
  done
  touch "$bin/.instrumented"
fi

# dotnet itself is not instrumented (the coverage comes from the libraries); no core dump handler is needed.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
afl-fuzz -i "$here/corpus/$target" -o "$out/afl" -t 1000 -m none -V $((minutes * 60)) \
  -- dotnet "$bin/V2G.Fuzzing.dll" fuzz "$target" >"$out/afl.log" 2>&1 || {
  echo "afl-fuzz failed; see $out/afl.log" >&2
  tail -20 "$out/afl.log" >&2
  exit 1
}

stats="$out/afl/default/fuzzer_stats"
field() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "$target: $(field run_time) s, $(field execs_done) executions ($(field execs_per_sec)/s)," \
     "paths $(field corpus_count), edges $(field edges_found), bitmap $(field bitmap_cvg)," \
     "crashes $(field saved_crashes), hangs $(field saved_hangs)"

found=0
for kind in crashes hangs; do
  for file in "$out/afl/default/$kind"/id*; do
    [ -e "$file" ] || continue
    mkdir -p "$here/findings/$target"
    name="${kind%es}-$(sha1sum "$file" | cut -c1-12)"
    [ "$kind" = hangs ] && name="hang-$(sha1sum "$file" | cut -c1-12)"
    cp "$file" "$here/findings/$target/$name"
    echo "  $kind: fuzz/findings/$target/$name ($(xxd -p "$file" | tr -d '\n' | cut -c1-160))"
    found=1
  done
done
[ "$found" = 0 ] || echo "replay: dotnet $bin/V2G.Fuzzing.dll replay $target fuzz/findings/$target"

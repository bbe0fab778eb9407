#!/usr/bin/env bash
# Builds cbv2g-bench: libcbv2g (fetched at run time, never committed) and our harness, gcc -O3, no -march.
# Usage: build.sh            prints the path of the binary on stdout (build log on stderr)
# Env:   LIBCBV2G_SRC   a libcbv2g checkout to use instead of exporting it from the mirror
#        LIBCBV2G_GIT   the bare git dir of libcbv2g (default /work/.mirror/EVerest+libcbv2g/repo)
#        LIBCBV2G_REV   the commit to export (default 54fed4de)
#        CBV2G_BUILD    the build directory, outside the repository (default /tmp/cbv2g-bench)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${CBV2G_BUILD:-/tmp/cbv2g-bench}"
git_dir="${LIBCBV2G_GIT:-/work/.mirror/EVerest+libcbv2g/repo}"
rev="${LIBCBV2G_REV:-54fed4de}"
cc="${CC:-gcc}"
cflags=(-O3 -std=c99 -Wall -Wextra)

mkdir -p "$build"
if [[ -n "${LIBCBV2G_SRC:-}" ]]; then
    src="$LIBCBV2G_SRC"
else
    src="$build/libcbv2g-$rev"
    if [[ ! -d "$src/lib/cbv2g" ]]; then
        rm -rf "$src.tmp" && mkdir -p "$src.tmp"
        git -C "$git_dir" archive "$rev" | tar -x -C "$src.tmp"
        mv "$src.tmp" "$src"
    fi
fi
[[ -d "$src/lib/cbv2g" && -d "$src/include/cbv2g" ]] || { echo "build.sh: no libcbv2g sources in $src" >&2; exit 1; }

# One object per libcbv2g source, kept per source tree and rebuilt only when the source is newer (the ISO-20 files
# take a while).
obj_dir="$build/obj-$(printf '%s' "$src" | md5sum | cut -c1-8)"
mkdir -p "$obj_dir"
objects=()
while IFS= read -r file; do
    object="$obj_dir/$(echo "${file#"$src/lib/cbv2g/"}" | tr / _ | sed 's/\.c$/.o/')"
    if [[ ! -f "$object" || "$file" -nt "$object" ]]; then
        echo "cc $file" >&2
        "$cc" "${cflags[@]}" -w -I"$src/include" -c "$file" -o "$object"
    fi
    objects+=("$object")
done < <(find "$src/lib/cbv2g" -name '*.c' | sort)

binary="$build/cbv2g-bench"
"$cc" "${cflags[@]}" -Werror -I"$src/include" "$here/harness.c" "${objects[@]}" -o "$binary"
echo "$binary"

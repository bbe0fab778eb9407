#!/usr/bin/env python3
"""Reads compare.sh's raw outputs and prints the ours / libcbv2g table; writes per-file results to results.tsv.

Usage: summarise.py OUT_DIR PASSES FAMILY...
Every mean is over the files compared in that pass (libcbv2g round-trips them identically and `v2g bench` timed them),
of per-file medians. Ratios are ours / libcbv2g; "a-b" is the lowest and highest over the passes.
"""
import glob
import os
import re
import statistics
import sys

SMALL_BYTES = 16
CBV2G_LINE = re.compile(r"^(\S+) decode ([\d.]+) ns encode ([\d.]+) ns roundtrip (\S+)$")
OURS_LINE = re.compile(r"^(\S+) decode ([\d.]+) ns encode ([\d.]+) ns alloc ([\d.]+) B$")


def read_cbv2g(path):
    """Per file base name: (path, decode ns, encode ns, round trip)."""
    rows = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            match = CBV2G_LINE.match(line.strip())
            if match:
                name = os.path.basename(match[1])
                rows[name] = (match[1], float(match[2]), float(match[3]), match[4])
    return rows


def read_ours(paths):
    """Per file base name: (decode ns, encode ns, alloc bytes), over all of a pass's `v2g bench` outputs."""
    rows = {}
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                match = OURS_LINE.match(line.strip())
                if match:
                    rows[os.path.basename(match[1])] = (float(match[2]), float(match[3]), float(match[4]))
    return rows


def span(values, digits=2):
    if not values:
        return "n/a"
    low, high = min(values), max(values)
    return f"{low:.{digits}f}" if round(low, digits) == round(high, digits) else f"{low:.{digits}f}-{high:.{digits}f}"


def mean_or_none(values):
    return statistics.fmean(values) if values else None


def ns(value):
    return "n/a" if value is None else f"{value:,.0f}"


def summarise_family(out_dir, family, passes, tsv):
    """One table row for a family; appends the family's per-file rows to tsv."""
    counts, missing, decode_ratios, encode_ratios, small_ratios = [], [], [], [], []
    ours_decode, ours_encode, c_decode, c_encode, allocs = [], [], [], [], []
    per_file = {}
    small_count = 0
    for number in range(1, passes + 1):
        raw = os.path.join(out_dir, "raw", f"{family}.{number}")
        cbv2g = read_cbv2g(f"{raw}.cbv2g.txt")
        ours = read_ours(sorted(glob.glob(f"{raw}.ours.*.txt")))
        compared = [name for name, row in cbv2g.items() if row[3] == "identical" and name in ours]
        sizes = {name: os.path.getsize(cbv2g[name][0]) for name in cbv2g}
        for name, (path, c_dec, c_enc, roundtrip) in cbv2g.items():
            o_dec, o_enc, alloc = ours.get(name, ("", "", ""))
            tsv.write(f"{number}\t{family}\t{name}\t{sizes[name]}\t{roundtrip}\t{c_dec}\t{c_enc}\t{o_dec}\t{o_enc}\t{alloc}\n")
        counts.append(len(compared))
        missing.append(sum(1 for name, row in cbv2g.items() if row[3] == "identical" and name not in ours))
        if not compared:
            continue
        means = [statistics.fmean(column) for column in zip(*[cbv2g[n][1:3] + ours[n] for n in compared])]
        c_decode.append(means[0])
        c_encode.append(means[1])
        ours_decode.append(means[2])
        ours_encode.append(means[3])
        allocs.append(means[4])
        decode_ratios.append(means[2] / means[0])
        encode_ratios.append(means[3] / means[1])
        small = [n for n in compared if sizes[n] <= SMALL_BYTES]
        small_count = max(small_count, len(small))
        if small:
            small_ratios.append(statistics.fmean(ours[n][0] for n in small) / statistics.fmean(cbv2g[n][1] for n in small))
        for name in compared:
            per_file.setdefault(name, []).append((ours[name][0], cbv2g[name][1]))
    worst = "n/a"
    if per_file:
        ratio = {n: statistics.fmean(o for o, _ in v) / statistics.fmean(c for _, c in v) for n, v in per_file.items()}
        name = max(ratio, key=ratio.get)
        worst = f"{ratio[name]:.2f} {name}"
    small = f"{span(small_ratios)} ({small_count})" if small_ratios else "none"
    files = span(counts, 0) + (f" ({max(missing)} not timed by ours)" if any(missing) else "")
    return (f"| {family} | {files} | {ns(mean_or_none(ours_decode))} / {ns(mean_or_none(c_decode))} | {span(decode_ratios)} "
            f"| {ns(mean_or_none(ours_encode))} / {ns(mean_or_none(c_encode))} | {span(encode_ratios)} "
            f"| {ns(mean_or_none(allocs))} | {worst} | {small} |")


def main():
    out_dir, passes, families = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    lines = [
        f"ours / libcbv2g, thread CPU time, means of per-file medians, {passes} passes (ratios: lowest-highest pass)",
        "",
        "| family | files | decode ns ours / cbv2g | decode ratio | encode ns ours / cbv2g | encode ratio "
        f"| alloc B/msg | worst file decode ratio | decode ratio <= {SMALL_BYTES} B (files) |",
        "|---|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    with open(os.path.join(out_dir, "results.tsv"), "w", encoding="utf-8") as tsv:
        tsv.write("pass\tfamily\tfile\tbytes\tcbv2g_roundtrip\tcbv2g_decode_ns\tcbv2g_encode_ns"
                  "\tours_decode_ns\tours_encode_ns\tours_alloc_B\n")
        lines += [summarise_family(out_dir, family, passes, tsv) for family in families]
    text = "\n".join(lines) + "\n"
    with open(os.path.join(out_dir, "summary.md"), "w", encoding="utf-8") as summary:
        summary.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Prints the medians of the last criterion run as Markdown tables, per element.

usage: benches/report.py [target/criterion]

Each benchmark's median comes from criterion's `new/estimates.json`; when the benchmark
declared a throughput of N elements, the time is divided by N (time per lookup, per call).
"""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
rows = {}
for estimates in sorted(root.glob("**/new/estimates.json")):
    bench = json.loads((estimates.parent / "benchmark.json").read_text())
    median = json.loads(estimates.read_text())["median"]["point_estimate"]
    elements = (bench.get("throughput") or {}).get("Elements") or 1
    rows.setdefault(bench["group_id"], []).append((bench["function_id"] or "", median / elements, elements))

def fmt(ns):
    return f"{ns / 1000:.1f} µs" if ns >= 1000 else f"{ns:.2f} ns"

for group, entries in rows.items():
    print(f"\n#### {group}\n")
    base = next((t for name, t, _ in entries if name.startswith("std HashMap")), None)
    ours = next((t for name, t, _ in entries if name.startswith("perfect hash")), None)
    print("| benchmark | median per element | elements per iteration |" + (" vs std HashMap |" if base else ""))
    print("|---|---:|---:|" + ("---:|" if base else ""))
    for name, t, n in entries:
        ratio = f" {base / t:.1f}x faster |" if base and t < base else (f" {t / base:.1f}x slower |" if base else "")
        print(f"| {name} | {fmt(t)} | {n} |" + ratio)

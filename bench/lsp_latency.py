#!/usr/bin/env python3
"""Latency of `chainmap lsp`: from an edit to the diagnostics of the edited version.

    bench/lsp_latency.py BINARY [--edits N] [--steps-model DIR] [--journeys J]

A scripted client (tests/lsp/lspclient.py) opens a file of each example and of a generated
model of J journeys x 20 steps (bench/generate.py; default 100 journeys = 2,000 steps), then
sends N edits, one at a time, each an incremental change of one character in a step's name,
and measures the wall time from writing the change to reading the publishDiagnostics of that
version. Edits are spaced wider than the server's throttle, so each one is a "first edit after
a pause" (checked at once): this is the latency of a keystroke, not of a burst. Prints the
median, 90th percentile and maximum per model.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "lsp"))
from lspclient import Client, position, uri  # noqa: E402


def measure(binary, folder, path, edits, pause):
    c = Client(binary, cwd=folder)
    try:
        c.initialize(folder)
        text = c.open(path)
        c.wait_diagnostics(path, timeout=600)
        lines = text.split("\n")
        # A step name to edit: its last character flips between two letters.
        line = next(i for i, l in enumerate(lines) if l.strip().startswith("name:") and len(l.rstrip()) > 12)
        column = len(lines[line].rstrip().encode("utf-8"))  # 1-based byte column of the last character
        at = position(text, line + 1, column)
        end = {"line": at["line"], "character": at["character"] + 1}
        samples = []
        for v in range(2, edits + 2):
            time.sleep(pause)
            start = time.perf_counter()
            c.change(path, v, "x" if v % 2 == 0 else "y", {"start": at, "end": end})
            c.wait_diagnostics(path, lambda p, v=v: p.get("version") == v, timeout=600)
            samples.append((time.perf_counter() - start) * 1000)
        c.shutdown()
        return samples
    finally:
        c.kill()


def report(name, steps, samples):
    samples = sorted(samples)
    p90 = samples[min(len(samples) - 1, int(round(0.9 * (len(samples) - 1))))]
    print("| %s | %s | %d | %.1f | %.1f | %.1f |" % (name, steps, len(samples), statistics.median(samples), p90,
                                                   samples[-1]))
    sys.stdout.flush()


def count_steps(binary, root):
    out = subprocess.run([binary, "stats", root, "--format", "json"], capture_output=True, text=True)
    try:
        import json
        return json.loads(out.stdout)["counts"]["steps"]
    except (ValueError, KeyError):
        return "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--edits", type=int, default=40)
    ap.add_argument("--journeys", type=int, default=100)
    ap.add_argument("--pause", type=float, default=0.25, help="seconds between edits (> the throttle)")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    repo = os.path.abspath(os.path.join(HERE, ".."))
    print("load average before: %s" % open("/proc/loadavg").read().split()[:3])
    print("| model | steps | edits | median ms | p90 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for example in sorted(os.listdir(os.path.join(repo, "examples"))):
        folder = os.path.join(repo, "examples", example)
        if not os.path.isfile(os.path.join(folder, "chainmap.yaml")):
            continue
        journeys = os.path.join(folder, "journeys")
        path = os.path.join(journeys, sorted(os.listdir(journeys))[0])
        report("examples/" + example, count_steps(binary, folder), measure(binary, folder, path, args.edits, args.pause))
    with tempfile.TemporaryDirectory() as tmp:
        model = os.path.join(tmp, "model")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), model, str(args.journeys)], check=True)
        path = os.path.join(model, "journeys", sorted(os.listdir(os.path.join(model, "journeys")))[0])
        report("generated, %d journeys" % args.journeys, count_steps(binary, model),
               measure(binary, model, path, args.edits, args.pause))
    print("load average after: %s" % open("/proc/loadavg").read().split()[:3])


if __name__ == "__main__":
    main()

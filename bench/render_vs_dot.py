#!/usr/bin/env python3
"""Render time of chainmap against Graphviz's own `dot` program on the same DOT (issue 16).

Usage:
    bench/render_vs_dot.py [--bin build/release/chainmap] [--dot dot] [--runs N]
                           [--render-dot build/release/bench/chainmap_render_dot]
                           [--format svg] [--max-ratio R] [MODEL_DIR ...]

For every view of every model given (default: examples/*): chain, handovers, and journey,
blueprint and experience for every journey. Each picture is first written as DOT by
`chainmap render VIEW -f dot`; then, N times each (default 5), in turns:
  - chainmap: `chainmap render VIEW MODEL -f FORMAT` (loads the model, checks nothing, builds
    the DOT, lays it out and renders it in-process through libgvc);
  - in-process: `chainmap_render_dot picture.dot FORMAT OUT` (bench/render_dot.cc; `cmake
    --build build/release --target chainmap_render_dot`): the same DOT file laid out and
    rendered by the library's Graphviz code (src/render/gvc.cc), the part of `chainmap render`
    that does what `dot` does; skipped when the program is missing;
  - dot: `dot -TFORMAT picture.dot` (Graphviz's program on the very DOT chainmap lays out;
    the graph's own `layout` attribute picks the engine, as it does for chainmap).
"chainmap / dot" includes what `dot` never does: starting a program linked with every plugin,
reading the YAML model and writing the DOT; on small pictures those few milliseconds dominate.
"in-process / dot" compares the same work on the same DOT. The last line compares `chainmap
render` with what a user would run without the in-process renderer: `chainmap render -f dot`,
then `dot` on its output.
Time is CPU time (user + system of the child processes, from getrusage), which the other jobs
of a shared machine disturb far less than wall-clock time.
The ratio is chainmap / dot per picture and over all pictures. Exit 1 when --max-ratio is
given and the overall ratio exceeds it. Standard library only; not a timed test (bench/).

The experience view measures every cell with a first layout before it pins them, so it does
more than one `dot` run by design; it is listed apart as well as in the total.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
from collections import namedtuple

from label_collisions import journeys_of  # beside this script in bench/


def children_cpu():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def timed(cmd, runs):
    """CPU seconds of one run of `cmd`, averaged over `runs`."""
    before = children_cpu()
    for _ in range(runs):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (children_cpu() - before) / runs


# CPU seconds per run of one picture: chainmap render, dot on its DOT, the library's Graphviz
# code on that DOT (0 when chainmap_render_dot is missing), and chainmap render -f dot.
Row = namedtuple("Row", "name view ours theirs inproc dot_only")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/release/chainmap")
    ap.add_argument("--dot", default="dot")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--format", default="svg")
    ap.add_argument("--render-dot", default="build/release/bench/chainmap_render_dot")
    ap.add_argument("--max-ratio", type=float)
    ap.add_argument("models", nargs="*")
    a = ap.parse_args()
    models = a.models or sorted(os.path.join("examples", d) for d in os.listdir("examples"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for model in models:
            views = [("chain", None), ("handovers", None)]
            for j in journeys_of(a.bin, model):
                views += [("journey", j), ("blueprint", j), ("experience", j)]
            for view, journey in views:
                args = [a.bin, "render", view, model] + (["--journey", journey] if journey else [])
                dot_file = os.path.join(tmp, "picture.dot")
                subprocess.run(args + ["-f", "dot", "-o", dot_file], check=True,
                               stderr=subprocess.DEVNULL)
                ours = timed(args + ["-f", a.format, "-o", os.path.join(tmp, "ours")], a.runs)
                dot_only = timed(args + ["-f", "dot", "-o", os.path.join(tmp, "dot")], a.runs)
                theirs = timed([a.dot, "-T" + a.format, dot_file, "-o",
                                os.path.join(tmp, "theirs")], a.runs)
                inproc = (timed([a.render_dot, dot_file, a.format, os.path.join(tmp, "inproc")],
                                a.runs) if os.path.exists(a.render_dot) else 0.0)
                name = f"{os.path.basename(model)}:{view}" + (f":{journey}" if journey else "")
                rows.append(Row(name, view, ours, theirs, inproc, dot_only))
    print(f"{'picture (CPU seconds per run)':48} {'chainmap':>9} {'in-proc':>8} {'dot':>7}"
          f" {'chainmap/dot':>12} {'in-proc/dot':>11}")
    for r in rows:
        print(f"{r.name:48} {r.ours:9.3f} {r.inproc:8.3f} {r.theirs:7.3f}"
              f" {r.ours / r.theirs:12.2f} {r.inproc / r.theirs:11.2f}")

    def total(select, column="ours"):
        o = sum(getattr(r, column) for r in rows if select(r))
        t = sum(r.theirs for r in rows if select(r))
        return o, t, (o / t if t else 0.0)

    overall = total(lambda r: True)
    graphviz_views = total(lambda r: r.view != "experience")
    experience = total(lambda r: r.view == "experience")
    print(f"\n{len(rows)} pictures, {a.runs} runs each, format {a.format}")
    print(f"all views:            chainmap {overall[0]:.3f} s, dot {overall[1]:.3f} s, "
          f"ratio {overall[2]:.2f}")
    print(f"without experience:   chainmap {graphviz_views[0]:.3f} s, dot {graphviz_views[1]:.3f} s, "
          f"ratio {graphviz_views[2]:.2f}")
    pipeline = sum(r.dot_only + r.theirs for r in rows)
    print(f"against the pipeline `chainmap render -f dot | dot -T{a.format}` ({pipeline:.3f} s): "
          f"chainmap {overall[0] / pipeline:.2f}")
    inproc = total(lambda r: True, "inproc")
    if inproc[0]:
        print(f"in-process, all views: {inproc[0]:.3f} s, dot {inproc[1]:.3f} s, "
              f"ratio {inproc[2]:.2f}")
    if experience[1]:
        print(f"experience view only: chainmap {experience[0]:.3f} s, dot {experience[1]:.3f} s, "
              f"ratio {experience[2]:.2f}")
    if a.max_ratio is not None and overall[2] > a.max_ratio:
        print(f"overall ratio {overall[2]:.2f} exceeds {a.max_ratio}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

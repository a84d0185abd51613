#!/usr/bin/env python3
"""The steps of a stage keep model order, top to bottom, in every journey picture (issue 16).

Usage: journey_order.py CHAINMAP REPO_ROOT

For every journey of every example and of every model under tests/cases, the journey view is
rendered to DOT (which lists each stage cluster's steps in model order) and to SVG (where they
ended up); within each stage, each step's centre must lie below the one before it. Read from
the SVG coordinates, not from the DOT, so a layout that reorders a column fails.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def journey_dots(binary, model):
    """[(journey args, DOT run)] for every journey of the model. A model with one journey draws
    it without --journey (one run instead of two); otherwise the error lists the journeys."""
    def dot(args):
        return subprocess.run([binary, "render", "journey", model, *args, "--format", "dot"],
                              capture_output=True, text=True)
    first = dot([])
    if first.returncode == 0:
        return [([], first)]
    m = re.search(r"valid journeys: ([^;\n]*)", first.stderr)
    journeys = [j.strip() for j in m.group(1).split(",") if j.strip()] if m else []
    return [(["--journey", j], dot(["--journey", j])) for j in journeys]


def stage_columns(dot):
    """[[node id, ...] per stage cluster], in model order."""
    stages, current = [], None
    for line in dot.splitlines():
        line = line.strip()
        if line.startswith('subgraph "cluster_stage-'):
            current = []
            stages.append(current)
        elif current is not None and line == "}" and not any(s is current for s in []):
            pass
        m = re.match(r'^"(step:[^"]+)" \[', line)
        if m and current is not None and m.group(1) not in current:
            current.append(m.group(1))
    return stages


def centres(svg_path):
    out = {}
    root = ET.parse(svg_path).getroot()
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        title = "".join(g.find(SVG + "title").itertext())
        ys = []
        for el in g.iter():
            tag = el.tag[len(SVG):]
            if tag in ("path", "polygon"):
                ys += [float(y) for y in re.findall(r"-?\d+(?:\.\d+)?,(-?\d+(?:\.\d+)?)", el.get("points", "") or "")]
                ys += [float(y) for y in re.findall(r"[MC ]-?\d+(?:\.\d+)?,(-?\d+(?:\.\d+)?)", el.get("d", "") or "")]
        if ys:
            out[title] = (min(ys) + max(ys)) / 2
    return out


def main():
    binary, root = sys.argv[1], sys.argv[2]
    os.chdir(root)
    models = [os.path.join("examples", d) for d in sorted(os.listdir("examples"))
              if os.path.exists(os.path.join("examples", d, "chainmap.yaml"))]
    for dirpath, dirnames, filenames in os.walk(os.path.join("tests", "cases")):
        dirnames.sort()
        if "chainmap.yaml" in filenames:
            models.append(dirpath)
    failures, checked = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for model in models:
            for args, dot in journey_dots(binary, model):
                journey = args[-1] if args else "(its only journey)"
                svg = os.path.join(tmp, "j.svg")
                # Order can only go wrong in a stage of two steps or more: draw only those journeys.
                if dot.returncode == 0 and all(len(stage) < 2 for stage in stage_columns(dot.stdout)):
                    continue
                r = subprocess.run([binary, "render", "journey", model, *args, "-o", svg],
                                   capture_output=True, text=True)
                if dot.returncode != 0 or r.returncode != 0:
                    if "more than the" in r.stderr:
                        continue
                    failures.append(f"{model} {journey}: render failed: {r.stderr.strip()}")
                    continue
                y = centres(svg)
                for stage in stage_columns(dot.stdout):
                    # SVG y grows downwards: each step's centre must be below the one before.
                    for a, b in zip(stage, stage[1:]):
                        checked += 1
                        if a in y and b in y and not y[a] < y[b]:
                            failures.append(f"{model} journey {journey}: {b} is drawn above {a} "
                                            f"(y {y[b]:.0f} <= {y[a]:.0f}), against model order")
    for f in failures:
        print(f"FAIL: {f}")
    print(f"{checked} neighbouring steps checked, {len(failures)} out of order")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The experience view's emotion curves, checked on the drawn SVG (SPEC section 6).

For every journey of every model given:
- every curve point sits exactly in its step's column: the point's centre has the x of the
  step's own node (the step drawn in the customer, frontstage or another lane row);
- it sits at the height of its score: the y of the scale line of that score (level:-2 ..
  level:2, the neutral line level:0; in a wrapped journey the lines of each band are
  level:S@B) that runs under it;
- each persona's points are the steps the persona scored, in flow order, with those scores:
  the same steps and scores as the tasks of the Mermaid `journey` for that persona;
- the SVG and mermaid are byte-identical on a second run (the SVG holds everything the DOT
  says; render/formats compares the DOT of the examples too).
A point placed anywhere else fails the check.

    experience_check.py BINARY MODEL_DIR...
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
EPS = 0.01
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg, file=sys.stderr)


def run(binary, *args, check=True):
    proc = subprocess.run([binary, *args], capture_output=True)
    if check and proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)}: exit {proc.returncode}: {proc.stderr.decode()}")
    return proc


def listed(binary, args, what):
    """The ids an error message lists after `<what>: `, e.g. the valid journeys."""
    err = run(binary, *args, check=False).stderr.decode()
    m = re.search(what + r"[^:]*: ([^;\n]*)", err)
    return [x.strip() for x in m.group(1).split(",")] if m else []


def nodes(svg_bytes):
    """title -> (shape kind, bbox centre x, bbox centre y, tooltip, left, right) of every node."""
    root = ET.fromstring(svg_bytes)
    out = {}
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        title = g.find(SVG + "title").text
        xs, ys, kind, tip = [], [], None, ""
        for a in g.iter(SVG + "a"):
            tip = tip or a.get(XLINK + "title") or ""
        for el in g.iter():
            if el.tag == SVG + "ellipse":
                kind = kind or "ellipse"
                cx, cy, rx, ry = (float(el.get(k)) for k in ("cx", "cy", "rx", "ry"))
                xs += [cx - rx, cx + rx]
                ys += [cy - ry, cy + ry]
            elif el.tag in (SVG + "polygon", SVG + "path"):
                kind = kind or ("polygon%d" % len(el.get("points", "").split()) if el.tag == SVG + "polygon" else "path")
                nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", el.get("points") or el.get("d"))]
                xs += nums[0::2]
                ys += nums[1::2]
        if xs:
            out[title] = (kind, (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, tip, min(xs), max(xs))
    return out


def check_journey(binary, model, journey):
    args = ["render", "experience", model, "--journey", journey]
    outputs = {}
    # Twice each, compared: SVG (the laid-out picture, which holds everything the DOT says) and
    # mermaid; the DOT once.
    for fmt in ("dot", "svg", "mermaid"):
        first = run(binary, *args, "--format", fmt).stdout
        if fmt != "dot" and run(binary, *args, "--format", fmt).stdout != first:
            fail(f"{model} {journey}: {fmt} differs between two runs")
        outputs[fmt] = first
    drawn = nodes(outputs["svg"])
    personas = listed(binary, args + ["--persona", "?"], "personas of journey")
    for persona in personas:
        points = [(t, v) for t, v in drawn.items() if t.startswith(f"point:{persona}:")]
        scores = []
        for title, (kind, x, y, tip, _, _) in points:
            step = title[len(f"point:{persona}:"):]
            if step not in drawn:
                fail(f"{model} {journey}: {title} has no step node {step}")
                continue
            if abs(x - drawn[step][1]) > EPS:
                fail(f"{model} {journey}: {title} at x={x}, its step {step} at x={drawn[step][1]}")
            m = re.search(r": ([+-]?[0-2])(?: — |$)", tip)
            if not m:
                fail(f"{model} {journey}: {title} has no score in its tooltip {tip!r}")
                continue
            score = int(m.group(1))
            scores.append(score)
            # The line of that score under the point (one per band of a wrapped journey).
            lines = [v for t, v in drawn.items() if (t == f"level:{score}" or t.startswith(f"level:{score}@"))
                     and v[4] <= x <= v[5]]
            if not lines:
                fail(f"{model} {journey}: {title} (score {score}) has no {score} line under it")
                continue
            # The step's own band: its curve row is the first one below the step (SVG y grows
            # downwards). The bounding box's centre is the node's for circles, squares and diamonds.
            below = [v[2] for v in lines if v[2] > drawn[step][2]]
            if not below:
                fail(f"{model} {journey}: no {score} line below {step}")
                continue
            level_y = min(below)
            if kind in ("ellipse", "polygon5") and abs(y - level_y) > EPS:
                fail(f"{model} {journey}: {title} (score {score}) at y={y}, the {score} line at y={level_y}")
        mermaid = run(binary, *args, "--persona", persona, "--format", "mermaid").stdout.decode()
        tasks = [int(line.rsplit(":", 2)[1]) - 3 for line in mermaid.splitlines() if line.startswith("    ")]
        if tasks != scores:
            fail(f"{model} {journey}: {persona}'s points {scores} are not the mermaid tasks' scores {tasks}")
    return len(personas)


def main():
    binary, models = sys.argv[1], sys.argv[2:]
    checked = 0
    for model in models:
        journeys = listed(binary, ["render", "experience", model, "--journey", "?"], "valid journeys")
        if not journeys:
            fail(f"{model}: no journeys listed")
        for journey in journeys:
            checked += check_journey(binary, model, journey)
    print(f"{checked} curves checked in {len(models)} models")
    if checked == 0:
        fail("no curve was checked")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

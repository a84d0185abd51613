#!/usr/bin/env python3
"""Label collisions and owner colour distances, counted from the SVG of every view.

Usage:
    bench/label_collisions.py [--bin build/release/chainmap] [--worst N] [--json FILE]
                              [--max-total N] [--max-per-picture N] [--min-delta-e D]
                              [--keep DIR] [--findings] [--views V,...] [MODEL_DIR ...]

Without MODEL_DIR it takes every model of the repository: examples/* and every folder of
tests/cases that holds a chainmap.yaml. Each model is rendered to SVG with the given binary
(chain, handovers, and journey and blueprint for every journey; the experience view too when
the binary knows it), and each SVG is read back:

Label units are the texts of one node, one edge, one cluster or the picture's title (a node's
lines belong together). Counted, once per pair:
  - text on text: the boxes of two label units overlap;
  - text on a shape: a label unit overlaps a visible shape (box, ellipse) of a node it does not
    belong to (an edge label on a step, a title on a lane);
  - line through text: an edge's path, or a separator line drawn behind the picture, crosses a
    label unit other than the edge's own label.
Text boxes are estimated from the font size and DejaVu Sans advance widths (the SVG holds no
widths), slightly shrunk, so that text that merely touches is not counted.

Colours: the owner swatches of each picture's legend ("Owners:") are the owner fills of that
picture. For every pair of them, and for every pair of fills joined by an edge (a handover or a
customer interaction: fills that differ), CIEDE2000 is computed; pairs under --min-delta-e are
reported.

Exit status 1 when a threshold given (--max-total, --max-per-picture, --min-delta-e) is broken,
2 when a view fails to render. --findings draws every picture with the findings overlay
(numbered callouts and the list under the picture count like any other label); --views
takes only the views named (e.g. journey,blueprint). Standard library only.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --------------------------------------------------------------------------------------------
# Text boxes

# DejaVu Sans advance widths in em (regular); bold is about 8 % wider.
_NARROW = set("iljtfrI.,:;'|!()[]{} \u00b7")
_WIDE = set("mwMW@%")


def char_em(c):
    if c in _NARROW:
        return 0.33
    if c in _WIDE:
        return 0.92
    if c.isupper():
        return 0.70
    if c.isdigit():
        return 0.636
    if ord(c) > 0x2000:  # arrows, stars, symbols
        return 0.84
    return 0.60


def text_box(el):
    """(left, top, right, bottom) of an SVG <text>, y growing downwards."""
    s = "".join(el.itertext())
    size = float(el.get("font-size", "14"))
    bold = el.get("font-weight") == "bold"
    width = sum(char_em(c) for c in s) * size * (1.08 if bold else 1.0)
    # Leading and trailing spaces are real (" Customer "), but only as gaps.
    x = float(el.get("x", "0"))
    y = float(el.get("y", "0"))
    anchor = el.get("text-anchor", "start")
    if anchor == "middle":
        left = x - width / 2
    elif anchor == "end":
        left = x - width
    else:
        left = x
    lead = (len(s) - len(s.lstrip(" "))) * 0.33 * size
    trail = (len(s) - len(s.rstrip(" "))) * 0.33 * size
    box = (left + lead, y - 0.72 * size, left + width - trail, y + 0.18 * size)
    return shrink(box, 1.0)


def shrink(box, d):
    l, t, r, b = box
    return (l + d, t + d, max(l + d, r - d), max(t + d, b - d))


def contains(outer, inner):
    """Whether box `outer` (x0, y0, x1, y1) holds box `inner` entirely."""
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def union(boxes):
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


# --------------------------------------------------------------------------------------------
# Shapes and paths

_NUM = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def points_of(el):
    tag = el.tag[len(SVG):]
    if tag in ("polygon", "polyline"):
        nums = [float(n) for n in _NUM.findall(el.get("points", ""))]
        return list(zip(nums[0::2], nums[1::2]))
    if tag == "ellipse":
        cx, cy, rx, ry = (float(el.get(k, "0")) for k in ("cx", "cy", "rx", "ry"))
        return [(cx - rx, cy - ry), (cx + rx, cy + ry)]
    if tag == "path":
        return path_points(el.get("d", ""))
    return []


def path_points(d):
    """Points along an SVG path of M and C commands (Graphviz writes only these), with each
    cubic Bezier sampled."""
    out = []
    tokens = re.findall(r"[MC]|-?\d+(?:\.\d+)?(?:e-?\d+)?", d)
    nums = []
    cmd = None
    cur = None
    for tok in tokens + ["M"]:
        if tok in ("M", "C"):
            if cmd == "M" and len(nums) >= 2:
                cur = (nums[-2], nums[-1])
                out.append(cur)
            elif cmd == "C" and cur is not None:
                pts = list(zip(nums[0::2], nums[1::2]))
                for i in range(0, len(pts) - 2, 3):
                    p0, p1, p2, p3 = cur, pts[i], pts[i + 1], pts[i + 2]
                    for k in range(1, 9):
                        t = k / 8
                        u = 1 - t
                        out.append((u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
                                    u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1]))
                    cur = p3
            cmd = tok
            nums = []
        else:
            nums.append(float(tok))
    return out


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def segment_hits_box(p, q, box):
    """Liang-Barsky clip of segment pq against box."""
    l, t, r, b = box
    x0, y0 = p
    dx, dy = q[0] - x0, q[1] - y0
    u0, u1 = 0.0, 1.0
    for pk, qk in ((-dx, x0 - l), (dx, r - x0), (-dy, y0 - t), (dy, b - y0)):
        if pk == 0:
            if qk < 0:
                return False
        else:
            u = qk / pk
            if pk < 0:
                u0 = max(u0, u)
            else:
                u1 = min(u1, u)
            if u0 > u1:
                return False
    return True


def line_hits_box(points, box):
    return any(segment_hits_box(points[i], points[i + 1], box) for i in range(len(points) - 1))


def visible(el):
    fill = (el.get("fill") or "black").lower()
    stroke = (el.get("stroke") or "none").lower()
    return fill not in ("none", "transparent", "white", "#ffffff") or stroke not in ("none", "transparent")


# --------------------------------------------------------------------------------------------
# One picture


class Picture:
    def __init__(self, path, nodes_are_owners=False):
        tree = ET.parse(path)
        graph = tree.getroot().find(SVG + "g")
        self.units = []      # (kind, name, [text boxes], union box)
        self.shapes = []     # (node name, box)
        self.lines = []      # (edge name or "", points)
        self.edges = []      # (tail node, head node)
        self.node_fill = {}  # node name -> fill of its first visible shape
        self.legend = []     # owner swatch fills, in order
        title_boxes = []
        owners_y = None
        for el in graph:
            tag = el.tag[len(SVG):]
            if tag == "text":
                title_boxes.append(text_box(el))
                if "".join(el.itertext()).strip() == "Owners:":
                    owners_y = float(el.get("y"))
            elif tag in ("polygon", "path") and owners_y is not None:
                fill = (el.get("fill") or "").lower()
                pts = points_of(el)
                if fill.startswith("#") and pts and abs((bbox(pts)[1] + bbox(pts)[3]) / 2 - owners_y) < 12:
                    self.legend.append(fill)
            elif tag == "polyline" and visible(el):
                self.lines.append(("", points_of(el)))
            elif tag == "g":
                self.read_group(el)
        if nodes_are_owners:  # chain and handovers: no legend, the nodes are the owners
            self.legend = sorted(set(self.node_fill.values()))
        if title_boxes:
            self.units.append(("title", "", title_boxes, union(title_boxes)))

    def read_group(self, g):
        cls = g.get("class")
        title_el = g.find(SVG + "title")
        name = "".join(title_el.itertext()) if title_el is not None else ""
        texts = [el for el in g.iter(SVG + "text")]
        boxes = [text_box(el) for el in texts if "".join(el.itertext()).strip()]
        if cls == "node":
            for el in g.iter():
                tag = el.tag[len(SVG):]
                if tag in ("polygon", "path", "ellipse") and visible(el):
                    pts = points_of(el)
                    if pts:
                        self.shapes.append((name, shrink(bbox(pts), 0.5)))
                        fill = (el.get("fill") or "").lower()
                        if fill.startswith("#") and name not in self.node_fill:
                            self.node_fill[name] = fill
        elif cls == "edge":
            for el in g.iter(SVG + "path"):
                self.lines.append((name, points_of(el)))
            if "->" in name:
                tail, head = name.split("->", 1)
                self.edges.append((tail.split(":p")[0] if tail.startswith("cell:") else tail,
                                   head.split(":p")[0] if head.startswith("cell:") else head))
        if boxes and cls in ("node", "edge", "cluster"):
            self.units.append((cls, name, boxes, union(boxes)))

    def collisions(self):
        found = []
        units = self.units
        for i in range(len(units)):
            ki, ni, bi, ui = units[i]
            for j in range(i + 1, len(units)):
                kj, nj, bj, uj = units[j]
                if overlap(ui, uj) and any(overlap(a, b) for a in bi for b in bj):
                    found.append(("text/text", f"{ki} {ni}", f"{kj} {nj}"))
        # A node without text that wholly holds a label, or runs far above and below it, is a
        # backdrop (the experience view's stage column shading), not something the label covers.
        texted = {name for kind, name, _, _ in units if kind == "node"}
        for kind, name, boxes, u in units:
            for node, box in self.shapes:
                if kind == "node" and node == name:
                    continue
                if node not in texted and (contains(box, u) or box[3] - box[1] >= 3 * (u[3] - u[1])):
                    continue
                if overlap(u, box) and any(overlap(b, box) for b in boxes):
                    found.append(("text/shape", f"{kind} {name}", f"node {node}"))
        # A node's text may be covered by several shapes of one other node: count the pair once.
        found = dedupe(found)
        for edge, pts in self.lines:
            if len(pts) < 2:
                continue
            eb = bbox(pts)
            for kind, name, boxes, u in units:
                if kind == "edge" and name == edge:
                    continue
                if not overlap(eb, u):
                    continue
                if any(line_hits_box(pts, b) for b in boxes):
                    found.append(("line/text", f"edge {edge}" if edge else "separator line", f"{kind} {name}"))
        return dedupe(found)


def dedupe(items):
    seen = set()
    out = []
    for it in items:
        if it not in seen:
            seen.add(it)
            out.append(it)
    return out


# --------------------------------------------------------------------------------------------
# CIEDE2000


def hex_to_lab(h):
    h = h.lstrip("#")
    rgb = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    x = (0.4124564 * lin[0] + 0.3575761 * lin[1] + 0.1804375 * lin[2]) / 0.95047
    y = 0.2126729 * lin[0] + 0.7151522 * lin[1] + 0.0721750 * lin[2]
    z = (0.0193339 * lin[0] + 0.1191920 * lin[1] + 0.9503041 * lin[2]) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def ciede2000(c1, c2):
    return ciede2000_lab(hex_to_lab(c1), hex_to_lab(c2))


def ciede2000_lab(lab1, lab2):
    L1, a1, b1 = lab1
    L2, a2, b2 = lab2
    C1 = math.hypot(a1, b1)
    C2 = math.hypot(a2, b2)
    Cb = (C1 + C2) / 2
    G = 0.5 * (1 - math.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7)))
    a1p, a2p = (1 + G) * a1, (1 + G) * a2
    C1p, C2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dLp = L2 - L1
    dCp = C2p - C1p
    if C1p * C2p == 0:
        dhp = 0
    elif abs(h2p - h1p) <= 180:
        dhp = h2p - h1p
    elif h2p - h1p > 180:
        dhp = h2p - h1p - 360
    else:
        dhp = h2p - h1p + 360
    dHp = 2 * math.sqrt(C1p * C2p) * math.sin(math.radians(dhp / 2))
    Lbp = (L1 + L2) / 2
    Cbp = (C1p + C2p) / 2
    if C1p * C2p == 0:
        hbp = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hbp = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        hbp = (h1p + h2p + 360) / 2
    else:
        hbp = (h1p + h2p - 360) / 2
    T = (1 - 0.17 * math.cos(math.radians(hbp - 30)) + 0.24 * math.cos(math.radians(2 * hbp))
         + 0.32 * math.cos(math.radians(3 * hbp + 6)) - 0.20 * math.cos(math.radians(4 * hbp - 63)))
    dtheta = 30 * math.exp(-(((hbp - 275) / 25) ** 2))
    Rc = 2 * math.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7))
    Sl = 1 + 0.015 * (Lbp - 50) ** 2 / math.sqrt(20 + (Lbp - 50) ** 2)
    Sc = 1 + 0.045 * Cbp
    Sh = 1 + 0.015 * Cbp * T
    Rt = -math.sin(math.radians(2 * dtheta)) * Rc
    return math.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh))


def colour_pairs(pic):
    """(delta E, a, b, why) for every pair of legend fills and every pair joined by an edge."""
    pairs = {}
    legend = sorted(set(pic.legend))
    for i in range(len(legend)):
        for j in range(i + 1, len(legend)):
            pairs[(legend[i], legend[j])] = "same picture"
    owner_fills = set(legend)
    for tail, head in pic.edges:
        a, b = pic.node_fill.get(tail), pic.node_fill.get(head)
        if a and b and a != b and a in owner_fills and b in owner_fills:
            pairs[tuple(sorted((a, b)))] = "joined by an edge"
    return sorted((ciede2000(a, b), a, b, why) for (a, b), why in pairs.items())


# --------------------------------------------------------------------------------------------
# Models and views


def models_of(root):
    out = []
    for d in sorted(os.listdir(os.path.join(root, "examples"))):
        if os.path.exists(os.path.join(root, "examples", d, "chainmap.yaml")):
            out.append(os.path.join("examples", d))
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, "tests", "cases")):
        dirnames.sort()
        if "chainmap.yaml" in filenames:
            out.append(os.path.relpath(dirpath, root))
    return out


def journeys_of(binary, model):
    r = subprocess.run([binary, "render", "journey", model, "--journey", "?"], capture_output=True, text=True)
    m = re.search(r"valid journeys: ([^;\n]*)", r.stderr)
    return [j.strip() for j in m.group(1).split(",") if j.strip()] if m else []


def has_view(binary, view):
    r = subprocess.run([binary, "render", view, "--help"], capture_output=True, text=True)
    h = subprocess.run([binary, "render", "--help"], capture_output=True, text=True)
    return view in (h.stdout + h.stderr) and r.returncode in (0, 1, 2)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("models", nargs="*")
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "release", "chainmap"))
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--json")
    ap.add_argument("--keep", help="keep the SVG files in this folder")
    ap.add_argument("--max-total", type=int)
    ap.add_argument("--max-per-picture", type=int)
    ap.add_argument("--min-delta-e", type=float)
    ap.add_argument("--details", action="store_true", help="list every collision")
    ap.add_argument("--findings", action="store_true", help="render with the findings overlay")
    ap.add_argument("--views", help="only these views, comma-separated")
    args = ap.parse_args()
    os.chdir(ROOT)
    models = [m for m in args.models if os.path.isdir(m)] or models_of(ROOT)
    views = ["chain", "handovers"]
    journey_views = ["journey", "blueprint"] + (["experience"] if has_view(args.bin, "experience") else [])
    if args.views:
        wanted = args.views.split(",")
        views = [v for v in views if v in wanted]
        journey_views = [v for v in journey_views if v in wanted]
    out_dir = args.keep or tempfile.mkdtemp(prefix="chainmap-collisions-")
    os.makedirs(out_dir, exist_ok=True)
    results = []
    failed = []
    for model in models:
        jobs = [(v, None) for v in views] + [(v, j) for j in journeys_of(args.bin, model) for v in journey_views]
        for view, journey in jobs:
            name = f"{model}:{view}" + (f":{journey}" if journey else "")
            svg = os.path.join(out_dir, re.sub(r"[^A-Za-z0-9_.-]", "_", name) + ".svg")
            cmd = [args.bin, "render", view, model, "-o", svg] + (["--journey", journey] if journey else [])
            cmd += ["--findings"] if args.findings else []
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                if "more than the" in r.stderr:  # a picture over the size cap is refused by design
                    continue
                failed.append((name, r.stderr.strip()))
                continue
            pic = Picture(svg, nodes_are_owners=view in ("chain", "handovers"))
            hits = pic.collisions()
            colours = colour_pairs(pic)
            results.append({"picture": name, "collisions": len(hits),
                            "details": [list(h) for h in hits],
                            "owners": len(set(pic.legend)),
                            "min_delta_e": round(colours[0][0], 2) if colours else None,
                            "closest": [[round(d, 2), a, b, why] for d, a, b, why in colours[:3]]})
    total = sum(r["collisions"] for r in results)
    ex = [r for r in results if r["picture"].startswith("examples/")]
    worst = sorted(results, key=lambda r: (-r["collisions"], r["picture"]))
    print(f"{'collisions':>10}  {'min dE00':>8}  picture")
    for r in results:
        de = "-" if r["min_delta_e"] is None else f"{r['min_delta_e']:.1f}"
        print(f"{r['collisions']:>10}  {de:>8}  {r['picture']}")
        if args.details:
            for h in r["details"]:
                print(f"{'':>22}{h[0]}: {h[1]}  x  {h[2]}")
    print()
    print(f"pictures: {len(results)}; label collisions: {total} "
          f"(examples: {sum(r['collisions'] for r in ex)} in {len(ex)} pictures); "
          f"pictures with more than 2: {sum(r['collisions'] > 2 for r in results)}")
    print(f"worst {args.worst}:")
    for r in worst[:args.worst]:
        print(f"  {r['collisions']:>4}  {r['picture']}")
    with_colours = [r for r in results if r["min_delta_e"] is not None]
    if with_colours:
        low = sorted(with_colours, key=lambda r: (r["min_delta_e"], r["picture"]))
        print(f"owner colours: lowest CIEDE2000 in a picture {low[0]['min_delta_e']:.2f} ({low[0]['picture']}: "
              f"{low[0]['closest'][0][1]} / {low[0]['closest'][0][2]}, {low[0]['closest'][0][3]}); "
              f"median of the pictures' minimum "
              f"{sorted(r['min_delta_e'] for r in with_colours)[len(with_colours) // 2]:.2f}")
        for r in low[:5]:
            print(f"  {r['min_delta_e']:>6.2f}  {r['picture']}  {r['closest'][0][1]} / {r['closest'][0][2]} ({r['closest'][0][3]})")
    for name, err in failed:
        print(f"render failed: {name}: {err}", file=sys.stderr)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"total": total, "pictures": results, "failed": failed}, f, indent=1, sort_keys=True)
    status = 2 if failed else 0
    if args.max_total is not None and total > args.max_total:
        print(f"FAIL: {total} label collisions, more than {args.max_total}", file=sys.stderr)
        status = status or 1
    if args.max_per_picture is not None and worst and worst[0]["collisions"] > args.max_per_picture:
        print(f"FAIL: {worst[0]['picture']} has {worst[0]['collisions']} label collisions, more than "
              f"{args.max_per_picture}", file=sys.stderr)
        status = status or 1
    if args.min_delta_e is not None:
        for r in with_colours:
            if r["min_delta_e"] < args.min_delta_e:
                print(f"FAIL: {r['picture']}: owner fills {r['closest'][0][1]} and {r['closest'][0][2]} differ by "
                      f"CIEDE2000 {r['min_delta_e']:.2f} < {args.min_delta_e}", file=sys.stderr)
                status = status or 1
    return status


if __name__ == "__main__":
    sys.exit(main())

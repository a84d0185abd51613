#!/usr/bin/env python3
"""Tests of `chainmap lsp` through a scripted client (tests/lsp/lspclient.py).

    tests/lsp/test_lsp.py BINARY REPO GROUP

GROUP is one of: diagnostics, features, edits, workspace (see GROUPS at the end). Every test
copies its fixture model to a temporary folder, starts its own server there, and compares what
the server says with `chainmap validate --format json` run in the same folder on the same text.
Nothing is timed: waits only bound how long a test may hang.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client, byte_column, position, uri  # noqa: E402

BINARY = REPO = None
TODAY = "2026-06-01"
SEVERITY = {1: "error", 2: "warning", 3: "note"}


# ---- helpers ----

class Workspace:
    """A temporary folder holding copies of fixture models; the server runs in it."""

    def __init__(self, *models):
        self.dir = os.path.realpath(tempfile.mkdtemp(prefix="chainmap-lsp-"))
        for model in models:
            src = model if os.path.isabs(model) else os.path.join(REPO, model)
            shutil.copytree(src, os.path.join(self.dir, os.path.basename(src.rstrip("/"))))

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def read(self, *parts):
        with open(self.path(*parts), encoding="utf-8") as f:
            return f.read()

    def write(self, relative, text):
        with open(self.path(relative), "w", encoding="utf-8") as f:
            f.write(text)

    def client(self, args=()):
        c = Client(BINARY, args, cwd=self.dir)
        c.initialize(self.dir)
        return c

    def validate(self, root):
        out = subprocess.run([BINARY, "validate", root, "--format", "json"], cwd=self.dir, capture_output=True,
                             env=dict(os.environ, CHAINMAP_TODAY=TODAY, NO_COLOR="1"))
        assert out.returncode in (0, 1), out.stderr
        return json.loads(out.stdout)

    def cleanup(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def barrier(c, path):
    """A request answered after every message the server sent before it (diagnostics included)."""
    c.on("textDocument/documentSymbol", path)


def as_validate(c, ws, paths):
    """The server's latest diagnostics of `paths`, in validate's JSON terms (positions are
    converted back to byte columns with the file's text on disk, which the test keeps equal
    to the buffer when it compares)."""
    out = []
    for p in paths:
        published = c.diagnostics.get(uri(p))
        if not published:
            continue
        with open(p, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        for d in published["diagnostics"]:
            out.append({"file": os.path.relpath(p, ws.dir), "line": d["range"]["start"]["line"] + 1,
                        "column": byte_column(text, d["range"]["start"]), "rule": d["code"],
                        "severity": SEVERITY[d["severity"]], "message": d["message"],
                        "target": d["data"]["target"]})
    return sorted(out, key=lambda d: (d["file"], d["line"], d["column"], d["rule"], d["message"]))


def expected(ws, root):
    report = ws.validate(root)
    out = [{k: d[k] for k in ("file", "line", "column", "rule", "severity", "message", "target")}
           for d in report["diagnostics"]]
    return sorted(out, key=lambda d: (d["file"], d["line"], d["column"], d["rule"], d["message"])), report["files"]


def assert_same(got, want):
    if got != want:
        import difflib
        diff = "\n".join(difflib.unified_diff([json.dumps(d, ensure_ascii=False) for d in want],
                                              [json.dumps(d, ensure_ascii=False) for d in got],
                                              "validate", "lsp", lineterm=""))
        raise AssertionError("diagnostics differ from validate:\n" + diff)


def check_against_validate(c, ws, root, opened):
    """Every file of the model has exactly validate's findings (files without any: none)."""
    barrier(c, opened)
    want, files = expected(ws, root)
    paths = [ws.path(f) for f in files]
    assert_same(as_validate(c, ws, paths), want)


def find(text, needle, nth=0):
    """1-based line and byte column of the nth occurrence of needle."""
    data = text.encode("utf-8")
    at = -1
    for _ in range(nth + 1):
        at = data.index(needle.encode("utf-8"), at + 1)
    line = data.count(b"\n", 0, at) + 1
    column = at - (data.rfind(b"\n", 0, at) + 1) + 1
    return line, column


def pos(text, needle, offset=0, nth=0):
    line, column = find(text, needle, nth)
    return position(text, line, column + offset)


def apply_edits(text, edits):
    """Applies LSP TextEdits (UTF-16 positions) to text."""
    lines = text.split("\n")

    def offset(p):
        line = lines[p["line"]] if p["line"] < len(lines) else ""
        before = sum(len(l) + 1 for l in lines[:p["line"]])
        units = 0
        k = 0
        while k < len(line) and units < p["character"]:
            units += 2 if ord(line[k]) > 0xFFFF else 1
            k += 1
        return before + k

    for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]),
                    reverse=True):
        a, b = offset(e["range"]["start"]), offset(e["range"]["end"])
        text = text[:a] + e["newText"] + text[b:]
    return text


# ---- diagnostics ----

def test_examples_match_validate():
    """Opening each example's root publishes exactly validate's findings for every file."""
    for example in sorted(os.listdir(os.path.join(REPO, "examples"))):
        if not os.path.isfile(os.path.join(REPO, "examples", example, "chainmap.yaml")):
            continue
        ws = Workspace("examples/" + example)
        try:
            c = ws.client()
            root = ws.path(example, "chainmap.yaml")
            c.open(root)
            c.wait_diagnostics(root)
            check_against_validate(c, ws, root, root)
            assert c.shutdown() == 0
        finally:
            ws.cleanup()


def test_fixture_utf16_positions():
    """Findings after non-ASCII text (emoji: two UTF-16 units) are at validate's byte column."""
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        c = ws.client()
        order = ws.path("cafe", "journeys", "order.yaml")
        c.open(order)
        c.wait_diagnostics(order, lambda p: p["diagnostics"])
        check_against_validate(c, ws, ws.path("cafe", "chainmap.yaml"), order)
        d = [d for d in c.diagnostics[uri(order)]["diagnostics"] if d["code"] == "handover/undeclared"][0]
        text = ws.read("cafe", "journeys", "order.yaml")
        line, column = find(text, "deliver]")
        assert d["range"]["start"] == position(text, line, column), d
        # 🍰 is 4 bytes and 2 UTF-16 units, ü 2 bytes and 1 unit: the byte column is larger.
        assert d["range"]["start"]["character"] < column - 1
        assert d["range"]["end"]["character"] - d["range"]["start"]["character"] == len("deliver")
        assert d["codeDescription"]["href"].endswith("docs/rules.md#handoverundeclared"), d
        assert d["source"] == "chainmap"
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_v11_cases_match_validate():
    """SPEC v1.1 models (touchpoints, personas, experience, pain points, opportunities), the
    loader's pass and fail fixtures: the server publishes exactly validate's findings."""
    base = os.path.join(REPO, "tests", "cases", "model", "v1.1")
    cases = sorted(os.path.join(base, group, case) for group in os.listdir(base)
                   for case in os.listdir(os.path.join(base, group))
                   if os.path.isfile(os.path.join(base, group, case, "chainmap.yaml")))
    assert len(cases) >= 10, cases
    for case in cases:
        ws = Workspace(case)
        try:
            c = ws.client()
            root = ws.path(os.path.basename(case), "chainmap.yaml")
            c.open(root)
            c.wait_diagnostics(root)
            check_against_validate(c, ws, root, root)
            assert c.shutdown() == 0
        except AssertionError as e:
            raise AssertionError("%s: %s" % (os.path.relpath(case, REPO), e)) from e
        finally:
            ws.cleanup()


def test_lint_configuration_and_options():
    """lint: in the root file and --strict/--rule on the command line act as for validate."""
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        root = ws.path("cafe", "chainmap.yaml")
        text = ws.read("cafe", "chainmap.yaml") + "\nlint:\n  rules:\n    coverage/no-backup: error\n"
        ws.write("cafe/chainmap.yaml", text)
        c = Client(BINARY, ["--strict", "--rule", "journey/frontstage-only=off"], cwd=ws.dir)
        c.initialize(ws.dir)
        c.open(root)
        c.wait_diagnostics(root)
        barrier(c, root)
        out = subprocess.run([BINARY, "validate", root, "--format", "json", "--strict", "--rule",
                              "journey/frontstage-only=off"], cwd=ws.dir, capture_output=True,
                             env=dict(os.environ, CHAINMAP_TODAY=TODAY))
        report = json.loads(out.stdout)
        want = sorted(({k: d[k] for k in ("file", "line", "column", "rule", "severity", "message", "target")}
                       for d in report["diagnostics"]),
                      key=lambda d: (d["file"], d["line"], d["column"], d["rule"], d["message"]))
        got = as_validate(c, ws, [ws.path(f) for f in report["files"]])
        assert_same(got, want)
        assert any(d["rule"] == "coverage/no-backup" and d["severity"] == "error" for d in got)
        assert not any(d["rule"] == "journey/frontstage-only" for d in got)
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_typo_reported_then_cleared():
    """The issue's acceptance test: a planted owner typo is model/unknown-reference at its line,
    cleared after the fix; hover and definition answer on owner references."""
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        c = ws.client()
        order = ws.path("cafe", "journeys", "order.yaml")
        text = c.open(order)
        c.wait_diagnostics(order)
        typo = text.replace("owner: counter.barista", "owner: counter.barrista")
        c.change(order, 2, typo)
        published = c.wait_diagnostics(order, lambda p: p.get("version") == 2)
        line, column = find(typo, "counter.barrista")
        hits = [d for d in published["diagnostics"] if d["code"] == "model/unknown-reference"]
        assert len(hits) == 1, published
        assert hits[0]["range"]["start"] == position(typo, line, column), hits
        assert "did you mean 'counter.barista'?" in hits[0]["message"], hits
        # validate on the same text agrees.
        shutil.copy(order, order + ".saved")
        ws.write("cafe/journeys/order.yaml", typo)
        check_against_validate(c, ws, ws.path("cafe", "chainmap.yaml"), order)
        shutil.move(order + ".saved", order)
        # Fixed (incrementally: only the typo's range changes): the finding is gone.
        c.change(order, 3, "barista", {"start": position(typo, line, column + 8),
                                       "end": position(typo, line, column + 16)})
        published = c.wait_diagnostics(order, lambda p: p.get("version") == 3)
        assert not [d for d in published["diagnostics"] if d["code"] == "model/unknown-reference"], published
        # Hover and definition on an owner reference.
        p = pos(text, "kitchen.chef", 9)
        hover = c.at("textDocument/hover", order, p)
        assert "**role** `kitchen.chef`: Küchenchef" in hover["contents"]["value"], hover
        assert "chainmap.yaml:" in hover["contents"]["value"]
        definition = c.at("textDocument/definition", order, p)
        root_text = ws.read("cafe", "chainmap.yaml")
        assert definition == [{"uri": uri(ws.path("cafe", "chainmap.yaml")),
                               "range": {"start": pos(root_text, "chef: {"),
                                         "end": pos(root_text, "chef: {", 4)}}], definition
        p = pos(text, "kitchen.chef", 1)
        hover = c.at("textDocument/hover", order, p)
        assert "**department** `kitchen`: Küche" in hover["contents"]["value"], hover
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


# ---- editor features ----

def open_cafe():
    ws = Workspace("tests/lsp/fixtures/cafe")
    c = ws.client()
    order = ws.path("cafe", "journeys", "order.yaml")
    text = c.open(order)
    c.wait_diagnostics(order)
    return ws, c, order, text


def test_hover():
    ws, c, order, text = open_cafe()
    try:
        # On a finding: the message, the rule's summary, how to fix it, the page.
        h = c.at("textDocument/hover", order, pos(text, "deliver]", 2))
        v = h["contents"]["value"]
        assert "**handover/undeclared** (error)" in v and "How to fix:" in v and "rules.md#handoverundeclared" in v, v
        # On references: information item, SLA, journey, step (cross-journey), customer.
        v = c.at("textDocument/hover", order, pos(text, "allergy]", 1))["contents"]["value"]
        assert "**information item** `allergy`: Allergien" in v and "personal data" in v, v
        v = c.at("textDocument/hover", order, pos(text, "sla: delivery", 6))["contents"]["value"]
        assert "**SLA** `velo/delivery`: Torte geliefert" in v and "target 45m" in v, v
        v = c.at("textDocument/hover", order, pos(text, "complaints: complaint", 13))["contents"]["value"]
        assert "**journey** `complaint`: Beschwerde" in v, v
        v = c.at("textDocument/hover", order, pos(text, "owner: customer", 8))["contents"]["value"]
        assert "**customer**" in v, v
        v = c.at("textDocument/hover", order, pos(text, "owner: velo", 8))["contents"]["value"]
        assert "**partner** `velo`: Velo-Kurier GmbH" in v and "formal partner" in v, v
        complaint = ws.path("cafe", "journeys", "complaint.yaml")
        ctext = c.open(complaint)
        v = c.at("textDocument/hover", complaint, pos(ctext, "order/take", 7))["contents"]["value"]
        assert "**step** `order/take`: Barista nimmt auf" in v, v
        v = c.at("textDocument/hover", complaint, pos(ctext, "order/take", 1))["contents"]["value"]
        assert "**journey** `order`" in v, v
        # On a key: its description from the JSON Schema.
        v = c.at("textDocument/hover", order, pos(text, "complaints:", 2))["contents"]["value"]
        assert v.startswith("**complaints**: "), v
        v = c.at("textDocument/hover", order, {"line": 0, "character": 0})["contents"]["value"]
        assert v.startswith("**journeys**: Customer journeys"), v
        # Nothing under the cursor (free text), or a position outside the document: null.
        assert c.at("textDocument/hover", order, pos(text, "Barista nimmt", 3)) is None
        assert c.at("textDocument/hover", order, {"line": 999, "character": 3}) is None
        assert c.at("textDocument/hover", order, {"line": 1, "character": 999}) is None
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_definition_and_references():
    ws, c, order, text = open_cafe()
    try:
        root = ws.path("cafe", "chainmap.yaml")
        root_text = ws.read("cafe", "chainmap.yaml")

        def locations(method, p, **extra):
            out = c.at(method, order, p, **extra) or []
            return sorted((os.path.relpath(path_of(l["uri"]), ws.dir), l["range"]["start"]["line"] + 1,
                           byte_column(open(path_of(l["uri"]), encoding="utf-8").read(), l["range"]["start"]))
                          for l in out)

        from lspclient import path_of
        # A step in `next`: its declaration in the same file.
        assert locations("textDocument/definition", pos(text, "to: bake", 5)) == [
            ("cafe/journeys/order.yaml", *find(text, "bake, name"))]
        # A role: its declaration; references: every use, declaration included on request.
        p = pos(text, "counter.barista", 9)
        assert locations("textDocument/definition", p) == [("cafe/chainmap.yaml", *find(root_text, "barista: {"))]
        refs = locations("textDocument/references", p, context={"includeDeclaration": True})
        assert refs == sorted([("cafe/chainmap.yaml", *find(root_text, "barista: {")),
                               ("cafe/journeys/order.yaml", *find(text, "counter.barista"))]), refs
        refs = locations("textDocument/references", p, context={"includeDeclaration": False})
        assert refs == [("cafe/journeys/order.yaml", *find(text, "counter.barista"))], refs
        # The department part of `counter.lead` in another file, and the waiver target's step.
        refs = locations("textDocument/references", pos(text, "counter.barista", 2),
                         context={"includeDeclaration": True})
        assert ("cafe/chainmap.yaml", *find(root_text, "counter:")) in refs, refs
        assert ("cafe/chainmap.yaml", *find(root_text, "counter.lead }")) in refs, refs
        refs = locations("textDocument/references", pos(text, "id: take", 5), context={"includeDeclaration": False})
        assert ("cafe/chainmap.yaml", *find(root_text, "order/take->", 0)) in refs, refs
        # Partner, SLA, information item, complaints journey, KPI of.
        assert locations("textDocument/definition", pos(text, "owner: velo", 8)) == [
            ("cafe/chainmap.yaml", *find(root_text, "velo:"))]
        assert locations("textDocument/definition", pos(text, "sla: delivery", 6)) == [
            ("cafe/chainmap.yaml", *find(root_text, "delivery: {"))]
        assert locations("textDocument/definition", pos(text, "allergy]", 0)) == [
            ("cafe/chainmap.yaml", *find(root_text, "allergy: {"))]
        refs = locations("textDocument/references", pos(text, "  order:", 3), context={"includeDeclaration": False})
        line, column = find(root_text, "of: order")
        assert ("cafe/chainmap.yaml", line, column + 4) in refs, refs
        # An include entry: definition is the files it names; references, the entries naming them.
        c.open(root)
        rp = pos(root_text, "journeys/*.yaml", 3)
        got = c.at("textDocument/definition", root, rp)
        assert sorted(path_of(l["uri"]) for l in got) == sorted(
            [ws.path("cafe", "journeys", "complaint.yaml"), order]), got
        got = c.at("textDocument/references", root, rp, context={"includeDeclaration": True})
        assert [(path_of(l["uri"]), l["range"]["start"]) for l in got] == [(root, pos(root_text, "journeys/*.yaml"))]
        # Nowhere: null.
        assert c.at("textDocument/definition", order, {"line": 0, "character": 1}) is None
        assert c.at("textDocument/references", order, {"line": 500, "character": 0},
                       context={"includeDeclaration": True}) is None
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def located(ws, found):
    """LSP locations as sorted (file relative to the workspace, line, byte column)."""
    from lspclient import path_of
    return sorted((os.path.relpath(path_of(l["uri"]), ws.dir), l["range"]["start"]["line"] + 1,
                   byte_column(open(path_of(l["uri"]), encoding="utf-8").read(), l["range"]["start"]))
                  for l in found or [])


def test_v11_hover_definition_references():
    """SPEC v1.1 ids: personas (in a journey's `personas` and as `experience` keys), touchpoints,
    opportunity `addresses` (journey/step), touchpoint and opportunity owners, opportunity kpi."""
    ws, c, order, text = open_cafe()
    try:
        root_text = ws.read("cafe", "chainmap.yaml")
        kunden = ws.path("cafe", "kunden.yaml")
        ktext = c.open(kunden)
        complaint = ws.path("cafe", "journeys", "complaint.yaml")
        ctext = c.open(complaint)

        def hover(path, t, needle, offset=1, nth=0):
            return c.at("textDocument/hover", path, pos(t, needle, offset, nth))["contents"]["value"]

        def where(method, path, t, needle, offset=1, nth=0, declaration=True):
            extra = {"context": {"includeDeclaration": declaration}} if method.endswith("references") else {}
            return located(ws, c.at(method, path, pos(t, needle, offset, nth), **extra))

        K, O, C, R = "cafe/kunden.yaml", "cafe/journeys/order.yaml", "cafe/journeys/complaint.yaml", "cafe/chainmap.yaml"
        # A persona in a journey's `personas`: what it is, where it is declared, every use
        # (journeys' lists and the `experience` keys of their steps).
        v = hover(order, text, "[gast, stammgast]", 1)
        assert "**persona** `gast`: Gast mit Allergie" in v, v
        assert "persona of journeys 'complaint' and 'order': Bestellt Torten für Geburtstage" in v, v
        assert "Declared in cafe/kunden.yaml:11:3" in v, v
        assert where("textDocument/definition", order, text, "[gast, stammgast]") == [(K, *find(ktext, "gast:"))]
        gast_uses = sorted([(K, *find(ktext, "gast:")),
                            (O, *(lambda l, col: (l, col + 1))(*find(text, "[gast, stammgast]"))),
                            (O, *find(text, "gast: { score: 1")), (O, *find(text, "gast: { score: -1")),
                            (C, *(lambda l, col: (l, col + 1))(*find(ctext, "[gast]"))),
                            (C, *find(ctext, "gast: { score: -2"))])
        assert where("textDocument/references", order, text, "[gast, stammgast]") == gast_uses
        # ... and as a key of a step's `experience`.
        v = hover(order, text, "stammgast: { score: 2", 3)
        assert "**persona** `stammgast`: Stammgast ☕" in v, v
        assert where("textDocument/definition", order, text, "stammgast: { score: 2", 3) == [
            (K, *find(ktext, "stammgast:"))]
        assert where("textDocument/references", complaint, ctext, "gast: { score: -2", 0,
                     declaration=False) == [u for u in gast_uses if u[0] != K]
        # A touchpoint named by steps.
        v = hover(order, text, "touchpoint: theke", 13)
        assert "**touchpoint** `theke`: Theke 🧁" in v, v
        assert "touchpoint, channel in-person, owner 'counter', open Mon-Sat 07:00-18:00" in v, v
        assert where("textDocument/definition", order, text, "touchpoint: theke", 13) == [(K, *find(ktext, "theke:"))]
        line, column = find(text, "touchpoint: theke")
        line2, _ = find(text, "touchpoint: theke", 1)
        assert where("textDocument/references", kunden, ktext, "theke:", 0) == sorted([
            (K, *find(ktext, "theke:")), (O, line, column + 12), (O, line2, column + 12)])
        line, column = find(text, "touchpoint: haustuer")
        assert where("textDocument/references", kunden, ktext, "haustuer:", 0, declaration=False) == [
            (O, line, column + 12)]
        # Opportunity `addresses`: the whole item names the step, its first part the journey.
        v = hover(kunden, ktext, "order/take", 7)
        assert "**step** `order/take`: Barista nimmt auf" in v, v
        v = hover(kunden, ktext, "order/take", 1)
        assert "**journey** `order`: Bestellung" in v, v
        assert where("textDocument/definition", kunden, ktext, "complaint/listen", 12) == [
            (C, *(lambda l, col: (l, col + 4))(*find(ctext, "id: listen")))]
        assert where("textDocument/definition", kunden, ktext, "complaint/listen", 2) == [(C, *find(ctext, "complaint:"))]
        refs = where("textDocument/references", order, text, "id: take", 5, declaration=False)
        assert (K, *find(ktext, "order/take")) in refs, refs
        # The opportunity itself.
        v = hover(kunden, ktext, "allergenkarte:", 2)
        assert "**opportunity** `allergenkarte`: Allergenkarte an der Theke 📋" in v, v
        assert ("opportunity, status planned, owner 'kitchen.chef', addresses 'order/take' and "
                "'complaint/listen', KPI 'wait-time'") in v, v
        # Owners of a touchpoint and of an opportunity.
        v = hover(kunden, ktext, "owner: counter,", 8)
        assert "**department** `counter`: Theke (Verkauf)" in v, v
        assert where("textDocument/definition", kunden, ktext, "owner: counter,", 8) == [(R, *find(root_text, "counter:"))]
        v = hover(kunden, ktext, "owner: counter.lead", 16)
        assert "**role** `counter.lead`: Schichtleitung" in v, v
        assert where("textDocument/definition", kunden, ktext, "owner: velo", 8) == [(R, *find(root_text, "velo:"))]
        line, column = find(ktext, "owner: kitchen.chef")
        assert (K, line, column + 7) in where("textDocument/references", order, text, "confirm: kitchen.chef", 18), (
            where("textDocument/references", order, text, "confirm: kitchen.chef", 18))
        assert where("textDocument/definition", kunden, ktext, "owner: kitchen.chef", 16) == [
            (R, *find(root_text, "chef: {"))]
        # The opportunity's KPI.
        v = hover(kunden, ktext, "kpi: wait-time", 7)
        assert "**KPI** `wait-time`" in v, v
        assert where("textDocument/definition", kunden, ktext, "kpi: wait-time", 7) == [(R, *find(root_text, "wait-time:"))]
        root = ws.path("cafe", "chainmap.yaml")
        c.open(root)
        line, column = find(ktext, "kpi: wait-time")
        assert where("textDocument/references", root, root_text, "wait-time:", 0, declaration=False) == [
            (K, line, column + 5)]
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def labels(items):
    return [i["label"] for i in items]


def complete_at(c, path, text, line_text, column_in_line):
    """Completion with the cursor at column_in_line (characters) of the line holding line_text."""
    line = text.split("\n").index(line_text)
    p = {"line": line, "character": sum(2 if ord(ch) > 0xFFFF else 1 for ch in line_text[:column_in_line])}
    return c.at("textDocument/completion", path, p)


def test_completion():
    ws, c, order, text = open_cafe()
    try:
        version = [1]

        def edit(new_text):
            version[0] += 1
            c.change(order, version[0], new_text)
            return new_text

        # Owners at `owner: `.
        t = edit(text.replace("owner: counter.barista", "owner: "))
        items = complete_at(c, order, t, "            owner: ", 19)
        got = labels(items)
        for want in ("customer", "counter", "counter.barista", "counter.lead", "kitchen.baker", "velo"):
            assert want in got, got
        assert items[0]["textEdit"]["range"]["start"]["character"] == 19
        # Information items in captures (flow list), needs, carries.
        t = edit(text.replace("captures: [order-id, allergy]", "captures: [order-id, al"))
        items = complete_at(c, order, t, "            captures: [order-id, al", 35)
        assert {"allergy", "table", "order-id"} <= set(labels(items)), labels(items)
        item = [i for i in items if i["label"] == "allergy"][0]
        assert item["textEdit"]["range"]["start"]["character"] == 33 and item["textEdit"]["newText"] == "allergy"
        t = edit(text.replace("carries: [order-id, allergy]", "carries: [order-id, "))
        line = [l for l in t.split("\n") if "carries: [order-id, " in l][0]
        assert "table" in labels(complete_at(c, order, t, line, line.index("carries: [order-id, ") + 20))
        # Step ids in next (own journey plain, others as journey/step).
        t = edit(text.replace("next: [deliver]", "next: [de"))
        line = [l for l in t.split("\n") if "next: [de" in l][0]
        got = labels(complete_at(c, order, t, line, line.index("next: [de") + 9))
        assert "deliver" in got and "ask" in got and "complaint/listen" in got, got
        # SLA ids of the owning partner.
        t = edit(text.replace("sla: delivery", "sla: "))
        line = [l for l in t.split("\n") if "sla: ," in l][0]
        assert labels(complete_at(c, order, t, line, line.index("sla: ") + 5)) == ["delivery"]
        # Handover methods and enum values.
        t = edit(text.replace("method: ticket", "method: "))
        line = [l for l in t.split("\n") if "method: ," in l][0]
        got = labels(complete_at(c, order, t, line, line.index("method: ") + 8))
        assert {"wms-ticket", "crm", "phone", "verbal"} <= set(got), got
        t = edit(text.replace("            owner: customer\n", "            owner: customer\n            lane: \n"))
        assert labels(complete_at(c, order, t, "            lane: ", 18)) == [
            "customer", "frontstage", "backstage", "support", "partner"]
        # Keys that fit: a step's keys, without those it already has.
        t = edit(text.replace("            owner: customer\n", "            owner: customer\n            \n"))
        got = labels(complete_at(c, order, t, "            ", 12))
        assert "needs" in got and "next" in got and "moment-of-truth" in got, got
        assert "owner" not in got and "id" not in got and "captures" not in got, got
        # While the file does not parse, ids declared in it are still offered.
        t = edit(text.replace("next: [deliver]", "next: [de") .replace("captures: [order-id, allergy]",
                                                                      "captures: [order-id"))
        line = [l for l in t.split("\n") if "next: [de" in l][0]
        assert "deliver" in labels(complete_at(c, order, t, line, line.index("next: [de") + 9))
        # The root file: enum values, rule ids in lint.rules and waivers, targets, departments.
        root = ws.path("cafe", "chainmap.yaml")
        root_text = ws.read("cafe", "chainmap.yaml")
        rt = root_text.replace("    type: frontline\n", "    type: \n").replace(
            "waivers:\n", "lint:\n  extends: \n  rules:\n    \n    kpi/no-owner: \nwaivers:\n").replace(
            "  - rule: handover/no-follow-up", "  - rule: ")
        c.open(root, rt)
        assert labels(complete_at(c, root, rt, "    type: ", 10)) == ["frontline", "back-office"]
        assert labels(complete_at(c, root, rt, "  extends: ", 11)) == ["recommended", "strict", "none"]
        assert labels(complete_at(c, root, rt, "    kpi/no-owner: ", 18)) == ["off", "note", "warning", "error"]
        got = complete_at(c, root, rt, "    ", 4)
        assert "coverage/no-backup" in labels(got) and "model/syntax" not in labels(got), labels(got)
        assert [i for i in got if i["label"] == "coverage/no-backup"][0]["textEdit"]["newText"] == "coverage/no-backup: "
        assert "handover/no-follow-up" in labels(complete_at(c, root, rt, "  - rule: ", 10))
        got = labels(complete_at(c, root, rt, "    target: handover:order/take->bake", 12))
        assert {"handover:order/take->bake", "step:order/take", "role:counter.lead", "model"} <= set(got), got
        assert "handover:order/bake->deliver" in got, got
        rt2 = rt.replace("      barista: { name: Barista 👩‍🍳, backup: lead }", "      barista: { name: Barista 👩‍🍳, backup:  }")
        c.change(root, 2, rt2)
        line = [l for l in rt2.split("\n") if "backup:  }" in l][0]
        assert labels(complete_at(c, root, rt2, line, line.index("backup: ") + 8)) == ["barista", "lead"]
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_v11_completion():
    """SPEC v1.1: persona ids in `personas` and as `experience` keys (only those the journey
    lists), touchpoint ids, owners of touchpoints (never the customer) and opportunities,
    `addresses` as journey/step, opportunity KPIs, enum values and keys from the schema."""
    ws, c, order, text = open_cafe()
    try:
        kunden = ws.path("cafe", "kunden.yaml")
        ktext = c.open(kunden)
        versions = {order: 1, kunden: 1}

        def edit(path, new_text):
            versions[path] += 1
            c.change(path, versions[path], new_text)
            return new_text

        def at(path, t, before):
            """Completion with the cursor right after `before` (the last text on its line)."""
            line = [l for l in t.split("\n") if before in l][0]
            return complete_at(c, path, t, line, line.index(before) + len(before))

        # Personas in a journey's `personas`.
        t = edit(order, text.replace("personas: [gast, stammgast]", "personas: [gast, "))
        assert {"gast", "stammgast"} <= set(labels(at(order, t, "personas: [gast, "))), labels(at(order, t, "personas: [gast, "))
        # `experience` keys: the journey's personas not yet scored at the step.
        t = edit(order, text.replace("              stammgast: { score: 2 }\n", "              \n"))
        items = complete_at(c, order, t, "              ", 14)
        assert labels(items) == ["stammgast"], labels(items)
        assert items[0]["textEdit"]["newText"] == "stammgast: " and items[0]["detail"] == "persona: Stammgast ☕", items
        complaint = ws.path("cafe", "journeys", "complaint.yaml")
        ctext = c.open(complaint)
        ct = ctext.replace("              gast: { score: -2, feeling: Ärgerlich }\n", "              g\n")
        c.change(complaint, 2, ct)
        assert labels(complete_at(c, complaint, ct, "              g", 15)) == ["gast"]  # complaint lists only gast
        c.change(complaint, 3, ctext)
        # Touchpoints of a step.
        t = edit(order, text.replace("touchpoint: haustuer", "touchpoint: "))
        assert sorted(labels(at(order, t, "touchpoint: "))) == ["haustuer", "telefon", "theke"]
        edit(order, text)
        # Owners: of a touchpoint (not the customer), of an opportunity (the customer too).
        t = edit(kunden, ktext.replace("owner: counter.lead", "owner: "))
        got = labels(complete_at(c, kunden, t, "    owner: ", 11))
        assert {"counter", "counter.lead", "kitchen.chef", "velo"} <= set(got) and "customer" not in got, got
        t = edit(kunden, ktext.replace("owner: kitchen.chef", "owner: "))
        got = labels(complete_at(c, kunden, t, "    owner: ", 11))
        assert {"customer", "counter.barista", "velo"} <= set(got), got
        # `addresses`: steps as journey/step (an opportunity is in no journey).
        t = edit(kunden, ktext.replace("addresses: [order/take, complaint/listen]", "addresses: [order/take, "))
        got = labels(at(kunden, t, "addresses: [order/take, "))
        assert {"order/bake", "complaint/listen", "complaint/resolve"} <= set(got), got
        assert not [g for g in got if "/" not in g], got
        # The opportunity's KPI; enum values of `status`, `evidence` and `channel`.
        t = edit(kunden, ktext.replace("kpi: wait-time", "kpi: "))
        assert labels(at(kunden, t, "kpi: ")) == ["wait-time"]
        t = edit(kunden, ktext.replace("status: planned", "status: "))
        assert labels(at(kunden, t, "status: ")) == ["idea", "proposed", "planned", "in-progress", "done"]
        t = edit(kunden, ktext.replace("channel: phone", "channel: "))
        got = labels(at(kunden, t, "channel: "))
        assert {"web", "phone", "in-person", "parcel"} <= set(got), got
        t = edit(order, text.replace("evidence: observed", "evidence: "))
        line = [l for l in t.split("\n") if "evidence: " in l][0]
        assert labels(complete_at(c, order, t, line, line.index("evidence: ") + 10)) == ["observed", "reported",
                                                                                         "assumed"]
        # Keys of a touchpoint, without those it has; of a step, the v1.1 ones.
        t = edit(kunden, ktext.replace("    owner: counter.lead\n", "    owner: counter.lead\n    \n"))
        got = labels(complete_at(c, kunden, t, "    ", 4))
        assert got == ["hours"], got
        t = edit(order, text.replace("            owner: counter.barista\n", "            owner: counter.barista\n            \n"))
        got = labels(complete_at(c, order, t, "            ", 12))
        assert "pain-points" not in got and "touchpoint" not in got and "captures" in got, got
        # Waiver targets of the v1.1 kinds.
        root = ws.path("cafe", "chainmap.yaml")
        rt = ws.read("cafe", "chainmap.yaml")
        c.open(root)
        got = labels(complete_at(c, root, rt, "    target: handover:order/take->bake", 12))
        assert {"touchpoint:theke", "persona:gast", "opportunity:allergenkarte"} <= set(got), got
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_code_actions():
    ws, c, order, text = open_cafe()
    try:
        root = ws.path("cafe", "chainmap.yaml")
        # A misspelt owner: the did-you-mean action fixes it.
        typo = text.replace("owner: kitchen.baker", "owner: kitchen.bakr")
        c.change(order, 2, typo)
        published = c.wait_diagnostics(order, lambda p: p.get("version") == 2)
        d = [d for d in published["diagnostics"] if d["code"] == "model/unknown-reference"][0]
        actions = c.on("textDocument/codeAction", order, range=d["range"], context={"diagnostics": [d]})
        fix = [a for a in actions if a["title"].startswith("Change")][0]
        assert fix["title"] == "Change 'kitchen.bakr' to 'kitchen.baker'", fix
        assert apply_edits(typo, fix["edit"]["changes"][uri(order)]) == text
        # A misspelt step in a cross-journey link: only the step part changes.
        complaint = ws.path("cafe", "journeys", "complaint.yaml")
        ctext = c.open(complaint)
        bad = ctext.replace("order/take", "order/tak")
        c.change(complaint, 2, bad)
        published = c.wait_diagnostics(complaint, lambda p: p.get("version") == 2)
        d = [d for d in published["diagnostics"] if d["code"] == "model/unknown-reference"][0]
        actions = c.on("textDocument/codeAction", complaint, range=d["range"], context={"diagnostics": [d]})
        fix = [a for a in actions if a["title"].startswith("Change")][0]
        assert apply_edits(bad, fix["edit"]["changes"][uri(complaint)]) == ctext, fix
        c.change(complaint, 3, ctext)
        # SPEC v1.1: a misspelt `experience` key, touchpoint and `addresses` item (a bare step
        # id gets its journey).
        kunden = ws.path("cafe", "kunden.yaml")
        ktext = c.open(kunden)
        for path, good, typo, version in ((complaint, ctext, ctext.replace("gast: { score", "gats: { score"), 4),
                                          (complaint, ctext, ctext.replace("touchpoint: telefon", "touchpoint: telfon"), 5),
                                          (kunden, ktext, ktext.replace("order/take,", "take,"), 2)):
            c.change(path, version, typo)
            published = c.wait_diagnostics(path, lambda p: p.get("version") == version)
            ds = [d for d in published["diagnostics"] if d["code"] == "model/unknown-reference"]
            assert len(ds) == 1, published
            actions = c.on("textDocument/codeAction", path, range=ds[0]["range"], context={"diagnostics": ds})
            fix = [a for a in actions if a["title"].startswith("Change")]
            assert fix and apply_edits(typo, fix[0]["edit"]["changes"][uri(path)]) == good, (ds, actions)
            c.change(path, version + 10, good)
        c.change(order, 3, text)
        # A rule finding: add a waiver to the root file; applied, the finding is waived and
        # the waiver is well-formed (validate agrees).
        published = c.wait_diagnostics(order, lambda p: p.get("version") == 3)
        d = [d for d in published["diagnostics"] if d["code"] == "handover/undeclared"][0]
        actions = c.on("textDocument/codeAction", order, range=d["range"], context={"diagnostics": [d], "only": ["quickfix"]})
        waiver = [a for a in actions if a["title"].startswith("Add a waiver")][0]
        assert waiver["title"] == "Add a waiver for handover/undeclared on handover:order/bake->deliver to chainmap.yaml"
        root_text = ws.read("cafe", "chainmap.yaml")
        new_root = apply_edits(root_text, waiver["edit"]["changes"][uri(root)])
        assert "  - rule: handover/undeclared\n    target: handover:order/bake->deliver\n" in new_root, new_root
        assert "    expires: 2026-08-30\n" in new_root, new_root  # 2026-06-01 + 90 days
        ws.write("cafe/chainmap.yaml", new_root)
        report = ws.validate(root)
        assert not [x for x in report["diagnostics"] if x["target"] == "handover:order/bake->deliver"
                    or x["rule"] == "waiver/unused" or x["rule"].startswith("model/")], report
        # No waiver for model/* findings, which cannot be waived; only=refactor: nothing.
        bad = text.replace("owner: kitchen.baker", "owner: kitchen.bakr")
        c.change(order, 4, bad)
        published = c.wait_diagnostics(order, lambda p: p.get("version") == 4)
        d = [d for d in published["diagnostics"] if d["code"] == "model/unknown-reference"][0]
        actions = c.on("textDocument/codeAction", order, range=d["range"], context={"diagnostics": [d]})
        assert not [a for a in actions if a["title"].startswith("Add a waiver")], actions
        assert c.on("textDocument/codeAction", order, range=d["range"], context={"diagnostics": [d], "only": ["refactor"]}) == []
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_waiver_into_files_without_waivers():
    """The waiver action creates `waivers:` when the root has none, and extends `waivers: []`."""
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        root = ws.path("cafe", "chainmap.yaml")
        base = ws.read("cafe", "chainmap.yaml")
        without = base[:base.index("waivers:")]
        for variant in (without.rstrip("\n"), without + "waivers: []   # none yet\n"):
            ws.write("cafe/chainmap.yaml", variant)
            c = ws.client()
            order = ws.path("cafe", "journeys", "order.yaml")
            c.open(order)
            published = c.wait_diagnostics(order, lambda p: p["diagnostics"])
            d = [d for d in published["diagnostics"] if d["code"] == "handover/undeclared"][0]
            actions = c.on("textDocument/codeAction", order, range=d["range"], context={"diagnostics": [d]})
            waiver = [a for a in actions if a["title"].startswith("Add a waiver")][0]
            ws.write("cafe/chainmap.yaml", apply_edits(variant, waiver["edit"]["changes"][uri(root)]))
            report = ws.validate(root)
            rules = [x["rule"] for x in report["diagnostics"]]
            assert "handover/undeclared" not in [x["rule"] for x in report["diagnostics"]
                                                 if "bake->deliver" in x["target"]], rules
            assert not [r for r in rules if r.startswith("model/")], (ws.read("cafe", "chainmap.yaml"), rules)
            assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_document_symbols():
    ws, c, order, text = open_cafe()
    try:
        symbols = c.on("textDocument/documentSymbol", order)
        outline = [(s["name"], [(st["name"], [x["name"] for x in st["children"]]) for st in s["children"]])
                   for s in symbols]
        assert outline == [("order", [("order", ["ask", "take"]), ("make", ["bake", "deliver"])])], outline
        root = ws.path("cafe", "chainmap.yaml")
        c.open(root)
        symbols = c.on("textDocument/documentSymbol", root)
        names = [(s["name"], [x["name"] for x in s["children"]]) for s in symbols]
        assert ("counter", ["barista", "lead"]) in names and ("velo", ["delivery"]) in names, names
        assert ("wait-time", []) in names and ("allergy", []) in names, names
        # SPEC v1.1: touchpoints, personas and opportunities, each its own kind of symbol.
        kunden = ws.path("cafe", "kunden.yaml")
        c.open(kunden)
        symbols = c.on("textDocument/documentSymbol", kunden)
        assert [(s["name"], s["kind"], s["detail"]) for s in symbols] == [
            ("theke", 20, "Theke 🧁"), ("telefon", 20, "Telefon für Bestellungen"),
            ("haustuer", 20, "Lieferung an die Tür"), ("gast", 19, "Gast mit Allergie"),
            ("stammgast", 19, "Stammgast ☕"), ("allergenkarte", 9, "Allergenkarte an der Theke 📋")], symbols
        ktext = ws.read("cafe", "kunden.yaml")
        assert symbols[1]["range"]["start"]["line"] + 1 == find(ktext, "telefon:")[0]
        assert symbols[1]["range"]["end"]["line"] + 1 == find(ktext, "owner: counter.lead")[0], symbols[1]
        for s in symbols:  # children lie inside their parents
            for ch in s["children"]:
                assert (s["range"]["start"]["line"] <= ch["range"]["start"]["line"]
                        and ch["range"]["end"]["line"] <= s["range"]["end"]["line"]), s
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


# ---- edits ----

def test_incremental_edits_match_validate():
    """Incremental changes (inserts, deletes, non-ASCII) leave the buffer as the client has it:
    the diagnostics equal validate's on the same text, and stale findings are cleared."""
    ws, c, order, text = open_cafe()
    try:
        current = text
        version = 1
        steps = [
            ("owner: counter.barista", "owner: counter.barista\n            duration: 5 Minuten"),
            ("name: Barista nimmt auf", "name: Barista 🤖 nimmt „alles“ auf"),
            ("needs: [order-id]", "needs: [order-id, tisch]"),
            ("    complaints: complaint\n", ""),
        ]
        for old, new in steps:
            at = current.index(old)
            line = current.count("\n", 0, at) + 1
            col = len(current[:at].split("\n")[-1].encode("utf-8")) + 1
            end_text = current[:at + len(old)]
            end_line = end_text.count("\n") + 1
            end_col = len(end_text.split("\n")[-1].encode("utf-8")) + 1
            version += 1
            c.change(order, version, new, {"start": position(current, line, col),
                                           "end": position(current, end_line, end_col)})
            current = current[:at] + new + current[at + len(old):]
        published = c.wait_diagnostics(order, lambda p: p.get("version") == version)
        ws.write("cafe/journeys/order.yaml", current)
        check_against_validate(c, ws, ws.path("cafe", "chainmap.yaml"), order)
        rules = [d["code"] for d in published["diagnostics"]]
        assert "model/invalid-value" in rules and "model/unknown-reference" in rules, rules
        # Back to the original text in one full change: those findings are gone again.
        version += 1
        c.change(order, version, text)
        published = c.wait_diagnostics(order, lambda p: p.get("version") == version)
        ws.write("cafe/journeys/order.yaml", text)
        check_against_validate(c, ws, ws.path("cafe", "chainmap.yaml"), order)
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_unsaved_buffer_replaces_disk():
    """An unsaved buffer stands for its file for every model it belongs to, including the
    findings it causes in other files; closing it returns to the disk's text."""
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        c = ws.client()
        root = ws.path("cafe", "chainmap.yaml")
        order = ws.path("cafe", "journeys", "order.yaml")
        root_text = c.open(root)
        c.wait_diagnostics(root)
        # Remove role `lead` in the root buffer only: the references in complaint.yaml (not
        # open) now fail, in that file.
        edited = root_text.replace("      lead: { name: Schichtleitung }\n", "").replace(", backup: lead", "")
        c.change(root, 2, edited)
        complaint = ws.path("cafe", "journeys", "complaint.yaml")
        c.wait_diagnostics(complaint, lambda p: any(d["code"] == "model/unknown-reference" for d in p["diagnostics"]))
        saved = ws.read("cafe", "chainmap.yaml")
        ws.write("cafe/chainmap.yaml", edited)
        check_against_validate(c, ws, root, root)
        ws.write("cafe/chainmap.yaml", saved)
        # Closed without saving: back to the disk's text.
        c.close(root)
        c.open(order)
        c.wait_diagnostics(complaint, lambda p: not any(d["code"] == "model/unknown-reference"
                                                        for d in p["diagnostics"]))
        check_against_validate(c, ws, root, order)
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_save_and_files_changed_on_disk():
    """didSave, and files changed on disk that the editor reports (didChangeWatchedFiles, which
    the server asks for when the client can register watchers dynamically)."""
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        c = Client(BINARY, cwd=ws.dir)
        c.initialize(ws.dir, {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}})
        reg = c.wait(lambda m: m.get("method") == "client/registerCapability", what="watcher registration")
        watchers = reg["params"]["registrations"][0]["registerOptions"]["watchers"]
        assert {"globPattern": "**/*.yaml"} in watchers, reg
        c.send({"jsonrpc": "2.0", "id": reg["id"], "result": None})
        root = ws.path("cafe", "chainmap.yaml")
        root_text = c.open(root)
        c.wait_diagnostics(root)
        # Saved: disk and buffer agree, the findings are validate's.
        saved = root_text.replace("dpa: true", "dpa: maybe")
        c.change(root, 2, saved)
        ws.write("cafe/chainmap.yaml", saved)
        c.notify("textDocument/didSave", {"textDocument": {"uri": uri(root)}})
        c.wait_diagnostics(root, lambda p: p.get("version") == 2 and any(d["code"] == "model/type"
                                                                         for d in p["diagnostics"]))
        check_against_validate(c, ws, root, root)
        # A file nobody has open changes on disk: reported by the watcher, checked again.
        complaint = ws.path("cafe", "journeys", "complaint.yaml")
        ws.write("cafe/journeys/complaint.yaml", ws.read("cafe", "journeys", "complaint.yaml").replace(
            "owner: counter.lead\n            next", "owner: counter.leader\n            next"))
        c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(complaint), "type": 2}]})
        c.wait_diagnostics(complaint, lambda p: any("no role 'leader'" in d["message"] for d in p["diagnostics"]))
        check_against_validate(c, ws, root, root)
        # A new file matching the root's glob appears on disk: it joins the model.
        ws.write("cafe/journeys/extra.yaml", "journeys:\n  extra:\n    stages:\n      - id: s\n        steps:\n"
                 "          - { id: a, owner: nobody-here }\n")
        c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(ws.path("cafe", "journeys", "extra.yaml")),
                                                                  "type": 1}]})
        c.wait_diagnostics(ws.path("cafe", "journeys", "extra.yaml"), lambda p: p["diagnostics"])
        check_against_validate(c, ws, root, root)
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


# ---- workspace ----

def test_several_models_and_no_model():
    """Two models in one workspace each get their own findings; a YAML file outside every
    model gets none; a root found upwards from the file."""
    ws = Workspace("tests/lsp/fixtures/cafe", "examples/online-retailer")
    try:
        c = ws.client()
        order = ws.path("cafe", "journeys", "order.yaml")
        c.open(order)
        retail = ws.path("online-retailer", "journeys", "returns.yaml")
        c.open(retail)
        notes = ws.path("cafe", "notes.yaml")
        c.open(notes)
        c.wait_diagnostics(order)
        check_against_validate(c, ws, ws.path("cafe", "chainmap.yaml"), order)
        check_against_validate(c, ws, ws.path("online-retailer", "chainmap.yaml"), retail)
        barrier(c, notes)
        assert not c.diagnostics.get(uri(notes), {}).get("diagnostics"), c.diagnostics.get(uri(notes))
        # Features answer nothing for it, without error.
        assert c.at("textDocument/hover", notes, {"line": 2, "character": 4}) is None
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_file_included_by_two_roots():
    """A file two models include belongs to both: found by scanning the workspace folders."""
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        shared = ws.path("shared.yaml")
        ws.write("shared.yaml", "information:\n  receipt: { name: Kassenbon }\n")
        for name in ("a", "b"):
            os.makedirs(ws.path(name))
            ws.write(name + "/chainmap.yaml", "chainmap: 1\ninclude: [../shared.yaml]\n"
                     "journeys:\n  j:\n    stages:\n      - id: s\n        steps:\n"
                     "          - { id: x, owner: customer, needs: [receipt, %s-only] }\n" % name)
        c = Client(BINARY, ["--allow-outside-root"], cwd=ws.dir)
        c.initialize(ws.dir)
        c.open(shared)
        c.wait_diagnostics(ws.path("a", "chainmap.yaml"))
        c.wait_diagnostics(ws.path("b", "chainmap.yaml"))
        for name in ("a", "b"):
            got = c.diagnostics[uri(ws.path(name, "chainmap.yaml"))]["diagnostics"]
            assert any("%s-only" % name in d["message"] for d in got), got
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


GROUPS = {
    "diagnostics": [test_examples_match_validate, test_v11_cases_match_validate, test_fixture_utf16_positions,
                    test_lint_configuration_and_options, test_typo_reported_then_cleared],
    "features": [test_hover, test_definition_and_references, test_completion, test_v11_hover_definition_references,
                 test_v11_completion, test_code_actions, test_waiver_into_files_without_waivers,
                 test_document_symbols],
    "edits": [test_incremental_edits_match_validate, test_unsaved_buffer_replaces_disk,
              test_save_and_files_changed_on_disk],
    "workspace": [test_several_models_and_no_model, test_file_included_by_two_roots],
}


def main():
    global BINARY, REPO
    BINARY, REPO = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    names = sys.argv[3:] or list(GROUPS)
    failed = 0
    for group in names:
        for test in GROUPS[group]:
            try:
                test()
                print("ok   %s" % test.__name__)
            except Exception:  # noqa: BLE001 - report every failure, then exit 1
                failed += 1
                print("FAIL %s" % test.__name__)
                traceback.print_exc()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

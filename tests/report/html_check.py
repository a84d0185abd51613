#!/usr/bin/env python3
"""Checks of `validate --format html` that goldens cannot make (run by ctest).

    html_check.py BINARY REPO

For examples/flawed, every other example and the fixtures of tests/cases/report/html, the report:
  - is byte-identical on two runs with the same CHAINMAP_TODAY;
  - parses without a single error in an HTML5 parser (python3-html5lib, strict mode), inline
    SVG included;
  - has unique ids, and every in-page link (href="#...") leads to one of them;
  - loads nothing: no script, no external resource (src, link, @import, url() other than
    url(#...), an href that is not an anchor), and a Content-Security-Policy of default-src 'none';
  - holds every finding of the json output (the same rule and target, as many times);
  - draws the journeys (inline pictures: journey map and blueprint at least) and, where a
    journey has an error or warning on a step or handover, links a picture to the finding list;
  - for the hostile fixture: no control character, no live <script>, </script> or <img> from
    the model.
"""
import collections
import json
import os
import re
import subprocess
import sys

try:
    import html5lib
except ImportError:
    # A Python of its own (pyenv, a virtualenv) may lack Debian's python3-html5lib: use the
    # system's, where scripts/install-deps.sh put it.
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    raise SystemExit("html_check: python3-html5lib is missing (scripts/install-deps.sh installs it)")

BINARY, REPO = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
ENV = dict(os.environ, NO_COLOR="1", CHAINMAP_TODAY="2026-06-01", LC_ALL="C", TZ="UTC")
HTML_CASES = "tests/cases/report/html"
MODELS = sorted(
    [f"examples/{d}/chainmap.yaml" for d in os.listdir(os.path.join(REPO, "examples"))
     if os.path.exists(os.path.join(REPO, "examples", d, "chainmap.yaml"))]
    + [f"{HTML_CASES}/{d}/chainmap.yaml" for d in ("shop", "hostile", "broken")])
failures = []


def fail(model, message):
    failures.append(f"{model}: {message}")


def run(*args):
    p = subprocess.run([BINARY, *args], cwd=REPO, env=ENV, capture_output=True)
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


def text_of(element):
    return "".join(element.itertext())


def check(model):
    rc, page, err = run("validate", "--format", "html", model)
    if rc not in (0, 1):
        return fail(model, f"exit {rc}: {err}")
    if run("validate", "--format", "html", model)[1] != page:
        fail(model, "two runs gave different bytes")

    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        tree = parser.parse(page)
    except html5lib.html5parser.ParseError as e:
        line = page[: page.find(b"\n", 0)].count(b"\n")
        return fail(model, f"HTML5 parse error: {e} (errors: {parser.errors[:3]}, line {line})")
    text = page.decode("utf-8")

    ids = [e.get("id") for e in tree.iter() if e.get("id") is not None]
    for dup, n in collections.Counter(ids).items():
        if n > 1:
            fail(model, f"id '{dup}' is used {n} times")
    known = set(ids)
    for e in tree.iter():
        for attr in ("href", "{http://www.w3.org/1999/xlink}href"):
            href = e.get(attr)
            if href is None:
                continue
            if not href.startswith("#"):
                fail(model, f"a link leaves the page: {href!r}")
            elif href[1:] not in known:
                fail(model, f"link {href} leads nowhere")
        if e.get("src") is not None:
            fail(model, f"<{e.tag}> loads {e.get('src')!r}")
        if e.tag in ("script", "link", "img", "iframe", "object", "embed"):
            fail(model, f"the page has a <{e.tag}>")
    styles = " ".join(text_of(e) for e in tree.iter("style"))
    if "@import" in styles or re.search(r"url\((?!#)", styles + text):
        fail(model, "a stylesheet or picture refers to something outside the page")
    csp = [e.get("content") for e in tree.iter("meta") if e.get("http-equiv") == "Content-Security-Policy"]
    if not csp or "default-src 'none'" not in csp[0]:
        fail(model, "no Content-Security-Policy of default-src 'none'")

    # Every finding of the json output, by rule and target: a finding (div.finding) belongs to
    # the rule of its group's heading and shows its target.
    rc_json, out, _ = run("validate", "--format", "json", model)
    expected = collections.Counter((d["rule"], d["target"]) for d in json.loads(out)["diagnostics"])
    found = collections.Counter()
    for group in tree.iter("section"):
        if "rgroup" not in (group.get("class") or "").split():
            continue
        rule = text_of(group.find("h4").find("code"))
        for finding in group.iter("div"):
            if "finding" in (finding.get("class") or "").split():
                target = [text_of(s) for s in finding.iter("span") if s.get("class") == "target"]
                found[(rule, target[0] if target else "")] += 1
    if found != expected:
        fail(model, f"findings differ from the json output: missing {sorted((expected - found).elements())[:5]}, "
                    f"extra {sorted((found - expected).elements())[:5]}")
    if rc != rc_json:
        fail(model, f"exit {rc}, but {rc_json} with --format json")

    # The pictures: each drawn journey has its journey map and blueprint (and, where it lists
    # personas, its experience view once render draws it).
    journeys = [s for s in tree.iter("section") if s.get("class") == "journey"]
    svg = "{http://www.w3.org/2000/svg}"
    pictures = [s for s in tree.iter(svg + "svg") if s.get("aria-label")]
    for section in journeys:
        labels = [p.get("aria-label").split(":")[0] for p in section.iter(svg + "svg") if p.get("aria-label")]
        if "Journey map" not in labels or "Service blueprint" not in labels:
            fail(model, f"journey section {section.get('id')} has the pictures {labels}")
    marked = sum(1 for s in journeys for d in s.iter("div") if d.get("class") == "marked")
    linked = sum(1 for p in pictures for a in p.iter(svg + "a") if (a.get("href") or "").startswith("#f-"))
    if marked and not linked:
        fail(model, "journeys have marked findings, but no picture links to one")

    if "hostile" in model:
        if re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", page) or re.search("[\x80-\x9f\ufffe\uffff]", text):
            fail(model, "a control character or noncharacter reached the page")
        for live in ("<script", "</script", "<img", "</title></svg>", "<b>Order"):
            if live in text:
                fail(model, f"model text became markup: {live!r}")
        if "alert(1)" not in text:
            fail(model, "the hostile names are missing altogether")


for m in MODELS:
    check(m)
for f in failures:
    print(f, file=sys.stderr)
print(f"html_check: {len(MODELS)} reports, {len(failures)} failures")
sys.exit(1 if failures else 0)

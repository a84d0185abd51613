#!/usr/bin/env python3
"""Checks of the CI output formats with tools outside chainmap (run by ctest).

    ci_formats.py CHECK BINARY REPO

CHECK is one of:
  sarif     output validates against the OASIS SARIF 2.1.0 schema (tests/vendor/sarif/) and meets
            GitHub code scanning's requirements; it agrees with the json output; it is
            byte-deterministic
  junit     output is well-formed XML (xmllint) with a test case per file and a failure per error
  github    every line is a well-formed workflow command, one per finding, then the summary
  gitlab    output has the shape of GitLab's Code Quality report (an array of issues with
            description, check_name, fingerprint, severity, location.path, location.lines.begin,
            of the documented types), unique fingerprints equal to SARIF's, agrees with the json
            output, no byte order mark, byte-deterministic
  nonutf8   a model whose file name is not UTF-8 (made at run time: git cannot hold such a name
            portably) gives valid UTF-8 JSON, SARIF that validates, GitLab JSON, HTML and JUnit
            that xmllint accepts
  baseline  a report used as its own baseline leaves only its model/* findings (never
            baselined), else only the summary and exit 0; one new
            mistake then shows only that finding
  outputs   --output-format FORMAT=PATH (several) writes what --format FORMAT prints

Each check runs on examples/flawed (whatever rules exist) and on tests/cases/report/formats
(nonutf8 on its own model).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

CHECK, BINARY, REPO = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
MODELS = ["examples/flawed/chainmap.yaml", "tests/cases/report/formats/chainmap.yaml"]
ENV = dict(os.environ, NO_COLOR="1", CHAINMAP_TODAY="2026-06-01", LC_ALL="C", TZ="UTC")
failures = []


def fail(model, message):
    failures.append(f"{model}: {message}")


def run(*args, cwd=REPO):
    p = subprocess.run([BINARY, *args], cwd=cwd, env=ENV, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def run_bytes(*args, cwd=REPO):
    p = subprocess.run([BINARY, *args], cwd=cwd, env=ENV, capture_output=True)
    return p.returncode, p.stdout, p.stderr.decode(errors="replace")


def json_report(model, cwd=REPO, *extra):
    rc, out, err = run("validate", "--format", "json", *extra, model, cwd=cwd)
    if rc not in (0, 1):
        raise SystemExit(f"{model}: validate --format json exited {rc}: {err}")
    return json.loads(out)


def sarif_schema_errors(model, doc):
    import jsonschema

    with open(os.path.join(REPO, "tests/vendor/sarif/sarif-schema-2.1.0.json")) as f:
        schema = json.load(f)
    for e in sorted(jsonschema.Draft4Validator(schema).iter_errors(doc), key=str):
        fail(model, f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message}")


def check_sarif(model):
    rc, out, err = run("validate", "--format", "sarif", model)
    if rc not in (0, 1):
        return fail(model, f"exit {rc}: {err}")
    if run("validate", "--format", "sarif", model)[1] != out:
        fail(model, "two runs gave different SARIF")
    doc = json.loads(out)
    sarif_schema_errors(model, doc)

    # GitHub code scanning's requirements.
    if doc.get("version") != "2.1.0" or "$schema" not in doc:
        fail(model, "no $schema or version 2.1.0")
    if len(doc.get("runs", [])) != 1:
        return fail(model, "not exactly one run")
    run_ = doc["runs"][0]
    driver = run_["tool"]["driver"]
    for key in ("name", "version", "informationUri"):
        if not driver.get(key):
            fail(model, f"tool.driver has no {key}")
    rules = {r["id"]: r for r in driver.get("rules", [])}
    for r in rules.values():
        for key in ("name", "shortDescription", "fullDescription", "help", "defaultConfiguration"):
            if key not in r:
                fail(model, f"rule {r['id']} has no {key}")
        if not r.get("help", {}).get("text", "").startswith("# " + r["id"]):
            fail(model, f"rule {r['id']}: help is not its page")
    results = run_.get("results", [])
    expected = json_report(model)["diagnostics"]
    if len(results) != len(expected):
        fail(model, f"{len(results)} results, json has {len(expected)} diagnostics")
    used = set()
    for res, d in zip(results, expected):
        used.add(res["ruleId"])
        if res["ruleId"] not in rules:
            fail(model, f"result rule {res['ruleId']} has no rules entry")
        elif driver["rules"][res["ruleIndex"]]["id"] != res["ruleId"]:
            fail(model, f"ruleIndex of {res['ruleId']} points elsewhere")
        if res["level"] != d["severity"] or res["message"]["text"] != d["message"]:
            fail(model, f"result {res['ruleId']} differs from json: {res['level']} {res['message']}")
        if len(res.get("locations", [])) != 1:
            fail(model, f"result {res['ruleId']} has not exactly one location")
            continue
        physical = res["locations"][0].get("physicalLocation", {})
        uri = physical.get("artifactLocation", {}).get("uri", "")
        if uri.startswith("/") or uri.startswith("file:") or d["file"] is None:
            fail(model, f"result {res['ruleId']}: uri {uri!r} is not repository-relative")
        if uri != d["file"] or physical.get("region", {}).get("startLine") != d["line"]:
            fail(model, f"result {res['ruleId']} at {uri}:{physical.get('region')}, json says "
                        f"{d['file']}:{d['line']}")
        if not res.get("partialFingerprints", {}).get("chainmap/v1"):
            fail(model, f"result {res['ruleId']} has no partialFingerprints")
    if used != set(rules):
        fail(model, f"rules entries {sorted(set(rules) - used)} are used by no result")
    fingerprints = [r["partialFingerprints"]["chainmap/v1"] for r in results]
    if len(set(fingerprints)) != len(fingerprints):
        fail(model, "two results share a fingerprint")


def check_junit(model):
    rc, out, err = run("validate", "--format", "junit", model)
    if rc not in (0, 1):
        return fail(model, f"exit {rc}: {err}")
    lint = subprocess.run(["xmllint", "--noout", "-"], input=out, capture_output=True, text=True)
    if lint.returncode != 0:
        return fail(model, f"xmllint: {lint.stderr}")
    root = ET.fromstring(out)
    suites = root.findall("testsuite")
    if root.tag != "testsuites" or len(suites) != 1:
        return fail(model, "not <testsuites> with one <testsuite>")
    report = json_report(model)
    cases = {c.get("name"): c for c in suites[0].findall("testcase")}
    for f in report["files"]:
        if f not in cases:
            fail(model, f"no test case for {f}")
    if suites[0].get("tests") != str(len(cases)):
        fail(model, "tests attribute does not count the test cases")
    by_severity = {"error": 0, "other": 0}
    for d in report["diagnostics"]:
        by_severity["error" if d["severity"] == "error" else "other"] += 1
    failures_ = sum(len(c.findall("failure")) for c in cases.values())
    other = sum(len((c.findtext("system-out") or "").splitlines()) for c in cases.values())
    if failures_ != by_severity["error"] or other != by_severity["other"]:
        fail(model, f"{failures_} failures and {other} system-out lines, json has "
                    f"{by_severity['error']} errors and {by_severity['other']} others")


COMMAND = re.compile(r"^::(error|warning|notice) (file=[^,:%]*(?:%[0-9A-F]{2}[^,:%]*)*,"
                     r"line=\d+,col=\d+,(endColumn=\d+,)?)?title=[a-z0-9/-]+::[^\r\n]*$")


def check_github(model):
    rc, out, err = run("validate", "--format", "github", model)
    if rc not in (0, 1):
        return fail(model, f"exit {rc}: {err}")
    lines = out.split("\n")
    if lines[-1] != "":
        fail(model, "output does not end with a newline")
    lines = lines[:-1]
    report = json_report(model)
    commands = lines[:-1]
    if len(commands) != len(report["diagnostics"]):
        fail(model, f"{len(commands)} commands, json has {len(report['diagnostics'])} diagnostics")
    kinds = {"error": "error", "warning": "warning", "note": "notice"}
    for line, d in zip(commands, report["diagnostics"]):
        if not COMMAND.match(line):
            fail(model, f"malformed workflow command: {line}")
        elif not line.startswith(f"::{kinds[d['severity']]} file={d['file']},line={d['line']},"):
            fail(model, f"command does not match json {d}: {line}")
    if not re.match(r"^\d+ errors, \d+ warnings, \d+ notes in \d+ files$", lines[-1]):
        fail(model, f"last line is not the summary: {lines[-1]}")


GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def gitlab_shape_errors(issues):
    """What in `issues` GitLab's Code Quality report format does not allow (GitLab's docs,
    "Implement a custom tool"): an array of objects with these members and types."""
    if not isinstance(issues, list):
        return ["not an array"]
    errors = []
    for i, issue in enumerate(issues):
        where = f"issue {i}"
        if not isinstance(issue, dict):
            errors.append(f"{where} is not an object")
            continue
        for key in ("description", "check_name", "fingerprint", "severity"):
            if not isinstance(issue.get(key), str) or not issue[key]:
                errors.append(f"{where}: {key} is not a non-empty string")
        if issue.get("severity") not in GITLAB_SEVERITIES:
            errors.append(f"{where}: severity {issue.get('severity')!r} is not one of GitLab's")
        location = issue.get("location")
        if not isinstance(location, dict):
            errors.append(f"{where}: no location object")
            continue
        path = location.get("path")
        if not isinstance(path, str) or not path or path.startswith("/"):
            errors.append(f"{where}: location.path {path!r} is not a relative path")
        begin = (location.get("lines") or {}).get("begin")
        if not isinstance(begin, int) or isinstance(begin, bool) or begin < 1:
            errors.append(f"{where}: location.lines.begin {begin!r} is not a line number")
    fingerprints = [i.get("fingerprint") for i in issues if isinstance(i, dict)]
    if len(set(fingerprints)) != len(fingerprints):
        errors.append("two issues share a fingerprint (GitLab would show them as one)")
    return errors


def check_gitlab(model):
    rc, raw, err = run_bytes("validate", "--format", "gitlab", model)
    if rc not in (0, 1):
        return fail(model, f"exit {rc}: {err}")
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(model, "output starts with a byte order mark (GitLab refuses it)")
    if run_bytes("validate", "--format", "gitlab", model)[1] != raw:
        fail(model, "two runs gave different output")
    issues = json.loads(raw.decode("utf-8"))
    for e in gitlab_shape_errors(issues):
        fail(model, e)
    report = json_report(model)
    expected = report["diagnostics"]
    if len(issues) != len(expected):
        return fail(model, f"{len(issues)} issues, json has {len(expected)} diagnostics")
    severities = {"error": "major", "warning": "minor", "note": "info"}
    for issue, d in zip(issues, expected):
        if (issue["check_name"], issue["description"], issue["severity"]) != (
                d["rule"], d["message"], severities[d["severity"]]):
            fail(model, f"issue {issue} differs from json {d}")
        # A finding without a file or line is put on the root model's first line.
        where = (d["file"] or report["files"][0], d["line"] or 1)
        if (issue["location"]["path"], issue["location"]["lines"]["begin"]) != where:
            fail(model, f"issue at {issue['location']}, json says {d['file']}:{d['line']}")
    # The fingerprints are SARIF's, so both formats track a finding the same way.
    sarif = json.loads(run("validate", "--format", "sarif", model)[1])
    prints = [r["partialFingerprints"]["chainmap/v1"] for r in sarif["runs"][0]["results"]]
    if [i["fingerprint"] for i in issues] != prints:
        fail(model, "fingerprints differ from SARIF's partialFingerprints")
    # The checker itself catches what it must.
    bad = [{"description": "d", "check_name": "c", "fingerprint": "f", "severity": "high",
            "location": {"path": "/abs", "lines": {"begin": 0}}},
           {"description": "d", "check_name": "c", "fingerprint": "f", "severity": "info",
            "location": {"path": "a.yaml", "lines": {"begin": "3"}}}]
    if len(gitlab_shape_errors(bad)) != 5:
        fail(model, f"the shape check missed a mistake: {gitlab_shape_errors(bad)}")


def check_nonutf8(_model):
    # A Latin-1 file name (e-acute as the single byte 0xE9) in a folder whose name holds a
    # control byte, with findings in it: its path reaches every format. A glob include matches
    # another such name outside the model's folder: that name is in a message.
    with tempfile.TemporaryDirectory() as tmp:
        tmp = tmp.encode()
        folder = b"dir\x01"
        root = b"mod\xe9le.yaml"
        os.mkdir(os.path.join(tmp, folder))
        with open(os.path.join(tmp, folder, root), "wb") as f:
            f.write(b"chainmap: 1\ninclude: ['../out*.yaml']\nkpis:\n  a: {}\n")
        with open(os.path.join(tmp, b"out\xe9.yaml"), "wb") as f:
            f.write(b"kpis: {}\n")
        for cwd, path in ((os.path.join(tmp, folder), root), (tmp, os.path.join(folder, root))):
            label = f"non-UTF-8 file name {path!r}"
            outs = {}
            for fmt in ("json", "sarif", "gitlab", "junit", "html"):
                rc, raw, err = run_bytes("validate", "--format", fmt, path, cwd=cwd)
                if rc not in (0, 1):
                    fail(label, f"--format {fmt} exited {rc}: {err}")
                    continue
                try:
                    outs[fmt] = raw.decode("utf-8")  # strict: fails on invalid UTF-8
                except UnicodeDecodeError as e:
                    fail(label, f"--format {fmt} is not UTF-8: {e}")
            if "json" in outs:
                report = json.loads(outs["json"])
                files = [d["file"] for d in report["diagnostics"]] + report["files"]
                if len(files) < 2 or any("mod\ufffdle.yaml" not in f for f in files):
                    fail(label, f"json: the file name is not shown with U+FFFD: {files}")
                if not any("out\ufffd.yaml" in d["message"] for d in report["diagnostics"]):
                    fail(label, f"json: no message names the outside file: {report}")
            if "sarif" in outs:
                doc = json.loads(outs["sarif"])
                sarif_schema_errors(label, doc)
                for artifact in doc["runs"][0]["artifacts"]:
                    if "mod%E9le.yaml" not in artifact["location"]["uri"]:
                        fail(label, f"sarif: the URI does not percent-encode the byte: {artifact}")
                messages = [r["message"]["text"] for r in doc["runs"][0]["results"]]
                if not any("out\ufffd.yaml" in m for m in messages):
                    fail(label, f"sarif: no message names the outside file: {messages}")
            if "gitlab" in outs:
                issues = json.loads(outs["gitlab"])
                for e in gitlab_shape_errors(issues) + ([] if issues else ["no issues"]):
                    fail(label, f"gitlab: {e}")
            if "junit" in outs:
                lint = subprocess.run(["xmllint", "--noout", "-"], input=outs["junit"].encode(),
                                      capture_output=True)
                if lint.returncode != 0:
                    fail(label, f"junit: xmllint: {lint.stderr.decode(errors='replace')}")


def check_baseline(model):
    with tempfile.TemporaryDirectory() as tmp:
        # A copy of the model's folder, so that a mistake can be added to it.
        folder = os.path.join(tmp, "model")
        shutil.copytree(os.path.dirname(os.path.join(REPO, model)), folder)
        root = os.path.basename(model)
        baseline = os.path.join(tmp, "baseline.json")
        with open(baseline, "w") as f:
            json.dump(json_report(root, folder), f)
        full = json_report(root, folder)
        files = len(full["files"])
        # model/* findings are never baselined: they cannot be switched off.
        structural = [(d["rule"], d["target"]) for d in full["diagnostics"] if d["rule"].startswith("model/")]
        if structural:
            left = json_report(root, folder, "--baseline", baseline)["diagnostics"]
            if [(d["rule"], d["target"]) for d in left] != structural:
                fail(model, f"own baseline: model/* findings not all kept: {left}")
        else:
            rc, out, err = run("validate", "--baseline", baseline, root, cwd=folder)
            if (rc, out, err) != (0, f"0 errors, 0 warnings, 0 notes in {files} files\n", ""):
                fail(model, f"own baseline: exit {rc}, output {out!r} {err!r}")

        # One new mistake: a KPI with a target but no owner (kpi/no-owner).
        kpis = os.path.join(folder, "kpis.yaml")
        with open(kpis, "a") as f:
            f.write("  brand-new-kpi: { of: spareco, target: \">= 90%\" }\n"
                    if "flawed" in model else
                    "  brand-new-kpi: { of: support, target: \">= 90%\" }\n")
        new = json_report(root, folder, "--baseline", baseline)["diagnostics"]
        if [(d["rule"], d["target"]) for d in new if not d["rule"].startswith("model/")] != [
                ("kpi/no-owner", "kpi:brand-new-kpi")]:
            fail(model, f"after one new mistake: {new}")
        rc, out, err = run("validate", "--baseline", baseline, root, cwd=folder)
        if out.count("[kpi/") != 1 or "brand-new-kpi" not in out:
            fail(model, f"text output after one new mistake: {out}")


def check_outputs(model):
    formats = ["json", "sarif", "github", "gitlab", "junit", "html", "text"]
    with tempfile.TemporaryDirectory() as tmp:
        args = [f"--output-format={f}={os.path.join(tmp, f)}" for f in formats]
        rc, out, err = run("validate", *args, model)
        plain = run("validate", model)
        if (rc, out, err) != plain:
            fail(model, "the output on stdout changed with --output-format")
        for f in formats:
            with open(os.path.join(tmp, f)) as written:
                if written.read() != run("validate", "--format", f, model)[1]:
                    fail(model, f"--output-format {f}=PATH differs from --format {f}")


CHECKS = {"sarif": check_sarif, "junit": check_junit, "github": check_github,
          "gitlab": check_gitlab, "baseline": check_baseline, "outputs": check_outputs}
if CHECK == "nonutf8":
    check_nonutf8(None)
else:
    for m in MODELS:
        CHECKS[CHECK](m)
for f in failures:
    print(f, file=sys.stderr)
sys.exit(1 if failures else 0)

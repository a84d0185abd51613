#!/usr/bin/env python3
"""Checks schemas/chainmap.schema.json (SPEC section 2) against the model files we ship.

  tests/schema/check_schema.py REPO_ROOT [CHAINMAP_BINARY]

(a) the schema is valid JSON Schema draft 2020-12;
(b) every YAML file under examples/ (except examples/flawed/, broken on purpose), the starter
    model of `chainmap init` (src/init/starter/) and every file of the `pass` fixtures of
    tests/cases/model/ validates against it;
    Every example file starts with `# yaml-language-server: $schema=<relative path to the schema>`
    and every starter file with `$schema=chainmap.schema.json` (init writes the schema beside it);
(c) every fixture under tests/schema/invalid/ is rejected, and only at the place it names. Its
    first line is `# rejects: <rule> at <JSON pointer>: <why>`; given the binary, the test also
    checks that `chainmap validate` reports that model/* rule for the fixture, so the schema and
    the loader agree on what is wrong.

YAML is read the way editors using the schema read it (YAML 1.2 core schema): `off` and `yes`
stay strings and `2027-06-30` is a string, not a date.
"""
import json
import os
import pathlib
import re
import subprocess
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML speaks YAML 1.1; drop its 1.1-only booleans and timestamps."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Yaml12Loader)


def errors(validator, path):
    return sorted(validator.iter_errors(load(path)), key=lambda e: list(e.absolute_path))


REJECTS = re.compile(r"^# rejects: (model/[a-z-]+) at (\S*): .+$")


def pointer(error):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in error.absolute_path)


def chainmap_rules(binary, path):
    run = subprocess.run([binary, "validate", "--format", "json", str(path)],
                         capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        return None
    return {d["rule"] for d in json.loads(run.stdout)["diagnostics"]}


def main():
    binary = sys.argv[2] if len(sys.argv) > 2 else None
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    schema_path = root / "schemas" / "chainmap.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)  # (a)
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        sys.exit(f"{schema_path}: $schema is not draft 2020-12")
    validator = jsonschema.Draft202012Validator(schema)

    failures = []
    valid = sorted(p for p in (root / "examples").rglob("*.yaml")
                   if "flawed" not in p.relative_to(root / "examples").parts)
    valid += sorted((root / "src" / "init" / "starter").glob("*.yaml"))
    valid += sorted(p for p in (root / "tests" / "cases" / "model").rglob("*.yaml")
                    if "pass" in p.parts)
    if len(valid) < 20:
        failures.append(f"only {len(valid)} valid files found under examples/ and tests/cases/model")
    for path in valid:  # (b)
        if "tests" not in path.relative_to(root).parts:
            first = path.read_text(encoding="utf-8").splitlines()[0]
            target = ("chainmap.schema.json" if "starter" in path.parts
                      else os.path.relpath(schema_path, path.parent))
            if first != f"# yaml-language-server: $schema={target}":
                failures.append(f"{path.relative_to(root)}: first line is not "
                                f"'# yaml-language-server: $schema={target}'")
        for e in errors(validator, path):
            where = "/".join(str(p) for p in e.absolute_path) or "(file)"
            failures.append(f"{path.relative_to(root)}: {where}: {e.message}")

    invalid = sorted((root / "tests" / "schema" / "invalid").glob("*.yaml"))
    if len(invalid) < 8:
        failures.append(f"only {len(invalid)} fixtures in tests/schema/invalid")
    for path in invalid:  # (c)
        name = path.relative_to(root)
        match = REJECTS.match(path.read_text(encoding="utf-8").splitlines()[0])
        if not match:
            failures.append(f"{name}: first line must be '# rejects: <rule> at <pointer>: <why>'")
            continue
        rule, at = match.groups()
        found = {pointer(e) for e in errors(validator, path)}
        if not found:
            failures.append(f"{name}: accepted, but should be rejected at '{at}' ({rule})")
        elif found != {at}:
            failures.append(f"{name}: rejected at {sorted(found)}, expected only at '{at}'")
        if binary:
            rules = chainmap_rules(binary, path)
            if rules is None or rule not in rules:
                failures.append(f"{name}: chainmap validate reports {sorted(rules or [])}, not {rule}")

    for line in failures:
        print(line)
    print(f"schema: {len(valid)} valid files, {len(invalid)} invalid fixtures, "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes a model (root file and its includes) as one YAML file, for the renderer fuzzer's seed
corpus: the fuzz target reads one in-memory root file and no includes (fuzz/README.md).

    fuzz/flatten_model.py MODEL_DIR_OR_ROOT_FILE > out.yaml

Sections of the included files merge into the root's (SPEC section 2: mappings by id, waiver
lists appended), in load order. Only `true`/`false` are booleans, as in chainmap's YAML
reader (PyYAML's YAML 1.1 would read `yes`, `on` or `no` as booleans too). A root file that
is not valid YAML is copied as it is, an included one left out: a broken model is a seed too.
"""
import glob
import os
import re
import sys

import yaml


class Loader(yaml.SafeLoader):
    pass


# Drop YAML 1.1 booleans other than true/false.
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                             list("tTfF"))


def load(path, seen, out):
    real = os.path.realpath(path)
    if real in seen:
        return
    seen.add(real)
    with open(path, encoding="utf-8") as f:
        doc = yaml.load(f, Loader=Loader)
    if not isinstance(doc, dict):
        return
    includes = doc.pop("include", []) or []
    if isinstance(includes, str):
        includes = [includes]
    for key, value in doc.items():
        if key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key].update(value)
        elif key in out and isinstance(out[key], list) and isinstance(value, list):
            out[key].extend(value)
        elif key not in out:
            out[key] = value
    base = os.path.dirname(path)
    for pattern in includes:
        if not isinstance(pattern, str):
            continue
        for match in sorted(glob.glob(os.path.join(base, pattern), recursive=True)):
            if os.path.isfile(match):
                try:
                    load(match, seen, out)
                except (yaml.YAMLError, UnicodeDecodeError, OSError, RecursionError):
                    pass  # an included file that does not parse is left out


def main():
    root = sys.argv[1]
    if os.path.isdir(root):
        root = os.path.join(root, "chainmap.yaml")
    out = {}
    try:
        load(root, set(), out)
        if not out:
            raise ValueError("not a mapping")
        sys.stdout.write(yaml.dump(out, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=100))
    except (yaml.YAMLError, ValueError, UnicodeDecodeError, OSError, RecursionError):
        with open(root, "rb") as f:
            sys.stdout.buffer.write(f.read())


if __name__ == "__main__":
    main()

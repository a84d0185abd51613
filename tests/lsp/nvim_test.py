#!/usr/bin/env python3
"""Neovim (headless) with its built-in LSP client attaches `chainmap lsp` to examples/flawed;
the diagnostics Neovim ends up with (after its own UTF-16 to byte conversion) must be those of
`chainmap validate --format json`, and hover and definition must answer on an owner reference.

    tests/lsp/nvim_test.py BINARY REPO
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SEVERITY = {1: "error", 2: "warning", 3: "note"}


def main():
    binary, repo = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    nvim = shutil.which("nvim")
    if not nvim:
        print("nvim is missing: scripts/install-deps.sh installs neovim", file=sys.stderr)
        return 1
    work = os.path.realpath(tempfile.mkdtemp(prefix="chainmap-nvim-"))
    try:
        model = os.path.join(work, "flawed")
        shutil.copytree(os.path.join(repo, "examples", "flawed"), model)
        env = dict(os.environ, CHAINMAP_TODAY="2026-06-01", NO_COLOR="1")
        report = json.loads(subprocess.run([binary, "validate", "flawed", "--format", "json"], cwd=work, env=env,
                                           capture_output=True, check=False).stdout)
        want = sorted((d["file"], d["line"], d["column"], d["severity"], d["rule"], d["message"])
                      for d in report["diagnostics"])
        # An owner reference for hover and definition: `owner: support.agent` style in a journey.
        journey = os.path.join(model, "journeys", "repair.yaml")
        with open(journey, encoding="utf-8") as f:
            lines = f.read().split("\n")
        owner_line = next(i for i, l in enumerate(lines) if l.strip().startswith("owner:") and "." in l) + 1
        owner_col = lines[owner_line - 1].index("owner:") + len("owner: ") + 1
        out = os.path.join(work, "nvim.json")
        env.update(CHAINMAP_BIN=binary, CHAINMAP_FILE=os.path.join(model, "chainmap.yaml"), CHAINMAP_OUT=out,
                   CHAINMAP_EXPECT=str(len(want)), CHAINMAP_OWNER_LINE="0", XDG_STATE_HOME=work,
                   XDG_DATA_HOME=work, XDG_CONFIG_HOME=work, XDG_CACHE_HOME=work)
        script = os.path.join(repo, "tests", "lsp", "nvim_client.lua")
        subprocess.run([nvim, "--headless", "--clean", "-n", "-i", "NONE", "-c", "luafile " + script],
                       cwd=work, env=env, timeout=600, check=True, stdin=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            got = json.load(f)
        seen = sorted((os.path.relpath(d["file"], work), d["line"], d["column"], SEVERITY[d["severity"]],
                       d["code"], d["message"]) for d in got["diagnostics"])
        failures = []
        if seen != want:
            failures.append("Neovim's diagnostics differ from validate's:\n  missing: %s\n  unexpected: %s" % (
                [d for d in want if d not in seen], [d for d in seen if d not in want]))
        if not all(d["source"] == "chainmap" for d in got["diagnostics"]):
            failures.append("a diagnostic without source 'chainmap'")
        if got.get("exit") != 0:
            failures.append("the server did not exit with status 0 after shutdown and exit: %r" % got.get("exit"))

        # Hover and definition on an owner reference, in the journey file.
        env.update(CHAINMAP_FILE=journey, CHAINMAP_EXPECT="1", CHAINMAP_OWNER_LINE=str(owner_line),
                   CHAINMAP_OWNER_COL=str(owner_col))
        subprocess.run([nvim, "--headless", "--clean", "-n", "-i", "NONE", "-c", "luafile " + script],
                       cwd=work, env=env, timeout=600, check=True, stdin=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            got = json.load(f)
        owner = lines[owner_line - 1].split("owner:")[1].split("#")[0].strip()
        if not got.get("hover") or ("`%s`" % owner.split(".")[0]) not in got["hover"]:
            failures.append("hover on owner %r: %r" % (owner, got.get("hover")))
        if not got.get("definition"):
            failures.append("no definition for owner %r" % owner)
        if failures:
            print("\n".join(failures), file=sys.stderr)
            return 1
        print("nvim: %d diagnostics as validate reports them; hover and definition on '%s'" % (len(want), owner))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

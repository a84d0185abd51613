#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_lsp.cc into fuzz/corpus-lsp/: client byte streams (after the
target's fixed prologue, which opens ROOT) that edit the root buffer into a real model's file
and ask every request at positions spread over it, plus streams with broken framing.

    fuzz/lsp_corpus.py        (from the repository root; rewrites fuzz/corpus-lsp/)
"""
import glob
import json
import os

ROOT = "file:///nonexistent-chainmap-fuzz/chainmap.yaml"
OUT = "fuzz/corpus-lsp"


def frame(message):
    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def session(text):
    doc = {"uri": ROOT}
    out = [frame({"jsonrpc": "2.0", "method": "textDocument/didChange",
                  "params": {"textDocument": {"uri": ROOT, "version": 2}, "contentChanges": [{"text": text}]}})]
    lines = text.split("\n")
    rid = 1
    for i in range(0, len(lines), max(1, len(lines) // 6)):
        character = len(lines[i]) // 2
        p = {"line": i, "character": character}
        for method in ("textDocument/hover", "textDocument/definition", "textDocument/completion"):
            out.append(frame({"jsonrpc": "2.0", "id": rid, "method": method, "params": {"textDocument": doc, "position": p}}))
            rid += 1
        out.append(frame({"jsonrpc": "2.0", "id": rid, "method": "textDocument/references",
                          "params": {"textDocument": doc, "position": p, "context": {"includeDeclaration": True}}}))
        rid += 1
    out.append(frame({"jsonrpc": "2.0", "id": rid, "method": "textDocument/codeAction",
                      "params": {"textDocument": doc, "range": {"start": {"line": 0, "character": 0},
                                                                "end": {"line": len(lines), "character": 0}},
                                 "context": {"diagnostics": []}}}))
    out.append(frame({"jsonrpc": "2.0", "id": rid + 1, "method": "textDocument/documentSymbol",
                      "params": {"textDocument": doc}}))
    out.append(frame({"jsonrpc": "2.0", "method": "textDocument/didChange",
                      "params": {"textDocument": {"uri": ROOT, "version": 3},
                                 "contentChanges": [{"range": {"start": {"line": 1, "character": 2},
                                                               "end": {"line": 2, "character": 0}}, "text": "x: ["}]}}))
    out.append(frame({"jsonrpc": "2.0", "id": rid + 2, "method": "shutdown"}))
    out.append(frame({"jsonrpc": "2.0", "method": "exit"}))
    return b"".join(out)


def inlined(path):
    """The file's text, with the files its one-line `include: [a, b]` names (plain paths)
    appended in its place: the fuzz target's model is its root buffer alone."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    for line in lines:
        if not (line.startswith("include: [") and line.rstrip().endswith("]")):
            out.append(line)
            continue
        for name in line[len("include: ["):line.rstrip().rindex("]")].split(","):
            included = os.path.join(os.path.dirname(path), name.strip())
            if "*" in included or not os.path.isfile(included):
                continue
            with open(included, encoding="utf-8") as f:
                out.append(f.read())
    return "\n".join(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, "*")):
        os.remove(old)
    files = sorted(glob.glob("examples/*/chainmap.yaml") + glob.glob("examples/*/journeys/*.yaml")[:4] +
                   glob.glob("tests/lsp/fixtures/cafe/**/*.yaml", recursive=True) +
                   glob.glob("tests/cases/model/v1.1/*/*/chainmap.yaml"))
    for path in files:
        name = path.replace("/", "_")
        with open(os.path.join(OUT, name + ".lsp"), "wb") as f:
            f.write(session(inlined(path)))
    hover = frame({"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover",
                   "params": {"textDocument": {"uri": ROOT}, "position": {"line": 12, "character": 40}}})
    broken = {
        "short-length": b"Content-Length: 20\r\n\r\n" + hover[hover.index(b"{"):] + hover,
        "long-length": b"Content-Length: 400\r\n\r\n" + hover[hover.index(b"{"):] + hover,
        "no-length": b"Content-Type: x\r\n\r\n" + hover[hover.index(b"{"):] + hover,
        "not-json": frame("x") + b"Content-Length: 3\r\n\r\n{[}" + hover,
        "batch": b"Content-Length: 2\r\n\r\n[]" + hover,
    }
    for name, data in broken.items():
        with open(os.path.join(OUT, "framing-" + name + ".lsp"), "wb") as f:
            f.write(data)
    print("wrote %d seeds to %s" % (len(files) + len(broken), OUT))


if __name__ == "__main__":
    main()

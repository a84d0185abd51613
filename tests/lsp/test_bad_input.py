#!/usr/bin/env python3
"""Bad input to `chainmap lsp`: it must neither crash nor hang, answer with LSP errors where a
response is due, and keep serving afterwards.

    tests/lsp/test_bad_input.py BINARY REPO [TEST...]
"""
import json
import os
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_lsp  # noqa: E402
from lspclient import TIMEOUT, Client, frame, position, uri  # noqa: E402
from test_lsp import Workspace, barrier, check_against_validate, find  # noqa: E402


def error_code(response):
    assert "error" in response, response
    return response["error"]["code"]


def raw(body):
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def answered(c, rid):
    return c.wait(lambda m: m.get("id") == rid and "method" not in m, what="response %r" % rid)


def fresh(ws=None, init=True):
    c = Client(test_lsp.BINARY, cwd=ws.dir if ws else None)
    if init:
        c.initialize(ws.dir if ws else None)
    return c


def test_requests_before_initialize():
    c = fresh(init=False)
    try:
        r = c.request("textDocument/hover", {"textDocument": {"uri": "file:///x.yaml"},
                                             "position": {"line": 0, "character": 0}})
        assert error_code(r) == -32002, r
        r = c.request("shutdown")
        assert error_code(r) == -32002, r
        c.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///x.yaml", "text": "a: 1", "version": 1}})
        c.initialize()
        r = c.request("initialize", {"capabilities": {}})
        assert error_code(r) == -32602, r  # already initialized
        assert c.shutdown() == 0
    finally:
        c.kill()


def test_malformed_json():
    c = fresh()
    try:
        c.write(raw(b'{"jsonrpc": "2.0", "id": 5, "method": "shutdown"'))
        r = c.wait(lambda m: "error" in m, what="parse error")
        assert r["id"] is None and r["error"]["code"] == -32700, r
        c.write(raw(b"[1, 2, 3]"))
        r = c.wait(lambda m: "error" in m, what="invalid request")
        assert r["id"] is None and r["error"]["code"] == -32600, r
        c.send({"jsonrpc": "2.0", "id": 6})
        assert error_code(answered(c, 6)) == -32600
        c.send({"jsonrpc": "2.0", "id": 7, "method": 42})
        assert error_code(answered(c, 7)) == -32600
        c.send({"jsonrpc": "2.0", "id": {"no": 1}, "method": "shutdown"})
        r = c.wait(lambda m: "error" in m, what="invalid id")
        assert r["id"] is None and r["error"]["code"] == -32600, r
        c.send({"jsonrpc": "1.0", "id": 8, "method": "shutdown"})
        assert error_code(answered(c, 8)) == -32600
        c.send({"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": "not an object"})
        assert error_code(answered(c, 9)) == -32602
        c.send({"jsonrpc": "2.0", "id": 10, "method": "textDocument/hover",
                "params": {"textDocument": {"uri": "file:///not/open.yaml"}, "position": {"line": 0, "character": 0}}})
        assert error_code(answered(c, 10)) == -32602
        assert c.shutdown() == 0
    finally:
        c.kill()


def test_wrong_content_length():
    c = fresh()
    try:
        good = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "textDocument/documentSymbol",
                           "params": {"textDocument": {"uri": "file:///x.yaml"}}}).encode()
        # Too short: the body does not parse (error, id null); the rest is skipped up to the
        # next header, whose request is answered.
        c.write(b"Content-Length: %d\r\n\r\n" % (len(good) - 10) + good)
        c.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown-not"})
        r = c.wait(lambda m: m.get("id") is None and "error" in m, what="parse error")
        assert r["error"]["code"] == -32700, r
        assert error_code(answered(c, 2)) == -32601
        # Too long: the body runs into the next message; both are read.
        body = json.dumps({"jsonrpc": "2.0", "id": 3, "method": "no/such"}).encode()
        c.write(b"Content-Length: %d\r\n\r\n" % (len(body) + 25) + body)
        c.send({"jsonrpc": "2.0", "id": 4, "method": "no/such/either"})
        assert error_code(answered(c, 3)) == -32601
        assert error_code(answered(c, 4)) == -32601
        # No Content-Length at all, or not a number: the request is still answered, with an error.
        body = json.dumps({"jsonrpc": "2.0", "id": 5, "method": "shutdown"}).encode()
        c.write(b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + body)
        c.send({"jsonrpc": "2.0", "id": 6, "method": "no/such"})
        assert error_code(answered(c, 5)) == -32700
        assert error_code(answered(c, 6)) == -32601
        body = json.dumps({"jsonrpc": "2.0", "id": 7, "method": "shutdown"}).encode()
        c.write(b"Content-Length: seven\r\n\r\n" + body)
        c.send({"jsonrpc": "2.0", "id": 8, "method": "no/such"})
        assert error_code(answered(c, 7)) == -32700
        assert error_code(answered(c, 8)) == -32601
        # Garbage between messages.
        c.write(b"\x00\xff garbage \r\n\r\n more garbage")
        c.send({"jsonrpc": "2.0", "id": 9, "method": "no/such"})
        assert error_code(answered(c, 9)) == -32601
        # A length far beyond any message is read past (never held in memory) until the input
        # ends; the server then exits (status 1: no shutdown).
        c.write(b"Content-Length: 99999999999\r\n\r\n" + b"x" * 100000)
        c.proc.stdin.close()
        assert c.proc.wait(timeout=TIMEOUT) == 1
    finally:
        c.kill()


def test_unknown_methods():
    c = fresh()
    try:
        assert error_code(c.request("textDocument/semanticTokens/full", {"textDocument": {"uri": "file:///x"}})) == -32601
        assert error_code(c.request("$/unknownRequest")) == -32601
        c.notify("$/unknownNotification", {})
        c.notify("workspace/didChangeConfiguration", {"settings": {}})
        c.notify("textDocument/didChange", {"textDocument": {"uri": "file:///never/opened.yaml", "version": 2},
                                            "contentChanges": [{"text": "x"}]})
        c.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///x.yaml"}})  # no text
        r = c.request("shutdown")
        assert r["result"] is None and "error" not in r, r
        # After shutdown only exit is accepted.
        assert error_code(c.request("textDocument/hover")) == -32600
        c.notify("exit")
        assert c.proc.wait(timeout=TIMEOUT) == 0
    finally:
        c.kill()


def test_exit_status():
    c = fresh()
    c.notify("exit")  # without shutdown
    assert c.proc.wait(timeout=TIMEOUT) == 1
    c = fresh()
    c.proc.stdin.close()  # the client goes away
    assert c.proc.wait(timeout=TIMEOUT) == 1
    c = fresh()
    c.request("shutdown")
    c.proc.stdin.close()
    assert c.proc.wait(timeout=TIMEOUT) == 0


def test_positions_outside_the_document():
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        c = fresh(ws)
        order = ws.path("cafe", "journeys", "order.yaml")
        text = c.open(order)
        c.wait_diagnostics(order)
        td = {"uri": uri(order)}
        for p in ({"line": 10 ** 6, "character": 0}, {"line": 0, "character": 10 ** 6},
                  {"line": 2 ** 31, "character": 2 ** 40}):
            assert c.result("textDocument/hover", {"textDocument": td, "position": p}) is None
            assert c.result("textDocument/definition", {"textDocument": td, "position": p}) is None
            assert c.result("textDocument/references", {"textDocument": td, "position": p,
                                                        "context": {"includeDeclaration": True}}) is None
            assert isinstance(c.result("textDocument/completion", {"textDocument": td, "position": p}), list)
        for p in ({"line": -1, "character": 0}, {"line": 0}, {"line": "0", "character": 0}, None):
            assert error_code(c.request("textDocument/hover", {"textDocument": td, "position": p})) == -32602
        r = c.result("textDocument/codeAction", {"textDocument": td, "context": {"diagnostics": []},
                                                 "range": {"start": {"line": 900, "character": 0},
                                                           "end": {"line": 1000, "character": 5}}})
        assert r == [], r
        # An edit whose range lies past the end is clamped to the end (LSP 3.17, Position).
        c.change(order, 2, "\n# appended", {"start": {"line": 5000, "character": 0},
                                            "end": {"line": 5001, "character": 7}})
        # A reversed range and a malformed change leave the text usable.
        c.change(order, 3, "", {"start": {"line": 1, "character": 0}, "end": {"line": 0, "character": 0}})
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri(order), "version": 4},
                                            "contentChanges": [{"range": "bad", "text": "x"}, {"no": "text"}]})
        published = c.wait_diagnostics(order, lambda p: p.get("version") == 4)
        lines = text.split("\n")
        final = "\n".join(lines[1:]) + "\n# appended"
        ws.write("cafe/journeys/order.yaml", final)
        check_against_validate(c, ws, ws.path("cafe", "chainmap.yaml"), order)
        assert published["diagnostics"], published
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_non_utf8():
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        c = fresh(ws)
        # Invalid UTF-8 inside a JSON string: the message is not JSON (LSP is UTF-8).
        order = ws.path("cafe", "journeys", "order.yaml")
        body = (b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "'
                + uri(order).encode() + b'", "languageId": "yaml", "version": 1, "text": "name: \xff\xfe"}}}')
        c.write(raw(body))
        r = c.wait(lambda m: "error" in m, what="parse error")
        assert r["error"]["code"] == -32700, r
        # A lone surrogate escape is refused the same way.
        c.write(raw(b'{"jsonrpc": "2.0", "id": 3, "method": "shutdown", "params": {"x": "\\ud800"}}'))
        r = c.wait(lambda m: "error" in m, what="parse error")
        assert r["error"]["code"] == -32700, r
        # A file on disk that is not UTF-8: model/syntax on it, as validate says.
        with open(ws.path("cafe", "journeys", "latin1.yaml"), "wb") as f:
            f.write("journeys:\n  alt:\n    name: Caf\xe9\n".encode("latin-1"))
        c.open(order)
        latin = ws.path("cafe", "journeys", "latin1.yaml")
        published = c.wait_diagnostics(latin)
        assert [d["code"] for d in published["diagnostics"]] == ["model/syntax"], published
        check_against_validate(c, ws, ws.path("cafe", "chainmap.yaml"), order)
        # Hover and completion in a document with text that is not valid UTF-8 after decoding
        # (U+FFFD from the client) work.
        with open(order, encoding="utf-8") as f:
            c.change(order, 2, f.read() + "# \ufffd 🍰\n")
        assert c.at("textDocument/hover", order, {"line": 10 ** 3, "character": 0}) is None
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_file_deleted_while_open():
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        c = fresh(ws)
        root = ws.path("cafe", "chainmap.yaml")
        order = ws.path("cafe", "journeys", "order.yaml")
        c.open(root)
        c.open(order)
        c.wait_diagnostics(order, lambda p: p["diagnostics"])
        # An included file deleted on disk (the glob no longer matches it): it leaves the model,
        # its diagnostics are cleared, and the others are validate's without it.
        os.remove(order)
        c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(order), "type": 3}]})
        c.wait_diagnostics(order, lambda p: not p["diagnostics"])
        check_against_validate(c, ws, root, root)
        assert c.at("textDocument/hover", order, {"line": 3, "character": 6}) is None
        # The root deleted while open: its buffer still stands for it.
        text = open(root, encoding="utf-8").read()
        os.remove(root)
        c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(root), "type": 3}]})
        assert "include: [journeys/*.yaml, " in text
        c.change(root, 2, text.replace("include: [journeys/*.yaml, ", "include: [journeys/*.yaml, gone.yaml, "))
        published = c.wait_diagnostics(root, lambda p: p.get("version") == 2)
        assert "model/include-not-found" in [d["code"] for d in published["diagnostics"]], published
        c.close(order)
        c.close(root)
        barrier_doc = ws.path("cafe", "journeys", "complaint.yaml")
        c.open(barrier_doc)  # no root any more: belongs to no model
        barrier(c, barrier_doc)
        assert not c.diagnostics.get(uri(barrier_doc), {}).get("diagnostics"), c.diagnostics.get(uri(barrier_doc))
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_include_cycle_root():
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        ws.write("cafe/a.yaml", "include: [b.yaml]\n")
        ws.write("cafe/b.yaml", "include: [chainmap.yaml, a.yaml]\n")
        root = ws.path("cafe", "chainmap.yaml")
        text = ws.read("cafe", "chainmap.yaml")
        assert "include: [journeys/*.yaml, " in text
        text = text.replace("include: [journeys/*.yaml, ", "include: [journeys/*.yaml, a.yaml, ")
        ws.write("cafe/chainmap.yaml", text)
        c = fresh(ws)
        c.open(ws.path("cafe", "b.yaml"))
        c.wait_diagnostics(ws.path("cafe", "b.yaml"), lambda p: p["diagnostics"])
        check_against_validate(c, ws, root, ws.path("cafe", "b.yaml"))
        got = [d["code"] for d in c.diagnostics[uri(ws.path("cafe", "b.yaml"))]["diagnostics"]]
        assert got.count("model/include-cycle") == 2, got
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_hundred_edits_per_second():
    """A burst of edits (about 100 a second): the server keeps up, coalesces checks, and the
    diagnostics finally published are those of the last text."""
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        c = fresh(ws)
        order = ws.path("cafe", "journeys", "order.yaml")
        text = c.open(order)
        c.wait_diagnostics(order)
        before = len(c.published)
        line, column = find(text, "counter.barista")
        edits = 300
        for v in range(2, edits + 2):
            # Alternate a typo in and out of one owner reference, one character at a time.
            c.change(order, v, "r" if v % 2 == 0 else "", {"start": position(text, line, column + 12),
                                                            "end": position(text, line, column + 12 + (v % 2))})
            time.sleep(0.01)
        final_version = edits + 1
        final = text if final_version % 2 == 1 else text.replace("counter.barista", "counter.barrista", 1)
        published = c.wait_diagnostics(order, lambda p: p.get("version") == final_version)
        ws.write("cafe/journeys/order.yaml", final)
        check_against_validate(c, ws, ws.path("cafe", "chainmap.yaml"), order)
        count = len([p for p in c.published[before:] if p["uri"] == uri(order)])
        print("  %d edits, %d publications of the edited file" % (edits, count))
        assert count <= edits
        # Still answering.
        h = c.at("textDocument/hover", order, position(final, line, column + 9))
        assert "counter.barista" in h["contents"]["value"], h
        assert published["diagnostics"] is not None
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


def test_cancel_request():
    ws = Workspace("tests/lsp/fixtures/cafe")
    try:
        c = fresh(ws)
        order = ws.path("cafe", "journeys", "order.yaml")
        c.open(order)
        # Request and cancellation in one write: answered either way, never lost.
        message = {"jsonrpc": "2.0", "id": 77, "method": "textDocument/documentSymbol",
                   "params": {"textDocument": {"uri": uri(order)}}}
        c.write(frame(message) + frame({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 77}}))
        r = answered(c, 77)
        assert "result" in r or r["error"]["code"] == -32800, r
        assert c.shutdown() == 0
    finally:
        ws.cleanup()


TESTS = [test_requests_before_initialize, test_malformed_json, test_wrong_content_length, test_unknown_methods,
         test_exit_status, test_positions_outside_the_document, test_non_utf8, test_file_deleted_while_open,
         test_include_cycle_root, test_hundred_edits_per_second, test_cancel_request]


def main():
    test_lsp.BINARY, test_lsp.REPO = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    wanted = sys.argv[3:]
    failed = 0
    for test in TESTS:
        if wanted and test.__name__ not in wanted:
            continue
        try:
            test()
            print("ok   %s" % test.__name__)
        except Exception:  # noqa: BLE001
            failed += 1
            print("FAIL %s" % test.__name__)
            traceback.print_exc()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

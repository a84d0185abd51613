"""A small scripted LSP client for the tests and the benchmark of `chainmap lsp`.

It starts the server as a subprocess, frames JSON-RPC messages with Content-Length headers,
reads the server's messages on a thread, and lets a test wait for a response or for a
notification that satisfies a condition. Waits have generous timeouts: the tests run under
ASan on a loaded machine, and assert what arrives, never how fast.
"""
import json
import os
import queue
import subprocess
import threading
import time
import urllib.parse

TIMEOUT = float(os.environ.get("CHAINMAP_LSP_TIMEOUT", "120"))


def uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def path_of(u):
    assert u.startswith("file://"), u
    return urllib.parse.unquote(u[len("file://"):])


def frame(message):
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Client:
    def __init__(self, binary, args=(), cwd=None, env=None):
        full_env = dict(os.environ)
        full_env.setdefault("CHAINMAP_TODAY", "2026-06-01")
        if env:
            full_env.update(env)
        self.proc = subprocess.Popen([binary, "lsp", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=cwd, env=full_env)
        self.messages = queue.Queue()
        self.pending = []          # received but not yet consumed
        self.diagnostics = {}      # uri -> latest publishDiagnostics params
        self.published = []        # every publishDiagnostics params, in order
        self.logs = []
        self.next_id = 1
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.stderr = b""
        self.err_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self.err_reader.start()

    # ---- transport ----
    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            line = out.readline()
            if not line:
                self.messages.put(None)
                return
            while line not in (b"\r\n", b"\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
                line = out.readline()
            length = int(headers["content-length"])
            body = out.read(length)
            self.messages.put(json.loads(body))

    def _read_stderr(self):
        self.stderr = self.proc.stderr.read()

    def write(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        self.write(frame(message))

    def _take(self, timeout):
        try:
            message = self.messages.get(timeout=timeout)
        except queue.Empty:
            return None
        if message is None:
            raise EOFError("the server closed its output")
        if message.get("method") == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = message["params"]
            self.published.append(message["params"])
        elif message.get("method") == "window/logMessage":
            self.logs.append(message["params"]["message"])
        return message

    def wait(self, predicate, timeout=TIMEOUT, what="a message"):
        """The first message (new or pending) for which predicate(message) is true."""
        for i, message in enumerate(self.pending):
            if predicate(message):
                return self.pending.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no %s within %ss; received: %s" % (what, timeout, self.pending[-5:]))
            message = self._take(min(left, 1.0))
            if message is None:
                continue
            if predicate(message):
                return message
            self.pending.append(message)

    # ---- JSON-RPC ----
    def request(self, method, params=None, timeout=TIMEOUT):
        rid = self.next_id
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, timeout, "response to %s" % method)

    def result(self, method, params=None):
        response = self.request(method, params)
        assert "error" not in response, response
        return response["result"]

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    # ---- LSP ----
    def initialize(self, root=None, capabilities=None):
        params = {"processId": os.getpid(), "capabilities": capabilities or {},
                  "rootUri": uri(root) if root else None}
        if root:
            params["workspaceFolders"] = [{"uri": uri(root), "name": os.path.basename(root)}]
        result = self.result("initialize", params)
        self.notify("initialized", {})
        return result

    def on(self, method, path, **params):
        """The result of a textDocument/* request about the file at `path`; `params` gives the
        rest by name (position, range, context)."""
        body = {"textDocument": {"uri": uri(path)}}
        body.update(params)
        return self.result(method, body)

    def at(self, method, path, position, **params):
        """A request at `position` of the file at `path`: hover, definition, references,
        completion."""
        return self.on(method, path, position=position, **params)

    def open(self, path, text=None, version=1):
        if text is None:
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "yaml",
                                                              "version": version, "text": text}})
        return text

    def change(self, path, version, text=None, range_=None):
        change = {"text": text}
        if range_ is not None:
            change["range"] = range_
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri(path), "version": version},
                                               "contentChanges": [change]})

    def close(self, path):
        self.notify("textDocument/didClose", {"textDocument": {"uri": uri(path)}})

    def wait_diagnostics(self, path, predicate=lambda p: True, timeout=TIMEOUT):
        """The latest diagnostics of a file once they satisfy predicate(params)."""
        u = uri(path)
        if u in self.diagnostics and predicate(self.diagnostics[u]):
            return self.diagnostics[u]
        self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == u
                  and predicate(m["params"]), timeout, "diagnostics for %s" % path)
        return self.diagnostics[u]

    def shutdown(self):
        response = self.request("shutdown")
        assert response.get("result", "missing") is None, response
        self.notify("exit")
        return self.proc.wait(timeout=TIMEOUT)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def position(text, line, byte_column):
    """LSP position (UTF-16) of a 1-based line and 1-based byte column of text."""
    lines = text.encode("utf-8", "surrogateescape").split(b"\n")
    prefix = lines[line - 1][:byte_column - 1].decode("utf-8", "surrogateescape")
    units = sum(2 if ord(c) > 0xFFFF else 1 for c in prefix)
    return {"line": line - 1, "character": units}


def byte_column(text, pos):
    """1-based byte column of an LSP (UTF-16) position."""
    line = text.encode("utf-8", "surrogateescape").split(b"\n")[pos["line"]].decode("utf-8", "surrogateescape")
    units = 0
    out = 0
    for c in line:
        if units >= pos["character"]:
            break
        units += 2 if ord(c) > 0xFFFF else 1
        out += len(c.encode("utf-8", "surrogateescape"))
    return out + 1

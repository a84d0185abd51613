Content-Length: 3

"x"Content-Length: 3

{[}Content-Length: 190

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 40}}}
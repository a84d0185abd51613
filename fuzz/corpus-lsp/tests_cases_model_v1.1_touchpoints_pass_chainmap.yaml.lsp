Content-Length: 1011

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 2}, "contentChanges": [{"text": "chainmap: 1\nlint: { extends: none }\ntouchpoints:\n  chat-bot: { channel: chat, owner: support }\n\ndepartments:\n  support: { type: frontline, hours: Mon-Fri 08:00-20:00, roles: { agent: {} } }\ntouchpoints:\n  phone-line: { name: Phone line, channel: phone, owner: support.agent, hours: Mon-Fri 09:00-17:00 }\n  web-shop: { name: Web shop, channel: web, owner: support }\n  chat: { channel: chat, owner: support, hours: 24/7 }\n  letter: { channel: letter, owner: support.agent }\n  shop-floor: { channel: in-person, owner: support }\n  app:\njourneys:\n  order:\n    stages:\n      - id: buy\n        steps:\n          - { id: browse, owner: customer, touchpoint: web-shop }\n          - { id: call, owner: support.agent, touchpoint: phone-line }\n          - { id: write, owner: support.agent, touchpoint: letter }\n"}]}}Content-Length: 188

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 5}}}Content-Length: 193

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 5}}}Content-Length: 193

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 5}}}Content-Length: 234

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 5}, "context": {"includeDeclaration": true}}}Content-Length: 189

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 3, "character": 22}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 6, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 3, "character": 22}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 7, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 3, "character": 22}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 8, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 3, "character": 22}, "context": {"includeDeclaration": true}}}Content-Length: 189

{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 6, "character": 40}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 10, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 6, "character": 40}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 11, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 6, "character": 40}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 12, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 6, "character": 40}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 13, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 9, "character": 30}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 14, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 9, "character": 30}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 9, "character": 30}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 16, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 9, "character": 30}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 17, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 26}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 18, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 26}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 19, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 26}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 20, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 26}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 21, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 15, "character": 4}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 22, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 15, "character": 4}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 23, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 15, "character": 4}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 24, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 15, "character": 4}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 25, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 7}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 26, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 7}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 27, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 7}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 28, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 7}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 29, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 21, "character": 33}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 30, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 21, "character": 33}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 31, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 21, "character": 33}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 32, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 21, "character": 33}, "context": {"includeDeclaration": true}}}Content-Length: 271

{"jsonrpc": "2.0", "id": 33, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 23, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 157

{"jsonrpc": "2.0", "id": 34, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}}}Content-Length: 279

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 3}, "contentChanges": [{"range": {"start": {"line": 1, "character": 2}, "end": {"line": 2, "character": 0}}, "text": "x: ["}]}}Content-Length: 50

{"jsonrpc": "2.0", "id": 35, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}
Content-Length: 2055

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 2}, "contentChanges": [{"text": "# yaml-language-server: $schema=../../schemas/chainmap.schema.json\n#\n# A deliberately flawed model: every rule of chainmap fires here at least once.\n#   chainmap validate examples/flawed/chainmap.yaml\n#   chainmap validate examples/flawed/broken.yaml   # model/syntax, on its own: while a file\n#                                                   # does not parse, unknown references are\n#                                                   # not reported, so it is not included here\n# Each mistake is marked with the rule it trips. Do not copy this model; copy the others.\nchainmap: 1\norganisation: Northwind Appliance Repairs (flawed on purpose)\ninclude:\n  - organisation.yaml\n  - partners.yaml\n  - journeys/*.yaml\n  - kpis.yaml\n  - missing.yaml        # model/include-not-found: there is no such file\n  - ../README.md        # model/include-outside-root: outside this model's folder\n  - future.yaml         # model/unsupported-version\n  - loop-a.yaml         # model/include-cycle: loop-a.yaml and loop-b.yaml include each other\n\nlint:\n  rules:\n    journey/too-many-handovers: { max: 3 }\n\ninformation:\n  job-id:  { name: Repair job number }\n  fault:   { name: Fault description }\n  address: { name: Customer address, personal: true }\n  phone:   { name: Customer phone number, personal: true }\n  serial:  { name: Appliance serial number }\n  Warranty: { name: Warranty status }     # model/invalid-value: ids are lowercase\n\nwaivers:\n  - rule: handover/no-follow-up\n    target: handover:repair/book->diagnose\n    reason: The dispatch system chases open jobs automatically\n    expires: 2025-01-31                   # waiver/expired: the finding is back\n  - rule: handover/no-confirmation\n    target: handover:repair/diagnose->fit-part   # waiver/unused: there is no such handover\n    reason: Engineers confirm on the van tablet\n"}]}}Content-Length: 189

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}, "context": {"includeDeclaration": true}}}Content-Length: 189

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 6, "character": 47}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 6, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 6, "character": 47}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 7, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 6, "character": 47}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 8, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 6, "character": 47}, "context": {"includeDeclaration": true}}}Content-Length: 189

{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 8}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 10, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 8}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 11, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 8}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 12, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 8}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 13, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 46}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 14, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 46}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 46}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 16, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 46}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 17, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 24, "character": 6}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 18, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 24, "character": 6}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 19, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 24, "character": 6}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 20, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 24, "character": 6}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 21, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 30, "character": 41}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 22, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 30, "character": 41}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 23, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 30, "character": 41}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 24, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 30, "character": 41}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 25, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 36, "character": 39}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 26, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 36, "character": 39}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 27, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 36, "character": 39}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 28, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 36, "character": 39}, "context": {"includeDeclaration": true}}}Content-Length: 271

{"jsonrpc": "2.0", "id": 29, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 41, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 157

{"jsonrpc": "2.0", "id": 30, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}}}Content-Length: 279

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 3}, "contentChanges": [{"range": {"start": {"line": 1, "character": 2}, "end": {"line": 2, "character": 0}}, "text": "x: ["}]}}Content-Length: 50

{"jsonrpc": "2.0", "id": 31, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}
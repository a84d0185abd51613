Content-Length: 1872

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 2}, "contentChanges": [{"text": "# yaml-language-server: $schema=../../schemas/chainmap.schema.json\n# Larkspur Home: an online homewares shop. Orders are paid through PaySure, picked in our own\n# warehouse and delivered by SwiftParcel; returns and complaints come back through the same chain.\nchainmap: 1\norganisation: Larkspur Home Ltd\ninclude: [organisation.yaml, partners.yaml, journeys/*.yaml, kpis.yaml]\n\n# What moves along the chain. `personal: true` marks personal data (UK GDPR / DPA 2018):\n# it may only be handed to partners with a data-processing agreement.\ninformation:\n  basket:           { name: Basket contents and prices }\n  order-id:         { name: Order number }\n  payment-ref:      { name: Payment reference }\n  delivery-address: { name: Delivery address, personal: true }\n  contact-email:    { name: Customer email address, personal: true }\n  parcel-id:        { name: Parcel tracking number }\n  return-reason:    { name: Reason for return }\n  return-label:     { name: Returns label and collection booking }\n  inspection-result: { name: Condition of the returned item }\n  repair-quote:     { name: Repair quote }\n  refund-ref:       { name: Refund reference }\n  complaint-details: { name: \"What went wrong, in the customer's words\", personal: true }\n  complaint-ref:    { name: Complaint case number }\n  goodwill-ref:     { name: Goodwill payment reference }\n\nlint:\n  extends: recommended\n  rules:\n    # A KPI nobody owns is a KPI nobody acts on: fail the build rather than warn.\n    kpi/no-owner: error\n    # Our longest path (returns) crosses 4 handovers; keep new journeys from growing past 5.\n    journey/too-many-handovers: { severity: warning, max: 5 }\n"}]}}Content-Length: 189

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}, "context": {"includeDeclaration": true}}}Content-Length: 189

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 5, "character": 35}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 6, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 5, "character": 35}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 7, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 5, "character": 35}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 8, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 5, "character": 35}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 10, "character": 28}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 10, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 10, "character": 28}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 11, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 10, "character": 28}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 12, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 10, "character": 28}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 13, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 15, "character": 26}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 14, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 15, "character": 26}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 15, "character": 26}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 16, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 15, "character": 26}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 17, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 20, "character": 23}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 18, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 20, "character": 23}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 19, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 20, "character": 23}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 20, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 20, "character": 23}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 21, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 25, "character": 2}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 22, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 25, "character": 2}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 23, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 25, "character": 2}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 24, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 25, "character": 2}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 25, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 30, "character": 46}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 26, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 30, "character": 46}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 27, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 30, "character": 46}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 28, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 30, "character": 46}, "context": {"includeDeclaration": true}}}Content-Length: 271

{"jsonrpc": "2.0", "id": 29, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 33, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 157

{"jsonrpc": "2.0", "id": 30, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}}}Content-Length: 279

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 3}, "contentChanges": [{"range": {"start": {"line": 1, "character": 2}, "end": {"line": 2, "character": 0}}, "text": "x: ["}]}}Content-Length: 50

{"jsonrpc": "2.0", "id": 31, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}
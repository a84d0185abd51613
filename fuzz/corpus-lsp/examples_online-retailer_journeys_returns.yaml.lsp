Content-Length: 4466

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 2}, "contentChanges": [{"text": "# yaml-language-server: $schema=../../../schemas/chainmap.schema.json\njourneys:\n  returns:\n    name: Return and refund\n    persona: Customer sending back an unwanted or faulty item\n    promise: 21d                       # returns policy: refund within 21 days of the request\n    complaints: complaint-handling\n    stages:\n      - id: request\n        name: Request\n        steps:\n          - id: request-return\n            name: Customer requests a return online\n            owner: customer\n            channel: web\n            captures: [order-id, return-reason, contact-email]\n            personal-data: true\n          - id: authorise-return\n            name: Advisor authorises the return and books a collection\n            owner: customer-service.advisor\n            channel: email\n            duration: 2h\n            needs: [order-id, return-reason]\n            captures: [return-label]\n            responsible: [customer-service.advisor]\n            consulted: [customer-service.team-lead]\n          - id: pack-item\n            name: Customer packs the item and attaches the label\n            owner: customer\n          - id: collect-return\n            name: SwiftParcel collects the return\n            owner: swiftparcel\n            sla: collection\n            duration: 2d\n            needs: [return-label]\n            next:\n              - to: inspect-return\n                handover:\n                  method: edi                     # nightly returns manifest\n                  carries: [order-id, return-label, return-reason]\n                  confirm: warehouse.supervisor\n                  follow-up: { by: customer-service.advisor, within: 3d }\n                  within: 1d\n      - id: check\n        name: Check\n        steps:\n          - id: inspect-return\n            name: Warehouse inspects the returned item\n            owner: warehouse.supervisor\n            duration: 1d\n            needs: [order-id, return-reason]\n            captures: [inspection-result]\n            next:\n              - to: issue-refund\n                when: Item is resaleable\n                handover:\n                  method: ticket\n                  carries: [order-id, inspection-result]\n                  confirm: finance.refunds-clerk\n                  follow-up: { by: warehouse.supervisor, within: 2d }\n                  within: 4h\n              - to: assess-repair\n                when: Item is damaged\n                handover:\n                  method: email\n                  carries: [order-id, inspection-result]\n                  confirm: dales-repairs\n                  follow-up: { by: warehouse.supervisor, within: 5d }\n                  within: 1d\n          - id: assess-repair\n            name: Dales Furniture Repairs assesses the damage\n            owner: dales-repairs\n            duration: 3d\n            needs: [inspection-result]\n            captures: [repair-quote]\n            next:\n              - to: issue-refund\n                handover:\n                  method: email\n                  carries: [order-id, inspection-result, repair-quote]\n                  confirm: finance.refunds-clerk\n                  follow-up: { by: warehouse.supervisor, within: 5d }\n      - id: refund\n        name: Refund\n        steps:\n          - id: issue-refund\n            name: Finance raises the refund\n            owner: finance.refunds-clerk\n            duration: 1d\n            needs: [order-id, inspection-result]\n            captures: [refund-ref]\n            informed: [customer-service]\n            next:\n              - to: process-refund\n                handover:\n                  method: api\n                  carries: [refund-ref, order-id]\n                  confirm: paysure\n                  follow-up: { by: finance.finance-manager, within: 7d }\n                  within: 1h\n          - id: process-refund\n            name: PaySure credits the card\n            owner: paysure\n            sla: refund\n            duration: 5d\n            needs: [refund-ref]\n          - id: refund-received\n            name: Customer sees the refund on the card statement\n            owner: customer\n            moment-of-truth: true\n            end: true\n"}]}}Content-Length: 189

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 34}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 34}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 34}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 34}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 35}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 6, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 35}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 7, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 35}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 8, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 18, "character": 35}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 36, "character": 17}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 10, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 36, "character": 17}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 11, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 36, "character": 17}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 12, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 36, "character": 17}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 13, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 54, "character": 20}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 14, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 54, "character": 20}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 54, "character": 20}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 16, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 54, "character": 20}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 17, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 72, "character": 12}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 18, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 72, "character": 12}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 19, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 72, "character": 12}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 20, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 72, "character": 12}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 21, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 90, "character": 17}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 22, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 90, "character": 17}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 23, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 90, "character": 17}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 24, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 90, "character": 17}, "context": {"includeDeclaration": true}}}Content-Length: 192

{"jsonrpc": "2.0", "id": 25, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 108, "character": 13}}}Content-Length: 197

{"jsonrpc": "2.0", "id": 26, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 108, "character": 13}}}Content-Length: 197

{"jsonrpc": "2.0", "id": 27, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 108, "character": 13}}}Content-Length: 238

{"jsonrpc": "2.0", "id": 28, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 108, "character": 13}, "context": {"includeDeclaration": true}}}Content-Length: 272

{"jsonrpc": "2.0", "id": 29, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 112, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 157

{"jsonrpc": "2.0", "id": 30, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}}}Content-Length: 279

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 3}, "contentChanges": [{"range": {"start": {"line": 1, "character": 2}, "end": {"line": 2, "character": 0}}, "text": "x: ["}]}}Content-Length: 50

{"jsonrpc": "2.0", "id": 31, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}
Content-Length: 3843

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 2}, "contentChanges": [{"text": "# yaml-language-server: $schema=../../../schemas/chainmap.schema.json\njourneys:\n  order-to-delivery:\n    name: Order to delivery\n    persona: Online shopper buying furniture or homewares\n    promise: 3d                        # \"Delivered within 3 days\" on every product page\n    complaints: complaint-handling\n    stages:\n      - id: buy\n        name: Buy\n        steps:\n          - id: place-order\n            name: Customer checks out on the website\n            owner: customer\n            channel: web\n            captures: [basket, delivery-address, contact-email]\n            personal-data: true\n            moment-of-truth: true\n          - id: take-payment\n            name: PaySure authorises the card payment\n            owner: paysure\n            sla: authorisation\n            channel: card checkout\n            duration: 5s\n            needs: [basket]\n            captures: [payment-ref]\n            next:\n              - to: confirm-order\n                handover:\n                  method: api\n                  carries: [payment-ref, basket, delivery-address, contact-email]\n                  confirm: web-shop\n                  follow-up: { by: finance.refunds-clerk, within: 1d }   # daily settlement reconciliation\n                  within: 1m\n          - id: confirm-order\n            name: Order confirmed and confirmation email sent\n            owner: web-shop\n            channel: email\n            duration: 5m\n            needs: [payment-ref, basket]\n            captures: [order-id]\n            moment-of-truth: true\n            informed: [customer-service]\n            next:\n              - to: pick-pack\n                handover:\n                  method: wms-ticket\n                  carries: [order-id, basket, delivery-address, contact-email]\n                  confirm: warehouse.supervisor\n                  follow-up: { by: web-shop, within: 1d }\n                  within: 2h\n      - id: fulfil\n        name: Fulfil\n        steps:\n          - id: pick-pack\n            name: Pick, pack and label the order\n            owner: warehouse.picker\n            duration: 4h\n            needs: [order-id, basket, delivery-address]\n            captures: [parcel-id]\n            next:\n              - to: deliver\n                handover:\n                  method: api                     # SwiftParcel booking API\n                  carries: [parcel-id, delivery-address, contact-email]\n                  confirm: swiftparcel\n                  follow-up: { by: warehouse.supervisor, within: 3d }\n                  within: 12h                     # collected on the evening run\n          - id: deliver\n            name: SwiftParcel delivers the parcel\n            owner: swiftparcel\n            sla: delivery\n            duration: 48h\n            needs: [parcel-id, delivery-address]\n            next:\n              - to: receive-parcel\n              - to: book-redelivery\n                when: Nobody at home; a card is left\n      - id: receive\n        name: Receive\n        steps:\n          - id: book-redelivery\n            name: Customer books a redelivery slot\n            owner: customer\n            channel: SwiftParcel tracking page\n            next:\n              - { to: deliver, loop: true }\n          - id: receive-parcel\n            name: Customer receives the parcel\n            owner: customer\n            moment-of-truth: true\n            next:\n              # Ends this journey; a return starts the returns journey.\n              - to: returns/request-return\n                when: Customer wants to send an item back\n"}]}}Content-Length: 189

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 34}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 34}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 34}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 34}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 15}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 6, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 15}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 7, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 15}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 8, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 15}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 32, "character": 53}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 10, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 32, "character": 53}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 11, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 32, "character": 53}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 12, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 32, "character": 53}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 13, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 48, "character": 23}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 14, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 48, "character": 23}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 48, "character": 23}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 16, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 48, "character": 23}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 17, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 64, "character": 35}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 18, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 64, "character": 35}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 19, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 64, "character": 35}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 20, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 64, "character": 35}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 21, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 80, "character": 7}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 22, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 80, "character": 7}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 23, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 80, "character": 7}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 24, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 80, "character": 7}, "context": {"includeDeclaration": true}}}Content-Length: 271

{"jsonrpc": "2.0", "id": 25, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 96, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 157

{"jsonrpc": "2.0", "id": 26, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}}}Content-Length: 279

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 3}, "contentChanges": [{"range": {"start": {"line": 1, "character": 2}, "end": {"line": 2, "character": 0}}, "text": "x: ["}]}}Content-Length: 50

{"jsonrpc": "2.0", "id": 27, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}
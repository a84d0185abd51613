Content-Length: 5935

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 2}, "contentChanges": [{"text": "# yaml-language-server: $schema=../../schemas/chainmap.schema.json\n# Larkspur Home: an online homewares shop. Orders are paid through PaySure, picked in our own\n# warehouse and delivered by SwiftParcel; returns and complaints come back through the same chain.\nchainmap: 1\norganisation: Larkspur Home Ltd\n# yaml-language-server: $schema=../../schemas/chainmap.schema.json\n# Our own departments: who does the work, when they are on, and who covers for whom.\ndepartments:\n  web-shop:\n    name: Web shop (order platform team)\n    type: frontline\n  customer-service:\n    name: Customer Service\n    type: frontline\n    hours: Mon-Fri 08:00-20:00, Sat 09:00-17:00\n    roles:\n      advisor:   { name: Customer service advisor, backup: team-lead }\n      team-lead: { name: Customer service team lead, backup: advisor }\n    shifts:\n      early: { hours: Mon-Fri 08:00-14:15, roles: [advisor, team-lead] }\n      late:  { hours: \"Mon-Fri 14:00-20:00, Sat 09:00-17:00\", roles: [advisor, team-lead] }\n    shift-handover: { method: shift-log, carries: [order-id, complaint-ref] }\n    empowerment: Refunds and goodwill up to 50 GBP without asking the team lead\n  warehouse:\n    name: Warehouse and despatch\n    type: back-office\n    x-cost-centre: \"4100\"            # keys starting with x- are yours: chainmap never checks them\n    hours: Mon-Sat 06:00-22:00\n    roles:\n      picker:     { name: Picker-packer, backup: supervisor }\n      supervisor: { name: Warehouse shift supervisor, backup: picker }\n    shifts:\n      day:     { hours: Mon-Sat 06:00-14:00, roles: [picker, supervisor] }\n      evening: { hours: Mon-Sat 14:00-22:00, roles: [picker, supervisor] }\n    shift-handover: { method: wms-ticket, carries: [order-id, parcel-id] }\n  finance:\n    name: Finance\n    type: back-office\n    roles:\n      refunds-clerk:   { name: Refunds clerk, backup: finance-manager }\n      finance-manager: { name: Finance manager, backup: refunds-clerk }\n    empowerment: Goodwill payments up to 250 GBP; above that the finance director signs off\n\n# yaml-language-server: $schema=../../schemas/chainmap.schema.json\n# External partners: the contract (or the informal arrangement), how we hand them work,\n# what they promise and who watches that promise.\npartners:\n  paysure:\n    name: PaySure Payments Ltd\n    agreement: formal\n    contract: PS-MSA-2025-031\n    channels: [api]\n    feedback: Daily settlement report and monthly chargeback review\n    review: quarterly\n    dpa: true\n    contact: merchant-support@paysure.example\n    sla:\n      authorisation: { target: 5s, measure: Card authorisation answered, monitored-by: web-shop }\n      refund: { target: 5d, measure: Refund credited to the card, monitored-by: finance.finance-manager }\n  swiftparcel:\n    name: SwiftParcel Couriers Ltd\n    agreement: formal\n    contract: SP-2026-118\n    channels: [api, email]\n    feedback: Daily exceptions report and a weekly operations call\n    review: quarterly\n    dpa: true\n    contact: ops@swiftparcel.example\n    sla:\n      delivery:   { target: 48h, measure: Parcel delivered after collection, monitored-by: warehouse.supervisor }\n      collection: { target: 2d, measure: Return collected from the customer, monitored-by: customer-service.team-lead }\n  dales-repairs:\n    name: Dales Furniture Repairs\n    agreement: informal\n    documented-in: \"Email from the owner, 2026-02-14 (Finance shared drive)\"\n    channels: [email]\n    feedback: Repair quote returned with every assessment\n    review: twice a year\n    dpa: false          # never receives personal data: we send the order number and photos only\n    contact: workshop@dalesrepairs.example\n\n# yaml-language-server: $schema=../../schemas/chainmap.schema.json\nkpis:\n  on-time-delivery:\n    of: swiftparcel\n    target: \">= 95% delivered within 48h\"\n    measure: Courier 'delivered' scan within 48 hours of collection\n    owner: warehouse.supervisor\n    review: monthly\n  refund-cycle-time:\n    of: returns\n    target: 90% refunded within 14 days of collection\n    measure: Days from courier collection to PaySure refund confirmation\n    owner: finance.finance-manager\n    review: monthly\n  complaint-resolution:\n    of: complaint-handling\n    target: \">= 85% resolved with the first response\"\n    measure: Complaints closed without being reopened\n    owner: customer-service.team-lead\n    review: monthly\n\n\n# What moves along the chain. `personal: true` marks personal data (UK GDPR / DPA 2018):\n# it may only be handed to partners with a data-processing agreement.\ninformation:\n  basket:           { name: Basket contents and prices }\n  order-id:         { name: Order number }\n  payment-ref:      { name: Payment reference }\n  delivery-address: { name: Delivery address, personal: true }\n  contact-email:    { name: Customer email address, personal: true }\n  parcel-id:        { name: Parcel tracking number }\n  return-reason:    { name: Reason for return }\n  return-label:     { name: Returns label and collection booking }\n  inspection-result: { name: Condition of the returned item }\n  repair-quote:     { name: Repair quote }\n  refund-ref:       { name: Refund reference }\n  complaint-details: { name: \"What went wrong, in the customer's words\", personal: true }\n  complaint-ref:    { name: Complaint case number }\n  goodwill-ref:     { name: Goodwill payment reference }\n\nlint:\n  extends: recommended\n  rules:\n    # A KPI nobody owns is a KPI nobody acts on: fail the build rather than warn.\n    kpi/no-owner: error\n    # Our longest path (returns) crosses 4 handovers; keep new journeys from growing past 5.\n    journey/too-many-handovers: { severity: warning, max: 5 }\n"}]}}Content-Length: 189

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 21, "character": 38}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 6, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 21, "character": 38}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 7, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 21, "character": 38}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 8, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 21, "character": 38}, "context": {"includeDeclaration": true}}}Content-Length: 189

{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 42, "character": 0}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 10, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 42, "character": 0}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 11, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 42, "character": 0}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 12, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 42, "character": 0}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 13, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 63, "character": 13}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 14, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 63, "character": 13}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 63, "character": 13}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 16, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 63, "character": 13}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 17, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 84, "character": 9}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 18, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 84, "character": 9}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 19, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 84, "character": 9}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 20, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 84, "character": 9}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 21, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 105, "character": 6}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 22, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 105, "character": 6}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 23, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 105, "character": 6}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 24, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 105, "character": 6}, "context": {"includeDeclaration": true}}}Content-Length: 192

{"jsonrpc": "2.0", "id": 25, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 126, "character": 46}}}Content-Length: 197

{"jsonrpc": "2.0", "id": 26, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 126, "character": 46}}}Content-Length: 197

{"jsonrpc": "2.0", "id": 27, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 126, "character": 46}}}Content-Length: 238

{"jsonrpc": "2.0", "id": 28, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 126, "character": 46}, "context": {"includeDeclaration": true}}}Content-Length: 272

{"jsonrpc": "2.0", "id": 29, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 129, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 157

{"jsonrpc": "2.0", "id": 30, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}}}Content-Length: 279

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 3}, "contentChanges": [{"range": {"start": {"line": 1, "character": 2}, "end": {"line": 2, "character": 0}}, "text": "x: ["}]}}Content-Length: 50

{"jsonrpc": "2.0", "id": 31, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}
Content-Length: 1610

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 2}, "contentChanges": [{"text": "# yaml-language-server: $schema=../../schemas/chainmap.schema.json\n# Millbrook Medical Practice: a GP surgery referring patients to a hospital trust. Personal and\n# health data crosses organisations at every handover, so every partner that receives it has a\n# data-processing (data-sharing) agreement, and what each handover carries is kept to the minimum.\nchainmap: 1\norganisation: Millbrook Medical Practice\ninclude: [organisation.yaml, partners.yaml, journeys/*.yaml, kpis.yaml]\n\ninformation:\n  nhs-number:           { name: NHS number, personal: true }\n  patient-contact:      { name: Patient address and phone number, personal: true }\n  symptoms:             { name: Symptoms described by the patient, personal: true }\n  gp-appointment:       { name: GP appointment time }\n  clinical-summary:     { name: Consultation notes and history, personal: true }\n  referral-letter:      { name: Referral letter, personal: true }\n  ubrn:                 { name: e-Referral unique booking reference number }\n  hospital-appointment: { name: Outpatient appointment date and clinic }\n  transport-booking:    { name: Community transport booking }\n  clinic-letter:        { name: Consultant's clinic letter, personal: true }\n  concern-details:      { name: The patient's concern in their own words, personal: true }\n  concern-ref:          { name: Complaints register number }\n\nlint:\n  extends: recommended\n"}]}}Content-Length: 189

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}, "context": {"includeDeclaration": true}}}Content-Length: 188

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 4, "character": 5}}}Content-Length: 193

{"jsonrpc": "2.0", "id": 6, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 4, "character": 5}}}Content-Length: 193

{"jsonrpc": "2.0", "id": 7, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 4, "character": 5}}}Content-Length: 234

{"jsonrpc": "2.0", "id": 8, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 4, "character": 5}, "context": {"includeDeclaration": true}}}Content-Length: 188

{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 8, "character": 6}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 10, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 8, "character": 6}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 11, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 8, "character": 6}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 12, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 8, "character": 6}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 13, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 26}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 14, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 26}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 26}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 16, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 12, "character": 26}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 17, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 36}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 18, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 36}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 19, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 36}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 20, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 36}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 21, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 20, "character": 30}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 22, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 20, "character": 30}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 23, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 20, "character": 30}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 24, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 20, "character": 30}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 25, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 24, "character": 0}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 26, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 24, "character": 0}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 27, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 24, "character": 0}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 28, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 24, "character": 0}, "context": {"includeDeclaration": true}}}Content-Length: 271

{"jsonrpc": "2.0", "id": 29, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 25, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 157

{"jsonrpc": "2.0", "id": 30, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}}}Content-Length: 279

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 3}, "contentChanges": [{"range": {"start": {"line": 1, "character": 2}, "end": {"line": 2, "character": 0}}, "text": "x: ["}]}}Content-Length: 50

{"jsonrpc": "2.0", "id": 31, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}
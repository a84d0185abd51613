Content-Length: 5125

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 2}, "contentChanges": [{"text": "# yaml-language-server: $schema=../../schemas/chainmap.schema.json\n# Millbrook Medical Practice: a GP surgery referring patients to a hospital trust. Personal and\n# health data crosses organisations at every handover, so every partner that receives it has a\n# data-processing (data-sharing) agreement, and what each handover carries is kept to the minimum.\nchainmap: 1\norganisation: Millbrook Medical Practice\n# yaml-language-server: $schema=../../schemas/chainmap.schema.json\ndepartments:\n  reception:\n    name: Reception and patient services\n    type: frontline\n    hours: Mon-Fri 08:00-18:30\n    roles:\n      receptionist:      { name: Receptionist / care navigator, backup: reception-manager }\n      reception-manager: { name: Reception manager, backup: receptionist }\n    shifts:\n      morning:   { hours: Mon-Fri 08:00-13:30, roles: [receptionist, reception-manager] }\n      afternoon: { hours: Mon-Fri 13:00-18:30, roles: [receptionist, reception-manager] }\n    shift-handover: { method: shift-log, carries: [concern-ref, transport-booking] }\n    empowerment: Book same-day appointments from the duty list; anything clinical goes to the duty doctor\n  clinical:\n    name: Clinical team (GPs)\n    type: frontline\n    hours: Mon-Fri 08:00-18:30\n    roles:\n      gp:          { name: GP partner or salaried GP, backup: duty-doctor }\n      duty-doctor: { name: Duty doctor of the day, backup: gp }\n    shifts:\n      morning-surgery:   { hours: Mon-Fri 08:00-13:00, roles: [gp, duty-doctor] }\n      afternoon-surgery: { hours: Mon-Fri 13:00-18:30, roles: [gp, duty-doctor] }\n    shift-handover: { method: meeting, carries: [nhs-number, clinical-summary] }   # the lunchtime huddle\n  referrals:\n    name: Referrals and practice management\n    type: back-office\n    roles:\n      referral-coordinator: { name: Referral coordinator (medical secretary), backup: practice-manager }\n      practice-manager:     { name: Practice manager, backup: referral-coordinator }\n\n# yaml-language-server: $schema=../../schemas/chainmap.schema.json\npartners:\n  northgate-hospital:\n    name: Northgate University Hospitals NHS Foundation Trust\n    agreement: formal\n    contract: NHS Standard Contract 2026/27 (commissioned by the ICB)\n    channels: [e-rs, email]            # NHS e-Referral Service; NHSmail\n    feedback: A clinic letter after every appointment; quarterly referral-quality report\n    review: quarterly, at the ICB contract meeting\n    dpa: true\n    contact: outpatients@northgate.nhs.example\n    sla:\n      triage:           { target: 7d, measure: Referral triaged by the consultant, monitored-by: referrals.referral-coordinator }\n      first-appointment: { target: 92% seen within 18 weeks of referral, measure: Referral-to-treatment clock, monitored-by: referrals.practice-manager }\n  community-transport:\n    name: Millbrook Community Transport (charity)\n    agreement: informal\n    documented-in: \"Memorandum of understanding and data-sharing agreement, 2024-11-05\"\n    channels: [email, phone]\n    feedback: Monthly trip log emailed to the practice manager\n    review: yearly\n    dpa: true\n    contact: bookings@millbrookct.example\n\n# yaml-language-server: $schema=../../schemas/chainmap.schema.json\nkpis:\n  referral-sent:\n    of: gp-referral\n    target: 95% of referrals sent within 2 working days of the consultation\n    measure: Days from consultation to e-RS submission\n    owner: referrals.practice-manager\n    review: monthly\n  clinic-letters-actioned:\n    of: referrals.referral-coordinator\n    target: 100% of clinic letters passed to the GP within 1 working day\n    measure: Letters in the clinical system workflow older than one day\n    owner: referrals.practice-manager\n    review: weekly\n  concerns-acknowledged:\n    of: patient-concerns\n    target: 100% acknowledged within 3 working days\n    measure: Complaints register acknowledgement date\n    owner: reception.reception-manager\n    review: monthly\n\n\ninformation:\n  nhs-number:           { name: NHS number, personal: true }\n  patient-contact:      { name: Patient address and phone number, personal: true }\n  symptoms:             { name: Symptoms described by the patient, personal: true }\n  gp-appointment:       { name: GP appointment time }\n  clinical-summary:     { name: Consultation notes and history, personal: true }\n  referral-letter:      { name: Referral letter, personal: true }\n  ubrn:                 { name: e-Referral unique booking reference number }\n  hospital-appointment: { name: Outpatient appointment date and clinic }\n  transport-booking:    { name: Community transport booking }\n  clinic-letter:        { name: Consultant's clinic letter, personal: true }\n  concern-details:      { name: The patient's concern in their own words, personal: true }\n  concern-ref:          { name: Complaints register number }\n\nlint:\n  extends: recommended\n"}]}}Content-Length: 189

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 194

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}}}Content-Length: 235

{"jsonrpc": "2.0", "id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 0, "character": 33}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 44}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 6, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 44}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 7, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 44}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 8, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 16, "character": 44}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 32, "character": 21}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 10, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 32, "character": 21}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 11, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 32, "character": 21}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 12, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 32, "character": 21}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 13, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 48, "character": 23}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 14, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 48, "character": 23}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 48, "character": 23}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 16, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 48, "character": 23}, "context": {"includeDeclaration": true}}}Content-Length: 190

{"jsonrpc": "2.0", "id": 17, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 64, "character": 8}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 18, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 64, "character": 8}}}Content-Length: 195

{"jsonrpc": "2.0", "id": 19, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 64, "character": 8}}}Content-Length: 236

{"jsonrpc": "2.0", "id": 20, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 64, "character": 8}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 21, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 80, "character": 19}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 22, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 80, "character": 19}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 23, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 80, "character": 19}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 24, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 80, "character": 19}, "context": {"includeDeclaration": true}}}Content-Length: 191

{"jsonrpc": "2.0", "id": 25, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 96, "character": 30}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 26, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 96, "character": 30}}}Content-Length: 196

{"jsonrpc": "2.0", "id": 27, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 96, "character": 30}}}Content-Length: 237

{"jsonrpc": "2.0", "id": 28, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "position": {"line": 96, "character": 30}, "context": {"includeDeclaration": true}}}Content-Length: 272

{"jsonrpc": "2.0", "id": 29, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 101, "character": 0}}, "context": {"diagnostics": []}}}Content-Length: 157

{"jsonrpc": "2.0", "id": 30, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml"}}}Content-Length: 279

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///nonexistent-chainmap-fuzz/chainmap.yaml", "version": 3}, "contentChanges": [{"range": {"start": {"line": 1, "character": 2}, "end": {"line": 2, "character": 0}}, "text": "x: ["}]}}Content-Length: 50

{"jsonrpc": "2.0", "id": 31, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}
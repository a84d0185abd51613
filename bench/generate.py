#!/usr/bin/env python3
"""Writes a synthetic, spec-conformant chainmap model for benchmarks.

    bench/generate.py OUT_DIR JOURNEYS [--per-file N]

The model: 24 information items, 20 departments (5 roles each, every role with a backup,
service hours covered by shifts, a shift handover), 10 formal partners with SLAs, KPIs, and
JOURNEYS journeys of 4 stages x 5 steps. Every edge changes owner (a role, department or
partner handover) and declares a full handover (method, carries, confirm, follow-up, within),
so the flow analysis has real information to track. Journeys are split over files of
--per-file journeys (default 50) under journeys/, included by a glob. Output is deterministic.
"""
import argparse
import os

DEPTS = 20
ROLES = ["agent", "lead", "clerk", "analyst", "manager"]
PARTNERS = 10
ITEMS = [f"item-{i:02d}" for i in range(24)]
STAGES, STEPS_PER_STAGE = 4, 5


def dept_id(d):
    return f"dept-{d:02d}"


def partner_id(p):
    return f"partner-{p:02d}"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def organisation():
    out = ["information:\n"]
    for i, item in enumerate(ITEMS):
        personal = ", personal: true" if i % 4 == 0 else ""
        out.append(f"  {item}: {{ name: Information item {i}{personal} }}\n")
    out.append("departments:\n")
    for d in range(DEPTS):
        kind = "frontline" if d % 3 == 0 else "back-office"
        out.append(f"  {dept_id(d)}:\n")
        out.append(f"    name: Department {d}\n")
        out.append(f"    type: {kind}\n")
        out.append("    hours: Mon-Fri 08:00-20:00, Sat 09:00-13:00\n")
        out.append("    roles:\n")
        for r, role in enumerate(ROLES):
            backup = ROLES[(r + 1) % len(ROLES)]
            out.append(f"      {role}: {{ name: {role.title()} of department {d}, backup: {backup} }}\n")
        roles = ", ".join(ROLES)
        out.append("    shifts:\n")
        out.append(f"      early: {{ hours: Mon-Fri 08:00-14:15, roles: [{roles}] }}\n")
        out.append(f"      late: {{ hours: \"Mon-Fri 14:00-20:00, Sat 09:00-13:00\", roles: [{roles}] }}\n")
        out.append("    shift-handover: { method: shift-log, carries: [item-00, item-01] }\n")
        out.append(f"    empowerment: Refunds up to {10 * (d + 1)} GBP without escalation\n")
    out.append("kpis:\n")
    for d in range(DEPTS):
        out.append(f"  kpi-{d:02d}:\n")
        out.append(f"    of: {dept_id(d)}\n")
        out.append("    target: \">= 80%\"\n")
        out.append("    measure: Cases closed within the promise\n")
        out.append(f"    owner: {dept_id(d)}.manager\n")
        out.append("    review: monthly\n")
    return "".join(out)


def partners():
    out = ["partners:\n"]
    for p in range(PARTNERS):
        out.append(f"  {partner_id(p)}:\n")
        out.append(f"    name: Partner {p} Ltd\n")
        out.append("    agreement: formal\n")
        out.append(f"    contract: CT-2026-{p:03d}\n")
        out.append("    channels: [api, email]\n")
        out.append("    feedback: Weekly operations call\n")
        out.append("    review: quarterly\n")
        out.append("    dpa: true\n")
        out.append(f"    contact: ops@partner-{p}.example\n")
        out.append("    sla:\n")
        out.append("      delivery: { target: 48h, measure: Work delivered, monitored-by: dept-01.manager }\n")
    return "".join(out)


def owner_of(j, k):
    """Owner reference of step k (0-based) of journey j; every step changes owner."""
    if k == 0:
        return "customer"
    if k % 7 == 0:
        return partner_id((j + k) % PARTNERS)
    return f"{dept_id((j + k // 4) % DEPTS)}.{ROLES[k % len(ROLES)]}"


def handover(j, k, src, dst):
    """The flow-style `handover:` mapping of edge k -> k+1, or None when none is needed."""
    if src == "customer" or dst == "customer":
        return None
    carried = ", ".join(ITEMS[(j + i) % len(ITEMS)] for i in range(5))
    method = "api" if dst.startswith("partner-") else "ticket"
    parts = [f"method: {method}", f"carries: [{carried}]"]
    if not dst.startswith("partner-"):
        parts.append(f"confirm: {dst}")
    follower = src if not src.startswith("partner-") else f"{dept_id(j % DEPTS)}.lead"
    parts.append(f"follow-up: {{ by: {follower}, within: 24h }}")
    parts.append("within: 2h")
    return "{ " + ", ".join(parts) + " }"


def journey(j, complaints):
    steps = STAGES * STEPS_PER_STAGE
    jid = f"journey-{j:05d}"
    captured = [ITEMS[(j + i) % len(ITEMS)] for i in range(5)]
    out = [f"  {jid}:\n",
           f"    name: Journey number {j}\n",
           "    persona: Online shopper\n",
           "    promise: 30d\n",
           f"    complaints: {complaints}\n",
           "    stages:\n"]
    for s in range(STAGES):
        out.append(f"      - id: stage-{s + 1}\n")
        out.append(f"        name: Stage {s + 1} of journey {j}\n")
        out.append("        steps:\n")
        for i in range(STEPS_PER_STAGE):
            k = s * STEPS_PER_STAGE + i
            owner = owner_of(j, k)
            out.append(f"          - id: step-{k + 1:02d}\n")
            out.append(f"            name: Step {k + 1}\n")
            out.append(f"            owner: {owner}\n")
            if owner.startswith("partner-"):
                out.append("            sla: delivery\n")
            out.append("            duration: 10m\n")
            if k == 0:
                out.append(f"            captures: [{', '.join(captured)}]\n")
                out.append("            channel: web\n")
            else:
                out.append(f"            needs: [{captured[k % 5]}, {captured[(k + 2) % 5]}]\n")
            if k == 3:
                out.append("            moment-of-truth: true\n")
            if k + 1 == steps:
                out.append("            end: true\n")
                continue
            dst = owner_of(j, k + 1)
            block = handover(j, k, owner, dst)
            if block is None:
                continue
            out.append("            next:\n")
            out.append(f"              - to: step-{k + 2:02d}\n")
            out.append(f"                handover: {block}\n")
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("journeys", type=int)
    ap.add_argument("--per-file", type=int, default=50)
    args = ap.parse_args()
    write(os.path.join(args.out, "chainmap.yaml"),
          "chainmap: 1\n"
          f"organisation: Synthetic benchmark with {args.journeys} journeys\n"
          "include: [organisation.yaml, partners.yaml, journeys/*.yaml]\n")
    write(os.path.join(args.out, "organisation.yaml"), organisation())
    write(os.path.join(args.out, "partners.yaml"), partners())
    complaints = "journey-00000"
    for first in range(0, args.journeys, args.per_file):
        last = min(first + args.per_file, args.journeys)
        text = "journeys:\n" + "".join(journey(j, complaints) for j in range(first, last))
        write(os.path.join(args.out, "journeys", f"journeys-{first // args.per_file:04d}.yaml"), text)


if __name__ == "__main__":
    main()

// handover/undeclared: an edge is a handover and has no `handover`.
#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for_each_edge(cx, [&](const JourneyGraph& g, const Edge& e) {
    // A `handover` that is not a mapping was reported by the loader; one finding is enough.
    if (!e.is_handover() || e.handover() || (e.next && e.next->handover_malformed)) return;
    const std::string what =
        fmt::format("{} handover {}", handover_kind_name(e.kind), describe_edge(m, g, e));
    const std::string fix =
        e.next ? "add a 'handover' with method and carries"
               : fmt::format(
                     "write it as a 'next' item {{to: {}, handover: {{method: ..., "
                     "carries: [...]}}}}",
                     m.journeys[g.journey].steps[e.to].id);
    out.report(handover_target(m, g, e), edge_loc(m, g, e),
               fmt::format("{} is not declared; {}", what, fix));
  });
}

}  // namespace

extern const Rule handover_undeclared;
const Rule handover_undeclared{
    "handover/undeclared",
    Severity::Error,
    "handover",
    "an edge is a handover (section 2) and has no `handover`",
    R"doc(## What it checks
The owner changes between two steps (another department, another role of the same department,
or an external partner), so the work is handed over, but the `next` item declares no
`handover`: nobody wrote down how the work travels, what information goes with it, or who
receives it. Edges from or to the customer are interactions, not handovers, and are not
checked. Edges touching a step without a single resolvable owner are not judged.

## Why it matters
Service fails at the seams. A handover nobody designed is one where the order waits in an
inbox, the call-back number stays in the agent's head, and each side believes the other has
the case. Declaring it is the first step to making it reliable.

## Example
```yaml
information:
  order-id: { name: Order number }
  address: { name: Delivery address, personal: true }
departments:
  sales: { type: frontline, roles: { advisor: {} } }
  warehouse: { type: back-office, roles: { picker: {}, supervisor: {} } }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: take-order, owner: sales, captures: [order-id] }
          - { id: pick, owner: warehouse.picker }
```

## Instead
```yaml
information:
  order-id: { name: Order number }
  address: { name: Delivery address, personal: true }
departments:
  sales: { type: frontline, roles: { advisor: {} } }
  warehouse: { type: back-office, roles: { picker: {}, supervisor: {} } }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - id: take-order
            owner: sales
            captures: [order-id, address]
            next:
              - to: pick
                handover: { method: wms-ticket, carries: [order-id, address] }
          - { id: pick, owner: warehouse.picker }
```

## How to fix
Turn the link into a `next` item `{to: STEP, handover: {...}}` and give at least the `method`
and what it `carries`; add `confirm` and `follow-up` where the seam is fragile. An undeclared
handover is reported only here: information flow treats it as passing everything, so it does
not also cause lost-context findings further down.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

// handover/no-follow-up: no `follow-up` (nobody checks back that the work was done).
#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for_each_declared_handover(cx, [&](const JourneyGraph& g, const Edge& e, const Handover& h) {
    if (h.follow_up || h.follow_up_malformed) return;  // malformed: reported by the loader
    out.report(handover_target(m, g, e), h.loc,
               fmt::format("handover {} has no 'follow-up'; name who at '{}' checks back that "
                           "the work was done, and within what time",
                           describe_edge(m, g, e), owner_name(m, g.owners[e.from])));
  });
}

}  // namespace

extern const Rule handover_no_follow_up;
const Rule handover_no_follow_up{
    "handover/no-follow-up",
    Severity::Warning,
    "handover",
    "no `follow-up` (nobody checks back that the work was done)",
    R"doc(## What it checks
A declared handover without `follow-up`: once the work has left, nobody on the sending side is
responsible for checking that it was actually done. An empty `handover: {}` is reported once,
as `model/missing-field`, not here.

## Why it matters
"Passed to the warehouse" is not "shipped". The team that promised the customer something is
the one the customer will call; if nobody there checks back, a stuck order is discovered only
by the complaint.

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
          - id: take-order
            owner: sales
            captures: [order-id, address]
            next:
              - to: pick
                handover: { method: wms-ticket, carries: [order-id] }
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
                handover: { method: wms-ticket, carries: [order-id], follow-up: { by: sales.advisor, within: 24h } }
          - { id: pick, owner: warehouse.picker }
```

## How to fix
Add `follow-up: {by: OWNER, within: DURATION}` naming who checks back (usually a role of the
sending side) and by when. If a system does the check (an alert when a ticket ages), waive the
finding with that reason.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

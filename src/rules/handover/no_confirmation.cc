// handover/no-confirmation: no `confirm` (the receiver does not acknowledge).
#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for_each_declared_handover(cx, [&](const JourneyGraph& g, const Edge& e, const Handover& h) {
    if (h.confirm || h.confirm_malformed) return;  // malformed: reported by the loader
    out.report(handover_target(m, g, e), h.loc,
               fmt::format("handover {} has no 'confirm'; name who at '{}' acknowledges receipt",
                           describe_edge(m, g, e), owner_name(m, edge_to_owner(m, g, e))));
  });
}

}  // namespace

extern const Rule handover_no_confirmation;
const Rule handover_no_confirmation{
    "handover/no-confirmation",
    Severity::Warning,
    "handover",
    "no `confirm` (the receiver does not acknowledge)",
    R"doc(## What it checks
A declared handover without `confirm`: nobody on the receiving side is named to acknowledge
that the work arrived. An empty `handover: {}` is reported once, as `model/missing-field`, not
here.

## Why it matters
Without an acknowledgement the sender cannot tell a handover that landed from one that fell
into a shared mailbox over the weekend. The first to find out is usually the customer, when
the parcel does not ship or the engineer does not come.

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
                handover: { method: wms-ticket, carries: [order-id], confirm: warehouse.supervisor }
          - { id: pick, owner: warehouse.picker }
```

## How to fix
Add `confirm:` with the owner reference (department, role or partner) that acknowledges
receipt, normally a role of the receiving side. If the system confirms by itself (an API that
rejects what it cannot accept), name the receiving party and say so in a comment.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

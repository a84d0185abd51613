// handover/no-context: the handover carries nothing.
#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for_each_declared_handover(cx, [&](const JourneyGraph& g, const Edge& e, const Handover& h) {
    // `carries` written but malformed was reported by the loader (model/type).
    if (!h.carries.empty() || h.carries_malformed) return;
    out.report(handover_target(m, g, e), h.carries_loc.valid() ? h.carries_loc : h.loc,
               fmt::format("handover {} carries no information; list what the receiver needs "
                           "in 'carries'",
                           describe_edge(m, g, e)));
  });
}

}  // namespace

extern const Rule handover_no_context;
const Rule handover_no_context{
    "handover/no-context",
    Severity::Warning,
    "handover",
    "the handover carries nothing",
    R"doc(## What it checks
A declared handover with no `carries`, or `carries: []`: the work is passed on, but no
information goes with it. An empty `handover: {}` is reported once, as `model/missing-field`,
not here.

## Why it matters
A receiver without context starts again: the warehouse asks sales for the order number, the
engineer phones the customer to ask what was already told to the call centre. Customers
notice when they have to repeat themselves, and every re-ask adds a delay and a chance of error.

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
                handover: { method: wms-ticket }
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
List in `carries` the information items (ids from `information`) the receiving step needs to
do its work. `handover/context-lost` then checks that every `needs` of later steps is covered.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

// handover/unrecorded-method: the method is `phone`, `chat` or `verbal`.
#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for_each_declared_handover(cx, [&](const JourneyGraph& g, const Edge& e, const Handover& h) {
    const std::string& method = h.method.value;
    if (!is_unrecorded_method(method)) return;  // any case: `Phone` is `phone`
    out.report(handover_target(m, g, e), h.method.loc,
               fmt::format("handover {} uses the unrecorded method '{}'; pass it through a system "
                           "that keeps a record (ticket, crm, email, api ...)",
                           describe_edge(m, g, e), method));
  });
}

}  // namespace

extern const Rule handover_unrecorded_method;
const Rule handover_unrecorded_method{
    "handover/unrecorded-method",
    Severity::Warning,
    "handover",
    "the method is `phone`, `chat` or `verbal`",
    R"doc(## What it checks
A declared handover whose `method` is `phone`, `chat` or `verbal`: the work changes hands
without leaving a record either side can look up later.

A department's `shift-handover` is not checked, whatever its `method`: this rule judges
handovers between owners in a journey (target `handover:<journey>/<from>-><to>`), and work
passing from one shift to the next stays with the same department. Whether a department has a
shift handover at all is `coverage/shift-handover-missing`; a `verbal` one is worth a look by
hand (a `shift-log` keeps the record).

## Why it matters
When a customer chases an order, the receiving team needs to find what was asked, when and by
whom. A phone call or a word across the desk leaves nothing to search, nothing to audit and
nothing to hand on at the next shift change; disputes about "we never got it" cannot be
settled.

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
                handover: { method: phone, carries: [order-id] }
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
                handover: { method: wms-ticket, carries: [order-id] }
          - { id: pick, owner: warehouse.picker }
```

## How to fix
Route the handover through a recorded channel (`ticket`, `crm`, `email`, `api`, `edi`,
`wms-ticket`, `shift-log`), or log the call in one. If the call is the right channel (an urgent
escalation, say), keep it and waive the finding with the reason.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

// handover/carries-unknown: a handover carries an item not known at its source.
#include <algorithm>
#include <vector>

#include <fmt/ranges.h>

#include "chainmap/infoflow.h"
#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  const InfoFlow& flow = cx.analysis<InfoFlow>();
  for_each_declared_handover(cx, [&](const JourneyGraph& g, const Edge& e, const Handover& h) {
    const JourneyInfoFlow& f = flow.journeys[g.journey];
    if (!f.reachable[e.from]) return;  // nothing is known at an unreachable step
    std::vector<std::string> unknown;
    Loc first;
    const Step& source = m.journeys[g.journey].steps[e.from];
    for (const Ref& item : h.carries) {
      if (item.index < 0 || f.knows(e.from, item.index)) continue;  // unknown ids: loader
      // The source needs it too: handover/context-lost reports the loss there, naming the
      // handover that dropped it. One mistake, one finding.
      if (std::any_of(source.needs.begin(), source.needs.end(),
                      [&](const Ref& need) { return need.index == item.index; }))
        continue;
      if (std::find(unknown.begin(), unknown.end(), "'" + item.id + "'") != unknown.end()) continue;
      if (!first.valid()) first = item.loc;
      unknown.push_back("'" + item.id + "'");
    }
    if (unknown.empty()) return;
    const std::string& from = source.id;
    const char* them = unknown.size() == 1 ? "it" : "them";
    out.report(
        handover_target(m, g, e), first,
        fmt::format("handover {} carries {}, which step '{}' does not know; capture {} "
                    "before '{}' or remove {} from 'carries'",
                    describe_edge(m, g, e), fmt::join(unknown, ", "), from, them, from, them));
  });
}

}  // namespace

extern const Rule handover_carries_unknown;
const Rule handover_carries_unknown{
    "handover/carries-unknown",
    Severity::Warning,
    "handover",
    "a handover carries an item not known at its source",
    R"doc(## What it checks
A declared handover lists in `carries` an information item that its source step does not know:
the item reaches the source on no path (or not on every path) and the source does not capture
it. When the source step itself `needs` the item, `handover/context-lost` reports the loss at
that step, naming the handover that dropped it, and this rule stays silent about it: one
mistake, one finding.

## Why it matters
The model promises the receiver something the sender cannot give. In practice the field on the
ticket is left blank or filled in by guesswork, and the receiver, trusting the process, does
not ask. A handover can pass on only what its source actually knows, so the item also does not
reach the receiver.

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
          - { id: place-order, owner: customer, captures: [order-id] }
          - id: confirm
            owner: sales
            next:
              - to: pick
                handover: { method: wms-ticket, carries: [order-id, address] }
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
          - { id: place-order, owner: customer, captures: [order-id, address] }
          - id: confirm
            owner: sales
            next:
              - to: pick
                handover: { method: wms-ticket, carries: [order-id, address] }
          - { id: pick, owner: warehouse.picker }
```

## How to fix
Capture the item at the step where it is really collected (`captures`), make sure every
handover between there and this one carries it, or remove it from `carries` if it is not
actually passed on.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

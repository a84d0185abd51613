// handover/method-not-accepted: a handover to a partner uses a method not in its `channels`.
#include <vector>

#include <fmt/ranges.h>

#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for_each_declared_handover(cx, [&](const JourneyGraph& g, const Edge& e, const Handover& h) {
    const Owner to = edge_to_owner(m, g, e);
    if (to.kind != OwnerKind::Partner || !h.method.present()) return;
    const Partner& p = m.partners[to.party];
    // No `channels`: what the partner accepts is not modelled, so there is nothing to check.
    if (p.channels.empty()) return;
    std::vector<std::string> accepted;
    for (const Text& c : p.channels) {
      if (same_method(c.value, h.method.value)) return;  // any case: `API` is `api`
      accepted.push_back(c.value);
    }
    out.report(handover_target(m, g, e), h.method.loc,
               fmt::format("handover {} uses method '{}', which partner '{}' does not accept; "
                           "use one of its channels: {}",
                           describe_edge(m, g, e), h.method.value, p.id, fmt::join(accepted, ", ")),
               {Related{p.channels.front().loc, fmt::format("channels of '{}'", p.id)}});
  });
}

}  // namespace

extern const Rule handover_method_not_accepted;
const Rule handover_method_not_accepted{
    "handover/method-not-accepted",
    Severity::Error,
    "handover",
    "a handover to a partner uses a method not in its `channels`",
    R"doc(## What it checks
A declared handover whose receiving step is owned by a partner that lists `channels`, where the
handover's `method` is not one of them. A partner without `channels` is not checked (what it
accepts is not modelled).

## Why it matters
Partners take work through the channels in their contract: a courier that takes bookings by
API does not read the email the dispatcher sends, and a supplier on EDI does not see a ticket
in your own system. Work sent through another channel waits unseen until someone chases it.

## Example
```yaml
information:
  order-id: { name: Order number }
  address: { name: Delivery address, personal: true }
departments:
  warehouse: { type: back-office }
partners:
  fastship: { agreement: formal, channels: [api] }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - id: pack
            owner: warehouse
            captures: [order-id]
            next:
              - to: deliver
                handover: { method: email, carries: [order-id] }
          - { id: deliver, owner: fastship }
```

## Instead
```yaml
information:
  order-id: { name: Order number }
  address: { name: Delivery address, personal: true }
departments:
  warehouse: { type: back-office }
partners:
  fastship: { agreement: formal, channels: [api] }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - id: pack
            owner: warehouse
            captures: [order-id]
            next:
              - to: deliver
                handover: { method: api, carries: [order-id] }
          - { id: deliver, owner: fastship }
```

## How to fix
Use one of the partner's `channels` as the `method`, or, if the partner really accepts the
method, add it to its `channels` (and to the contract).
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

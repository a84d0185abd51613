// privacy/personal-data-without-dpa: a handover carries personal information to a partner
// without `dpa: true`.
#include <algorithm>
#include <vector>

#include <fmt/ranges.h>

#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for_each_declared_handover(cx, [&](const JourneyGraph& g, const Edge& e, const Handover& h) {
    const Owner to = edge_to_owner(m, g, e);
    if (to.kind != OwnerKind::Partner) return;
    const Partner& p = m.partners[to.party];
    // `dpa` written but not a boolean was reported by the loader (model/type).
    if (p.dpa || p.dpa_malformed) return;
    std::vector<std::string> personal;
    Loc first;
    for (const Ref& item : h.carries) {
      if (item.index < 0 || !m.information[item.index].personal) continue;
      const std::string quoted = "'" + item.id + "'";
      if (std::find(personal.begin(), personal.end(), quoted) != personal.end()) continue;
      if (!first.valid()) first = item.loc;
      personal.push_back(quoted);
    }
    if (personal.empty()) return;
    out.report(
        handover_target(m, g, e), first,
        fmt::format("handover {} passes personal data ({}) to partner '{}', which has no "
                    "data-processing agreement; put a DPA in place and set 'dpa: true', "
                    "or stop sending it",
                    describe_edge(m, g, e), fmt::join(personal, ", "), p.id),
        {Related{p.loc, fmt::format("partner '{}' is declared here without 'dpa: true'", p.id)}});
  });
}

}  // namespace

extern const Rule privacy_personal_data_without_dpa;
const Rule privacy_personal_data_without_dpa{
    "privacy/personal-data-without-dpa",
    Severity::Error,
    "handover",
    "a handover carries personal information to a partner without `dpa: true`",
    R"doc(## What it checks
A declared handover whose receiving step is owned by a partner carries an information item
marked `personal: true`, and that partner does not have `dpa: true`.

## Why it matters
Under UK GDPR and the Data Protection Act 2018, an organisation that has an external processor
handle personal data on its behalf (a courier delivering to a home address, a call centre
calling customers back) must have a written data-processing agreement with it. Sending names,
addresses or phone numbers without one is a compliance breach, and the customer never agreed
to it.

## Example
```yaml
information:
  order-id: { name: Order number }
  address: { name: Delivery address, personal: true }
departments:
  warehouse: { type: back-office }
partners:
  fastship: { agreement: formal, contract: CT-1 }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - id: pack
            owner: warehouse
            captures: [order-id, address]
            next:
              - to: deliver
                handover: { method: api, carries: [order-id, address] }
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
  fastship: { agreement: formal, contract: CT-1, dpa: true }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - id: pack
            owner: warehouse
            captures: [order-id, address]
            next:
              - to: deliver
                handover: { method: api, carries: [order-id, address] }
          - { id: deliver, owner: fastship }
```

## How to fix
Sign a data-processing agreement with the partner and record it with `dpa: true`, or stop
passing the personal items (send a reference the partner resolves through a channel you
control).
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

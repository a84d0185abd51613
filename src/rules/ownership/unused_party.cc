// ownership/unused-party: a department or partner that appears in no journey. Owning a
// touchpoint or an opportunity counts as a part (SPEC "v1.1 fine points").
#include <fmt/format.h>

#include "chainmap/usage.h"
#include "rules/context.h"

namespace chainmap::rules {
namespace {

constexpr const char* kWhere =
    "it owns no step and is not responsible, consulted or informed for any";

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  const Usage& usage = cx.analysis<Usage>();
  // A step, touchpoint or opportunity whose owner could not be resolved was reported (model/*,
  // ownership/*); the party it meant would be reported here as unused: no party is judged
  // until it is fixed.
  if (usage.unresolved_owner) return;
  for (std::size_t d = 0; d < m.departments.size(); ++d)
    if (!usage.department_takes_part[d])
      out.report("department:" + m.departments[d].id, m.departments[d].loc,
                 fmt::format("department '{}' appears in no journey ({}); map its part in the "
                             "journeys or remove it",
                             m.departments[d].id, kWhere));
  for (std::size_t p = 0; p < m.partners.size(); ++p)
    if (!usage.partner_takes_part[p])
      out.report("partner:" + m.partners[p].id, m.partners[p].loc,
                 fmt::format("partner '{}' appears in no journey ({}); map its part in the "
                             "journeys or remove it",
                             m.partners[p].id, kWhere));
}

}  // namespace

extern const Rule ownership_unused_party;
const Rule ownership_unused_party{
    "ownership/unused-party",
    Severity::Note,
    "department / partner",
    "a department or partner that appears in no journey",
    R"doc(## What it checks
A department or partner that appears in no journey: it is not the owner of any step, and not
`responsible`, `consulted` or `informed` for any. A role's appearance counts for its
department (`warehouse.picker` owning a step means `warehouse` appears). Owning a touchpoint
or an opportunity (itself or through one of its roles) also counts as a part in a journey:
the team that runs the web shop takes part wherever customers use it.

While some step's, touchpoint's or opportunity's owner cannot be resolved (a misspelt or
malformed `owner`, reported by `model/*` or `ownership/*`), no party is judged: the owner it
meant would otherwise be reported here as well, for the same mistake.

## Why it matters
Every party in the chain exists to deliver some part of a journey. One that appears nowhere
is either work that has not been mapped yet (the courier is declared but the journey stops at
"dispatched") or a leftover. Unmapped parties are where the checks of handovers, SLAs and
personal data cannot look.

## Example
```yaml
information:
  order-id: { name: Order number }
departments:
  sales: { type: frontline }
partners:
  fastship: { agreement: formal, contract: CT-118, sla: { delivery: { target: 48h } } }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer, captures: [order-id] }
          - { id: confirm, owner: sales }
```

## Instead
```yaml
information:
  order-id: { name: Order number }
departments:
  sales: { type: frontline }
partners:
  fastship: { agreement: formal, contract: CT-118, sla: { delivery: { target: 48h } } }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer, captures: [order-id] }
          - id: confirm
            owner: sales
            next: [{ to: deliver, handover: { method: api, carries: [order-id] } }]
          - { id: deliver, owner: fastship, sla: delivery, end: true }
```

## How to fix
Add the steps the department or partner performs to the journeys, list it as
responsible, consulted or informed where it takes part, or make it the owner of the
touchpoint or opportunity it answers for. If it no longer plays a part, remove
it from the model.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

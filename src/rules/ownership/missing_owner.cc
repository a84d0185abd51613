// ownership/missing-owner: a step has no owner.
#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Journey& j : cx.model.journeys) {
    for (const Step& s : j.steps) {
      // A wrongly typed `owner` was reported as model/type: one finding per mistake.
      if (!s.owners.empty() || s.owner_malformed) continue;
      if (s.owner_loc.valid())
        out.report(step_target(j, s), s.owner_loc,
                   fmt::format("the owner of step '{}' in journey '{}' is empty; name the one "
                               "department, role, partner or customer accountable for it",
                               s.id, j.id));
      else
        out.report(step_target(j, s), s.loc,
                   fmt::format("step '{}' in journey '{}' has no owner; add 'owner' with the one "
                               "department, role, partner or customer accountable for it",
                               s.id, j.id));
    }
  }
}

}  // namespace

extern const Rule ownership_missing_owner;
const Rule ownership_missing_owner{
    "ownership/missing-owner",
    Severity::Error,
    "step",
    "a step has no owner",
    R"doc(## What it checks
A step has no `owner`, or its `owner` is empty (`owner: ""`, `owner: []`, `owner: [""]`). An
empty string names nobody, so it is never an unknown owner: in a list beside a real owner it is
left out (`owner: ["", sales]` is `owner: sales`). A step whose owner is written with the wrong
type (a mapping, say) is reported as `model/type` instead, and an owner that names nobody known
as `model/unknown-reference`.

## Why it matters
A step nobody owns is the classic seam in a service chain: the parcel that sits in the depot
because the warehouse thinks logistics books the courier and logistics thinks the warehouse
does. Without an owner nobody is answerable when the step is late or goes wrong, and
chainmap cannot tell whether the edges into and out of the step are handovers, so it does not
judge them at all.

## Example
```yaml
departments:
  logistics: { type: back-office, roles: { coordinator: { backup: driver }, driver: {} } }
journeys:
  returns:
    stages:
      - id: collect
        steps:
          - { id: request-return, owner: customer }
          - { id: book-collection, name: Book courier collection }
```

## Instead
```yaml
departments:
  logistics: { type: back-office, roles: { coordinator: { backup: driver }, driver: {} } }
journeys:
  returns:
    stages:
      - id: collect
        steps:
          - { id: request-return, owner: customer }
          - { id: book-collection, name: Book courier collection, owner: logistics.coordinator }
```

## How to fix
Give the step exactly one `owner`: the department, role (`<dept>.<role>`), partner or
`customer` that is accountable for it. People who help go in `responsible`, `consulted` or
`informed`.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

// journey/frontstage-only: a journey with no backstage, support or partner step.
#include <algorithm>

#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Journey& j : cx.model.journeys) {
    if (j.steps.empty()) continue;  // nothing mapped at all: journey/empty-stage speaks
    // A step with no lane and no resolvable owner (or a department of unknown type) has an
    // unknown lane (reported by ownership/* or model/*): the journey is not judged.
    const bool unknown = std::any_of(j.steps.begin(), j.steps.end(),
                                     [&](const Step& s) { return !lane_known(cx.model, s); });
    const bool behind = std::any_of(j.steps.begin(), j.steps.end(), [](const Step& s) {
      return s.lane == Lane::Backstage || s.lane == Lane::Support || s.lane == Lane::Partner;
    });
    if (unknown || behind) continue;
    out.report("journey:" + j.id, j.loc,
               fmt::format("journey '{}' has only customer and frontstage steps; map the back "
                           "office, support or partner work behind them",
                           j.id));
  }
}

}  // namespace

extern const Rule journey_frontstage_only;
const Rule journey_frontstage_only{
    "journey/frontstage-only",
    Severity::Note,
    "journey",
    "a journey with no backstage, support or partner step (back office not mapped)",
    R"doc(## What it checks
A journey whose steps are all in the `customer` and `frontstage` lanes: no step is `backstage`,
`support` or `partner` (written as `lane:`, or the default for a back-office department or a
partner owner). Journeys with no steps, or with a step whose lane cannot be known (no `lane`
and no resolvable owner), are not judged.

## Why it matters
A journey drawn only from the customer's side shows what the customer sees, not what makes it
happen. The seams this tool exists to check (handovers to the warehouse, IT, accounts or a
courier) are exactly the ones left out, so the map looks clean because the chain is missing.
This is a note: some journeys really are handled entirely at the front desk.

## Example
```yaml
departments:
  sales: { type: frontline }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer }
          - { id: confirm, owner: sales }
```

## Instead
```yaml
departments:
  sales: { type: frontline }
  warehouse: { type: back-office }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer }
          - { id: confirm, owner: sales }
          - { id: pick, owner: warehouse }
```

## How to fix
Follow the work after the customer-facing step: who picks, ships, bills or fixes it, and add
those steps with their owners (they default to the `backstage` or `partner` lane). If the
journey really is front-desk only, switch the rule off for this model or waive it.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

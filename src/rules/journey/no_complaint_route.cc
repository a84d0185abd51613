// journey/no-complaint-route: a journey with frontstage steps names no `complaints` journey.
#include <algorithm>

#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Journey& j : cx.model.journeys) {
    // An unknown or malformed `complaints` was reported by the loader.
    if (!j.complaints.id.empty() || j.complaints.malformed) continue;
    // Only a step known to be frontstage counts: an unresolved owner, or a department of
    // unknown type, leaves a step's lane unknown (reported by ownership/* or model/*).
    auto front = std::find_if(j.steps.begin(), j.steps.end(), [&](const Step& s) {
      return s.lane == Lane::Frontstage && lane_known(cx.model, s);
    });
    if (front == j.steps.end()) continue;
    out.report("journey:" + j.id, j.loc,
               fmt::format("journey '{}' faces the customer (step '{}' is frontstage) but names "
                           "no 'complaints' journey; add the journey that handles complaints "
                           "about it",
                           j.id, front->id));
  }
}

}  // namespace

extern const Rule journey_no_complaint_route;
const Rule journey_no_complaint_route{
    "journey/no-complaint-route",
    Severity::Warning,
    "journey",
    "a journey with frontstage steps names no `complaints` journey",
    R"doc(## What it checks
A journey with at least one step in the `frontstage` lane (written as `lane: frontstage`, or the
default for a step owned by a frontline department) has no `complaints`: it does not name the
journey that handles complaints about it.

## Why it matters
Where staff meet the customer, things go wrong in front of the customer. If the map does not say
where a complaint goes, each frontline team improvises: the complaint is handled by whoever
picks up the phone, nobody counts them, and the chain never learns what fails. Naming the
complaints journey makes the recovery route part of the service, with owners and handovers
that can be checked like any other.

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
  customer-care: { type: back-office }
journeys:
  order:
    complaints: complaint-handling
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer }
          - { id: confirm, owner: sales }
  complaint-handling:
    stages:
      - id: handle
        steps:
          - { id: raise, owner: customer }
          - { id: resolve, owner: customer-care }
```

## How to fix
Model the complaint-handling journey (who receives, who investigates, who answers the customer)
and name it in `complaints` of every customer-facing journey.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

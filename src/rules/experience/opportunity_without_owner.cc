// experience/opportunity-without-owner: an opportunity with no `owner`.
#include "rules/context.h"
#include "rules/experience/rules.h"
#include "rules/ownerless.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  // An owner of the wrong type was reported by the loader (model/type).
  report_ownerless(out, cx.model.opportunities, "opportunity", "will carry it through");
}

}  // namespace

const Rule experience_opportunity_without_owner{
    "experience/opportunity-without-owner",
    Severity::Warning,
    "opportunity",
    "an opportunity with no `owner`",
    R"doc(## What it checks
An opportunity has no `owner` (or `owner: ""`). An owner written with the wrong type (a list
of several) is reported by `model/type` only.

## Why it matters
An opportunity is the team's answer to a pain point. Without an owner it is a wish: it sits
in the backlog at `idea` while the customers keep meeting the pain it was meant to remove,
and the map reports the pain as taken care of.

## Example
```yaml
departments:
  logistics: { type: back-office, roles: { coordinator: { name: Logistics coordinator } } }
personas:
  shopper: { name: Busy online shopper }
journeys:
  buy:
    personas: [shopper]
    stages:
      - id: wait
        steps:
          - id: wait-for-parcel
            owner: customer
            experience: { shopper: { score: -2, feeling: "Where is my parcel?" } }
opportunities:
  tracking-at-dispatch:
    name: Send the tracking link at dispatch
    addresses: [buy/wait-for-parcel]
```

## Instead
```yaml
departments:
  logistics: { type: back-office, roles: { coordinator: { name: Logistics coordinator } } }
personas:
  shopper: { name: Busy online shopper }
journeys:
  buy:
    personas: [shopper]
    stages:
      - id: wait
        steps:
          - id: wait-for-parcel
            owner: customer
            experience: { shopper: { score: -2, feeling: "Where is my parcel?" } }
opportunities:
  tracking-at-dispatch:
    name: Send the tracking link at dispatch
    addresses: [buy/wait-for-parcel]
    owner: logistics.coordinator
```

## How to fix
Add `owner:` with the department, role or partner that will carry the opportunity through and
report on it (the customer may own one too, for a change on their side).
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

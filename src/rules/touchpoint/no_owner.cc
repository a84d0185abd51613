// touchpoint/no-owner: a touchpoint with no `owner`.
#include "rules/context.h"
#include "rules/ownerless.h"
#include "rules/touchpoint/rules.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  // An owner that is a list, a mapping or `customer` was reported by the loader (model/*).
  report_ownerless(out, cx.model.touchpoints, "touchpoint",
                   "answers for what the customer meets here");
}

}  // namespace

const Rule touchpoint_no_owner{
    "touchpoint/no-owner",
    Severity::Warning,
    "touchpoint",
    "a touchpoint with no `owner`",
    R"doc(## What it checks
A touchpoint has no `owner` (or `owner: ""`): nobody in the chain is named as answerable for
what the customer meets there. An owner written with the wrong type, or `owner: customer`, is
reported by `model/*` only.

## Why it matters
The touchpoint is where the customer judges the whole chain: the web shop, the phone line,
the parcel at the door. When it breaks (a dead link, a queue of forty minutes, a crushed box)
someone has to notice and act. A touchpoint without an owner is fixed by whoever happens to
care, which usually means by nobody until the complaints pile up.

## Example
```yaml
departments:
  support: { type: frontline, roles: { agent: { name: Support agent } } }
touchpoints:
  phone-line: { name: Customer service line, channel: phone }
journeys:
  help:
    stages:
      - id: ask
        steps:
          - { id: call, owner: customer, touchpoint: phone-line }
          - { id: answer, owner: support.agent, touchpoint: phone-line }
```

## Instead
```yaml
departments:
  support: { type: frontline, roles: { agent: { name: Support agent } } }
touchpoints:
  phone-line: { name: Customer service line, channel: phone, owner: support }
journeys:
  help:
    stages:
      - id: ask
        steps:
          - { id: call, owner: customer, touchpoint: phone-line }
          - { id: answer, owner: support.agent, touchpoint: phone-line }
```

## How to fix
Add `owner:` with the department, role or partner that runs the touchpoint and answers for
it: the team that runs the web shop, the contact centre for the phone line, the courier for
the doorstep. The customer cannot own a touchpoint.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

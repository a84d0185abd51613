// ownership/multiple-owners: `owner` is a list of more than one.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Journey& j : cx.model.journeys) {
    for (const Step& s : j.steps) {
      if (s.owners.size() < 2) continue;  // a list of exactly one is one owner
      std::vector<std::string> names;
      for (const OwnerRef& o : s.owners) names.push_back("'" + o.text + "'");
      out.report(step_target(j, s), s.owner_loc,
                 fmt::format("step '{}' in journey '{}' has {} owners ({}); keep the one "
                             "accountable owner and list the others as 'responsible' or "
                             "'consulted'",
                             s.id, j.id, s.owners.size(), fmt::join(names, ", ")));
    }
  }
}

}  // namespace

extern const Rule ownership_multiple_owners;
const Rule ownership_multiple_owners{
    "ownership/multiple-owners",
    Severity::Error,
    "step",
    "`owner` is a list of more than one (accountability is duplicated)",
    R"doc(## What it checks
A step's `owner` is a list naming more than one department, role, partner or the customer.
A list of exactly one (`owner: [warehouse]`) is the same as writing the owner alone.

## Why it matters
Two owners means nobody owns the step: each assumes the other has it, and when a refund is
late both can point at the other. Shared accountability also hides the real handover between
the two teams, so chainmap cannot check what passes between them.

## Example
```yaml
departments:
  support: { type: frontline }
  accounts: { type: back-office }
journeys:
  refunds:
    stages:
      - id: refund
        steps:
          - { id: approve-refund, owner: [support, accounts] }
```

## Instead
```yaml
departments:
  support: { type: frontline }
  accounts: { type: back-office }
journeys:
  refunds:
    stages:
      - id: refund
        steps:
          - id: approve-refund
            owner: accounts
            consulted: [support]
```

## How to fix
Decide who is accountable for the step and make that the single `owner`. Put the others in
`responsible` (they do part of the work) or `consulted`, or split the step into one step per
owner with a declared handover between them.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

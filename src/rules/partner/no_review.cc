// partner/no-review: a partner with no `review` cadence.
#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Partner& p : cx.model.partners) {
    if (p.review.present() || p.review.malformed) continue;
    out.report("partner:" + p.id, p.loc,
               fmt::format("partner '{}' has no 'review' cadence; agree how often the "
                           "relationship is reviewed (e.g. quarterly)",
                           p.id));
  }
}

}  // namespace

extern const Rule partner_no_review;
const Rule partner_no_review{
    "partner/no-review",
    Severity::Warning,
    "partner",
    "a partner with no `review` cadence",
    R"doc(## What it checks
A partner (formal or informal) has no `review`: nothing says how often the relationship is
looked at.

## Why it matters
Service levels drift, volumes change, contacts move on. Without a regular review the first
time anyone looks at a partner is after a failure the customer has already felt. A cadence
(monthly ops call, quarterly business review) is where missed SLAs, complaints and changes to
the chain are raised before they turn into incidents.

## Example
```yaml
partners:
  fastship:
    agreement: formal
    sla:
      delivery: { target: 48h }
```

## Instead
```yaml
partners:
  fastship:
    agreement: formal
    review: quarterly
    sla:
      delivery: { target: 48h }
```

## How to fix
Agree a cadence with the partner and write it in `review` (free text: `monthly`,
`quarterly business review`, ...).
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

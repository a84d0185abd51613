// partner/formal-without-sla: a formal partner with no SLA.
#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Partner& p : cx.model.partners) {
    // A malformed `sla` was already reported by the loader (one finding per mistake).
    if (p.agreement != Agreement::Formal || !p.slas.empty() || p.sla_malformed) continue;
    out.report("partner:" + p.id, p.loc,
               fmt::format("formal partner '{}' has no SLA; add an 'sla' with the target its "
                           "contract promises, so the chain can be held to it",
                           p.id));
  }
}

}  // namespace

extern const Rule partner_formal_without_sla;
const Rule partner_formal_without_sla{
    "partner/formal-without-sla",
    Severity::Error,
    "partner",
    "a formal partner with no SLA",
    R"doc(## What it checks
A partner with `agreement: formal` declares no `sla` (or an empty one).

## Why it matters
A contract with an external courier, supplier or outsourced call centre is only useful at the
seams if it says what the partner owes the chain: how fast a parcel is delivered, how soon a
call is answered. Without a service level nobody can tell whether the partner is late, the
journey's promise to the customer rests on nothing, and escalation turns into an argument.

## Example
```yaml
partners:
  fastship:
    agreement: formal
    contract: CT-2024-118
```

## Instead
```yaml
partners:
  fastship:
    agreement: formal
    contract: CT-2024-118
    sla:
      delivery: { target: 48h, measure: Parcel delivered, monitored-by: logistics }
```

## How to fix
Copy the service levels of the contract into `sla`: one entry per promise, each with a
`target` (a duration such as `48h`, or text with a number such as `99% within 2 days`). If
the contract has none, that is the finding: agree one with the partner.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

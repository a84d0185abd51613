// partner/step-without-sla: a step owned by a formal partner names no `sla`.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Journey& j : cx.model.journeys)
    for (const Step& step : j.steps) {
      const Owner o = step.owner();
      if (o.kind != OwnerKind::Partner || !step.sla.id.empty() || step.sla.malformed) continue;
      const Partner& p = cx.model.partners[o.party];
      if (p.agreement != Agreement::Formal) continue;
      std::vector<std::string> ids;
      for (const Sla& sla : p.slas) ids.push_back("'" + sla.id + "'");
      std::sort(ids.begin(), ids.end());
      // The partner may have no SLA yet (partner/formal-without-sla): the step still has to
      // name one once it exists, so say both.
      const std::string what =
          ids.empty() ? fmt::format("agree an SLA with '{}' and name it here", p.id)
                      : fmt::format("add the SLA that covers it ({} {})",
                                    ids.size() == 1 ? "it has" : "one of", fmt::join(ids, ", "));
      out.report(step_target(j, step), step.loc,
                 fmt::format("step '{}' is owned by formal partner '{}' but names no 'sla'; {}",
                             step.id, p.id, what));
    }
}

}  // namespace

extern const Rule partner_step_without_sla;
const Rule partner_step_without_sla{
    "partner/step-without-sla",
    Severity::Warning,
    "step",
    "a step owned by a formal partner names no `sla`",
    R"doc(## What it checks
A step owned by a partner with `agreement: formal` has no `sla` naming which of the partner's
SLAs covers it. If the partner has no SLA yet, both this rule and
`partner/formal-without-sla` speak: the partner needs an SLA and the step needs to name it.

## Why it matters
The step is where the customer feels the partner's work: the delivery, the installation, the
call. Linking it to the SLA shows which promise applies, lets the journey's duration be checked
against it, and tells the people monitoring the SLA which part of the journey it protects. A
partner step with no SLA is work the contract may not cover at all.

## Example
```yaml
partners:
  fastship:
    agreement: formal
    sla:
      delivery: { target: 48h, monitored-by: logistics }
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - { id: deliver, owner: fastship, duration: 48h }
```

## Instead
```yaml
partners:
  fastship:
    agreement: formal
    sla:
      delivery: { target: 48h, monitored-by: logistics }
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - { id: deliver, owner: fastship, sla: delivery, duration: 48h }
```

## How to fix
Add `sla: <id>` with the SLA of the owning partner that covers the step. If none does, agree
one with the partner and add it under the partner's `sla`.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

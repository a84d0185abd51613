// partner/sla-unmonitored: an SLA with no `monitored-by`.
#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Partner& p : cx.model.partners)
    for (const Sla& sla : p.slas) {
      if (sla.monitored_by || sla.monitored_by_malformed) continue;
      out.report(fmt::format("sla:{}/{}", p.id, sla.id), sla.loc,
                 fmt::format("SLA '{}/{}' has no 'monitored-by'; name the department or role "
                             "that checks it is met",
                             p.id, sla.id));
    }
}

}  // namespace

extern const Rule partner_sla_unmonitored;
const Rule partner_sla_unmonitored{
    "partner/sla-unmonitored",
    Severity::Warning,
    "sla",
    "an SLA with no `monitored-by`",
    R"doc(## What it checks
An SLA of a partner has no `monitored-by`: no department or role is named as watching it.

## Why it matters
An SLA nobody measures is a wish. The partner reports its own figures, or none, and a slow
courier or a call centre missing its answer times shows up only as customer complaints. Naming
who monitors the SLA makes someone inside the organisation answerable for noticing and
escalating.

## Example
```yaml
partners:
  fastship:
    agreement: formal
    sla:
      delivery: { target: 48h, measure: Parcel delivered }
```

## Instead
```yaml
partners:
  fastship:
    agreement: formal
    sla:
      delivery: { target: 48h, measure: Parcel delivered, monitored-by: logistics.coordinator }
```

## How to fix
Add `monitored-by` with the department or role (`logistics`, `logistics.coordinator`) that
reads the partner's figures and raises misses at the partner `review`.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

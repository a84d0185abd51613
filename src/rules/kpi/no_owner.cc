// kpi/no-owner: a KPI with no owner.
#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Kpi& k : cx.model.kpis)
    // An owner written with the wrong type was reported by the loader (model/type).
    if (!k.owner && !k.owner_malformed)
      out.report("kpi:" + k.id, k.loc, fmt::format("KPI '{}' has no owner", k.id));
}

}  // namespace

extern const Rule kpi_no_owner;
const Rule kpi_no_owner{
    "kpi/no-owner",
    Severity::Warning,
    "kpi",
    "a KPI with no owner",
    R"doc(## What it checks
A KPI has no `owner`: nobody is named as answerable for the figure. An owner written with the
wrong type (a list of several) is reported by `model/type` only.

## Why it matters
A measure everybody watches and nobody owns is the KPI version of a handover nobody confirmed:
when it slips, each team assumes another is on it.

## Example
```yaml
departments:
  logistics:
    type: back-office
    roles: { coordinator: { name: Logistics coordinator } }
journeys:
  order-to-delivery:
    stages:
      - id: deliver
        steps:
          - { id: deliver-parcel, owner: logistics.coordinator }
kpis:
  parcel-on-time:
    of: order-to-delivery
    target: ">= 97%"
```

## Instead
```yaml
departments:
  logistics:
    type: back-office
    roles: { coordinator: { name: Logistics coordinator } }
journeys:
  order-to-delivery:
    stages:
      - id: deliver
        steps:
          - { id: deliver-parcel, owner: logistics.coordinator }
kpis:
  parcel-on-time:
    of: order-to-delivery
    target: ">= 97%"
    owner: logistics.coordinator
```

## How to fix
Name the department, role or partner that reviews the figure and acts on it as `owner`.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

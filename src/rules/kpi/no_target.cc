// kpi/no-target: a KPI whose target has no number.
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Kpi& k : cx.model.kpis) {
    if (k.target.malformed) continue;  // written with the wrong type: model/type reported it
    const std::string& t = k.target.value;
    if (std::any_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); })) continue;
    out.report("kpi:" + k.id, k.target.present() ? k.target.loc : k.loc,
               k.target.present()
                   ? fmt::format("KPI '{}' has no number in its target '{}'", k.id, t)
                   : fmt::format("KPI '{}' has no target", k.id));
  }
}

}  // namespace

extern const Rule kpi_no_target;
const Rule kpi_no_target{
    "kpi/no-target",
    Severity::Warning,
    "kpi",
    "a KPI whose target has no number",
    R"doc(## What it checks
A KPI has no `target`, or a target without a number (`high`, `as good as possible`). A
target written with the wrong type (a list, a mapping) is reported by `model/type` only.

## Why it matters
A KPI without a number cannot be missed, so it cannot tell a team that the chain is slipping.
Reviews turn into opinions instead of a look at the figure.

## Example
```yaml
departments:
  support:
    type: frontline
    roles: { team-lead: { name: Team lead } }
kpis:
  first-contact-resolution:
    of: support
    target: as high as possible
    owner: support.team-lead
```

## Instead
```yaml
departments:
  support:
    type: frontline
    roles: { team-lead: { name: Team lead } }
kpis:
  first-contact-resolution:
    of: support
    target: ">= 80%"
    owner: support.team-lead
```

## How to fix
Write the target as a figure the KPI's owner can check: `">= 80%"`, `"< 2 days"`, `"95% within 48h"`.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

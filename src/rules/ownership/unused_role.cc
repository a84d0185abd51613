// ownership/unused-role: a role that owns no step, is responsible for none and is nobody's
// backup. Owning a touchpoint or an opportunity counts as a part (SPEC "v1.1 fine points").
#include <fmt/format.h>

#include "chainmap/usage.h"
#include "rules/context.h"
#include "rules/roles.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Usage& usage = cx.analysis<Usage>();
  for_each_role(
      cx.model, usage,
      [&](std::size_t d, const Department& dept, const Role& role, const RoleUsage& u) {
        if (u.owns || u.responsible || u.backs_up || u.owns_touchpoint || u.owns_opportunity)
          return;
        // A misspelt `warehouse.pikcer` was reported as model/unknown-reference; the role it meant
        // must not be reported again as unused.
        if (usage.unknown_role_named[d]) return;
        // Being consulted or informed is a part without work: say so, or the finding looks false
        // to someone who sees the role named on a step.
        std::string advised;
        if (u.first_advised.valid()) {
          const Journey& j = cx.model.journeys[u.first_advised.journey];
          advised = fmt::format(" (being {} for step '{}' of journey '{}' puts no work on it)",
                                u.advised_informed ? "informed" : "consulted",
                                j.steps[u.first_advised.step].id, j.id);
        }
        out.report(role_target(dept, role), role.loc,
                   fmt::format("role '{}.{}' owns no step, is responsible for none and is "
                               "nobody's backup{}; give it work in a journey or remove it",
                               dept.id, role.id, advised));
      });
}

}  // namespace

extern const Rule ownership_unused_role;
const Rule ownership_unused_role{
    "ownership/unused-role",
    Severity::Warning,
    "role",
    "a role that owns no step, is responsible for none and is nobody's backup",
    R"doc(## What it checks
A role declared under a department's `roles` that no step names as `owner` or in
`responsible`, that no other role names as its `backup`, and that owns no touchpoint and no
opportunity (owning what the customer meets, or a fix the team has taken on, is a part in the
journeys). Being only consulted or informed, confirming handovers or owning KPIs does not
count: those do not put work on the role.
While a step, a backup, or the owner of a touchpoint or an opportunity names a role of the
department that does not exist (reported as `model/unknown-reference`), the department's roles
are not judged: the misspelt name most likely meant one of them.

## Why it matters
A role with no work in any journey is either a part of the chain that was never mapped (the
returns clerk whose steps nobody wrote down) or a leftover from an old organisation chart.
In the first case the journeys miss real work and its handovers; in the second the model
claims capacity that does not exist, for instance in shift plans.

## Example
```yaml
departments:
  warehouse:
    type: back-office
    roles:
      picker: { name: Picker }
      returns-clerk: { name: Returns clerk }
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - { id: pick, owner: warehouse.picker }
```

## Instead
```yaml
departments:
  warehouse:
    type: back-office
    roles:
      picker: { name: Picker, backup: returns-clerk }
      returns-clerk: { name: Returns clerk }
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - { id: pick, owner: warehouse.picker }
```

## How to fix
Map the work the role really does: make it the owner of, or responsible for, the steps it
performs, the backup of a role it stands in for, or the owner of the touchpoint or opportunity
it answers for. If the role no longer exists, remove it
(and from the shifts that list it).
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

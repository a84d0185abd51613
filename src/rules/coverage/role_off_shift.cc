// coverage/role-off-shift: a department has shifts, and a role owning steps is on none of them.
#include <algorithm>

#include <fmt/format.h>

#include "chainmap/usage.h"
#include "rules/context.h"
#include "rules/roles.h"

namespace chainmap::rules {
namespace {

// The department's shifts say who is on them: at least one lists roles, and every shift and
// role reference could be read (a misspelt role was reported as model/unknown-reference; the
// role it meant should not be reported again as off shift).
bool judged(const Department& d) {
  const auto lists_roles = [](const Shift& s) { return !s.roles.empty(); };
  const auto unreadable = [](const Shift& s) {
    return s.malformed ||
           std::any_of(s.roles.begin(), s.roles.end(), [](const Ref& r) { return r.index < 0; });
  };
  return std::any_of(d.shifts.begin(), d.shifts.end(), lists_roles) &&
         std::none_of(d.shifts.begin(), d.shifts.end(), unreadable);
}

void check(const RuleContext& cx, Findings& out) {
  const Usage& usage = cx.analysis<Usage>();
  for (std::size_t d = 0; d < cx.model.departments.size(); ++d) {
    const Department& dept = cx.model.departments[d];
    if (!judged(dept)) continue;
    std::vector<std::uint8_t> on_shift(dept.roles.size(), 0);
    for (const Shift& s : dept.shifts)
      for (const Ref& r : s.roles) on_shift[static_cast<std::size_t>(r.index)] = 1;
    for (std::size_t r = 0; r < dept.roles.size(); ++r) {
      const RoleUsage& u = usage.roles[d][r];
      if (!u.owns || on_shift[r]) continue;
      const Role& role = dept.roles[r];
      out.report(role_target(dept, role), role.loc,
                 fmt::format("role '{}.{}' {} but is on none of the shifts of department '{}'; "
                             "add it to the 'roles' of the shifts that cover its work",
                             dept.id, role.id, work(cx.model, u), dept.id));
    }
  }
}

}  // namespace

extern const Rule coverage_role_off_shift;
const Rule coverage_role_off_shift{
    "coverage/role-off-shift",
    Severity::Warning,
    "role",
    "a department has shifts, and a role owning steps is on none of them",
    R"doc(## What it checks
A department has shifts that list their `roles`, and a role of that department owns at least
one step but is on none of the shifts. Only owning counts: the owner is who the rest of the
chain turns to when the step is late, so it must be reachable during the department's hours.
Roles that are only `responsible`, consulted or informed may be specialists working office
hours outside the shift pattern, and are not reported.

A department whose shifts list no roles at all is not judged (who works which shift is not
mapped), and neither is one where a shift names a role that does not exist: that typo is
already reported as `model/unknown-reference` and usually means the role this rule would
report.

## Why it matters
A step owned by a role nobody rosters is a step that waits: the returns inspection owned by
the warehouse inspector, while the warehouse shifts list only pickers, happens whenever
somebody notices, not within the promised time.

## Example
```yaml
departments:
  warehouse:
    type: back-office
    roles:
      picker: { backup: inspector }
      inspector: { backup: picker }
    shifts:
      early: { hours: Mon-Fri 06:00-14:00, roles: [picker] }
      late: { hours: Mon-Fri 14:00-22:00, roles: [picker] }
journeys:
  returns:
    stages:
      - id: inspect
        steps:
          - { id: inspect-item, owner: warehouse.inspector }
```

## Instead
```yaml
departments:
  warehouse:
    type: back-office
    roles:
      picker: { backup: inspector }
      inspector: { backup: picker }
    shifts:
      early: { hours: Mon-Fri 06:00-14:00, roles: [picker, inspector] }
      late: { hours: Mon-Fri 14:00-22:00, roles: [picker] }
journeys:
  returns:
    stages:
      - id: inspect
        steps:
          - { id: inspect-item, owner: warehouse.inspector }
```

## How to fix
Add the role to the `roles` of the shifts during which its steps happen. If the role really
works outside the shift pattern, make that explicit with a shift of its own.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

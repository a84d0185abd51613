// coverage/no-backup: a role that owns or is responsible for a step has no backup.
#include <fmt/format.h>

#include "chainmap/usage.h"
#include "rules/context.h"
#include "rules/roles.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for_each_role(
      cx.model, cx.analysis<Usage>(),
      [&](std::size_t, const Department& dept, const Role& role, const RoleUsage& u) {
        if (!u.owns && !u.responsible) return;
        // A backup written but not understood was reported by the loader (model/*).
        if (!role.backup.id.empty() || role.backup.loc.valid()) return;
        out.report(
            role_target(dept, role), role.loc,
            fmt::format("role '{}.{}' {} but has no backup; name the role of '{}' that takes "
                        "over when it is absent as 'backup'",
                        dept.id, role.id, work(cx.model, u), dept.id));
      });
}

}  // namespace

extern const Rule coverage_no_backup;
const Rule coverage_no_backup{
    "coverage/no-backup",
    Severity::Warning,
    "role",
    "a role that owns or is responsible for a step has no backup",
    R"doc(## What it checks
A role that owns at least one step, or is `responsible` for one, has no `backup`: no other
role of its department is named to take over its work.

## Why it matters
Illness, holidays and resignations happen. When the one accounts clerk who approves refunds
is away and nobody is named to stand in, refunds queue up and customers chase them through
support, who cannot help. A named backup turns an absence into a routine handover instead of
a broken journey.

## Example
```yaml
departments:
  accounts:
    type: back-office
    roles:
      clerk: { name: Accounts clerk }
      supervisor: { name: Accounts supervisor }
journeys:
  refund:
    stages:
      - id: refund
        steps:
          - { id: approve-refund, owner: accounts.clerk }
```

## Instead
```yaml
departments:
  accounts:
    type: back-office
    roles:
      clerk: { name: Accounts clerk, backup: supervisor }
      supervisor: { name: Accounts supervisor, backup: clerk }
journeys:
  refund:
    stages:
      - id: refund
        steps:
          - { id: approve-refund, owner: accounts.clerk }
```

## How to fix
Add `backup: <role-id>` to the role, naming a role of the same department that knows the work
and has the access it needs. If nobody can stand in, that is a single point of failure worth
fixing in the organisation, not only in the model; until then, waive the finding with the
reason.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

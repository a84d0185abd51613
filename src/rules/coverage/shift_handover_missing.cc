// coverage/shift-handover-missing: a department with two or more shifts declares no
// `shift-handover`.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Department& d : cx.model.departments) {
    if (d.shifts.size() < 2) continue;
    // A `shift-handover` written with the wrong type was reported as model/type.
    if (d.shift_handover || d.shift_handover_loc.valid()) continue;
    std::vector<std::string> names;
    for (const Shift& s : d.shifts) names.push_back("'" + s.id + "'");
    out.report("department:" + d.id, d.loc,
               fmt::format("department '{}' has {} shifts ({}) but no 'shift-handover'; say how "
                           "open work passes from one shift to the next (method and carries)",
                           d.id, d.shifts.size(), fmt::join(names, ", ")));
  }
}

}  // namespace

extern const Rule coverage_shift_handover_missing;
const Rule coverage_shift_handover_missing{
    "coverage/shift-handover-missing",
    Severity::Warning,
    "department",
    "a department with two or more shifts declares no `shift-handover`",
    R"doc(## What it checks
A department declares two or more `shifts` but no `shift-handover`: nothing says how open
cases, half-picked orders or promised call-backs pass from one shift to the next.

## Why it matters
A shift change is a handover inside one department, and it fails the same way handovers
between teams do: the early shift promised a customer a call back by four, the late shift never
heard of it. Writing down the method (a shift log, a huddle, the CRM queue) and what it carries
makes the change of shift checkable like any other seam.

## Example
```yaml
departments:
  support:
    type: frontline
    shifts:
      early: { hours: Mon-Fri 08:00-14:15 }
      late: { hours: Mon-Fri 14:00-20:00 }
```

## Instead
```yaml
information:
  case-id: { name: Case number }
departments:
  support:
    type: frontline
    shifts:
      early: { hours: Mon-Fri 08:00-14:15 }
      late: { hours: Mon-Fri 14:00-20:00 }
    shift-handover: { method: shift-log, carries: [case-id] }
```

## How to fix
Add `shift-handover` to the department with the `method` used at the change of shift and the
information it `carries` (open case numbers, orders in progress, promised call-backs).
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

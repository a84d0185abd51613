// coverage/duplicate-shift: two shifts of one department with identical hours and roles.
#include <algorithm>
#include <set>
#include <string>

#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

std::set<std::string> role_ids(const Shift& s) {
  std::set<std::string> ids;
  for (const Ref& r : s.roles) ids.insert(r.id);
  return ids;
}

// Shifts whose hours are missing or unreadable are not compared: their hours are unknown.
bool comparable(const Shift& s) { return s.hours && !s.malformed; }

void check(const RuleContext& cx, Findings& out) {
  for (const Department& d : cx.model.departments) {
    for (std::size_t later = 1; later < d.shifts.size(); ++later) {
      const Shift& s = d.shifts[later];
      if (!comparable(s)) continue;
      const auto end = d.shifts.begin() + static_cast<std::ptrdiff_t>(later);
      const auto first = std::find_if(d.shifts.begin(), end, [&](const Shift& e) {
        return comparable(e) && *e.hours == *s.hours && role_ids(e) == role_ids(s);
      });
      if (first == end) continue;
      out.report(fmt::format("shift:{}/{}", d.id, s.id), s.loc,
                 fmt::format("shift '{}' of department '{}' has the same hours and roles as "
                             "shift '{}'; remove one, or correct its hours or roles",
                             s.id, d.id, first->id),
                 {Related{first->loc, fmt::format("shift '{}' declared here", first->id)}});
    }
  }
}

}  // namespace

extern const Rule coverage_duplicate_shift;
const Rule coverage_duplicate_shift{
    "coverage/duplicate-shift",
    Severity::Warning,
    "shift (the later one)",
    "two shifts of one department with identical hours and roles",
    R"doc(## What it checks
Two shifts of the same department cover exactly the same minutes of the week and list the
same roles (in any order). Hours are compared after reading, so `Mon-Fri 08:00-16:00` and
`Mon-Wed 08:00-16:00; Thu,Fri 08:00-16:00` are the same. The later shift is reported, with the
earlier one as related location.

## Why it matters
A duplicated shift is usually a copy-and-paste slip: the late shift was meant to start when the
early one ends. The model then shows coverage twice at one time and hides that the other time
has none, and a shift plan built from it double-books staff.

## Example
```yaml
departments:
  warehouse:
    type: back-office
    roles: { picker: {} }
    shifts:
      early: { hours: Mon-Fri 06:00-14:00, roles: [picker] }
      late: { hours: Mon-Fri 06:00-14:00, roles: [picker] }
```

## Instead
```yaml
departments:
  warehouse:
    type: back-office
    roles: { picker: {} }
    shifts:
      early: { hours: Mon-Fri 06:00-14:00, roles: [picker] }
      late: { hours: Mon-Fri 14:00-22:00, roles: [picker] }
```

## How to fix
Correct the hours or roles of the shift that was meant to differ, or remove it if the two
really are the same shift.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

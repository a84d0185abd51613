// coverage/shift-gap: a department's service hours have minutes when no shift is on.
#include <fmt/format.h>

#include "chainmap/coverage.h"
#include "rules/context.h"

namespace chainmap::rules {
namespace {

std::string stretches(std::size_t n) { return fmt::format("{} stretch{}", n, n == 1 ? "" : "es"); }

void check(const RuleContext& cx, Findings& out) {
  const Coverage& coverage = cx.analysis<Coverage>();
  for (std::size_t d = 0; d < cx.model.departments.size(); ++d) {
    const DepartmentCoverage& c = coverage.departments[d];
    if (!c.judged || c.gaps.empty()) continue;
    const Department& dept = cx.model.departments[d];
    out.report(
        "department:" + dept.id, dept.hours_text.loc,
        fmt::format("no shift of department '{}' is on during {} of its service hours "
                    "({} a week): {}; extend a shift or add one for these times",
                    dept.id, stretches(c.gaps.size()),
                    format_duration(Seconds{c.uncovered_minutes} * 60), describe_gaps(c.gaps)));
  }
}

}  // namespace

extern const Rule coverage_shift_gap;
const Rule coverage_shift_gap{
    "coverage/shift-gap",
    Severity::Error,
    "department",
    "a department's service hours have minutes when no shift is on (message gives the first "
    "gaps)",
    R"doc(## What it checks
A department has service `hours` and `shifts`, and some minutes of the service hours are
covered by no shift. Hours are compared minute by minute over the week, so overnight shifts
(`22:00-06:00`) and shifts running from Sunday night into Monday count where they really
fall. The message names the first three uncovered stretches and how many more there are; a
stretch from Sunday night into Monday morning is one stretch.

A department without service hours, or without any shift that has `hours`, is not judged:
its shifts are simply not mapped. A shift whose hours or roles could not be read (reported as
`model/*`) stops the department from being judged, so one typo gives one finding.

## Why it matters
Service hours are a promise to customers and to the rest of the chain: the phone line is open,
the warehouse accepts pick tickets. A gap between the early and the late shift is a time when
the promise is not kept: calls ring out, tickets wait, and the next shift inherits a backlog
nobody handed over.

## Example
```yaml
departments:
  support:
    type: frontline
    hours: Mon-Fri 08:00-20:00
    shifts:
      early: { hours: Mon-Fri 08:00-14:00 }
      late: { hours: Mon-Fri 15:00-20:00 }
```

## Instead
```yaml
departments:
  support:
    type: frontline
    hours: Mon-Fri 08:00-20:00
    shifts:
      early: { hours: Mon-Fri 08:00-14:15 }
      late: { hours: Mon-Fri 14:00-20:00 }
```

## How to fix
Extend or add shifts so that every minute of the service hours has a shift on, or correct the
service `hours` if the department does not really serve at those times. A short overlap
between shifts also leaves time for the shift handover.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

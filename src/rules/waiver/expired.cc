// waiver/expired: reported by the checker (src/rules/waivers.cc); this file holds its page.
#include "rules/waiver/rules.h"

namespace chainmap::rules {

const Rule waiver_expired{
    "waiver/expired",
    Severity::Warning,
    "waiver",
    "a waiver whose `expires` date has passed",
    R"doc(## What it checks
A waiver's `expires` date is in the past. An expired waiver no longer silences anything: the
finding it covered is reported again, and so is the waiver.

## Why it matters
Waivers are promises to fix something later. An expiry date makes the promise visible again
when it falls due, instead of letting an accepted gap become permanent.

## Example
```yaml
waivers:
  - rule: handover/no-follow-up
    target: handover:order/confirm->pick
    reason: WMS confirms automatically until the new API is live
    expires: 2025-01-31
```

## Instead
```yaml
waivers:
  - rule: handover/no-follow-up
    target: handover:order/confirm->pick
    reason: WMS confirms automatically until the new API is live (planned for Q3)
    expires: 2027-09-30
```

## How to fix
Fix the underlying finding and delete the waiver, or agree a new date and update `expires`.
Dates are compared with today's date (set `CHAINMAP_TODAY=YYYY-MM-DD` to check as of another
day).
)doc",
    {},
    nullptr,
    kWaiverFinding,
};

}  // namespace chainmap::rules

// model/invalid-value: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_invalid_value{
    "model/invalid-value",
    Severity::Error,
    "the entity holding the value",
    "an invalid id, duration, hours, date, severity or enum value",
    R"doc(## What it checks
A value does not have the required format: an id that is not lowercase letters, digits and
hyphens; a duration without a unit (`10` instead of `10m`) or of zero length; weekly hours that
do not parse (`Mon-Fri 8-18`); a date that is not `YYYY-MM-DD`; an unknown severity, lane,
department type or agreement; an SLA target with no number; `customer` used as a department or
partner id; a role that is its own backup; an `sla` on a step not owned by a partner.

## Why it matters
A value chainmap cannot read is ignored, so the promise, shift coverage or waiver it expresses
is not checked at all.

## Example
```yaml
shifts:
  early: { hours: "Mon-Fri 8-14" }
```

## Instead
```yaml
shifts:
  early: { hours: "Mon-Fri 08:00-14:00" }
```

## How to fix
Write the value in the format the message gives. Durations: `45s`, `10m`, `1h30m`, `2d`, `1w`.
Hours: `24/7` or `Mon-Fri 08:00-20:00, Sat 09:00-13:00`.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules

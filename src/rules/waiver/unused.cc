// waiver/unused: reported by the checker (src/rules/waivers.cc); this file holds its page.
#include "rules/waiver/rules.h"

namespace chainmap::rules {

const Rule waiver_unused{
    "waiver/unused",
    Severity::Warning,
    "waiver",
    "a waiver that matches no finding",
    R"doc(## What it checks
A waiver silences no finding: its rule reports nothing on its target, usually because the gap
was fixed, or because the target is misspelt. (Waivers of rules that are switched off are not
reported.)

## Why it matters
Stale waivers pile up and hide the next real finding on the same target. A misspelt target means
the finding you meant to accept is still reported, or worse, that you stop reading the report.

## Example
```yaml
waivers:
  - rule: handover/no-follow-up
    target: handover:order/confirm->pik     # no such handover
    reason: WMS confirms automatically
```

## Instead
```yaml
waivers:
  - rule: handover/no-follow-up
    target: handover:order/confirm->pick
    reason: WMS confirms automatically
```

## How to fix
Delete the waiver if the finding is gone, or correct its `rule` or `target` (the target of a
finding is shown in `--format json` output).
)doc",
    {},
    nullptr,
    kWaiverFinding,
};

}  // namespace chainmap::rules

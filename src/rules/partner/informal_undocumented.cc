// partner/informal-undocumented: an informal partner with no `documented-in`.
#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Partner& p : cx.model.partners) {
    if (p.agreement != Agreement::Informal || p.documented_in.present() ||
        p.documented_in.malformed)
      continue;
    out.report("partner:" + p.id, p.loc,
               fmt::format("informal partner '{}' has no 'documented-in'; say where the "
                           "arrangement is written down (an email, a shared note)",
                           p.id));
  }
}

}  // namespace

extern const Rule partner_informal_undocumented;
const Rule partner_informal_undocumented{
    "partner/informal-undocumented",
    Severity::Warning,
    "partner",
    "an informal partner with no `documented-in`",
    R"doc(## What it checks
A partner with `agreement: informal` has no `documented-in`: the model does not say where the
arrangement is written down.

## Why it matters
Informal arrangements (the local florist who takes overflow orders, a friendly courier who
does same-day runs) are common and fine, but they live in one person's head. When that person
is away or leaves, nobody knows what was agreed: prices, hours, what happens to a lost parcel.
Pointing at the email or note that records the deal is the minimum that survives a handover.

## Example
```yaml
partners:
  van-man:
    agreement: informal
```

## Instead
```yaml
partners:
  van-man:
    agreement: informal
    documented-in: "Email from Dave, 2024-03-02, in the ops mailbox"
```

## How to fix
Write the arrangement down if it is not, then name where it is in `documented-in`. If the
partner matters enough to need more, make it `formal` with a contract and an SLA.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

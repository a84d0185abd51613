// touchpoint/unstaffed-hours: a staffed touchpoint is open when its owning department is
// outside its service hours.
#include <fmt/format.h>

#include "chainmap/coverage.h"
#include "rules/context.h"
#include "rules/touchpoint/rules.h"

namespace chainmap::rules {
namespace {

std::string stretches(std::size_t n) { return fmt::format("{} stretch{}", n, n == 1 ? "" : "es"); }

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for (const Touchpoint& t : m.touchpoints) {
    // Not judged: no readable hours (absent, or model/invalid-value), a channel nobody has to
    // staff, or an owner that is not a department or one of its roles (a partner runs its own
    // hours; an unknown or malformed owner was reported).
    if (!t.hours || !is_staffed_channel(t.channel.value) || !t.owner || t.owner_malformed) continue;
    const Owner owner = t.owner->owner;
    if (owner.kind != OwnerKind::Department && owner.kind != OwnerKind::Role) continue;
    const Department& dept = m.departments[static_cast<std::size_t>(owner.party)];
    // SPEC "v1.1 fine points": the department's service hours only; shifts are coverage/*'s.
    if (!dept.hours) continue;
    // The weekly coverage engine: the touchpoint's open minutes that the service hours do not
    // cover, overnight and Sunday-into-Monday runs included.
    const WeekHours service[] = {*dept.hours};
    const std::vector<MinuteRange> gaps = runs(uncovered(*t.hours, service));
    if (gaps.empty()) continue;
    std::size_t minutes = 0;
    for (const MinuteRange& r : gaps) minutes += static_cast<std::size_t>(r.end - r.start);
    const std::string whose =
        owner.kind == OwnerKind::Role
            ? fmt::format("department '{}' (owner '{}')", dept.id, t.owner->text)
            : fmt::format("its owner '{}'", dept.id);
    out.report(
        "touchpoint:" + t.id, t.hours_text.loc,
        fmt::format("staffed touchpoint '{}' ({}) is open for {} a week outside the service "
                    "hours of {}, in {}: {}; nobody is there to answer: shorten the "
                    "touchpoint's 'hours' or extend those of '{}'",
                    t.id, t.channel.value, format_duration(static_cast<Seconds>(minutes) * 60),
                    whose, stretches(gaps.size()), describe_gaps(gaps), dept.id),
        {Related{dept.hours_text.loc, fmt::format("service hours of '{}'", dept.id)}});
  }
}

}  // namespace

const Rule touchpoint_unstaffed_hours{
    "touchpoint/unstaffed-hours",
    Severity::Error,
    "touchpoint",
    "a staffed touchpoint (`phone`, `chat`, `in-person`) is open at times when its owning "
    "department (a role's department) is outside its service `hours`; the message gives the "
    "first stretches; not judged for partners or departments without `hours`",
    R"doc(## What it checks
A touchpoint on a staffed channel (`phone`, `chat` or `in-person`, in any case) has `hours`,
and some minutes of them fall outside the service `hours` of the department that owns it (for
a role owner, the role's department). Hours are compared minute by minute over the week, so
overnight hours (`22:00-06:00`) and hours running from Sunday night into Monday count where
they really fall. The message names the first three stretches and how many more there are.

Only the department's service `hours` are compared; whether its shifts cover them is
`coverage/shift-gap`. Not judged: a touchpoint without `hours` or on another channel (`web`,
`email`, `parcel` ...), one owned by a partner (it keeps its own hours) or by a department
without `hours`, and hours that could not be read (reported by `model/invalid-value` only).

## Why it matters
Opening hours are a promise the customer reads on the website. A phone line that is "open"
on Saturday morning while the contact centre is closed rings out, or drops callers into a
voicemail nobody clears until Monday: the customer meets a closed door at a time the
organisation told them to come.

## Example
```yaml
departments:
  support:
    type: frontline
    hours: Mon-Fri 08:00-18:00
    roles: { agent: { name: Support agent } }
touchpoints:
  phone-line:
    name: Customer service line
    channel: phone
    owner: support.agent
    hours: Mon-Fri 08:00-20:00, Sat 09:00-13:00
journeys:
  help:
    stages:
      - id: ask
        steps:
          - { id: call, owner: customer, touchpoint: phone-line }
          - { id: answer, owner: support.agent, touchpoint: phone-line }
```

## Instead
```yaml
departments:
  support:
    type: frontline
    hours: Mon-Fri 08:00-20:00, Sat 09:00-13:00
    roles: { agent: { name: Support agent } }
touchpoints:
  phone-line:
    name: Customer service line
    channel: phone
    owner: support.agent
    hours: Mon-Fri 08:00-20:00, Sat 09:00-13:00
journeys:
  help:
    stages:
      - id: ask
        steps:
          - { id: call, owner: customer, touchpoint: phone-line }
          - { id: answer, owner: support.agent, touchpoint: phone-line }
```

## How to fix
Shorten the touchpoint's `hours` to when the owning department serves, or extend the
department's service `hours` (and its shifts) to cover them. If another team answers outside
those hours, make that team's department the touchpoint's owner, or split the touchpoint in
two (`phone-line` and `out-of-hours-line`), each with its owner and hours.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

// touchpoint/channel-conflict: a step's `channel` differs from its touchpoint's `channel`.
#include <fmt/format.h>

#include "rules/context.h"
#include "rules/touchpoint/rules.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps) {
      // Only a resolved touchpoint: an unknown one was reported (model/unknown-reference),
      // and its suggestion is not used (one mistake, one finding).
      if (!s.channel.present() || s.touchpoint.index < 0) continue;
      const Touchpoint& t = m.touchpoints[static_cast<std::size_t>(s.touchpoint.index)];
      // Channels compare without regard to case (SPEC "v1.1 fine points").
      if (!t.channel.present() || same_channel(s.channel.value, t.channel.value)) continue;
      out.report(step_target(j, s), s.channel.loc,
                 fmt::format("step '{}' is on channel '{}' but its touchpoint '{}' is on '{}'; "
                             "remove the step's 'channel' to take the touchpoint's, or name the "
                             "touchpoint the customer meets on '{}'",
                             s.id, s.channel.value, t.id, t.channel.value, s.channel.value),
                 {Related{t.channel.loc, fmt::format("channel of touchpoint '{}'", t.id)}});
    }
}

}  // namespace

const Rule touchpoint_channel_conflict{
    "touchpoint/channel-conflict",
    Severity::Warning,
    "step",
    "a step's `channel` differs from its touchpoint's `channel`",
    R"doc(## What it checks
A step has both a `channel` and a `touchpoint`, and the touchpoint's `channel` is a different
one. Channels are compared without regard to case (`Phone` is `phone`). A step without
`channel` takes its touchpoint's, so it never conflicts; a step naming an unknown touchpoint
is reported by `model/unknown-reference` only.

## Why it matters
The map says two things about where the customer is: the step says email, its touchpoint
says the phone line. Whoever reads the map (or staffs the line, or checks its hours) trusts
one of them and is wrong half the time. Usually the step moved to a new channel and the
touchpoint was not updated, or the wrong touchpoint was picked.

## Example
```yaml
departments:
  support: { type: frontline, roles: { agent: { name: Support agent } } }
touchpoints:
  phone-line: { name: Customer service line, channel: phone, owner: support }
  reply-email: { name: Reply by email, channel: email, owner: support }
journeys:
  help:
    stages:
      - id: ask
        steps:
          - { id: call, owner: customer, touchpoint: phone-line }
          - { id: reply, owner: support.agent, touchpoint: phone-line, channel: email }
          - { id: read-reply, owner: customer, touchpoint: reply-email }
```

## Instead
```yaml
departments:
  support: { type: frontline, roles: { agent: { name: Support agent } } }
touchpoints:
  phone-line: { name: Customer service line, channel: phone, owner: support }
  reply-email: { name: Reply by email, channel: email, owner: support }
journeys:
  help:
    stages:
      - id: ask
        steps:
          - { id: call, owner: customer, touchpoint: phone-line }
          - { id: reply, owner: support.agent, touchpoint: reply-email, channel: Email }
          - { id: read-reply, owner: customer, touchpoint: reply-email }
```

## How to fix
Name the touchpoint the customer really meets at this step, or remove the step's `channel`
so that it takes its touchpoint's. If the touchpoint itself moved to another channel, change
the touchpoint's `channel`.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

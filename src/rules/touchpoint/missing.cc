// touchpoint/missing: the model declares touchpoints, and a step in the frontstage lane names
// none.
#include <fmt/format.h>

#include "rules/context.h"
#include "rules/touchpoint/rules.h"

namespace chainmap::rules {
namespace {

// A touchpoint on the step's own channel, the likely one to name: "; 'phone-line' is on
// 'phone'", or "" when the step has no channel or no touchpoint shares it.
std::string hint(const Model& m, const Step& s) {
  if (!s.channel.present()) return {};
  for (const Touchpoint& t : m.touchpoints)
    if (t.channel.present() && same_channel(t.channel.value, s.channel.value))
      return fmt::format(" (touchpoint '{}' is on channel '{}')", t.id, t.channel.value);
  return {};
}

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  // "The model declares touchpoints" means at least one (SPEC "v1.1 fine points"): a model
  // that maps no touchpoints is not asked for them.
  if (m.touchpoints.empty()) return;
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps) {
      // An unknown touchpoint still counts as named (model/unknown-reference only). A step
      // whose lane is not known (its owner is missing or unknown, reported) is not judged.
      if (s.names_touchpoint() || !lane_known(m, s) || s.lane != Lane::Frontstage) continue;
      out.report(step_target(j, s), s.loc,
                 fmt::format("step '{}' is in the frontstage lane but names no touchpoint; add "
                             "'touchpoint:' with where the customer meets it{}",
                             s.id, hint(m, s)));
    }
}

}  // namespace

const Rule touchpoint_missing{
    "touchpoint/missing",
    Severity::Warning,
    "step",
    "the model declares touchpoints, and a step in the frontstage lane names none",
    R"doc(## What it checks
The model declares at least one touchpoint, and a step in the `frontstage` lane (written as
`lane: frontstage`, or the default for a frontline department's step) has no `touchpoint`.
Frontstage work is what the customer sees; once a model maps its touchpoints, each frontstage
step should say where the customer meets it. When the step has a `channel` and a touchpoint
is on the same channel, the message names it.

A step naming an unknown touchpoint is reported by `model/unknown-reference` only, and a step
whose lane is unknown (its owner is missing or unknown) is not judged. Customer, backstage,
support and partner steps are not asked for a touchpoint. A model without touchpoints is not
judged at all.

## Why it matters
The touchpoints carry what the frontstage step needs to be judged from the customer's side:
the channel, its owner, its opening hours. A frontstage step without one is a moment the map
shows the organisation acting in front of the customer without saying where: the phone, the
counter or the email the customer is waiting for. Experience and staffing checks cannot see
it.

## Example
```yaml
departments:
  support: { type: frontline, roles: { agent: { name: Support agent } } }
touchpoints:
  phone-line: { name: Customer service line, channel: phone, owner: support }
journeys:
  help:
    stages:
      - id: ask
        steps:
          - { id: call, owner: customer, touchpoint: phone-line }
          - { id: answer, owner: support.agent, channel: phone }
```

## Instead
```yaml
departments:
  support: { type: frontline, roles: { agent: { name: Support agent } } }
touchpoints:
  phone-line: { name: Customer service line, channel: phone, owner: support }
journeys:
  help:
    stages:
      - id: ask
        steps:
          - { id: call, owner: customer, touchpoint: phone-line }
          - { id: answer, owner: support.agent, touchpoint: phone-line }
```

## How to fix
Add `touchpoint:` to the step with the id of the touchpoint where the customer meets it,
declaring the touchpoint under `touchpoints` if it is new. If the customer does not see the
step, give it `lane: backstage`.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

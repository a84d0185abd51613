// touchpoint/unused: a touchpoint that no step names.
#include <fmt/format.h>

#include "rules/context.h"
#include "rules/touchpoint/rules.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  std::vector<std::uint8_t> named(m.touchpoints.size(), 0);
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps) {
      // A `touchpoint` that is not one id (a list, a mapping) was reported as model/type;
      // which touchpoints it meant is unknown, so none is judged until it is fixed.
      if (s.touchpoint.malformed) return;
      // A misspelt id counts for the touchpoint its model/unknown-reference suggested (one
      // mistake, one finding); an unknown id with no close match names none of them.
      const std::int32_t t = s.touchpoint.index >= 0 ? s.touchpoint.index : s.touchpoint.suggested;
      if (t >= 0) named[static_cast<std::size_t>(t)] = 1;
    }
  for (std::size_t t = 0; t < m.touchpoints.size(); ++t)
    if (!named[t])
      out.report("touchpoint:" + m.touchpoints[t].id, m.touchpoints[t].loc,
                 fmt::format("touchpoint '{}' is named by no step; add 'touchpoint: {}' to the "
                             "steps where the customer meets it, or remove it",
                             m.touchpoints[t].id, m.touchpoints[t].id));
}

}  // namespace

const Rule touchpoint_unused{
    "touchpoint/unused",
    Severity::Note,
    "touchpoint",
    "a touchpoint that no step names",
    R"doc(## What it checks
A declared touchpoint that no step of any journey names with `touchpoint:`. A step naming a
misspelt touchpoint is reported by `model/unknown-reference`, and the touchpoint its message
suggests counts as named. While some step's `touchpoint` is not a single id (a list or a
mapping, reported by `model/type`), no touchpoint is judged.

## Why it matters
A touchpoint no step names is either a channel the journeys have not mapped yet (customers
use the chat, but no journey says where) or a leftover from a channel that was closed. In
the first case its hours, staffing and owner are checked, but nothing connects it to the
steps and seams the customer goes through; in the second the map claims a channel that does
not exist.

## Example
```yaml
departments:
  shop: { type: frontline }
touchpoints:
  web-shop: { name: Web shop, channel: web, owner: shop }
  live-chat: { name: Live chat, channel: chat, owner: shop }
journeys:
  buy:
    stages:
      - id: order
        steps:
          - { id: browse, owner: customer, touchpoint: web-shop }
          - { id: confirm, owner: shop, touchpoint: web-shop }
```

## Instead
```yaml
departments:
  shop: { type: frontline }
touchpoints:
  web-shop: { name: Web shop, channel: web, owner: shop }
  live-chat: { name: Live chat, channel: chat, owner: shop }
journeys:
  buy:
    stages:
      - id: order
        steps:
          - { id: browse, owner: customer, touchpoint: web-shop }
          - { id: ask, owner: customer, touchpoint: live-chat }
          - { id: confirm, owner: shop, touchpoint: web-shop }
```

## How to fix
Name the touchpoint on the steps where customers meet it (`touchpoint: live-chat`), mapping
the steps that are missing; or remove the touchpoint if the channel no longer exists.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

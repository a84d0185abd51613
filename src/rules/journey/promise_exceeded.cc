// journey/promise-exceeded: the longest entry-to-end path exceeds the journey's `promise`.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "chainmap/paths.h"
#include "rules/context.h"
#include "rules/path_text.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Paths& paths = cx.analysis<Paths>();
  for (std::size_t i = 0; i < cx.model.journeys.size(); ++i) {
    const Journey& j = cx.model.journeys[i];
    const CriticalPath& path = paths.journeys[i].longest;
    if (!j.promise || path.steps.empty() || path.duration <= *j.promise) continue;
    std::vector<std::string_view> undated;
    for (auto s : path.steps)
      if (!j.steps[s].duration) undated.push_back(j.steps[s].id);
    // Long paths and long lists are cut: the first few, then how many more.
    constexpr std::size_t kShown = 5;
    std::string undated_ids = fmt::format(
        "'{}'",
        fmt::join(undated.begin(),
                  undated.begin() + static_cast<std::ptrdiff_t>(std::min(undated.size(), kShown)),
                  "', '"));
    if (undated.size() > kShown)
      undated_ids += fmt::format(" and {} more", undated.size() - kShown);
    std::string unknown =
        undated.empty()
            ? std::string("every step on it has a duration")
            : fmt::format("{} of its {} steps {} no duration ({}), so it can take longer still",
                          undated.size(), path.steps.size(), undated.size() == 1 ? "has" : "have",
                          undated_ids);
    out.report("journey:" + j.id, j.promise_text.loc,
               fmt::format("the longest path through journey '{}' takes {}, more than its "
                           "promise of {}: {}; {}",
                           j.id, format_duration(path.duration), j.promise_text.value,
                           path_text(j, path.steps), unknown));
  }
}

}  // namespace

extern const Rule journey_promise_exceeded;
const Rule journey_promise_exceeded{
    "journey/promise-exceeded",
    Severity::Error,
    "journey",
    "the longest entry-to-end path (step durations + handover `within`, `loop` edges ignored) "
    "exceeds `promise`; the message gives the path and how many steps had no duration",
    R"doc(## What it checks
For a journey with a `promise`, the longest path from an entry step to a terminal step, adding
up the `duration` of every step on it and the `within` of every handover between them. Edges
marked `loop: true` and edges that go back to an earlier step of the path (a cycle) are
ignored: a retry is not the planned route. Cross-journey links are not followed. If that path
takes longer than the promise, the finding is placed on `promise` and names the path, its total
and how many of the steps on that path (not in the whole journey) have no `duration`: those
count as zero, so the real time can only be longer. A path of more than nine steps is shown by
its first and last four steps and how many lie between; a list of more than five undated steps
by its first five.

## Why it matters
The promise is what the customer was told: "delivered within 72 hours", "repaired in 5 days".
If the chain's own plan, step by step, needs longer than that on one of its routes, the promise
is broken by design for every customer who takes that route, before anything goes wrong.

## Example
```yaml
departments:
  warehouse: { type: back-office }
journeys:
  order:
    promise: 72h
    stages:
      - id: fulfil
        steps:
          - { id: place-order, owner: customer }
          - { id: pick, owner: warehouse, duration: 1d }
          - { id: deliver, owner: warehouse, duration: 3d }
```

## Instead
```yaml
departments:
  warehouse: { type: back-office }
journeys:
  order:
    promise: 72h
    stages:
      - id: fulfil
        steps:
          - { id: place-order, owner: customer }
          - { id: pick, owner: warehouse, duration: 4h }
          - { id: deliver, owner: warehouse, duration: 48h }
```

## How to fix
Shorten the steps or handover times on the reported path (often a partner SLA or a handover
`within` is the biggest part), take a slow step off the main route, or change the promise to
one the chain can keep. Give the steps without `duration` one, so the check sees the real total.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

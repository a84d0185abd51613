// experience/pain-without-opportunity: a step with a pain point, or a score of -2 for some
// persona, that no opportunity addresses.
#include <fmt/format.h>

#include "rules/context.h"
#include "rules/experience/rules.h"
#include "rules/experience/wording.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  // Misspelt `addresses` items count for the step their model/unknown-reference suggested.
  const auto addressed = opportunities_by_step(m);
  for (std::size_t ji = 0; ji < m.journeys.size(); ++ji) {
    const Journey& j = m.journeys[ji];
    for (std::size_t si = 0; si < j.steps.size(); ++si) {
      const Step& s = j.steps[si];
      if (!addressed[ji][si].empty()) continue;
      std::string pains;
      Loc loc;
      // Only readable pain points: one that is not a mapping was reported (model/type).
      if (!s.pain_points.empty()) {
        const PainPoint& first = s.pain_points.front();
        const std::size_t n = s.pain_points.size();
        const std::string quote =
            first.text.present() ? fmt::format("'{}'", short_text(first.text.value)) : "";
        pains = n == 1 ? fmt::format("a pain point{}", quote.empty() ? "" : " (" + quote + ")")
                       : fmt::format("{} pain points{}", n,
                                     quote.empty() ? "" : " (first " + quote + ")");
        loc = first.loc;
      }
      // Listed personas only: an entry for an unlisted persona is ignored (SPEC "v1.1 fine
      // points"), and so is an unreadable score (model/invalid-value).
      std::vector<std::string> worst;
      for (std::int32_t p : j.persona_list)
        if (score_for(s, p) == kMinScore) {
          worst.push_back(m.personas[static_cast<std::size_t>(p)].id);
          if (!loc.valid()) loc = experience_for(s, p)->score_loc;
        }
      if (pains.empty() && worst.empty()) continue;
      const std::string personas = fmt::format("persona{} {} score{}", worst.size() == 1 ? "" : "s",
                                               quoted_and(worst), worst.size() == 1 ? "s" : "");
      const std::string what =
          worst.empty() ? fmt::format("step '{}' has {}", s.id, pains)
          : pains.empty()
              ? fmt::format("{} step '{}' {}", personas, s.id, kMinScore)
              : fmt::format("step '{}' has {} and {} it {},", s.id, pains, personas, kMinScore);
      out.report(step_target(j, s), loc,
                 fmt::format("{} but no opportunity addresses it; add one under 'opportunities' "
                             "with 'addresses: [{}/{}]' and an owner",
                             what, j.id, s.id));
    }
  }
}

}  // namespace

const Rule experience_pain_without_opportunity{
    "experience/pain-without-opportunity",
    Severity::Note,
    "step",
    "a step with a pain point, or a score of -2 for some persona, that no opportunity "
    "`addresses`",
    R"doc(## What it checks
A step has a pain point, or some persona listed by its journey scores it -2 (very bad), and
no opportunity names the step in its `addresses`. An opportunity addresses its steps whatever
its owner and status, so an `idea` is enough. The finding points at the step's first pain
point, or else at the -2 score.

A misspelt `addresses` item is reported by `model/unknown-reference`, and the step its
message suggests counts as addressed. A pain point or score that cannot be read is reported
by `model/*` only, and an `experience` entry for a persona the journey does not list is
ignored.

## Why it matters
A pain point nobody has taken on is research that changed nothing: the team found where the
journey hurts, wrote it down and moved on. Tying each pain to an opportunity (even an idea)
keeps the list of what hurts and the list of what the team will do about it in one place, so
it is plain which pains nobody is working on.

## Example
```yaml
personas:
  shopper: { name: Busy online shopper }
journeys:
  buy:
    personas: [shopper]
    stages:
      - id: wait
        steps:
          - id: wait-for-parcel
            owner: customer
            experience: { shopper: { score: -1 } }
            pain-points:
              - { text: The tracking link arrives a day after dispatch }
```

## Instead
```yaml
departments:
  logistics: { type: back-office, roles: { coordinator: { name: Logistics coordinator } } }
personas:
  shopper: { name: Busy online shopper }
journeys:
  buy:
    personas: [shopper]
    stages:
      - id: wait
        steps:
          - id: wait-for-parcel
            owner: customer
            experience: { shopper: { score: -1 } }
            pain-points:
              - { text: The tracking link arrives a day after dispatch }
opportunities:
  tracking-at-dispatch:
    name: Send the tracking link at dispatch
    addresses: [buy/wait-for-parcel]
    owner: logistics.coordinator
```

## How to fix
Add an opportunity under `opportunities` whose `addresses` names the step as
`<journey-id>/<step-id>`, with an owner; `status: idea` is enough to start. If an opportunity
already covers the pain, add the step to its `addresses`.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

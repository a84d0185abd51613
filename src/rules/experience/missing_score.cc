// experience/missing-score: in a journey with `personas`, a customer-facing step or moment of
// truth has no score for one or more of them (a hole in the curve).
#include <fmt/format.h>

#include "rules/context.h"
#include "rules/experience/rules.h"
#include "rules/experience/wording.h"

namespace chainmap::rules {
namespace {

// Whether the journey's curves should have a point at the step: a step in the customer or
// frontstage lane, or a moment of truth. A step whose lane is unknown (its owner is missing
// or unknown, reported) is not asked, unless it is a moment of truth.
bool on_curve(const Model& m, const Step& s) {
  if (s.moment_of_truth) return true;
  return lane_known(m, s) && (s.lane == Lane::Customer || s.lane == Lane::Frontstage);
}

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for (const Journey& j : m.journeys) {
    if (j.persona_list.empty()) continue;
    for (const Step& s : j.steps) {
      if (!on_curve(m, s)) continue;
      // scored_for counts an unreadable score (model/invalid-value), an `experience` that is
      // not a mapping (model/type) and a misspelt key suggesting the persona (SPEC "v1.1 fine
      // points"): one mistake, one finding.
      std::vector<std::string> missing;
      for (std::int32_t p : j.persona_list)
        if (!scored_for(s, p)) missing.push_back(m.personas[static_cast<std::size_t>(p)].id);
      if (missing.empty()) continue;
      const bool one = missing.size() == 1;
      out.report(step_target(j, s), s.experience_loc.valid() ? s.experience_loc : s.loc,
                 fmt::format("step '{}' has no score for persona{} {} (a hole in {} curve); "
                             "add {} under 'experience' with a score from -2 (very bad) to 2 "
                             "(very good)",
                             s.id, one ? "" : "s", quoted_and(missing), one ? "its" : "their",
                             one ? "it" : "them"));
    }
  }
}

}  // namespace

const Rule experience_missing_score{
    "experience/missing-score",
    Severity::Warning,
    "step",
    "in a journey with `personas`, a step in the customer or frontstage lane, or a moment of "
    "truth, has no score for one or more of them (a hole in the curve; the message names them)",
    R"doc(## What it checks
In a journey that lists `personas`, a step the customer lives through (in the `customer` or
`frontstage` lane, or marked `moment-of-truth`) has no `experience` score for one or more of
the listed personas. The message names them. The finding points at the step's `experience`
when it has one, else at the step.

A score that cannot be read (`"-1"`, `1.5`, `high`) is reported by `model/invalid-value` and
counts as scored; so does an `experience` that is not a mapping (`model/type`), and a misspelt
key whose suggestion is a listed persona (`model/unknown-reference`). An entry with no
`score` (only a `feeling`) is a hole. A step whose lane is unknown (its owner is missing or
unknown) is not judged unless it is a moment of truth.

## Why it matters
The curve of a persona is the story of the journey from the customer's side: where it dips
is where the team should look first. A missing score is a hole in that story. The curve
skips the step, and a dip there (often the step the team would rather not ask about) goes
unseen.

## Example
```yaml
departments:
  sales: { type: frontline }
personas:
  shopper: { name: Busy online shopper }
journeys:
  buy:
    personas: [shopper]
    stages:
      - id: order
        steps:
          - id: place-order
            owner: customer
            experience: { shopper: { score: 1 } }
          - id: confirm
            owner: sales
```

## Instead
```yaml
departments:
  sales: { type: frontline }
personas:
  shopper: { name: Busy online shopper }
journeys:
  buy:
    personas: [shopper]
    stages:
      - id: order
        steps:
          - id: place-order
            owner: customer
            experience: { shopper: { score: 1 } }
          - id: confirm
            owner: sales
            experience: { shopper: { score: 0, feeling: Waiting for the email } }
```

## How to fix
Add an entry for each persona named under the step's `experience`, with a `score` from -2
(very bad) to 2 (very good) and, ideally, a `feeling` from research. If the persona does not
go through the step, the step probably belongs in another lane, or the persona on another
journey.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

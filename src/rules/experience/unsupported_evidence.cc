// experience/unsupported-evidence: a pain point marked `observed` or `reported` has no
// `source`.
#include <fmt/format.h>

#include "rules/context.h"
#include "rules/experience/rules.h"
#include "rules/experience/wording.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps)
      for (std::size_t i = 0; i < s.pain_points.size(); ++i) {
        const PainPoint& p = s.pain_points[i];
        // An unknown `evidence` was reported (model/invalid-value) and counts as assumed; a
        // `source` of the wrong type was reported too (model/type).
        if (p.evidence == Evidence::Assumed || p.source.present() || p.source.malformed) continue;
        const std::string which = p.text.present() ? fmt::format("'{}'", short_text(p.text.value))
                                                   : fmt::format("{}", i + 1);
        out.report(step_target(j, s), p.loc,
                   fmt::format("pain point {} of step '{}' is marked '{}' but gives no "
                               "'source'; say where it was {} (a usability test, the complaint "
                               "log, a survey), or mark it 'assumed'",
                               which, s.id, to_string(p.evidence), to_string(p.evidence)));
      }
}

}  // namespace

const Rule experience_unsupported_evidence{
    "experience/unsupported-evidence",
    Severity::Warning,
    "step",
    "a pain point marked `observed` or `reported` has no `source`",
    R"doc(## What it checks
A pain point whose `evidence` is `observed` (seen in research) or `reported` (complaints,
surveys) gives no `source` saying where. One finding per such pain point, at the pain point.
A pain point without `evidence` is `assumed` and needs no source; an unknown `evidence` is
reported by `model/invalid-value` only.

## Why it matters
Evidence is what separates a journey map from a list of opinions. A pain point claimed as
observed is weighed more than a guess when the team decides what to fix first, so the claim
has to be checkable: which study, which complaint log, how many of how many. Without a source
nobody can check it, and in a year nobody can tell it from an assumption.

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
              - { text: The tracking link arrives a day after dispatch, evidence: observed }
```

## Instead
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
              - text: The tracking link arrives a day after dispatch
                evidence: observed
                source: Usability test 2026-09, 8 of 10 participants
```

## How to fix
Add `source:` naming where the evidence comes from: the study and its date, the complaint
log and period, the survey and how many answered. If there is none, mark the pain point
`evidence: assumed` (or leave `evidence` out) until research confirms it.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

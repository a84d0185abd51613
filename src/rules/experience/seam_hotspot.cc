// experience/seam-hotspot: a step where some persona scores at or below `below` is entered over
// a declared handover with no confirm, no follow-up or an unrecorded method.
#include <fmt/format.h>

#include "chainmap/hotspots.h"
#include "rules/context.h"
#include "rules/experience/rules.h"
#include "rules/experience/wording.h"
#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

constexpr RuleOption kOptions[] = {
    {"below", kDefaultHotspotBelow,
     "the score (-2 to 2) at or below which a step entered over a weak handover is a hotspot",
     kMinScore},
};

// What a seam lacks: "no 'confirm', no 'follow-up' and the unrecorded method 'phone'".
std::string lacks(const HotspotSeam& seam, const Handover& h) {
  std::vector<std::string> missing;
  if (seam.no_confirm) missing.emplace_back("no 'confirm'");
  if (seam.no_follow_up) missing.emplace_back("no 'follow-up'");
  if (seam.unrecorded_method)
    missing.push_back(fmt::format("the unrecorded method '{}'", h.method.value));
  return plain_and(missing);
}

// One finding per hotspot (chainmap/hotspots.h decides what is one, for stats and impact too),
// at the lowest score; the seams as related locations.
void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  const long below = cx.option("below");
  for (const SeamHotspot& h : seam_hotspots(cx.graph, static_cast<int>(below))) {
    const Journey& j = m.journeys[static_cast<std::size_t>(h.journey)];
    const JourneyGraph& g = cx.graph.journeys[static_cast<std::size_t>(h.journey)];
    const Step& s = j.steps[static_cast<std::size_t>(h.step)];
    std::vector<std::string> low;
    const HotspotScore* lowest = nullptr;
    for (const HotspotScore& hs : h.scores) {
      low.push_back(
          fmt::format("'{}' ({})", m.personas[static_cast<std::size_t>(hs.persona)].id, hs.score));
      if (!lowest || hs.score < lowest->score) lowest = &hs;
    }
    std::vector<std::string> seams;
    std::vector<Related> related;
    for (const HotspotSeam& seam : h.seams) {
      const Edge& e = g.edges[static_cast<std::size_t>(seam.edge)];
      const std::string missing = lacks(seam, *e.handover());
      seams.push_back(fmt::format("{} ({})", describe_edge(m, g, e), missing));
      related.push_back(
          Related{e.handover()->loc, fmt::format("handover {}: {}", edge_name(m, g, e), missing)});
    }
    const std::string scores =
        low.size() == 1 ? fmt::format("persona '{}' scores step '{}' {}",
                                      m.personas[static_cast<std::size_t>(lowest->persona)].id,
                                      s.id, lowest->score)
                        : fmt::format("personas {} score step '{}' at or below {}", plain_and(low),
                                      s.id, below);
    const std::string over = seams.size() == 1
                                 ? "handover " + seams.front()
                                 : fmt::format("{} handovers, {}", seams.size(), plain_and(seams));
    out.report(step_target(j, s), experience_for(s, lowest->persona)->score_loc,
               fmt::format("{}, and it is entered over {}: the customer feels this seam; give "
                           "the {} what {} lack{}",
                           scores, over, seams.size() == 1 ? "handover" : "handovers",
                           seams.size() == 1 ? "it" : "they", seams.size() == 1 ? "s" : ""),
               std::move(related));
  }
}

}  // namespace

const Rule experience_seam_hotspot{
    "experience/seam-hotspot",
    Severity::Warning,
    "step",
    "a step where some persona scores at or below the option `below` (default -1) is entered "
    "over a declared handover that has no `confirm`, no `follow-up` or an unrecorded method: "
    "the customer feels this seam (the message names the handover, what it lacks and the "
    "score)",
    R"doc(## What it checks
Some persona listed by the journey scores a step at or below the option `below` (default -1),
and the step is entered over a declared handover that has no `confirm`, no `follow-up`, or
an unrecorded method (`phone`, `chat` or `verbal`, in any case). Every declared handover into
the step from its own journey counts, `loop` edges included; cross-journey links do not. The
message names each such handover, what it lacks, and the scores; the finding points at the
lowest score, with the handovers as related locations.

Undeclared handovers are `handover/undeclared`'s, and a score or handover field that cannot
be read is reported by `model/*` only. The rule judges the handover itself: waiving
`handover/no-confirmation` on it does not silence this finding; waive
`experience/seam-hotspot` on the step.

## Why it matters
Most seams are invisible to the customer: a late pick ticket in the warehouse is absorbed by
slack further on. A seam right before a step the customer already rates badly is not: the
unconfirmed handover is why the call-back never comes, and the customer feels it. These are
the seams to fix first, because fixing them moves the curve.

## Example
```yaml
information:
  order-id: { name: Order number }
departments:
  support: { type: frontline, roles: { agent: { name: Support agent } } }
  warehouse: { type: back-office, roles: { supervisor: { name: Warehouse supervisor } } }
personas:
  shopper: { name: Busy online shopper }
journeys:
  missing-parcel:
    personas: [shopper]
    stages:
      - id: chase
        steps:
          - id: report-missing
            owner: customer
            captures: [order-id]
            experience: { shopper: { score: -1 } }
          - id: check-stock
            owner: warehouse.supervisor
            next:
              - to: call-back
                handover: { method: phone, carries: [order-id] }
          - id: call-back
            owner: support.agent
            experience: { shopper: { score: -2, feeling: Nobody called back } }
```

## Instead
```yaml
information:
  order-id: { name: Order number }
departments:
  support: { type: frontline, roles: { agent: { name: Support agent } } }
  warehouse: { type: back-office, roles: { supervisor: { name: Warehouse supervisor } } }
personas:
  shopper: { name: Busy online shopper }
journeys:
  missing-parcel:
    personas: [shopper]
    stages:
      - id: chase
        steps:
          - id: report-missing
            owner: customer
            captures: [order-id]
            experience: { shopper: { score: -1 } }
          - id: check-stock
            owner: warehouse.supervisor
            next:
              - to: call-back
                handover:
                  method: ticket
                  carries: [order-id]
                  confirm: support.agent
                  follow-up: { by: warehouse.supervisor, within: 4h }
          - id: call-back
            owner: support.agent
            experience: { shopper: { score: -2, feeling: Nobody called back } }
```

## How to fix
Make the handover into the step one the customer cannot fall through: name who confirms
receipt (`confirm`), who checks back and when (`follow-up`), and pass it through a system
that keeps a record. Then work on the step itself (an opportunity that addresses it). If the
seam is sound in practice, waive `experience/seam-hotspot` on the step with the reason.
)doc",
    kOptions,
    check,
};

}  // namespace chainmap::rules

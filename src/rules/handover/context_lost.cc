// handover/context-lost: a step needs information that does not reach it.
#include <algorithm>
#include <vector>

#include <fmt/ranges.h>

#include "chainmap/infoflow.h"
#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  const InfoFlow& flow = cx.analysis<InfoFlow>();
  for (std::size_t j = 0; j < cx.graph.journeys.size(); ++j) {
    const JourneyGraph& g = cx.graph.journeys[j];
    const JourneyInfoFlow& f = flow.journeys[j];
    const Journey& journey = m.journeys[g.journey];
    for (std::int32_t s = 0; s < static_cast<std::int32_t>(g.size()); ++s) {
      // Unreachable steps know nothing defined; journey/unreachable-step reports them.
      if (!f.reachable[s]) continue;
      const Step& step = journey.steps[s];
      std::vector<std::string> parts;
      std::vector<Related> related;
      std::vector<std::int32_t> seen;  // information already reported for this step
      Loc first;
      for (const Ref& need : step.needs) {
        // Unknown ids were reported as model/unknown-reference.
        if (need.index < 0 || f.knows(s, need.index)) continue;
        if (std::find(seen.begin(), seen.end(), need.index) != seen.end()) continue;
        seen.push_back(need.index);
        if (!first.valid()) first = need.loc;
        const InfoLoss loss = explain_loss(g, f, s, need.index);
        std::vector<std::string> reasons;
        for (auto e : loss.dropped_by) {
          const Edge& edge = g.edges[e];
          reasons.push_back(fmt::format("handover {} does not carry it", edge_name(m, g, edge)));
          const Handover& h = *edge.handover();
          related.push_back(Related{h.carries_loc.valid() ? h.carries_loc : h.loc,
                                    fmt::format("'{}' is known here but not carried", need.id)});
        }
        if (loss.never_captured)
          reasons.push_back(reasons.empty() ? "no step before it captures it"
                                            : "no step on another path captures it");
        std::string why;
        for (std::size_t i = 0; i < reasons.size(); ++i)
          why += (i == 0 ? "" : i + 1 == reasons.size() ? " and " : ", ") + reasons[i];
        parts.push_back(fmt::format("'{}' ({})", need.id, why));
      }
      if (parts.empty()) continue;
      out.report(step_target(journey, step), first,
                 fmt::format("step '{}' needs information that does not reach it: {}", step.id,
                             fmt::join(parts, "; ")),
                 std::move(related));
    }
  }
}

}  // namespace

extern const Rule handover_context_lost;
const Rule handover_context_lost{
    "handover/context-lost",
    Severity::Error,
    "step",
    "a step needs information that does not reach it (names the items and the handover that "
    "dropped them)",
    R"doc(## What it checks
Every item in a step's `needs` must reach the step on every path into it, or be captured by
the step itself. Information flows freely between steps of one owner and to and from the
customer, but across a declared handover only what it `carries` (and its source actually
knows) passes. The message names each missing item and the handover that dropped it, or says
that no step before captures it at all.

## Why it matters
The moment a team needs something the chain never gave it, it stops and asks: the courier
rings the customer for the address, the engineer arrives without the fault description. Each
such gap is a delay the customer feels and a point where personal data gets re-keyed by hand.

## Example
```yaml
steps:
  - { id: place-order, owner: customer, captures: [order-id, address] }
  - id: confirm
    owner: sales
    next:
      - to: pick
        handover: { method: wms-ticket, carries: [order-id] }
  - { id: pick, owner: warehouse, needs: [order-id, address] }
```

## Instead
```yaml
steps:
  - { id: place-order, owner: customer, captures: [order-id, address] }
  - id: confirm
    owner: sales
    next:
      - to: pick
        handover: { method: wms-ticket, carries: [order-id, address] }
  - { id: pick, owner: warehouse, needs: [order-id, address] }
```

## How to fix
Add the item to the `carries` of the handover named in the message, or, when no step captures
it, add it to the `captures` of the step where it is first collected. Undeclared handovers and
edges touching a step without a single owner pass everything, so they never cause this finding
(they are reported by their own rules).
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

// handover/context-lost: a step needs information that does not reach it.
#include <algorithm>
#include <iterator>
#include <map>
#include <utility>
#include <vector>

#include <fmt/ranges.h>

#include "chainmap/infoflow.h"
#include "rules/handover/edges.h"
#include "rules/path_text.h"

namespace chainmap::rules {
namespace {

// One needed item that does not reach its step, and why.
struct Lost {
  const Ref* need = nullptr;
  std::string why;
  std::vector<Related> related;
};

// Why `need` does not reach step `s`: the handovers that drop it, and a path from an entry
// along which no step captures it (with where it is captured instead, if anywhere).
std::string explain(const Model& m, const JourneyGraph& g, const InfoLosses& losses, std::int32_t s,
                    const Ref& need, std::vector<Related>& related) {
  const Journey& journey = m.journeys[g.journey];
  const InfoLoss& loss = losses.steps[s];
  std::vector<std::string> reasons;
  for (auto e : loss.dropped_by) {
    const Edge& edge = g.edges[e];
    reasons.push_back(fmt::format("handover {} does not carry it", edge_name(m, g, edge)));
    const Handover& h = *edge.handover();
    related.push_back(Related{h.carries_loc.valid() ? h.carries_loc : h.loc,
                              fmt::format("'{}' is known here but not carried", need.id)});
  }
  std::string why;
  for (std::size_t i = 0; i < reasons.size(); ++i)
    why += (i == 0 ? "" : i + 1 == reasons.size() ? " and " : ", ") + reasons[i];
  if (!loss.never_captured) return why;

  std::string never;
  const StepPath path = losses.uncaptured_path(g, s, kPathTail);
  const std::int32_t origin = losses.captured_at[s];
  if (path.length <= 1)
    never = "it is an entry step, which starts with nothing, and does not capture it";
  else if (reasons.empty() && origin < 0)
    never = "no step before it captures it";
  else
    never = fmt::format("nothing captures it on the way from entry '{}': {}",
                        journey.steps[path.head.front()].id,
                        path_text(journey, path.head, path.tail, path.length));
  if (reasons.empty()) {
    if (origin >= 0 && path.length > 1)
      never += fmt::format("; '{}' captures it on another path", journey.steps[origin].id);
    return never;
  }
  return why + ", and " + never;
}

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  const InfoFlow& flow = cx.analysis<InfoFlow>();
  for (std::size_t j = 0; j < cx.graph.journeys.size(); ++j) {
    const JourneyGraph& g = cx.graph.journeys[j];
    const JourneyInfoFlow& f = flow.journeys[j];
    const Journey& journey = m.journeys[g.journey];
    const auto n = static_cast<std::int32_t>(g.size());

    // The lost needs of every step (unreachable steps know nothing defined and are left to
    // journey/unreachable-step; unknown ids were model/unknown-reference), grouped by item so
    // each item is explained for the whole journey in one pass.
    std::vector<std::vector<Lost>> lost(n);
    std::map<std::int32_t, std::vector<std::pair<std::int32_t, std::size_t>>> by_item;
    for (std::int32_t s = 0; s < n; ++s) {
      if (!f.reachable[s]) continue;
      for (const Ref& need : journey.steps[s].needs) {
        if (need.index < 0 || f.knows(s, need.index)) continue;
        auto& here = lost[s];
        if (std::any_of(here.begin(), here.end(),
                        [&](const Lost& l) { return l.need->index == need.index; }))
          continue;
        by_item[need.index].emplace_back(s, here.size());
        here.push_back(Lost{&need, {}, {}});
      }
    }
    for (const auto& [item, places] : by_item) {
      const InfoLosses losses = explain_losses(g, f, item, kPathHead);
      for (const auto& [s, k] : places) {
        Lost& l = lost[s][k];
        l.why = explain(m, g, losses, s, *l.need, l.related);
      }
    }

    for (std::int32_t s = 0; s < n; ++s) {
      if (lost[s].empty()) continue;
      std::vector<std::string> parts;
      std::vector<Related> related;
      for (Lost& l : lost[s]) {
        parts.push_back(fmt::format("'{}' ({})", l.need->id, l.why));
        std::move(l.related.begin(), l.related.end(), std::back_inserter(related));
      }
      const Step& step = journey.steps[s];
      out.report(step_target(journey, step), lost[s].front().need->loc,
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
knows) passes. The message names each missing item and the handover that dropped it, or a path
from an entry along which no step captures it (shortened when long), and where another path
does capture it; or it says that no step before captures it at all.

## Why it matters
The moment a team needs something the chain never gave it, it stops and asks: the courier
rings the customer for the address, the engineer arrives without the fault description. Each
such gap is a delay the customer feels and a point where personal data gets re-keyed by hand.

## Example
```yaml
information:
  order-id: { name: Order number }
  address: { name: Delivery address, personal: true }
departments:
  sales: { type: frontline, roles: { advisor: {} } }
  warehouse: { type: back-office, roles: { picker: {}, supervisor: {} } }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer, captures: [order-id, address] }
          - id: confirm
            owner: sales
            next:
              - to: pick
                handover: { method: wms-ticket, carries: [order-id] }
          - { id: pick, owner: warehouse.picker, needs: [order-id, address] }
```

## Instead
```yaml
information:
  order-id: { name: Order number }
  address: { name: Delivery address, personal: true }
departments:
  sales: { type: frontline, roles: { advisor: {} } }
  warehouse: { type: back-office, roles: { picker: {}, supervisor: {} } }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer, captures: [order-id, address] }
          - id: confirm
            owner: sales
            next:
              - to: pick
                handover: { method: wms-ticket, carries: [order-id, address] }
          - { id: pick, owner: warehouse.picker, needs: [order-id, address] }
```

## How to fix
Add the item to the `carries` of the handover named in the message, or, when no step captures
it, add it to the `captures` of the step where it is first collected. When it is captured on
one path but not on the path the message names, capture it on that path too (or route that
path through the step that captures it). Undeclared handovers and
edges touching a step without a single owner pass everything, so they never cause this finding
(they are reported by their own rules).
)doc",
    {},
    check,
};

}  // namespace chainmap::rules

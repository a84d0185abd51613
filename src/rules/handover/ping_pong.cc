// handover/ping-pong: one pair of owners hands over to each other too often in a journey.
#include <map>
#include <utility>
#include <vector>

#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

// The owner a handover is counted for. Between departments or with a partner, a role counts as
// its department (SPEC section 2: a department and its roles are one owner); within one
// department (a team handover) the roles themselves are the pair.
Owner counted_owner(const Owner& o, EdgeKind kind) {
  if (kind == EdgeKind::Team || o.kind == OwnerKind::Partner) return o;
  return Owner{OwnerKind::Department, o.party, -1};
}

constexpr RuleOption kOptions[] = {
    {"max", 2, "handovers one pair of owners may make to each other in a journey"},
};

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  const long max = cx.option("max");
  for (const JourneyGraph& g : cx.graph.journeys) {
    // Pair of owner names (sorted) -> its handover edges, in edge order, and whether work goes
    // each way (first to second, second to first).
    struct Exchange {
      std::vector<const Edge*> edges;
      bool forth = false, back = false;
    };
    std::map<std::pair<std::string, std::string>, Exchange> pairs;
    for (const Edge& e : g.edges) {
      // Cross-journey links belong to the exchange between journeys, not within this one.
      if (!e.is_handover() || e.cross) continue;
      std::string a = owner_name(m, counted_owner(g.owners[e.from], e.kind));
      std::string b = owner_name(m, counted_owner(g.owners[e.to], e.kind));
      const bool swapped = b < a;
      if (swapped) std::swap(a, b);
      Exchange& x = pairs[{a, b}];
      x.edges.push_back(&e);
      (swapped ? x.back : x.forth) = true;
    }
    const Journey& j = m.journeys[g.journey];
    for (const auto& [pair, exchange] : pairs) {
      const auto& edges = exchange.edges;
      // Ping-pong is back and forth: handovers one way only (alternative branches from one
      // owner to another) are not.
      if (!exchange.forth || !exchange.back) continue;
      if (static_cast<long>(edges.size()) <= max) continue;
      std::vector<Related> related;
      for (const Edge* e : edges)
        related.push_back(
            Related{edge_loc(m, g, *e), fmt::format("handover {}", describe_edge(m, g, *e))});
      out.report("journey:" + j.id, j.loc,
                 fmt::format("'{}' and '{}' hand over to each other {} times in journey '{}' "
                             "(more than {}); let one of them own the exchange end to end or "
                             "merge the back-and-forth steps",
                             pair.first, pair.second, edges.size(), j.id, max),
                 std::move(related));
    }
  }
}

}  // namespace

extern const Rule handover_ping_pong;
const Rule handover_ping_pong{
    "handover/ping-pong",
    Severity::Warning,
    "journey",
    "one pair of owners hands over to each other three or more times in a journey (option "
    "`max`, default 2)",
    R"doc(## What it checks
Counts the handovers (declared or not) between each pair of owners within one journey, in
either direction, and reports a pair with more than `max` (default 2) when work goes both
ways between them: handovers in one direction only (say, alternative branches from sales to
the warehouse for small, medium and large orders) are not a ping-pong. Between departments or
with a partner a role counts as its department; handovers between two roles of one department
count per pair of roles. Cross-journey links are not counted.

## Why it matters
Work that bounces between the same two teams is the classic sign of unclear ownership: a
return goes from support to the warehouse, back to support for a question, back to the
warehouse with the answer. Every bounce adds a queue, a chance to drop context, and a customer
who hears "it is with the other team".

## Example
```yaml
departments:
  support: { type: frontline }
  warehouse: { type: back-office }
journeys:
  returns:
    stages:
      - id: handle
        steps:
          - { id: log-return, owner: support }
          - { id: inspect, owner: warehouse }
          - { id: ask-customer, owner: support }
          - { id: restock, owner: warehouse }
```

## Instead
```yaml
departments:
  support: { type: frontline }
  warehouse: { type: back-office }
journeys:
  returns:
    stages:
      - id: handle
        steps:
          - { id: log-return, owner: support }
          - { id: ask-customer, owner: support }
          - { id: inspect, owner: warehouse }
          - { id: restock, owner: warehouse }
```

## How to fix
Give one owner the whole exchange (empower the first team to decide, or move the step that
bounces back), or collect what the other side needs before handing over. Raise `max` for a
journey family where a back-and-forth is the designed process.
)doc",
    kOptions,
    check,
};

}  // namespace chainmap::rules

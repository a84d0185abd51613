#include <doctest/doctest.h>

#include "chainmap/reach.h"
#include "support.h"

using namespace chainmap;

namespace {
const char* kChain = R"(chainmap: 1
departments:
  sales: {type: frontline, roles: {advisor: {}, lead: {}}}
  warehouse: {type: back-office}
partners:
  courier: {agreement: informal}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: c, owner: customer}
          - {id: s1, owner: sales}
          - {id: s2, owner: sales.advisor}
          - {id: s3, owner: sales.lead}
          - {id: w, owner: warehouse}
          - {id: p, owner: courier}
          - {id: p2, owner: courier}
          - {id: x}
          - {id: c2, owner: customer}
)";
}

TEST_CASE("edges are classified by their owners (SPEC section 2, Handover)") {
  auto l = test::load(kChain);
  const JourneyGraph& g = l->graph.journeys.at(0);
  REQUIRE(g.edges.size() == 8);
  CHECK(g.edges[0].kind == EdgeKind::Interaction);  // customer -> sales
  CHECK(g.edges[1].kind == EdgeKind::SameOwner);    // sales -> sales.advisor
  CHECK(g.edges[2].kind == EdgeKind::Team);         // two roles of one department
  CHECK(g.edges[3].kind == EdgeKind::Department);   // sales.lead -> warehouse
  CHECK(g.edges[4].kind == EdgeKind::Partner);      // warehouse -> courier
  CHECK(g.edges[5].kind == EdgeKind::SameOwner);    // courier -> courier
  CHECK(g.edges[6].kind == EdgeKind::Unjudged);     // courier -> step without owner
  CHECK(g.edges[7].kind == EdgeKind::Unjudged);     // unowned -> customer
  CHECK(g.entry[0]);
  CHECK(g.terminal[8]);
  CHECK(handover_target(*l->graph.model, g, g.edges[3]) == "handover:j/s3->w");
  CHECK(edge_loc(*l->graph.model, g, g.edges[3]) == l->result.model.journeys[0].steps[3].loc);
}

TEST_CASE("flow defaults: entries, terminals, cross-journey links, back edges") {
  auto l = test::load(R"(chainmap: 1
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: customer, entry: false}
          - {id: b, owner: customer, entry: true, next: [c, {to: b, loop: true}]}
          - {id: c, owner: customer, next: [d, b]}
          - {id: d, owner: customer, next: [k/x]}
          - {id: e, owner: customer, next: []}
          - {id: f, owner: customer, end: true}
          - {id: g, owner: customer}
  k:
    stages:
      - id: t
        steps: [{id: x, owner: customer}]
)");
  const JourneyGraph& g = l->graph.journeys.at(0);
  CHECK_FALSE(g.entry[0]);
  CHECK(g.entry[1]);
  CHECK(g.terminal[3]);  // only a cross-journey link
  CHECK(g.terminal[4]);  // next: []
  CHECK(g.terminal[5]);  // end: true
  CHECK(g.terminal[6]);  // the last step
  CHECK_FALSE(g.terminal[0]);
  // a flows implicitly to b; b -> c, b -> b (loop); c -> d, c -> b (back edge); d -> k/x
  REQUIRE(g.edges.size() == 6);
  CHECK(g.edges[2].loop);
  CHECK(g.edges[2].back);
  CHECK(g.edges[4].back);
  CHECK_FALSE(g.edges[3].back);
  CHECK(g.edges[5].cross);
  CHECK(g.out(3).empty());  // cross links are not in-journey edges
  CHECK(handover_target(*l->graph.model, g, g.edges[5]) == "handover:j/d->k/x");

  const JourneyReach r = compute_reach(g);
  CHECK_FALSE(r.reachable[0]);
  CHECK(r.reachable[3]);
  CHECK_FALSE(r.reachable[4]);  // nothing leads to e
  CHECK(r.reaches_end[1]);
}

TEST_CASE("per_journey: one result per journey, in the order of Graph::journeys") {
  auto l = test::load(R"(chainmap: 1
journeys:
  a: {stages: [{id: s, steps: [{id: a1, owner: customer}, {id: a2, owner: customer}]}]}
  b: {stages: [{id: s, steps: [{id: b1, owner: customer}]}]}
)");
  const auto sizes = per_journey(l->graph, [](const JourneyGraph& g) { return g.size(); });
  REQUIRE(sizes.size() == 2);
  CHECK(sizes[0] == 2);
  CHECK(sizes[1] == 1);
}

#include <doctest/doctest.h>

#include "chainmap/reach.h"
#include "support.h"

using namespace chainmap;

TEST_CASE("reach: loops and back edges count for reachability; cycles without exit are dead") {
  auto l = test::load(R"(chainmap: 1
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: customer}
          - {id: b, owner: customer, next: [c, {to: a, loop: true}]}
          - {id: c, owner: customer, next: [d]}
          - {id: d, owner: customer, next: [c]}
          - {id: e, owner: customer, next: [b]}
          - {id: f, owner: customer}
)");
  const JourneyReach r = compute_reach(l->graph.journeys.at(0));
  CHECK(r.reachable == std::vector<std::uint8_t>{1, 1, 1, 1, 0, 0});
  // only f is terminal; c <-> d cycle forever, and nothing reaches f
  CHECK(r.reaches_end == std::vector<std::uint8_t>{0, 0, 0, 0, 0, 1});
}

TEST_CASE("reach: several entries, and cross-journey links are not followed") {
  auto l = test::load(R"(chainmap: 1
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: customer, next: [k/x]}
          - {id: b, owner: customer, entry: true, next: [d]}
          - {id: c, owner: customer}
          - {id: d, owner: customer}
  k:
    stages:
      - id: t
        steps:
          - {id: w, owner: customer, next: []}
          - {id: x, owner: customer}
)");
  const JourneyReach j = compute_reach(l->graph.journeys.at(0));
  CHECK(j.reachable == std::vector<std::uint8_t>{1, 1, 0, 1});
  CHECK(j.reaches_end == std::vector<std::uint8_t>{1, 1, 1, 1});  // a ends its journey
  const JourneyReach k = compute_reach(l->graph.journeys.at(1));
  CHECK(k.reachable == std::vector<std::uint8_t>{1, 0});  // the link from j does not count
}

TEST_CASE("reaching: steps that lead to marked steps") {
  auto l = test::load(R"(chainmap: 1
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: customer}
          - {id: b, owner: customer, next: [c]}
          - {id: c, owner: customer, next: [b]}
          - {id: d, owner: customer}
)");
  const auto& g = l->graph.journeys.at(0);
  CHECK(reaching(g, {0, 0, 1, 0}) == std::vector<std::uint8_t>{1, 1, 1, 0});
  CHECK(reaching(g, {0, 0, 0, 1}) == std::vector<std::uint8_t>{0, 0, 0, 1});
}

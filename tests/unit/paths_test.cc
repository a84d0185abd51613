#include <doctest/doctest.h>
#include <fmt/format.h>

#include "chainmap/paths.h"
#include "support.h"

using namespace chainmap;

namespace {

std::vector<std::string> ids(const Model& m, std::int32_t journey, const CriticalPath& p) {
  std::vector<std::string> out;
  for (auto s : p.steps) out.push_back(m.journeys[journey].steps[s].id);
  return out;
}

const char* kOwners = R"(chainmap: 1
departments:
  sales: {type: frontline}
  finance: {type: back-office}
  warehouse: {type: back-office}
partners:
  courier: {agreement: informal}
)";

}  // namespace

TEST_CASE("longest path adds step durations and handover within along the slowest branch") {
  auto l = test::load(std::string(kOwners) + R"(journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: sales, duration: 1h, next: [{to: b, handover: {method: crm, within: 2h}}, c]}
          - {id: b, owner: finance, duration: 1h, next: [d]}
          - {id: c, owner: sales, duration: 5h, next: [d]}
          - {id: d, owner: sales, duration: 1h}
)");
  const Model& m = l->result.model;
  const JourneyPaths p = compute_paths(m, l->graph.journeys.at(0));
  // a(1h) -> c(5h) -> d(1h) = 7h beats a(1h) + 2h + b(1h) -> d(1h) = 5h
  CHECK(ids(m, 0, p.longest) == std::vector<std::string>{"a", "c", "d"});
  CHECK(p.longest.duration == 7 * 3600);
  // the handover path: a -> b (department), b -> d (department)
  CHECK(ids(m, 0, p.most_handovers) == std::vector<std::string>{"a", "b", "d"});
  CHECK(p.most_handovers.handovers == 2);
  CHECK(p.most_handovers.duration == 5 * 3600);
}

TEST_CASE("loop edges and back edges are ignored, so cycles do not make paths endless") {
  auto l = test::load(std::string(kOwners) + R"(journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: sales, duration: 1h}
          - {id: b, owner: warehouse, duration: 1h, next: [c, {to: a, loop: true}]}
          - {id: c, owner: sales, duration: 1h, next: [d, b]}
          - {id: d, owner: sales, duration: 1h}
)");
  const Model& m = l->result.model;
  const JourneyPaths p = compute_paths(m, l->graph.journeys.at(0));
  CHECK(ids(m, 0, p.longest) == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(p.longest.duration == 4 * 3600);
  CHECK(p.most_handovers.handovers == 2);  // a->b and b->c; the back edge c->b is ignored
}

TEST_CASE("several entries: the path may start at any of them") {
  auto l = test::load(std::string(kOwners) + R"(journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: web, owner: customer, duration: 10m, next: [take]}
          - {id: phone, owner: customer, entry: true, duration: 1h, next: [take]}
          - {id: take, owner: sales, duration: 30m, next: [ship]}
          - {id: ship, owner: courier, duration: 2d}
)");
  const Model& m = l->result.model;
  const JourneyPaths p = compute_paths(m, l->graph.journeys.at(0));
  CHECK(ids(m, 0, p.longest) == std::vector<std::string>{"phone", "take", "ship"});
  CHECK(p.longest.duration == 3600 + 1800 + 2 * 86400);
  // customer -> sales is an interaction; sales -> courier a partner handover
  CHECK(p.most_handovers.handovers == 1);
}

TEST_CASE("cross-journey links are not followed and make their step an end") {
  auto l = test::load(std::string(kOwners) + R"(journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: sales, duration: 1h}
          - {id: b, owner: warehouse, duration: 1h, next: [k/x]}
          - {id: never, owner: courier, duration: 9d}
  k:
    stages:
      - id: t
        steps: [{id: x, owner: courier, duration: 9d}]
)");
  const Model& m = l->result.model;
  const JourneyPaths p = compute_paths(m, l->graph.journeys.at(0));
  CHECK(ids(m, 0, p.longest) == std::vector<std::string>{"a", "b"});
  CHECK(p.longest.duration == 2 * 3600);
  CHECK(p.most_handovers.handovers == 1);
}

TEST_CASE("no path from an entry to an end: empty paths") {
  auto l = test::load(std::string(kOwners) + R"(journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: sales, duration: 1h}
          - {id: b, owner: sales, next: [{to: a, loop: true}]}
          - {id: c, owner: sales}
  empty:
    stages: [{id: nothing}]
)");
  const Model& m = l->result.model;
  const JourneyPaths p = compute_paths(m, l->graph.journeys.at(0));
  CHECK(p.longest.steps.empty());
  CHECK(p.most_handovers.steps.empty());
  CHECK(compute_paths(m, l->graph.journeys.at(1)).longest.steps.empty());
}

TEST_CASE("a long chain is solved in one pass") {
  std::string text =
      std::string(kOwners) + "journeys:\n  j:\n    stages:\n      - id: s\n        steps:\n";
  const int n = 20000;
  for (int i = 0; i < n; ++i)
    text += fmt::format("          - {{id: s{}, owner: {}, duration: 1m}}\n", i,
                        i % 2 ? "sales" : "warehouse");
  auto l = test::load(text);
  const JourneyPaths p = compute_paths(l->result.model, l->graph.journeys.at(0));
  CHECK(p.longest.steps.size() == static_cast<std::size_t>(n));
  CHECK(p.longest.duration == n * 60);
  CHECK(p.most_handovers.handovers == n - 1);
}

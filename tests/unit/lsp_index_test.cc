#include <doctest/doctest.h>

#include "lsp/index.h"
#include "support.h"

using namespace chainmap;
using namespace chainmap::lsp;

TEST_CASE("lsp index: declarations and references of every kind") {
  auto m = test::load(R"(chainmap: 1
information:
  order-id: { name: Order number }
departments:
  sales:
    type: frontline
    roles: { advisor: { name: Advisor, backup: lead }, lead: {} }
partners:
  fastship: { agreement: formal, sla: { delivery: { target: 48h } } }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place, owner: customer, captures: [order-id] }
          - { id: confirm, owner: sales.advisor, next: [ship] }
          - { id: ship, owner: fastship, sla: delivery, end: true }
waivers:
  - { rule: handover/undeclared, target: handover:order/confirm->ship, reason: r }
)");
  const Index index = build_index(m->result.model);
  const Symbol* advisor = index.find(Kind::Role, "sales.advisor");
  REQUIRE(advisor);
  CHECK(advisor->name == "Advisor");
  CHECK(advisor->decl.line == 7);
  CHECK(index.symbols()[advisor->parent].id == "sales");
  // `owner: sales.advisor` on line 16: the role over the whole value, the department over its
  // first part (the narrowest wins).
  const Occurrence* role = index.at(0, 16, 44);
  REQUIRE(role);
  CHECK(index.symbols()[role->symbol].id == "sales.advisor");
  const Occurrence* dept = index.at(0, 16, 36);
  REQUIRE(dept);
  CHECK(index.symbols()[dept->symbol].kind == Kind::Department);
  // The step link, the SLA of the owning partner, the waiver's rule and target, the customer.
  CHECK(index.occurrences_of(static_cast<std::uint32_t>(index.find_index(Kind::Step, "order/ship"))).size() == 3);
  CHECK(index.occurrences_of(static_cast<std::uint32_t>(index.find_index(Kind::Sla, "fastship/delivery"))).size() == 2);
  CHECK(index.find(Kind::Rule, "handover/undeclared"));
  CHECK(index.find(Kind::Customer, "customer"));
  CHECK(index.occurrences_of(static_cast<std::uint32_t>(index.find_index(Kind::Role, "sales.lead"))).size() == 2);
}

TEST_CASE("lsp index: references to ids never declared are findings, not references") {
  auto m = test::load(R"(chainmap: 1
journeys:
  j:
    stages:
      - id: s
        steps:
          - { id: a, owner: nobody, needs: [nothing] }
)");
  const Index index = build_index(m->result.model);
  CHECK_FALSE(index.find(Kind::Department, "nobody"));
  CHECK_FALSE(index.at(0, 7, 30));
}

TEST_CASE("lsp index: part of a quoted or plain one-line value") {
  const Loc plain{0, 3, 10, 7}, quoted{0, 3, 10, 9}, folded{0, 3, 10, 0};
  CHECK(sub_loc(plain, "abc/def", 4, 3) == Loc{0, 3, 14, 3});
  CHECK(sub_loc(quoted, "abc/def", 4, 3) == Loc{0, 3, 15, 3});
  CHECK(sub_loc(folded, "abc/def", 4, 3) == folded);
}

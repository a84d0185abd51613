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
  CHECK(index.occurrences_of(static_cast<std::uint32_t>(index.find_index(Kind::Step, "order/ship")))
            .size() == 3);
  CHECK(index
            .occurrences_of(
                static_cast<std::uint32_t>(index.find_index(Kind::Sla, "fastship/delivery")))
            .size() == 2);
  CHECK(index.find(Kind::Rule, "handover/undeclared"));
  CHECK(index.find(Kind::Customer, "customer"));
  CHECK(index.occurrences_of(static_cast<std::uint32_t>(index.find_index(Kind::Role, "sales.lead")))
            .size() == 2);
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

TEST_CASE("lsp index: v1.1 touchpoints, personas and opportunities") {
  auto m = test::load(R"(chainmap: 1
departments:
  sales: { type: frontline, roles: { advisor: {} } }
touchpoints:
  web: { name: Web shop, channel: web, owner: sales, hours: 24/7 }
  door: { channel: parcel, owner: customer }
personas:
  shopper: { name: Shopper, description: Orders on a phone }
  idle: {}
journeys:
  order:
    personas: [shopper, shoper]
    stages:
      - id: buy
        steps:
          - id: place
            owner: customer
            touchpoint: web
            experience: { shopper: { score: 1 }, idle: { score: 0 } }
          - { id: confirm, owner: sales.advisor, touchpoint: webb }
opportunities:
  faster:
    name: Faster confirmation
    addresses: [order/confirm, confirm, order/nope]
    owner: sales.advisor
    status: planned
    kpi: speed
kpis:
  speed: { of: sales, target: "< 1h", owner: sales }
waivers:
  - { rule: touchpoint/unused, target: touchpoint:web, reason: r }
  - { rule: experience/persona-unused, target: persona:idle, reason: r }
  - { rule: experience/opportunity-without-owner, target: opportunity:faster, reason: r }
)");
  const Index index = build_index(m->result.model);
  const auto uses = [&](Kind kind, std::string_view id) {
    const std::int32_t n = index.find_index(kind, id);
    REQUIRE(n >= 0);
    return index.occurrences_of(static_cast<std::uint32_t>(n));
  };
  // Touchpoint: its key, the step's `touchpoint` (not the misspelt one), the waiver target.
  const Symbol* web = index.find(Kind::Touchpoint, "web");
  REQUIRE(web);
  CHECK(web->name == "Web shop");
  CHECK(web->detail == "touchpoint, channel web, owner 'sales', open 24/7");
  CHECK(uses(Kind::Touchpoint, "web").size() == 3);
  const Occurrence* tp = index.at(0, 18, 25);  // `touchpoint: web`
  REQUIRE(tp);
  CHECK(index.symbols()[tp->symbol].kind == Kind::Touchpoint);
  CHECK_FALSE(index.at(0, 20, 62));  // `webb`: a finding, not a reference
  // Persona: its key, the journey's `personas` item (not the misspelt one), an `experience`
  // key; `idle` is declared, named by an experience key the journey does not list (a finding
  // that says to list it) and by a waiver target.
  const Symbol* shopper = index.find(Kind::Persona, "shopper");
  REQUIRE(shopper);
  CHECK(shopper->detail == "persona of journey 'order': Orders on a phone");
  CHECK(uses(Kind::Persona, "shopper").size() == 3);
  CHECK(index.find(Kind::Persona, "idle")->detail == "persona, listed by no journey");
  CHECK(uses(Kind::Persona, "idle").size() == 3);
  const Occurrence* key = index.at(0, 19, 27);  // `shopper:` in experience
  REQUIRE(key);
  CHECK(index.symbols()[key->symbol].id == "shopper");
  // Opportunity `addresses`: the step (whole item) and its journey (first part); a bare step
  // id and an unknown step name nothing. Its owner and KPI are references too.
  CHECK(uses(Kind::Step, "order/confirm").size() == 2);
  const Occurrence* journey = index.at(0, 24, 17);  // `order` of `order/confirm`
  REQUIRE(journey);
  CHECK(index.symbols()[journey->symbol].kind == Kind::Journey);
  const Occurrence* step = index.at(0, 24, 23);
  REQUIRE(step);
  CHECK(index.symbols()[step->symbol].id == "order/confirm");
  CHECK_FALSE(index.at(0, 24, 32));                 // bare `confirm`
  CHECK(uses(Kind::Journey, "order").size() == 3);  // key, addresses order/confirm and order/nope
  CHECK(uses(Kind::Role, "sales.advisor").size() == 3);
  CHECK(uses(Kind::Kpi, "speed").size() == 2);
  CHECK(uses(Kind::Opportunity, "faster").size() == 2);
  CHECK(
      index.find(Kind::Opportunity, "faster")->detail ==
      "opportunity, status planned, owner 'sales.advisor', addresses 'order/confirm', KPI 'speed'");
  // Owners: the touchpoint's department; `owner: customer` of a touchpoint is a finding.
  // key, touchpoint owner, KPI `of` and owner, and the first part of two `sales.advisor`
  CHECK(uses(Kind::Department, "sales").size() == 6);
  CHECK_FALSE(index.at(0, 6, 35));
}

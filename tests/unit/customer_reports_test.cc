// The customer's side of stats, matrix --of touchpoints, impact and diff (SPEC v1.1), on tiny
// models.
#include <doctest/doctest.h>

#include "chainmap/customer_impact.h"
#include "chainmap/diff.h"
#include "chainmap/impact.h"
#include "chainmap/matrix.h"
#include "chainmap/stats.h"
#include "support.h"

using namespace chainmap;

namespace {

std::string model(const std::string& wait_experience, const std::string& extra = "") {
  return R"(chainmap: 1
departments:
  sales: {type: frontline, roles: {advisor: {backup: lead}, lead: {backup: advisor}}}
  depot: {type: back-office, roles: {packer: {backup: boss}, boss: {backup: packer}}}
touchpoints:
  web: {channel: web, owner: sales}
  call: {channel: phone, owner: sales.advisor, hours: Mon-Fri 09:00-17:00}
  box: {channel: parcel}
personas: {shopper: {name: Shopper}, gifter: {}, idle: {}}
journeys:
  j:
    personas: [shopper, gifter]
    stages:
      - id: s
        steps:
          - {id: buy, owner: customer, touchpoint: web, experience: {shopper: {score: 2}, gifter: {score: 1}}}
          - {id: confirm, owner: sales.advisor}
          - id: pack
            owner: depot.packer
            pain-points: [{text: Slow}]
          - id: wait
            owner: customer
            touchpoint: web
            experience: )" +
         wait_experience + R"(
            pain-points: [{text: Where is it, evidence: reported, source: Complaints}]
  k:
    personas: [shopper]
    stages:
      - id: s
        steps:
          - {id: ring, owner: customer, touchpoint: call, experience: {shopper: {score: -1}}}
)" + extra;
}

}  // namespace

TEST_CASE(
    "stats: per journey and persona average and lowest; pain points with and without an "
    "opportunity") {
  auto l = test::load(model("{shopper: {score: -2}, gifter: {score: 1, feeling: Fine}}",
                            "opportunities: {o: {addresses: [j/wait], owner: sales}}\n"));
  REQUIRE(l->result.diagnostics.empty());
  Stats st = compute_stats(l->graph, {});
  CHECK(st.touchpoints == 3);
  CHECK(st.personas == 3);
  CHECK(st.opportunities == 1);
  REQUIRE(st.per_journey.size() == 2);
  const JourneyStats& j = st.per_journey[0];
  REQUIRE(j.personas.size() == 2);
  CHECK(j.personas[0].scored == 2);
  CHECK(j.personas[0].average == doctest::Approx(0.0));
  CHECK(j.personas[0].lowest == -2);
  CHECK(j.personas[0].lowest_step == 3);
  // Ties go to the first step in flow order.
  CHECK(j.personas[1].lowest == 1);
  CHECK(j.personas[1].lowest_step == 0);
  CHECK(j.pain_points == 2);
  CHECK(j.pain_points_addressed == 1);
  CHECK(st.pain_points == 2);
  CHECK(st.pain_points_addressed == 1);
  // The undeclared handover confirm->pack declares nothing: no hotspot.
  CHECK(st.hotspots == 0);
}

TEST_CASE("stats: a persona without readable scores has no average") {
  auto l = test::load(model("{shopper: {score: 1}}"));
  Stats st = compute_stats(l->graph, {});
  const JourneyStats& j = st.per_journey[0];
  CHECK(j.personas[1].scored == 1);  // gifter scores `buy` only
  auto bad = test::load(model("{shopper: {score: high}}"));
  Stats sb = compute_stats(bad->graph, {});
  CHECK(sb.per_journey[0].personas[0].scored == 1);  // the unreadable score is no point
}

TEST_CASE(
    "matrix --of touchpoints: steps per journey, unused and ownerless touchpoints, unmapped "
    "frontstage steps") {
  auto l = test::load(model("{shopper: {score: 0}}"));
  TouchpointMatrix m = build_touchpoint_matrix(l->result.model);
  REQUIRE(m.rows.size() == 3);
  CHECK(m.rows[0].steps[0] == std::vector<std::int32_t>{0, 3});
  CHECK(m.rows[1].steps[1] == std::vector<std::int32_t>{0});
  CHECK(m.rows[2].unused());
  CHECK(touchpoint_problem(l->result.model, m.rows[2]) == "unused, no owner");
  CHECK(touchpoint_problem(l->result.model, m.rows[0]).empty());
  CHECK(m.unused() == 1);
  CHECK(m.without_owner(l->result.model) == 1);
  // `confirm` is frontstage (a frontline department) and names none; `pack` is backstage.
  REQUIRE(m.unmapped.size() == 1);
  CHECK(m.unmapped[0].step == 1);
}

TEST_CASE("impact: REF forms for touchpoints and personas") {
  auto l = test::load(model("{shopper: {score: 0}}"));
  const Model& m = l->result.model;
  std::string error;
  auto web = find_subject(m, "web", &error);
  REQUIRE(web);
  CHECK(web->kind == ImpactSubject::Kind::Touchpoint);
  auto shopper = find_subject(m, "persona:shopper", &error);
  REQUIRE(shopper);
  CHECK(shopper->kind == ImpactSubject::Kind::Persona);
  auto sales = find_subject(m, "department:sales", &error);
  REQUIRE(sales);
  CHECK(sales->party.kind == OwnerKind::Department);
  auto role = find_subject(m, "role:sales.lead", &error);
  REQUIRE(role);
  CHECK(role->party.kind == OwnerKind::Role);
  CHECK_FALSE(find_subject(m, "touchpoint:wbe", &error));
  CHECK(error == "no touchpoint 'wbe'; did you mean 'web'?");
  CHECK_FALSE(find_subject(m, "role:sales", &error));
  CHECK(error == "no role 'sales': 'sales' is a department; write 'department:sales' or 'sales'");
  CHECK_FALSE(find_subject(m, "customer", &error));
  CHECK(error.find("'customer' is not a department") == 0);
}

TEST_CASE("impact: a touchpoint's steps and feelings; a persona's curve and touchpoints") {
  auto l = test::load(
      model("{shopper: {score: -2, feeling: Lost}}",
            "opportunities: {o: {addresses: [j/wait], owner: sales, status: planned}}\n"));
  const Model& m = l->result.model;
  TouchpointImpact t = analyze_touchpoint_impact(l->graph, m.touchpoint_index.at("web"), -1);
  REQUIRE(t.steps.size() == 2);
  CHECK(t.steps[1].scores.size() == 1);  // gifter has no entry at `wait`
  CHECK(t.steps[1].scores[0].feeling == "Lost");
  REQUIRE(t.personas.size() == 2);
  CHECK(t.personas[0].average == doctest::Approx(0.0));
  CHECK(t.pain_points.size() == 1);
  CHECK(t.opportunities == std::vector<std::int32_t>{0});

  PersonaImpact p = analyze_persona_impact(l->graph, m.persona_index.at("shopper"), -1);
  REQUIRE(p.journeys.size() == 2);
  CHECK(p.curve.size() == 3);
  REQUIRE(p.touchpoints.size() == 2);
  CHECK(p.touchpoints[0].steps.size() == 2);
  CHECK(p.pain_points.size() == 2);  // on every step of its journeys, scored or not
  PersonaImpact idle = analyze_persona_impact(l->graph, m.persona_index.at("idle"), -1);
  CHECK(idle.journeys.empty());
  CHECK(idle.curve.empty());
}

TEST_CASE("impact: a department's touchpoints and opportunities") {
  auto l = test::load(model("{shopper: {score: 0}}",
                            "opportunities: {o: {addresses: [j/wait], owner: sales.lead}}\n"));
  std::string error;
  auto sales = find_party(l->result.model, "sales", &error);
  Impact im = analyze_impact(l->graph, *sales);
  CHECK(im.touchpoints == std::vector<std::int32_t>{0, 1});
  CHECK(im.opportunities == std::vector<std::int32_t>{0});
  auto lead = find_party(l->result.model, "sales.lead", &error);
  CHECK(analyze_impact(l->graph, *lead).touchpoints.empty());
}

TEST_CASE("diff: touchpoints, personas and opportunities; score and status changes") {
  auto before = test::load(
      model("{shopper: {score: -2, feeling: Lost}}",
            "opportunities: {o: {addresses: [j/wait], owner: sales, status: proposed}}\n"));
  auto after = test::load(
      model("{shopper: {score: 0, feeling: Lost}, gifter: {score: 1}}",
            "opportunities: {o: {addresses: [j/wait], owner: sales, status: in-progress}}\n"));
  ModelDiff d = diff_models(before->graph, {}, after->graph, {});
  CHECK(d.has_personas);
  REQUIRE(d.scores.size() == 2);
  CHECK(d.scores[0].target == "step:j/wait");
  CHECK(d.scores[0].persona == "gifter");
  CHECK_FALSE(d.scores[0].old_score);
  CHECK(d.scores[0].new_score == 1);
  CHECK(d.scores[1].persona == "shopper");
  CHECK(d.scores[1].old_score == -2);
  CHECK(d.scores[1].new_score == 0);
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].target == "opportunity:o");
  CHECK(d.changes[0].fields[0].field == "status");
  CHECK(d.changes[0].fields[0].old_value == "proposed");
  CHECK(d.changes[0].fields[0].new_value == "in-progress");
}

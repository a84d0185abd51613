// The analyses behind matrix, impact, diff and stats, on tiny models.
#include <doctest/doctest.h>

#include <algorithm>

#include "chainmap/diff.h"
#include "chainmap/impact.h"
#include "chainmap/matrix.h"
#include "chainmap/stats.h"
#include "support.h"

using namespace chainmap;

namespace {
const char* kModel = R"(chainmap: 1
departments:
  sales: {type: frontline, roles: {advisor: {backup: lead}, lead: {}}}
  solo: {type: back-office, roles: {only: {}}}
partners:
  a: {agreement: informal, sla: {delivery: {target: 1d}}}
  b: {agreement: informal, sla: {delivery: {target: 2d}}}
  c: {agreement: informal, sla: {print: {target: 2d}}}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: s1, owner: sales.advisor, consulted: [solo]}
          - {id: s2, owner: sales.lead}
          - {id: s3, owner: solo}
          - {id: p1, owner: a, sla: delivery}
          - {id: p2, owner: c, sla: print}
          - {id: two, owner: [sales, solo]}
          - {id: none}
)";

std::vector<std::string> spof_targets(const Impact& im) {
  std::vector<std::string> out;
  for (const auto& sp : im.single_points) out.push_back(sp.target);
  return out;
}
}  // namespace

TEST_CASE("matrix: A/R/C/I per column, rows with no or several A, columns without work") {
  auto l = test::load(kModel);
  Matrix m = build_matrix(l->result.model);
  std::vector<std::string> ids;
  for (const auto& c : m.columns) ids.push_back(c.id);
  // sales is referenced as a department (step `two`); solo too; no customer column.
  CHECK(ids == std::vector<std::string>{"sales", "sales.advisor", "sales.lead", "solo", "solo.only",
                                        "a", "b", "c"});
  REQUIRE(m.rows.size() == 7);
  CHECK(raci_letters(m.rows[0].cells[1]) == "A");
  CHECK(raci_letters(m.rows[0].cells[3]) == "C");
  CHECK(row_problem(m.rows[5]) == "2 A");
  CHECK(row_problem(m.rows[6]) == "no A");
  CHECK(row_problem(m.rows[0]).empty());
  // solo.only and partner b hold no A or R.
  CHECK(m.columns_without_work() == 2);
  CHECK_FALSE(m.columns[4].work);
  CHECK_FALSE(m.columns[6].work);
}

TEST_CASE("impact: single points of failure by backup, department size and SLA alternatives") {
  auto l = test::load(kModel);
  std::string error;
  auto sales = find_party(l->result.model, "sales", &error);
  REQUIRE(sales);
  // s1: advisor has a backup; s2: lead has none.
  CHECK(spof_targets(analyze_impact(l->graph, *sales)) == std::vector<std::string>{"step:j/s2"});
  auto solo = find_party(l->result.model, "solo", &error);
  REQUIRE(solo);
  Impact im = analyze_impact(l->graph, *solo);
  CHECK(spof_targets(im) == std::vector<std::string>{"step:j/s3"});  // one role: nobody stands in
  CHECK(im.steps.size() == 3);                                       // s1 (C), s3, two
  auto a = find_party(l->result.model, "a", &error);
  REQUIRE(a);
  Impact ia = analyze_impact(l->graph, *a);
  CHECK(ia.single_points.empty());  // b also declares 'delivery'
  CHECK(ia.alternatives == std::vector<std::string>{"b"});
  auto c = find_party(l->result.model, "c", &error);
  REQUIRE(c);
  CHECK(spof_targets(analyze_impact(l->graph, *c)) == std::vector<std::string>{"step:j/p2"});
}

TEST_CASE("impact: unknown references get a suggestion; the customer is refused") {
  auto l = test::load(kModel);
  std::string error;
  CHECK_FALSE(find_party(l->result.model, "sales.advsor", &error));
  CHECK(error.find("did you mean 'sales.advisor'?") != std::string::npos);
  CHECK_FALSE(find_party(l->result.model, "customer", &error));
  CHECK(error.find("not a department, role or partner") != std::string::npos);
  auto role = find_party(l->result.model, "sales.lead", &error);
  REQUIRE(role);
  CHECK(role->kind == OwnerKind::Role);
}

TEST_CASE("diff: matched by target; an owner change adds a handover; findings by rule + target") {
  auto before = test::load(R"(chainmap: 1
departments: {d: {type: frontline, roles: {x: {}, y: {}}}}
journeys:
  j:
    promise: 90m
    stages: [{id: s, steps: [{id: a, owner: d.x}, {id: b, owner: d.x, next: []}]}]
)");
  auto after = test::load(R"(chainmap: 1
departments: {d: {type: frontline, roles: {x: {}, y: {}}}}
journeys:
  j:
    promise: 1h30m
    stages: [{id: s, steps: [{id: a, owner: d.x, next: [b]}, {id: b, owner: d.y, next: []}]}]
)");
  Diagnostic old_finding{"kpi/no-owner", Severity::Warning, "m", "kpi:k", {}, {}};
  Diagnostic new_finding{"handover/undeclared", Severity::Error, "m", "handover:j/a->b", {}, {}};
  ModelDiff d = diff_models(before->graph, {old_finding}, after->graph, {new_finding, old_finding});
  std::vector<std::string> seen;
  for (const auto& c : d.changes) seen.push_back(std::string(to_string(c.change)) + " " + c.target);
  // The promise is the same duration; `next: [b]` is the implicit flow written out.
  CHECK(seen == std::vector<std::string>{"changed step:j/b", "added handover:j/a->b"});
  REQUIRE(d.changes[0].fields.size() == 1);
  CHECK(d.changes[0].fields[0].field == "owner");
  CHECK(d.introduced.size() == 1);
  CHECK(d.introduced[0].rule == "handover/undeclared");
  CHECK(d.fixed.empty());
  ModelDiff back = diff_models(after->graph, {new_finding}, before->graph, {});
  CHECK(back.fixed.size() == 1);
  CHECK(back.count(ChangeKind::Removed) == 1);
}

TEST_CASE("stats: handovers by kind and friction per journey") {
  auto l = test::load(kModel);
  Stats st = compute_stats(l->graph, {});
  CHECK(st.steps == 7);
  // s1->s2 team, s2->s3 department, s3->p1 partner, p1->p2 partner; p2->two and two->none are
  // not judged (several owners / none).
  CHECK(st.team == 1);
  CHECK(st.department == 1);
  CHECK(st.partner == 2);
  CHECK(st.handovers == 4);
  CHECK(st.undeclared == 4);
  REQUIRE(st.per_journey.size() == 1);
  CHECK(st.per_journey[0].friction == doctest::Approx(4.0 / 7.0));
}

#include <doctest/doctest.h>

#include "support.h"

using namespace chainmap;
using chainmap::test::load;
using chainmap::test::summary;

TEST_CASE("a minimal model loads clean") {
  auto l = load("chainmap: 1\norganisation: Acme\n");
  CHECK(l->result.fatal.empty());
  CHECK(l->result.diagnostics.empty());
  CHECK(l->result.model.organisation.value == "Acme");
}

TEST_CASE("sections merge across included files in load order") {
  auto l = load({{"chainmap.yaml",
                  "chainmap: 1\ninclude: [b.yaml, journeys/*.yaml]\n"
                  "departments:\n  sales: {type: frontline}\n"},
                 {"b.yaml", "departments:\n  warehouse: {type: back-office}\n"},
                 {"journeys/z.yaml", "journeys:\n  z: {stages: []}\n"},
                 {"journeys/a.yaml", "journeys:\n  a: {stages: []}\n"}});
  CHECK(summary(l->result.diagnostics).empty());
  const Model& m = l->result.model;
  REQUIRE(m.departments.size() == 2);
  CHECK(m.departments[0].id == "sales");
  CHECK(m.departments[1].id == "warehouse");
  REQUIRE(m.journeys.size() == 2);
  CHECK(m.journeys[0].id == "a");  // globs are sorted by path
  CHECK(m.journeys[1].id == "z");
  CHECK(m.files.size() == 4);
}

TEST_CASE("a file included twice is read once; a cycle is reported at the include") {
  auto l = load({{"chainmap.yaml", "chainmap: 1\ninclude: [a.yaml, b.yaml]\n"},
                 {"a.yaml", "include: [b.yaml]\n"},
                 {"b.yaml", "include: [a.yaml]\ndepartments:\n  d: {type: frontline}\n"}});
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/include-cycle@1:11 model"});
  CHECK(l->result.model.files.size() == 3);
  CHECK(l->result.model.departments.size() == 1);
}

TEST_CASE("a glob matching its own file skips it") {
  auto l = load({{"chainmap.yaml", "chainmap: 1\ninclude: ['*.yaml']\n"},
                 {"other.yaml", "departments:\n  d: {type: frontline}\n"}});
  CHECK(summary(l->result.diagnostics).empty());
  CHECK(l->result.model.departments.size() == 1);
}

TEST_CASE("includes may not leave the root folder unless allowed") {
  test::TempDir dir;
  dir.write("shared/p.yaml", "partners:\n  p: {agreement: informal}\n");
  auto root = dir.write("model/chainmap.yaml", "chainmap: 1\ninclude: [../shared/p.yaml]\n");
  SourceSet sources;
  auto refused = load_model(root, sources);
  REQUIRE(refused.diagnostics.size() == 1);
  CHECK(refused.diagnostics[0].rule == "model/include-outside-root");
  SourceSet sources2;
  LoadOptions allow;
  allow.allow_outside_root = true;
  auto allowed = load_model(root, sources2, allow);
  CHECK(allowed.diagnostics.empty());
  CHECK(allowed.model.partners.size() == 1);
}

TEST_CASE("the root file: missing, a folder, a folder with chainmap.yaml") {
  test::TempDir dir;
  SourceSet sources;
  CHECK_FALSE(load_model(dir.path() / "nope.yaml", sources).fatal.empty());
  CHECK_FALSE(load_model(dir.path(), sources).fatal.empty());
  dir.write("chainmap.yaml", "chainmap: 1\n");
  auto ok = load_model(dir.path(), sources);
  CHECK(ok.fatal.empty());
  CHECK(ok.diagnostics.empty());
}

TEST_CASE("department and partner ids share one namespace; customer is reserved") {
  auto l = load(
      "chainmap: 1\ndepartments:\n  ops: {type: frontline}\n  customer: {type: frontline}\n"
      "partners:\n  ops: {agreement: formal}\n");
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/duplicate-id@6:3 partner:ops",
                                 "model/invalid-value@4:3 department:customer"});
}

TEST_CASE("owner references resolve to departments, roles, partners and the customer") {
  auto l = load(R"(chainmap: 1
departments:
  sales: {type: frontline, roles: {advisor: {backup: lead}, lead: {}}}
partners:
  courier: {agreement: informal}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: customer}
          - {id: b, owner: sales}
          - {id: c, owner: sales.advisor}
          - {id: d, owner: courier}
          - {id: e, owner: sales.advsor}
          - {id: f, owner: courier.driver}
)");
  const auto& steps = l->result.model.journeys[0].steps;
  CHECK(steps[0].owner().kind == OwnerKind::Customer);
  CHECK(steps[1].owner().kind == OwnerKind::Department);
  CHECK(steps[2].owner() == Owner{OwnerKind::Role, 0, 0});
  CHECK(steps[3].owner() == Owner{OwnerKind::Partner, 0, -1});
  CHECK(steps[4].owner().kind == OwnerKind::Unresolved);
  CHECK(steps[5].owner().kind == OwnerKind::Unresolved);
  REQUIRE(l->result.diagnostics.size() == 2);
  CHECK(l->result.diagnostics[0].message.find("did you mean 'sales.advisor'") != std::string::npos);
  CHECK(l->result.diagnostics[1].message.find("partners have no roles") != std::string::npos);
  // Default lanes follow the owner.
  CHECK(steps[0].lane == Lane::Customer);
  CHECK(steps[1].lane == Lane::Frontstage);
  CHECK(steps[3].lane == Lane::Partner);
}

TEST_CASE("step fields, next items and handovers are read") {
  auto l = load(R"(chainmap: 1
information:
  order-id: {name: Order number}
  address: {name: Address, personal: true}
departments:
  sales: {type: frontline}
  warehouse: {type: back-office}
journeys:
  j:
    promise: 3d
    stages:
      - id: s
        steps:
          - id: a
            owner: sales
            duration: 1h30m
            captures: [order-id, address]
            moment-of-truth: true
            next:
              - to: b
                when: in stock
                handover:
                  method: wms-ticket
                  carries: [order-id]
                  confirm: warehouse
                  follow-up: {by: sales, within: 24h}
                  within: 2h
              - other/x
          - {id: b, owner: warehouse, end: true, x-note: free}
  other:
    stages:
      - id: t
        steps: [{id: x, owner: customer}]
)");
  CHECK(summary(l->result.diagnostics).empty());
  const Journey& j = l->result.model.journeys[0];
  CHECK(j.promise == 3 * 86400);
  const Step& a = j.steps[0];
  CHECK(a.duration == 5400);
  CHECK(a.moment_of_truth);
  REQUIRE(a.next.size() == 2);
  const Next& n = a.next[0];
  CHECK(n.to_step == 1);
  CHECK(n.when.value == "in stock");
  REQUIRE(n.handover);
  CHECK(n.handover->method.value == "wms-ticket");
  CHECK(n.handover->carries.at(0).index == 0);
  CHECK(n.handover->confirm->owner.kind == OwnerKind::Department);
  CHECK(n.handover->follow_up->within == 86400);
  CHECK(n.handover->within == 7200);
  CHECK(a.next[1].cross());
  CHECK(a.next[1].to_journey == 1);
  CHECK(a.next[1].to_step == 0);
  CHECK(j.steps[1].end);
}

TEST_CASE("missing ids get a stand-in so later findings can name the entity") {
  auto l = load(
      "chainmap: 1\njourneys:\n  j:\n    stages:\n      - steps:\n          - {owner: customer}\n");
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/missing-field@5:9 stage:j/#1",
                                 "model/missing-field@6:13 step:j/#1"});
}

TEST_CASE("organisation and lint are read only from the root file") {
  auto l = load({{"chainmap.yaml", "chainmap: 1\ninclude: [b.yaml]\n"},
                 {"b.yaml", "lint: {extends: none}\norganisation: X\n"}});
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/unknown-key@1:1 model", "model/unknown-key@2:1 model"});
  CHECK(l->result.model.lint.extends == Preset::Recommended);
}

TEST_CASE("lint settings: severities and options") {
  auto l = load(R"(chainmap: 1
lint:
  extends: strict
  rules:
    kpi/no-owner: off
    journey/too-many-handovers: {severity: error, max: 5}
    kpi/no-target: loud
)");
  const auto& lint = l->result.model.lint;
  CHECK(lint.extends == Preset::Strict);
  REQUIRE(lint.rules.size() == 3);
  CHECK(lint.rules[0].severity == Severity::Off);
  CHECK(lint.rules[1].severity == Severity::Error);
  CHECK(lint.rules[1].options.at("max") == 5);
  CHECK_FALSE(lint.rules[2].severity);
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/invalid-value@7:20 model"});
}

TEST_CASE("an unknown top-level key is a misspelt section: model/unknown-section, an error") {
  auto l = load(
      "chainmap: 1\njournies: {}\nx-mine: 1\ntouchpoints: {}\npersonas: {}\n"
      "opportunities: {}\nnotes: 1\n");
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/unknown-section@2:1 model",
                                 "model/unknown-section@7:1 model"});
  CHECK(l->result.diagnostics[0].severity == Severity::Error);
  CHECK(l->result.diagnostics[0].message ==
        "unknown section 'journies': nothing under it is read; did you mean 'journeys'?");
  CHECK(l->result.diagnostics[1].message ==
        "unknown section 'notes': nothing under it is read; expected one of: chainmap, "
        "organisation, include, information, departments, partners, touchpoints, personas, "
        "journeys, opportunities, kpis, waivers, lint (or prefix your own data with 'x-')");
}

TEST_CASE("an unknown top-level key of an included file is a misspelt section too") {
  auto l = load({{"chainmap.yaml", "chainmap: 1\ninclude: [part.yaml]\n"},
                 {"part.yaml", "partner:\n  p: {agreement: formal}\n"}});
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/unknown-section@1:1 model"});
  CHECK(l->result.diagnostics[0].message.ends_with("did you mean 'partners'?"));
}

TEST_CASE("a blank waiver rule, target or reason is a missing field") {
  auto l = load(
      "chainmap: 1\nwaivers:\n  - {rule: kpi/no-owner, target: 'kpi:k', reason: ''}\n"
      "  - {rule: ' ', target: \"\\t\", reason: ok}\n");
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/missing-field@3:51 waiver:1",
                                 "model/missing-field@4:12 waiver:2",
                                 "model/missing-field@4:25 waiver:2"});
  CHECK(l->result.diagnostics[0].message ==
        "the 'reason' of waiver 1 is empty; write why the finding is accepted");
  for (const auto& w : l->result.model.waivers) CHECK_FALSE(w.complete);
}

TEST_CASE("while a file has a syntax error, unknown references are not reported") {
  auto l = load({{"chainmap.yaml",
                  "chainmap: 1\ninclude: [teams.yaml]\njourneys:\n  j:\n    stages:\n"
                  "      - id: s\n        steps:\n          - {id: a, owner: sales}\n"},
                 {"teams.yaml", "departments:\n  sales:\n\ttype: frontline\n"}});
  CHECK(summary(l->result.diagnostics) == std::vector<std::string>{"model/syntax@3:2 model"});
  CHECK(l->result.diagnostics[0].message ==
        "invalid YAML: end of map not found (tabs cannot indent YAML; use spaces); references "
        "were not checked (1 names an id not found, which may be declared in what could not be "
        "read)");
  // Without the syntax error the reference is checked.
  auto fixed = load({{"chainmap.yaml",
                      "chainmap: 1\njourneys:\n  j:\n    stages:\n"
                      "      - id: s\n        steps:\n          - {id: a, owner: sales}\n"}});
  CHECK(summary(fixed->result.diagnostics) ==
        std::vector<std::string>{"model/unknown-reference@7:28 step:j/a"});
}

TEST_CASE("end: true with a non-empty next is one finding; both are kept") {
  auto l = load(R"(chainmap: 1
departments:
  sales: {type: frontline}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: sales, end: true, next: [b]}
          - {id: b, owner: sales, end: true, next: []}
)");
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/invalid-value@9:40 step:j/a"});
  const auto& a = l->result.model.journeys[0].steps[0];
  CHECK(a.end);
  CHECK(a.next.size() == 1);
}

#include <doctest/doctest.h>

#include "chainmap/usage.h"
#include "support.h"

using namespace chainmap;

TEST_CASE("role usage: owning, responsibility, backups and where parties appear") {
  auto l = test::load(R"(chainmap: 1
departments:
  sales: {type: frontline, roles: {advisor: {backup: lead}, lead: {}, idle: {}}}
  warehouse: {type: back-office, roles: {picker: {}}}
  legal: {type: back-office}
  accounts: {type: back-office}
partners:
  courier: {agreement: informal}
  printer: {agreement: informal}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: customer, informed: [accounts]}
          - {id: b, owner: sales.advisor, responsible: [warehouse.picker, warehouse.picker]}
          - {id: c, owner: [sales.advisor, sales.advisor]}
          - {id: d, owner: courier, responsible: [warehouse.picker]}
)");
  const Usage u = Usage::compute(l->graph);
  const RoleUsage& advisor = u.roles[0][0];
  CHECK(advisor.owns);
  CHECK(advisor.owned_steps == 2);  // a list naming it twice is one step
  CHECK(advisor.first_owned.journey == 0);
  CHECK(advisor.first_owned.step == 1);
  CHECK_FALSE(advisor.backs_up);
  CHECK(u.roles[0][1].backs_up);  // lead backs up advisor
  CHECK_FALSE(u.roles[0][1].owns);
  const RoleUsage& idle = u.roles[0][2];
  CHECK_FALSE((idle.owns || idle.responsible || idle.backs_up));
  CHECK_FALSE(idle.first_owned.valid());
  const RoleUsage& picker = u.roles[1][0];
  CHECK(picker.responsible);
  CHECK(picker.responsible_steps == 2);
  CHECK(picker.first_responsible.step == 1);
  CHECK(u.department_appears == std::vector<std::uint8_t>{1, 1, 0, 1});
  CHECK(u.partner_appears == std::vector<std::uint8_t>{1, 0});
  CHECK(u.unknown_role_named == std::vector<std::uint8_t>{0, 0, 0, 0});
}

TEST_CASE("role usage: a misspelt role marks its department, not another") {
  auto l = test::load(R"(chainmap: 1
departments:
  sales: {type: frontline, roles: {advisor: {}}}
  warehouse: {type: back-office, roles: {picker: {backup: pikcer}}}
  accounts: {type: back-office, roles: {clerk: {}}}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: sales.advisr}
          - {id: b, owner: nowhere.clerk}
          - {id: c, owner: accounts.clerk}
)");
  const Usage u = Usage::compute(l->graph);
  CHECK(u.unknown_role_named == std::vector<std::uint8_t>{1, 1, 0});
}

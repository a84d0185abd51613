// The v1.1 model (SPEC section 2, "Touchpoint", "Persona and experience", "Opportunity"): what
// the loader resolves, and the helpers the touchpoint/* and experience/* rules read.
#include <doctest/doctest.h>

#include <algorithm>

#include "chainmap/usage.h"
#include "support.h"

using namespace chainmap;

namespace {

std::vector<std::string> rules_of(const LoadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(d.rule + " " + d.target);
  std::sort(out.begin(), out.end());
  return out;
}

const Step& step(const Model& m, std::string_view journey, std::string_view id) {
  const Journey& j = m.journeys[m.journey_index.at(std::string(journey))];
  return j.steps[j.step_index.at(std::string(id))];
}

std::int32_t persona(const Model& m, std::string_view id) {
  return m.persona_index.at(std::string(id));
}

}  // namespace

TEST_CASE("customer side: a clean model resolves every reference") {
  auto l = test::load(R"(chainmap: 1
departments:
  sales: {type: frontline, hours: Mon-Fri 08:00-20:00, roles: {advisor: {}}}
touchpoints:
  web-shop: {name: Web shop, channel: web, owner: sales, hours: 24/7}
  phone-line: {channel: Phone, owner: sales.advisor, hours: Mon-Fri 09:00-17:00}
personas:
  shopper: {name: Shopper, goals: [Know when it arrives]}
  gift-buyer: {}
kpis:
  k: {of: sales, target: ">= 1", owner: sales}
journeys:
  j:
    personas: [shopper, gift-buyer]
    stages:
      - id: s
        steps:
          - {id: a, owner: customer, touchpoint: web-shop, experience: {shopper: {score: -2, feeling: Lost}, gift-buyer: {score: +2}}}
          - {id: b, owner: sales.advisor, touchpoint: phone-line, channel: chat}
          - id: c
            owner: customer
            pain-points: [{text: Slow, evidence: observed, source: Test}, {text: Dull}]
opportunities:
  o: {addresses: [j/a, j/c], owner: sales.advisor, status: in-progress, kpi: k}
)");
  REQUIRE(l->result.diagnostics.empty());
  const Model& m = l->result.model;
  const Journey& j = m.journeys[0];
  CHECK(j.persona_list ==
        std::vector<std::int32_t>{persona(m, "shopper"), persona(m, "gift-buyer")});
  const Step& a = step(m, "j", "a");
  CHECK(a.touchpoint.index == m.touchpoint_index.at("web-shop"));
  CHECK(a.names_touchpoint());
  CHECK(score_for(a, persona(m, "shopper")) == -2);
  CHECK(score_for(a, persona(m, "gift-buyer")) == 2);
  CHECK(experience_for(a, persona(m, "shopper"))->feeling.value == "Lost");
  CHECK(scored_for(a, persona(m, "gift-buyer")));
  // A step without its own channel takes its touchpoint's; its own wins otherwise.
  CHECK(effective_channel(m, a).value == "web");
  CHECK(effective_channel(m, step(m, "j", "b")).value == "chat");
  CHECK_FALSE(scored_for(step(m, "j", "b"), persona(m, "shopper")));
  CHECK_FALSE(step(m, "j", "c").names_touchpoint());
  CHECK(effective_channel(m, step(m, "j", "c")).value.empty());
  const auto& pains = step(m, "j", "c").pain_points;
  REQUIRE(pains.size() == 2);
  CHECK(pains[0].evidence == Evidence::Observed);
  CHECK(pains[1].evidence == Evidence::Assumed);  // the default
  const Opportunity& o = m.opportunities[0];
  CHECK(o.status == OpportunityStatus::InProgress);
  CHECK(o.kpi.index == 0);
  REQUIRE(o.addresses.size() == 2);
  CHECK(o.addresses[1].journey == 0);
  CHECK(o.addresses[1].step == 2);
  CHECK_FALSE(o.addresses[1].suggested);
  CHECK(o.owner->owner.kind == OwnerKind::Role);
  CHECK(m.touchpoints[1].owner->owner.kind == OwnerKind::Role);
  CHECK(m.touchpoints[1].hours.has_value());
  // The curve: readable scores in flow order; unscored steps left out.
  CHECK(curve(j, persona(m, "shopper")) == std::vector<CurvePoint>{{0, -2}});
  const auto by_step = opportunities_by_step(m);
  CHECK(by_step[0][0] == std::vector<std::int32_t>{0});
  CHECK(by_step[0][1].empty());
  CHECK(by_step[0][2] == std::vector<std::int32_t>{0});
}

TEST_CASE("customer side: channels") {
  CHECK(is_staffed_channel("phone"));
  CHECK(is_staffed_channel("Chat"));
  CHECK(is_staffed_channel("IN-PERSON"));
  CHECK_FALSE(is_staffed_channel("web"));
  CHECK_FALSE(is_staffed_channel("phones"));
  CHECK(same_channel("Email", "email"));
  CHECK_FALSE(same_channel("email", "e-mail"));
}

TEST_CASE("customer side: an unreadable score or experience counts as scored, and is one finding") {
  auto l = test::load(R"(chainmap: 1
personas: {shopper: {}}
journeys:
  j:
    personas: [shopper]
    stages:
      - id: s
        steps:
          - {id: a, owner: customer, experience: {shopper: {score: "-1"}}}
          - {id: b, owner: customer, experience: [shopper]}
          - {id: c, owner: customer, experience: {shopper: {feeling: No score}}}
          - {id: d, owner: customer, experience: {shopper: 2}}
)");
  CHECK(rules_of(l->result) == std::vector<std::string>{"model/invalid-value step:j/a",
                                                        "model/type step:j/b",
                                                        "model/type step:j/d"});
  const Model& m = l->result.model;
  const std::int32_t p = persona(m, "shopper");
  CHECK(scored_for(step(m, "j", "a"), p));
  CHECK_FALSE(score_for(step(m, "j", "a"), p).has_value());
  CHECK(scored_for(step(m, "j", "b"), p));
  CHECK_FALSE(scored_for(step(m, "j", "c"), p));  // an entry with no score is a hole
  CHECK(scored_for(step(m, "j", "d"), p));
}

TEST_CASE("customer side: misspellings are one finding each and stand for their suggestion") {
  auto l = test::load(R"(chainmap: 1
departments: {sales: {type: frontline}}
touchpoints: {web-shop: {channel: web, owner: sales}}
personas: {shopper: {}, gift-buyer: {}, other: {}}
journeys:
  j:
    personas: [shopper, gift-buyr]
    stages:
      - id: s
        steps:
          - {id: a, owner: customer, touchpoint: web-shpo, experience: {shoper: {score: 1}, gift-buyr: {score: 0}, other: {score: 1}}}
          - {id: wait-for-parcel, owner: customer}
opportunities:
  o: {addresses: [j/wait-for-parcl, wait-for-parcel], owner: sales}
)");
  CHECK(rules_of(l->result) ==
        std::vector<std::string>{
            "model/unknown-reference journey:j", "model/unknown-reference opportunity:o",
            "model/unknown-reference opportunity:o", "model/unknown-reference step:j/a",
            "model/unknown-reference step:j/a", "model/unknown-reference step:j/a"});
  const Model& m = l->result.model;
  const Journey& j = m.journeys[0];
  // The misspelt listed persona is read as its suggestion: the key written the same way scores it.
  CHECK(j.persona_list ==
        std::vector<std::int32_t>{persona(m, "shopper"), persona(m, "gift-buyer")});
  const Step& a = step(m, "j", "a");
  CHECK(score_for(a, persona(m, "gift-buyer")) == 0);
  // `shoper` is not listed: reported, its score unused, but shopper counts as scored.
  CHECK_FALSE(score_for(a, persona(m, "shopper")).has_value());
  CHECK(scored_for(a, persona(m, "shopper")));
  // `other` is declared but not listed: ignored altogether.
  CHECK_FALSE(scored_for(a, persona(m, "other")));
  // An unknown touchpoint still counts as naming one; its suggestion is recorded, not used.
  CHECK(a.names_touchpoint());
  CHECK(a.touchpoint.index == -1);
  CHECK(a.touchpoint.suggested == 0);
  CHECK(effective_channel(m, a).value.empty());
  const Opportunity& o = m.opportunities[0];
  for (const StepRef& ref : o.addresses) {
    CHECK(ref.suggested);
    CHECK(ref.journey == 0);
    CHECK(ref.step == 1);
  }
  // Both misspelt items suggest the same step: the opportunity is listed there once.
  CHECK(opportunities_by_step(m)[0][1] == std::vector<std::int32_t>{0});
}

TEST_CASE("customer side: owning a touchpoint or an opportunity is a part for unused-role/party") {
  auto l = test::load(R"(chainmap: 1
departments:
  sales: {type: frontline, roles: {advisor: {}, web-lead: {}, analyst: {}}}
  ecommerce: {type: back-office}
  legal: {type: back-office}
partners: {courier: {agreement: informal}}
touchpoints:
  web-shop: {channel: web, owner: sales.web-lead}
  portal: {channel: web, owner: ecommerce}
  doorstep: {channel: parcel, owner: courier}
  kiosk: {channel: in-person, owner: customer}
opportunities:
  o: {owner: sales.analyst}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: sales.advisor}
)");
  const Usage u = Usage::compute(l->graph);
  CHECK(u.roles[0][1].owns_touchpoint);
  CHECK_FALSE(u.roles[0][1].owns);  // not a step: coverage/no-backup does not ask for a backup
  CHECK(u.roles[0][2].owns_opportunity);
  CHECK(u.department_appears == std::vector<std::uint8_t>{1, 0, 0});
  CHECK(u.department_takes_part == std::vector<std::uint8_t>{1, 1, 0});
  CHECK(u.partner_appears ==
        std::vector<std::uint8_t>{0});  // partner/no-feedback: not in a journey
  CHECK(u.partner_takes_part == std::vector<std::uint8_t>{1});
  CHECK_FALSE(u.unresolved_owner);  // `customer` (refused) names no party
}

TEST_CASE("customer side: an unresolved touchpoint or opportunity owner suspends unused-party") {
  auto l = test::load(R"(chainmap: 1
departments: {sales: {type: frontline, roles: {advisor: {}}}}
touchpoints: {web-shop: {channel: web, owner: sales.advisr}}
journeys: {j: {stages: [{id: s, steps: [{id: a, owner: customer}]}]}}
)");
  const Usage u = Usage::compute(l->graph);
  CHECK(u.unresolved_owner);
  CHECK(u.unknown_role_named == std::vector<std::uint8_t>{1});
}

// Seam hotspots (SPEC section 3, experience/seam-hotspot): the shared analysis behind the rule,
// stats and impact.
#include <doctest/doctest.h>

#include "chainmap/hotspots.h"
#include "support.h"

using namespace chainmap;

namespace {

// A journey whose step `wait` is entered over a handover from sales to the warehouse; the
// handover and the score vary per test.
std::string model(const std::string& handover, const std::string& experience,
                  const std::string& personas = "[shopper, gifter]") {
  return R"(chainmap: 1
information: {o: {name: Order}}
departments:
  sales: {type: frontline, roles: {advisor: {backup: lead}, lead: {backup: advisor}}}
  warehouse: {type: back-office, roles: {picker: {backup: boss}, boss: {backup: picker}}}
personas: {shopper: {}, gifter: {}}
journeys:
  j:
    personas: )" +
         personas + R"(
    stages:
      - id: s
        steps:
          - {id: buy, owner: customer, captures: [o]}
          - id: confirm
            owner: sales.advisor
            next:
              - to: wait
                handover: )" +
         handover + R"(
          - id: wait
            owner: warehouse.picker
            experience: )" +
         experience + R"(
)";
}

std::vector<std::string> describe(const Graph& g, const std::vector<SeamHotspot>& hs) {
  std::vector<std::string> out;
  const Model& m = *g.model;
  for (const auto& h : hs) {
    const Journey& j = m.journeys[h.journey];
    std::string line = step_target(j, j.steps[h.step]) + " low " + std::to_string(h.lowest());
    for (const auto& s : h.scores)
      line += " " + m.personas[s.persona].id + "=" + std::to_string(s.score);
    for (const auto& seam : h.seams) {
      const Edge& e = g.journeys[h.journey].edges[seam.edge];
      line += " [" + edge_name(m, g.journeys[h.journey], e) + ": " +
              seam_lacks(seam, *e.handover()) + "]";
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("hotspots: a low score behind a seam that lacks confirm, follow-up or a record") {
  auto l = test::load(
      model("{method: Phone, carries: [o]}", "{shopper: {score: -1}, gifter: {score: -2}}"));
  REQUIRE(l->result.diagnostics.empty());
  CHECK(describe(l->graph, seam_hotspots(l->graph)) ==
        std::vector<std::string>{
            "step:j/wait low -2 shopper=-1 gifter=-2 [confirm->wait: no 'confirm', no "
            "'follow-up', the unrecorded method 'Phone']"});
  // The threshold is the rule's option `below`.
  CHECK(describe(l->graph, seam_hotspots(l->graph, -2)) ==
        std::vector<std::string>{
            "step:j/wait low -2 gifter=-2 [confirm->wait: no 'confirm', no 'follow-up', "
            "the unrecorded method 'Phone']"});
  CHECK(seam_hotspots(l->graph, -3).empty());
}

TEST_CASE("hotspots: a complete seam, a score above the threshold, or no score is no hotspot") {
  const std::string complete =
      "{method: ticket, carries: [o], confirm: warehouse.boss, follow-up: {by: sales.lead}}";
  auto fine = test::load(model(complete, "{shopper: {score: -2}}"));
  CHECK(seam_hotspots(fine->graph).empty());
  auto happy = test::load(
      model("{method: phone, carries: [o]}", "{shopper: {score: 0}, gifter: {score: 2}}"));
  CHECK(seam_hotspots(happy->graph).empty());
  auto unscored = test::load(model("{method: phone, carries: [o]}", "{shopper: {feeling: Fine}}"));
  CHECK(seam_hotspots(unscored->graph).empty());
  // Only a recorded method is missing? Nothing is missing: confirm and follow-up are there.
  auto recorded = test::load(
      model("{method: email, carries: [o], confirm: warehouse.boss, follow-up: {by: sales.lead}}",
            "{shopper: {score: -2}}"));
  CHECK(seam_hotspots(recorded->graph).empty());
}

TEST_CASE("hotspots: unreadable scores, unlisted personas and unreadable fields make none") {
  // An unreadable score is model/invalid-value only.
  auto bad_score = test::load(model("{method: phone, carries: [o]}", "{shopper: {score: \"-2\"}}"));
  CHECK(seam_hotspots(bad_score->graph).empty());
  // A persona the journey does not list: model/unknown-reference, then ignored.
  auto unlisted =
      test::load(model("{method: phone, carries: [o]}", "{gifter: {score: -2}}", "[shopper]"));
  CHECK(seam_hotspots(unlisted->graph).empty());
  // A confirm and a follow-up written wrongly count as present (model/type reported); only the
  // method is judged.
  auto malformed = test::load(model("{method: email, carries: [o], confirm: [a, b], follow-up: 3}",
                                    "{shopper: {score: -2}}"));
  CHECK(seam_hotspots(malformed->graph).empty());
  // An empty handover declares nothing.
  auto empty = test::load(model("{}", "{shopper: {score: -2}}"));
  CHECK(seam_hotspots(empty->graph).empty());
}

TEST_CASE("hotspots: loop edges into the step count; an interaction and a same-owner edge do not") {
  auto l = test::load(R"(chainmap: 1
departments:
  sales: {type: frontline, roles: {advisor: {backup: lead}, lead: {backup: advisor}}}
  warehouse: {type: back-office, roles: {picker: {backup: boss}, boss: {backup: picker}}}
personas: {shopper: {}}
journeys:
  j:
    personas: [shopper]
    stages:
      - id: s
        steps:
          - id: call
            owner: sales.advisor
            experience: {shopper: {score: -1}}
          - id: fix
            owner: warehouse.picker
            next:
              - to: call
                loop: true
                handover: {method: email, confirm: sales.lead}
              - to: done
          - {id: done, owner: customer, experience: {shopper: {score: -2}}}
)");
  CHECK(describe(l->graph, seam_hotspots(l->graph)) ==
        std::vector<std::string>{"step:j/call low -1 shopper=-1 [fix->call: no 'follow-up']"});
}

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chainmap/infoflow.h"
#include "support.h"

using namespace chainmap;

namespace {

const char* kHeader = R"(chainmap: 1
information:
  a: {}
  b: {}
  c: {}
departments:
  sales: {type: frontline}
  warehouse: {type: back-office}
  billing: {type: back-office}
journeys:
  j:
    stages:
      - id: s
        steps:
)";

struct Flow {
  std::unique_ptr<test::Loaded> loaded;
  JourneyInfoFlow flow;
  const JourneyGraph& graph() const { return loaded->graph.journeys.at(0); }
  std::int32_t step(const std::string& id) const {
    return loaded->result.model.journeys.at(0).step_index.at(id);
  }
  std::int32_t info(const std::string& id) const { return loaded->result.model.info_index.at(id); }
  bool in(const std::string& s, const std::string& i) const {
    return flow.in[step(s)].contains(info(i));
  }
  std::string edge(std::int32_t e) const {
    return edge_name(loaded->result.model, graph(), graph().edges[e]);
  }
};

Flow flow_of(const std::string& steps) {
  Flow f;
  f.loaded = test::load(std::string(kHeader) + steps);
  REQUIRE(f.loaded->result.diagnostics.empty());
  f.flow = compute_infoflow(f.loaded->result.model, f.loaded->graph.journeys.at(0));
  return f;
}

}  // namespace

TEST_CASE("same owner passes everything, a declared handover only what it carries") {
  auto f = flow_of(R"(
          - {id: s1, owner: sales, captures: [a, b]}
          - {id: s2, owner: sales, next: [{to: w, handover: {method: ticket, carries: [a, c]}}]}
          - {id: w, owner: warehouse}
)");
  CHECK(f.flow.in[f.step("s1")] == InfoSet(3));  // the entry starts with nothing
  CHECK(f.in("s2", "a"));
  CHECK(f.in("s2", "b"));
  CHECK(f.in("w", "a"));
  CHECK_FALSE(f.in("w", "b"));  // not carried
  CHECK_FALSE(f.in("w", "c"));  // carried but not known at the source: carries ∩ known
  const InfoLoss loss = explain_loss(f.graph(), f.flow, f.step("w"), f.info("b"));
  REQUIRE(loss.dropped_by.size() == 1);
  CHECK(f.edge(loss.dropped_by[0]) == "s2->w");
  CHECK_FALSE(loss.never_captured);
  const InfoLoss never = explain_loss(f.graph(), f.flow, f.step("w"), f.info("c"));
  CHECK(never.dropped_by.empty());
  CHECK(never.never_captured);
}

TEST_CASE("a need satisfied on one path but not on another is lost") {
  auto f = flow_of(R"(
          - {id: start, owner: sales, captures: [a], next: [left, right]}
          - id: left
            owner: sales
            next: [{to: join, handover: {method: ticket, carries: [a]}}]
          - id: right
            owner: sales
            next: [{to: join, handover: {method: ticket, carries: [b]}}]
          - {id: join, owner: warehouse}
)");
  CHECK(f.in("left", "a"));
  CHECK(f.in("right", "a"));
  CHECK_FALSE(f.in("join", "a"));  // the right branch drops it
  const InfoLoss loss = explain_loss(f.graph(), f.flow, f.step("join"), f.info("a"));
  REQUIRE(loss.dropped_by.size() == 1);
  CHECK(f.edge(loss.dropped_by[0]) == "right->join");
  CHECK_FALSE(loss.never_captured);
}

TEST_CASE("loops take part in the fixpoint") {
  // start -> check <-> fix (loop); fix drops 'b' on the way back, so check does not know it
  // on every path, while 'a' survives the loop.
  auto f = flow_of(R"(
          - {id: start, owner: sales, captures: [a, b]}
          - {id: check, owner: sales, next: [fix, done]}
          - id: fix
            owner: warehouse
            next: [{to: check, loop: true, handover: {method: ticket, carries: [a]}}]
          - {id: done, owner: sales}
)");
  // sales -> warehouse (check -> fix) is undeclared: it passes everything.
  CHECK(f.in("fix", "a"));
  CHECK_FALSE(f.in("fix", "b"));  // not on every path: the loop drops it
  CHECK(f.in("check", "a"));
  CHECK_FALSE(f.in("check", "b"));
  CHECK_FALSE(f.in("done", "b"));  // lost around the loop, not on the direct path
  const InfoLoss loss = explain_loss(f.graph(), f.flow, f.step("done"), f.info("b"));
  REQUIRE(loss.dropped_by.size() == 1);
  CHECK(f.edge(loss.dropped_by[0]) == "fix->check");
}

TEST_CASE("a loop with nothing captured does not invent knowledge") {
  auto f = flow_of(R"(
          - {id: start, owner: sales}
          - {id: one, owner: sales, next: [two]}
          - {id: two, owner: sales, next: [{to: one, loop: true}, end]}
          - {id: end, owner: sales}
)");
  CHECK_FALSE(f.in("one", "a"));
  CHECK_FALSE(f.in("two", "a"));
  CHECK_FALSE(f.in("end", "a"));
}

TEST_CASE("multiple entries: every entry's path must deliver") {
  auto f = flow_of(R"(
          - {id: web, owner: sales, captures: [a], next: [handle]}
          - {id: phone, owner: sales, entry: true, next: [handle]}
          - {id: handle, owner: sales}
)");
  CHECK(f.flow.in[f.step("phone")] == InfoSet(3));
  CHECK_FALSE(f.in("handle", "a"));
  const InfoLoss loss = explain_loss(f.graph(), f.flow, f.step("handle"), f.info("a"));
  CHECK(loss.dropped_by.empty());
  CHECK(loss.never_captured);  // the phone entry never captured it
}

TEST_CASE("a step with no owner mid-journey: its edges are not judged and pass everything") {
  auto f = flow_of(R"(
          - id: s1
            owner: sales
            captures: [a, b]
            next: [{to: gap, handover: {method: ticket, carries: [a]}}]
          - {id: gap}
          - {id: w, owner: warehouse}
          - {id: bill, owner: billing}
)");
  // sales -> (no owner) is Unjudged: the declared handover does not filter.
  CHECK(f.in("gap", "a"));
  CHECK(f.in("gap", "b"));
  CHECK(f.in("w", "b"));
  // warehouse -> billing is an undeclared handover: it passes everything as well.
  CHECK(f.in("bill", "a"));
  CHECK(f.in("bill", "b"));
}

TEST_CASE("unreachable steps and cross-journey links do not contribute") {
  auto f = flow_of(R"(
          - {id: start, owner: sales, next: [target]}
          - {id: island, owner: sales, captures: [a], entry: false, next: [target]}
          - {id: target, owner: sales}
)");
  CHECK_FALSE(f.flow.reachable[f.step("island")]);
  CHECK_FALSE(f.in("target", "a"));  // only reachable predecessors count
}

TEST_CASE("InfoSet keeps bits past its size clear") {
  InfoSet all(70, true);
  InfoSet built(70);
  for (std::int32_t i = 0; i < 70; ++i) built.insert(i);
  CHECK(all == built);
  CHECK(all.contains(69));
  CHECK_FALSE(all.contains(-1));
  built.intersect(InfoSet(70));
  CHECK(built == InfoSet(70));
}

TEST_CASE("explain_losses answers for every step along a chain at once") {
  auto f = flow_of(R"(
          - {id: s1, owner: sales, captures: [a], next: [{to: w1, handover: {method: ticket, carries: [b]}}]}
          - {id: w1, owner: warehouse, needs: [a]}
          - {id: w2, owner: warehouse, needs: [a, c]}
          - {id: w3, owner: warehouse, needs: [a, c]}
)");
  const auto a = explain_losses(f.graph(), f.flow, f.info("a")).steps;
  CHECK(a[f.step("s1")].dropped_by.empty());  // s1 knows it: nothing to explain
  for (const char* step : {"w1", "w2", "w3"}) {
    REQUIRE(a[f.step(step)].dropped_by.size() == 1);
    CHECK(f.edge(a[f.step(step)].dropped_by[0]) == "s1->w1");
    CHECK_FALSE(a[f.step(step)].never_captured);
  }
  const auto c = explain_losses(f.graph(), f.flow, f.info("c")).steps;
  for (const char* step : {"s1", "w1", "w2", "w3"}) {
    CHECK(c[f.step(step)].dropped_by.empty());
    CHECK(c[f.step(step)].never_captured);
  }
}

TEST_CASE("explaining a loss around a loop terminates and names the dropping handover once") {
  auto f = flow_of(R"(
          - {id: start, owner: sales, captures: [a]}
          - {id: one, owner: sales, next: [two]}
          - id: two
            owner: warehouse
            next: [{to: one, loop: true, handover: {method: ticket, carries: [b]}}, end]
          - {id: end, owner: warehouse}
)");
  // sales -> warehouse (one -> two) is undeclared and passes everything; the loop back drops 'a'.
  CHECK_FALSE(f.in("end", "a"));
  const InfoLoss loss = explain_loss(f.graph(), f.flow, f.step("end"), f.info("a"));
  REQUIRE(loss.dropped_by.size() == 1);
  CHECK(f.edge(loss.dropped_by[0]) == "two->one");
  CHECK_FALSE(loss.never_captured);
}

TEST_CASE("a path that never captures the item is kept as witness, with where it is captured") {
  auto f = flow_of(R"(
          - {id: call, owner: sales, next: [book, diagnose]}
          - {id: diagnose, owner: sales, captures: [a], next: [visit]}
          - {id: book, owner: sales, next: [visit]}
          - {id: visit, owner: sales}
)");
  const InfoLosses l = explain_losses(f.graph(), f.flow, f.info("a"));
  const InfoLoss& visit = l.steps[f.step("visit")];
  CHECK(visit.never_captured);
  CHECK(visit.dropped_by.empty());
  const StepPath p = l.uncaptured_path(f.graph(), f.step("visit"), 4);
  CHECK(p.length == 3);
  CHECK(p.head == std::vector<std::int32_t>{f.step("call"), f.step("book"), f.step("visit")});
  CHECK(p.tail.empty());
  CHECK(l.captured_at[f.step("visit")] == f.step("diagnose"));
  CHECK(l.captured_at[f.step("diagnose")] == f.step("diagnose"));
  CHECK(l.captured_at[f.step("book")] == -1);
  // A step that knows the item has no witness path.
  CHECK(l.uncaptured_path(f.graph(), f.step("diagnose"), 4).length == 0);
}

TEST_CASE("the witness is a shortest path, and a long one is cut to its first and last steps") {
  // start -> x0 .. x19 -> end, and start -> y -> end: the short path is the witness for
  // 'end'; for x19 the only path is long.
  std::string steps =
      "          - {id: start, owner: sales, next: [x0, y]}\n"
      "          - {id: y, owner: sales, next: [end]}\n";
  for (int i = 0; i < 20; ++i)
    steps += "          - {id: x" + std::to_string(i) + ", owner: sales" +
             (i == 19 ? ", next: [end]" : "") + "}\n";
  steps += "          - {id: end, owner: sales}\n";
  auto f = flow_of(steps);
  const InfoLosses l = explain_losses(f.graph(), f.flow, f.info("a"), 3);
  const StepPath shortest = l.uncaptured_path(f.graph(), f.step("end"), 2);
  CHECK(shortest.length == 3);
  CHECK(shortest.head == std::vector<std::int32_t>{f.step("start"), f.step("y"), f.step("end")});
  const StepPath cut = l.uncaptured_path(f.graph(), f.step("x19"), 2);
  CHECK(cut.length == 21);
  CHECK(cut.head == std::vector<std::int32_t>{f.step("start"), f.step("x0"), f.step("x1")});
  CHECK(cut.tail == std::vector<std::int32_t>{f.step("x18"), f.step("x19")});
  // At most head + tail + 1 steps: the whole path.
  const StepPath whole = l.uncaptured_path(f.graph(), f.step("x2"), 2);
  CHECK(whole.length == 4);
  CHECK(whole.head.size() == 4);
  CHECK(whole.tail.empty());
}

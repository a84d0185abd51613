#include "chainmap/infoflow.h"

#include <algorithm>

#include "chainmap/reach.h"

namespace chainmap {

InfoSet::InfoSet(std::size_t size, bool all) : words_((size + 63) / 64, all ? ~std::uint64_t{0} : 0) {
  // Bits past `size` stay clear so that sets compare equal by value.
  if (all && size % 64 != 0) words_.back() = (std::uint64_t{1} << (size % 64)) - 1;
}

void InfoSet::insert(std::int32_t info) {
  if (info >= 0) words_[static_cast<std::size_t>(info) / 64] |= std::uint64_t{1} << (info % 64);
}

void InfoSet::unite(const InfoSet& other) {
  for (std::size_t w = 0; w < words_.size(); ++w) words_[w] |= other.words_[w];
}

void InfoSet::intersect(const InfoSet& other) {
  for (std::size_t w = 0; w < words_.size(); ++w) words_[w] &= other.words_[w];
}

InfoSet JourneyInfoFlow::known(std::int32_t step) const {
  InfoSet k = in[step];
  k.unite(captures[step]);
  return k;
}

bool filters_information(const Edge& edge) { return edge.is_handover() && edge.handover(); }

namespace {

bool carries(const Edge& edge, std::int32_t info) {
  for (const Ref& r : edge.handover()->carries)
    if (r.index == info) return true;
  return false;
}

// The fixpoint over the reachable steps. must: intersection over predecessors, starting from
// everything and shrinking (what every path delivers); otherwise union, starting from nothing
// and growing (what some path delivers). Entries keep nothing either way. Each step re-enters
// the worklist at most once per item, as sets change in one direction only.
std::vector<InfoSet> solve(const JourneyGraph& g, const JourneyInfoFlow& f,
                           const std::vector<InfoSet>& carried, std::size_t items, bool must) {
  const auto n = static_cast<std::int32_t>(g.size());
  std::vector<InfoSet> in(n, InfoSet(items));
  std::vector<std::int32_t> work;
  std::vector<std::uint8_t> queued(n, 0);
  for (std::int32_t s = 0; s < n; ++s)
    if (f.reachable[s] && !g.entry[s]) {
      if (must) in[s] = InfoSet(items, true);
      work.push_back(s);
      queued[s] = 1;
    }
  for (std::size_t head = 0; head < work.size(); ++head) {
    const std::int32_t s = work[head];
    queued[s] = 0;
    InfoSet next(items, must);
    for (auto e : g.in(s)) {
      const Edge& edge = g.edges[e];
      if (!f.reachable[edge.from]) continue;
      InfoSet passed = in[edge.from];
      passed.unite(f.captures[edge.from]);
      if (filters_information(edge)) passed.intersect(carried[e]);
      if (must)
        next.intersect(passed);
      else
        next.unite(passed);
    }
    if (next == in[s]) continue;
    in[s] = std::move(next);
    for (auto e : g.out(s)) {
      const std::int32_t to = g.edges[e].to;
      if (g.entry[to] || queued[to]) continue;
      queued[to] = 1;
      work.push_back(to);
    }
  }
  return in;
}

}  // namespace

JourneyInfoFlow compute_infoflow(const Model& model, const JourneyGraph& g) {
  const auto n = static_cast<std::int32_t>(g.size());
  const std::size_t items = model.information.size();
  const Journey& journey = model.journeys[g.journey];
  JourneyInfoFlow f;
  f.reachable = compute_reach(g).reachable;
  f.captures.assign(n, InfoSet(items));
  for (std::int32_t s = 0; s < n; ++s)
    for (const Ref& r : journey.steps[s].captures) f.captures[s].insert(r.index);

  // What each declared handover lets through, before intersecting with what its source knows.
  std::vector<InfoSet> carried(g.edges.size());
  for (std::size_t e = 0; e < g.edges.size(); ++e) {
    if (!filters_information(g.edges[e])) continue;
    carried[e] = InfoSet(items);
    for (const Ref& r : g.edges[e].handover()->carries) carried[e].insert(r.index);
  }

  f.in = solve(g, f, carried, items, /*must=*/true);
  f.may_in = solve(g, f, carried, items, /*must=*/false);
  return f;
}

InfoFlow InfoFlow::compute(const Graph& graph) {
  InfoFlow r;
  r.journeys.reserve(graph.journeys.size());
  for (const auto& j : graph.journeys) r.journeys.push_back(compute_infoflow(*graph.model, j));
  return r;
}

InfoLoss explain_loss(const JourneyGraph& g, const JourneyInfoFlow& flow, std::int32_t step,
                      std::int32_t info) {
  // Walk back from the step through the predecessors that do not know the item on every path.
  // A handover that does not carry the item dropped it when the item reached its source on some
  // path; reaching an entry means a path along which the item was never captured at all.
  InfoLoss loss;
  std::vector<std::uint8_t> seen(g.size(), 0);
  std::vector<std::int32_t> queue{step};
  seen[step] = 1;
  auto expand = [&](std::int32_t s) {
    if (!seen[s]) {
      seen[s] = 1;
      queue.push_back(s);
    }
  };
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const std::int32_t s = queue[head];
    if (g.entry[s]) loss.never_captured = true;
    for (auto e : g.in(s)) {
      const Edge& edge = g.edges[e];
      const std::int32_t from = edge.from;
      if (!flow.reachable[from]) continue;
      const bool may_know = flow.may_in[from].contains(info) || flow.captures[from].contains(info);
      if (filters_information(edge) && !carries(edge, info)) {
        if (may_know)
          loss.dropped_by.push_back(e);
        else
          expand(from);
      } else if (!flow.knows(from, info)) {
        expand(from);
      }
    }
  }
  std::sort(loss.dropped_by.begin(), loss.dropped_by.end());
  return loss;
}

}  // namespace chainmap

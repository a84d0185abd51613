#include "chainmap/infoflow.h"

#include <algorithm>
#include <iterator>

#include "chainmap/reach.h"

namespace chainmap {

InfoSet::InfoSet(std::size_t size, bool all)
    : words_((size + 63) / 64, all ? ~std::uint64_t{0} : 0) {
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

bool filters_information(const Edge& edge) {
  return edge.is_handover() && edge.handover() && !edge.handover()->empty;
}

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
  return {
      per_journey(graph, [&](const JourneyGraph& j) { return compute_infoflow(*graph.model, j); })};
}

namespace {

// Breadth-first from the steps in `work` (the queue, taken in order): `follow(p, e, edge)` for
// each edge out of each step taken; the edge's target is queued when it returns true.
template <class Follow>
void breadth_first(const JourneyGraph& g, std::vector<std::int32_t>& work, Follow follow) {
  for (std::size_t head = 0; head < work.size(); ++head) {
    const std::int32_t p = work[head];
    for (auto e : g.out(p))
      if (follow(p, e, g.edges[e])) work.push_back(g.edges[e].to);
  }
}

// One item's way through one journey: the steps that lack it and how each edge treats it.
struct ItemWalk {
  const JourneyGraph& g;
  const JourneyInfoFlow& flow;
  std::int32_t info;
  std::vector<std::uint8_t> lacking;  // reachable, and not known on every path

  ItemWalk(const JourneyGraph& g, const JourneyInfoFlow& flow, std::int32_t info)
      : g(g), flow(flow), info(info), lacking(g.size(), 0) {
    for (std::int32_t s = 0; s < static_cast<std::int32_t>(g.size()); ++s)
      lacking[s] = flow.reachable[s] && !flow.knows(s, info);
  }
  bool passes(const Edge& edge) const { return !filters_information(edge) || carries(edge, info); }
  bool dropped_here(const Edge& edge) const {
    return !passes(edge) &&
           (flow.may_in[edge.from].contains(info) || flow.captures[edge.from].contains(info));
  }

  // The handovers that drop it, as sets that only grow, propagated forward to a fixpoint.
  void dropping_handovers(std::vector<InfoLoss>& loss) const {
    const auto n = static_cast<std::int32_t>(g.size());
    std::vector<std::int32_t> work;
    std::vector<std::uint8_t> queued(n, 0);
    for (std::int32_t s = 0; s < n; ++s) {
      if (!lacking[s]) continue;
      for (auto e : g.in(s))
        if (flow.reachable[g.edges[e].from] && dropped_here(g.edges[e]))
          loss[s].dropped_by.push_back(e);
      std::sort(loss[s].dropped_by.begin(), loss[s].dropped_by.end());
      work.push_back(s);
      queued[s] = 1;
    }
    for (std::size_t head = 0; head < work.size(); ++head) {
      const std::int32_t p = work[head];
      queued[p] = 0;
      for (auto e : g.out(p)) {
        const Edge& edge = g.edges[e];
        const std::int32_t s = edge.to;
        if (!lacking[s] || dropped_here(edge)) continue;
        InfoLoss& to = loss[s];
        const InfoLoss& from = loss[p];
        std::vector<std::int32_t> merged;
        std::set_union(to.dropped_by.begin(), to.dropped_by.end(), from.dropped_by.begin(),
                       from.dropped_by.end(), std::back_inserter(merged));
        if (merged.size() == to.dropped_by.size()) continue;
        to.dropped_by = std::move(merged);
        if (!queued[s]) {
          queued[s] = 1;
          work.push_back(s);
        }
      }
    }
  }

  // Paths that never capture it: breadth-first from the entries that lack it, through lacking
  // steps, over edges that do not drop it.
  void uncaptured_paths(InfoLosses& out) const {
    const auto n = static_cast<std::int32_t>(g.size());
    out.uncaptured_via.assign(n, -1);
    out.uncaptured_length.assign(n, 0);
    out.head_end.assign(n, -1);
    std::vector<std::int32_t> work;
    for (std::int32_t s = 0; s < n; ++s)
      if (lacking[s] && g.entry[s]) {
        out.steps[s].never_captured = true;
        out.uncaptured_length[s] = 1;
        out.head_end[s] = s;
        work.push_back(s);
      }
    breadth_first(g, work, [&](std::int32_t p, std::int32_t e, const Edge& edge) {
      const std::int32_t s = edge.to;
      if (!lacking[s] || out.steps[s].never_captured || dropped_here(edge)) return false;
      out.steps[s].never_captured = true;
      out.uncaptured_via[s] = e;
      out.uncaptured_length[s] = out.uncaptured_length[p] + 1;
      out.head_end[s] = static_cast<std::size_t>(out.uncaptured_length[s]) <= out.head_steps
                            ? s
                            : out.head_end[p];
      return true;
    });
  }

  // Where it comes from on the paths that do deliver it: breadth-first from the steps that
  // capture it, over edges that pass it (entries start with nothing, as in `solve`).
  void capture_sources(InfoLosses& out) const {
    const auto n = static_cast<std::int32_t>(g.size());
    out.captured_at.assign(n, -1);
    std::vector<std::int32_t> work;
    for (std::int32_t s = 0; s < n; ++s)
      if (flow.reachable[s] && flow.captures[s].contains(info)) {
        out.captured_at[s] = s;
        work.push_back(s);
      }
    breadth_first(g, work, [&](std::int32_t p, std::int32_t, const Edge& edge) {
      const std::int32_t s = edge.to;
      if (out.captured_at[s] >= 0 || g.entry[s] || !flow.reachable[s] || !passes(edge))
        return false;
      out.captured_at[s] = out.captured_at[p];
      return true;
    });
  }
};

}  // namespace

InfoLosses explain_losses(const JourneyGraph& g, const JourneyInfoFlow& flow, std::int32_t info,
                          std::size_t head_steps) {
  // A step lacks the item when it is reachable and does not know it on every path. The item
  // comes into a lacking step S over each in-edge P->S in one of three ways:
  //   - P knows it and the edge passes it: that path delivers, nothing to explain;
  //   - the edge is a declared handover that does not carry it while P knew it on some path:
  //     the handover dropped it;
  //   - otherwise P lacks it too, and S inherits P's explanation.
  // An entry that lacks the item starts a path that never captured it. The dropping handovers
  // are sets that only grow, propagated forward to a fixpoint: one pass per item over the
  // journey (plus rounds for loops), instead of a walk back from every step. The paths that
  // never capture it are found breadth-first, so each step keeps a shortest one as witness.
  const ItemWalk walk(g, flow, info);
  InfoLosses out;
  out.steps.resize(g.size());
  out.head_steps = std::max<std::size_t>(head_steps, 1);
  walk.dropping_handovers(out.steps);
  walk.uncaptured_paths(out);
  walk.capture_sources(out);
  return out;
}

StepPath InfoLosses::uncaptured_path(const JourneyGraph& g, std::int32_t step,
                                     std::size_t tail) const {
  StepPath path;
  if (step < 0 || static_cast<std::size_t>(step) >= steps.size() || !steps[step].never_captured)
    return path;
  path.length = static_cast<std::size_t>(uncaptured_length[step]);
  // Walks back from `s` at most `count` steps, then puts them in flow order.
  auto back = [&](std::int32_t s, std::size_t count) {
    std::vector<std::int32_t> out;
    for (; s >= 0 && out.size() < count;) {
      out.push_back(s);
      const std::int32_t e = uncaptured_via[s];
      s = e < 0 ? -1 : g.edges[e].from;
    }
    std::reverse(out.begin(), out.end());
    return out;
  };
  if (path.length <= head_steps + tail + 1) {
    path.head = back(step, path.length);
    return path;
  }
  path.head = back(head_end[step], head_steps);
  path.tail = back(step, tail);
  return path;
}

InfoLoss explain_loss(const JourneyGraph& g, const JourneyInfoFlow& flow, std::int32_t step,
                      std::int32_t info) {
  return explain_losses(g, flow, info).steps[step];
}

}  // namespace chainmap

#include "chainmap/hotspots.h"

#include <algorithm>

#include <fmt/format.h>

#include "chainmap/formats.h"

namespace chainmap {

int SeamHotspot::lowest() const {
  int low = kMaxScore;
  for (const HotspotScore& s : scores) low = std::min(low, s.score);
  return low;
}

std::vector<SeamHotspot> seam_hotspots(const Graph& graph, int below) {
  const Model& m = *graph.model;
  std::vector<SeamHotspot> out;
  for (std::size_t j = 0; j < m.journeys.size(); ++j) {
    const Journey& journey = m.journeys[j];
    if (journey.persona_list.empty()) continue;
    const JourneyGraph& g = graph.journeys[j];
    for (std::size_t s = 0; s < journey.steps.size(); ++s) {
      const Step& step = journey.steps[s];
      SeamHotspot h{static_cast<std::int32_t>(j), static_cast<std::int32_t>(s), {}, {}};
      for (std::int32_t p : journey.persona_list)
        if (auto score = score_for(step, p); score && *score <= below)
          h.scores.push_back({p, *score});
      if (h.scores.empty()) continue;
      // in() lists in-journey edges only (cross-journey links excluded), loops included.
      std::vector<std::int32_t> into(g.in(static_cast<std::int32_t>(s)).begin(),
                                     g.in(static_cast<std::int32_t>(s)).end());
      std::sort(into.begin(), into.end());
      for (std::int32_t e : into) {
        const Edge& edge = g.edges[e];
        const Handover* ho = edge.handover();
        if (!edge.is_handover() || !ho || ho->empty) continue;
        HotspotSeam seam{e, !ho->confirm && !ho->confirm_malformed,
                         !ho->follow_up && !ho->follow_up_malformed,
                         is_unrecorded_method(ho->method.value)};
        if (seam.no_confirm || seam.no_follow_up || seam.unrecorded_method) h.seams.push_back(seam);
      }
      if (!h.seams.empty()) out.push_back(std::move(h));
    }
  }
  return out;
}

std::string seam_lacks(const HotspotSeam& seam, const Handover& handover) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  if (seam.no_confirm) add("no 'confirm'");
  if (seam.no_follow_up) add("no 'follow-up'");
  if (seam.unrecorded_method) add(fmt::format("the unrecorded method '{}'", handover.method.value));
  return out;
}

}  // namespace chainmap

#pragma once
// What the reports on the customer's side (stats, impact, the touchpoint matrix) share: how a
// score, a seam hotspot, a pain point and an opportunity look in text and in JSON, so they
// look the same in every command.
#include <cstdint>
#include <optional>
#include <string>

#include "chainmap/graph.h"
#include "chainmap/hotspots.h"
#include "util/json.h"

namespace chainmap {

// "+2", "+1", "0", "-1", "-2"; "(no score)" when absent.
std::string score_text(std::optional<int> score);

// "journey/step": how reports name a step in lists.
std::string step_ref(const Model& model, std::int32_t journey, std::int32_t step);

// Lines of a hotspot, indented by `indent`: the step's target and the scores at or below the
// threshold, then one line per seam naming the handover and what it lacks.
std::string hotspot_text(const Graph& graph, const SeamHotspot& hotspot, std::string_view indent);
// {"target", "scores": [{persona, score}], "handovers": [{target, method, lacks: [no-confirm,
// no-follow-up, unrecorded-method]}]}
void hotspot_json(JsonWriter& w, const Graph& graph, const SeamHotspot& hotspot);

// "The tracking link arrives late (observed: Usability test 2026-09)"
std::string pain_point_text(const PainPoint& pain);
// {"target", "text", "evidence", "source" or null}
void pain_point_json(JsonWriter& w, const Model& model, std::int32_t journey, std::int32_t step,
                     const PainPoint& pain);

// "tracking (Send the tracking link at dispatch): in-progress, owner logistics.coordinator,
// addresses order/wait"
std::string opportunity_text(const Model& model, const Opportunity& opportunity);
// {"id", "name" or null, "owner" or null, "status", "kpi" or null, "addresses": [step targets]}
void opportunity_json(JsonWriter& w, const Model& model, const Opportunity& opportunity);

}  // namespace chainmap

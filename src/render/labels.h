#pragma once
// What the views write as text: step labels, wrapped HTML-like text, the owner legend, titles,
// handover summaries, node names, and the graph defaults every view starts with.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chainmap/graph.h"
#include "chainmap/model.h"
#include "render/dot.h"
#include "render/overlay.h"
#include "render/palette.h"

namespace chainmap::views {

inline constexpr const char* kFont = "DejaVu Sans";

// Words wrapped to lines of about `width` characters, HTML-escaped, joined by <BR/>.
std::string wrap_html(std::string_view text, std::size_t width);

// An HTML-like table row of colour swatches naming the owners given (owner legend).
std::string owner_legend(const Model& model, const Palette& palette,
                         const std::vector<Owner>& owners);
// The resolved owners of a journey's steps, each once, in step order (for the legend).
std::vector<Owner> journey_owners(const JourneyGraph& jg);

// A blueprint lane's row title ("Customer actions", ...), and the line drawn below it: "line
// of interaction" (customer), "line of visibility" (frontstage), "line of internal
// interaction" (backstage), or nullptr.
const char* lane_title(Lane lane);
const char* line_below(Lane lane);

// A step's HTML-like label: name, owner, duration, channel (its own, else its touchpoint's:
// effective_channel), "end", ★ moment of truth.
std::string step_label(const Model& model, const Step& step, bool terminal);
// A step as a node: name, owner, duration, channel, "end" and ★ moment of truth; filled in
// its owner's colour, double border at an end, gold border on a moment of truth, findings
// overlaid.
Attrs step_node(const Model& model, const Palette& palette, const Journey& j,
                const JourneyGraph& jg, std::int32_t s, const Overlay& overlay);

// graph/node/edge defaults every view starts with (font pinned for identical output).
void common_defaults(DotWriter& dot, std::string_view rankdir);

// An HTML-like title: organisation, view name, subject, one line of smaller notes.
std::string title_label(const Model& model, std::string_view view, std::string_view subject,
                        const std::vector<std::string>& notes);

// "wms-ticket · order-id, address": how a handover is labelled on an edge.
std::string handover_summary(const Handover& handover);

// A node id that is safe and stable: a prefix plus the model id.
std::string node_id(std::string_view prefix, std::string_view id);
// Node names of a journey's steps: `step:<id>`. A step whose id an earlier step of the journey
// has (a model/duplicate-id error) gets its index too: one node in two stage clusters crashes
// Graphviz's dot layout (mincross).
std::vector<std::string> step_node_ids(const Journey& j);

// The display name of a step, stage or journey: its name, or its id.
std::string step_name(const Step& step);
std::string stage_name(const Stage& stage);
std::string journey_name(const Journey& journey);

}  // namespace chainmap::views

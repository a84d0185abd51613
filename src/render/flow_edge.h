#pragma once
// How a flow edge between two steps looks, decided once for every view (journey, blueprint,
// experience and their mermaid forms): a declared handover is heavy and dark blue, labelled
// with its method and carried items; an undeclared one heavy, dark red and dashed; an edge
// whose owners cannot be judged dotted; a loop or back edge dashed and labelled "loop"; a
// condition (`when`) in brackets. Views map this onto their own syntax and line widths.
#include <string>

#include "chainmap/graph.h"
#include "chainmap/model.h"
#include "render/overlay.h"

namespace chainmap::views {

struct FlowLook {
  bool handover = false;  // the edge is a handover (declared or not)
  bool declared = false;  // ... and has a `handover`
  bool loop = false;      // `loop: true` or a back edge
  std::string colour;     // line and label colour: "" for an ordinary edge
  std::string style;      // "dashed" (undeclared handover), "dotted" (unjudged) or ""; a loop is
                          // dashed whatever this says
  std::string what;       // the handover's summary, "undeclared handover", or ""
  std::string condition;  // the `when` text as written, or ""
  std::string finding;    // the overlay colour of the edge's handover target, or ""
  // "wms-ticket · order-id [paid]", with " (loop)" (or "loop") on a loop: the edge label.
  std::string label() const;
  // The line style with the loop applied.
  std::string line_style() const { return loop ? "dashed" : style; }
};

FlowLook flow_look(const Model& model, const JourneyGraph& jg, const Edge& edge,
                   const Overlay& overlay);

}  // namespace chainmap::views

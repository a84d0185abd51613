#pragma once
// Every view's entry point (SPEC section 6). render.cc picks one; each lives in its own file.
#include <cstdint>
#include <string>

#include "chainmap/graph.h"
#include "chainmap/model.h"
#include "chainmap/render.h"
#include "render/gvc.h"
#include "render/overlay.h"

namespace chainmap::views {

// A view's DOT plus what to draw behind it once it is laid out (empty: nothing).
struct Drawing {
  std::string dot;
  Background background;
};

std::string dot_chain(const Model& model, const Graph& graph, const Overlay& overlay);
std::string dot_journey(const Model& model, const Graph& graph, std::int32_t journey, const Overlay& overlay);
Drawing dot_blueprint(const Model& model, const Graph& graph, std::int32_t journey, const Overlay& overlay);
std::string dot_handovers(const Model& model, const Graph& graph, const Overlay& overlay);
// Mermaid text of any view.
std::string mermaid(const Model& model, const Graph& graph, View view, std::int32_t journey,
                    const Overlay& overlay);

}  // namespace chainmap::views

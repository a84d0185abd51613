#pragma once
// Every view's entry point (SPEC section 6). render.cc picks one; each lives in its own file.
#include <cstdint>
#include <string>
#include <vector>

#include "chainmap/graph.h"
#include "chainmap/model.h"
#include "chainmap/render.h"
#include "render/gvc.h"
#include "render/overlay.h"
#include "render/palette.h"

namespace chainmap::views {

// A view's DOT plus what to draw behind it once it is laid out (empty: nothing).
struct Drawing {
  std::string dot;
  Background background;
  std::string error{};  // why it could not be drawn (then dot is empty)
};

// What a picture of one journey starts from (the journey and blueprint views add their own).
struct JourneyPicture {
  const Model& model;
  const Journey& j;
  const JourneyGraph& jg;
  const Overlay& overlay;
  const Palette palette;
};

std::string dot_chain(const Model& model, const Graph& graph, const Overlay& overlay);
std::string dot_journey(const Model& model, const Graph& graph, std::int32_t journey,
                        const Overlay& overlay);
Drawing dot_blueprint(const Model& model, const Graph& graph, std::int32_t journey,
                      const Overlay& overlay);
// The experience view: the journey map as service designers draw it (render/experience.cc).
// `personas`: whose curves to draw (Model::personas indexes, listed by the journey).
Drawing dot_experience(const Model& model, const Graph& graph, std::int32_t journey,
                       const std::vector<std::int32_t>& personas, const Overlay& overlay);
std::string dot_handovers(const Model& model, const Graph& graph, const Overlay& overlay);
// Mermaid text of any view.
// `persona`: for the experience view's Mermaid `journey`, whose scores it shows (-1: none).
std::string mermaid(const Model& model, const Graph& graph, View view, std::int32_t journey,
                    std::int32_t persona, const Overlay& overlay);

}  // namespace chainmap::views

#pragma once
// Renders every view of a model, for every journey, in the given formats: what the renderer
// fuzzer (fuzz_render.cc) and the render-everything test (tests/render/render_models.cc) run.
// The views come from view_names(), so a new view is rendered here without a change.
#include <functional>
#include <string>
#include <vector>

#include "chainmap/render.h"

namespace chainmap::fuzz {

struct ViewRender {
  View view;
  std::string journey;  // empty for views of the whole model
  RenderFormat format;
  bool findings;        // rendered with the findings overlay
};

// Calls `done` after each render with what was asked and what came back; with the findings
// overlay when `findings` is not null.
inline void render_every_view(const Model& model, const Graph& graph, const std::vector<RenderFormat>& formats,
                              const std::vector<Diagnostic>* findings,
                              const std::function<void(const ViewRender&, const Rendered&)>& done) {
  for (const std::string& name : view_names()) {
    const View view = *parse_view(name);
    std::vector<std::string> journeys{""};
    if (view_needs_journey(view)) {
      journeys.clear();
      for (const Journey& j : model.journeys) journeys.push_back(j.id);
    }
    for (const std::string& journey : journeys) {
      for (RenderFormat format : formats) {
        RenderOptions options;
        options.view = view;
        options.journey = journey;
        options.format = format;
        options.findings = findings;
        done({view, journey, format, findings != nullptr}, render(model, graph, options));
      }
    }
  }
}

}  // namespace chainmap::fuzz

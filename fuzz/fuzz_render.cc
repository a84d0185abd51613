// libFuzzer target for the renderers: one in-memory root file is loaded (load_model_text),
// checked, and every view (fuzz/every_view.h: all of view_names(), experience included, for
// every journey) is rendered in process to DOT, SVG (Graphviz layout) and mermaid, with the
// findings overlay.
// A crash, sanitizer report, leak or timeout is a finding; so is a render that fails (a DOT
// we wrote that Graphviz cannot read or lay out is our bug), reported by abort(), except the
// documented refusal of a picture too large to lay out (kMaxPictureSize).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "chainmap/check.h"
#include "chainmap/graph.h"
#include "chainmap/loader.h"
#include "chainmap/source.h"
#include "every_view.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chainmap;
  const std::string text(reinterpret_cast<const char*>(data), size);
  SourceSet sources;
  // A root in a folder that does not exist: includes are reported missing, never read.
  LoadResult load = load_model_text(text, "/nonexistent-chainmap-fuzz/chainmap.yaml", sources);
  if (!load.fatal.empty()) return 0;
  const Graph graph = build_graph(load.model);
  CheckOptions options;
  options.today = Date{2026, 6, 1};
  const std::vector<Diagnostic> findings =
      check_model(load.model, graph, std::move(load.diagnostics), options);
  fuzz::render_every_view(
      load.model, graph, {RenderFormat::Dot, RenderFormat::Svg, RenderFormat::Mermaid}, &findings,
      [](const fuzz::ViewRender& what, const Rendered& out) {
        if ((out.error.empty() && !out.bytes.empty()) || out.too_large) return;
        std::fprintf(stderr, "render %s (journey '%s') as %s failed: %s\n",
                     std::string(to_string(what.view)).c_str(), what.journey.c_str(),
                     std::string(to_string(what.format)).c_str(), out.error.c_str());
        std::abort();
      });
  return 0;
}

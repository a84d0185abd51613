// libFuzzer target: one in-memory root file through the whole validate pipeline (YAML layer,
// loader, graph, rules, waivers, text and JSON reports). Any crash, sanitizer report, leak or
// timeout is a finding; the diagnostics themselves are not checked here.
#include <cstddef>
#include <cstdint>
#include <string>

#include "chainmap/check.h"
#include "chainmap/graph.h"
#include "chainmap/loader.h"
#include "chainmap/report.h"
#include "chainmap/source.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chainmap;
  const std::string text(reinterpret_cast<const char*>(data), size);
  SourceSet sources;
  // A root in a folder that does not exist: includes are reported missing, never read.
  LoadResult load = load_model_text(text, "/nonexistent-chainmap-fuzz/chainmap.yaml", sources);
  if (!load.fatal.empty()) return 0;
  Graph graph = build_graph(load.model);
  CheckOptions options;
  options.today = Date{2026, 6, 1};
  std::vector<Diagnostic> diagnostics =
      check_model(load.model, graph, std::move(load.diagnostics), options);
  sort_diagnostics(diagnostics, sources);
  Report report{sources, diagnostics, load.model.files};
  format_text(report, TextStyle{});
  format_json(report);
  return 0;
}

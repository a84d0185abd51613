// chainmap stats [FILE]: counts of a model, handovers by kind, findings, handover friction, and
// per journey and persona the scores, pain points and seam hotspots.
#include "chainmap/stats.h"
#include "chainmap/stats_report.h"
#include "cli/analysis.h"
#include "cli/commands.h"

namespace chainmap::cli {

Command add_stats(CLI::App& root, const Globals&) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* app = root.add_subcommand(
      "stats",
      "Counts: steps, handovers by kind, owners, partners, findings, handover friction; per "
      "journey and persona: average and lowest score, pain points, seam hotspots");
  add_report_options(app, *o, {"text", "json"});
  return {app, [o] {
            return run_report(*o, [&](const Checked& checked) {
              const Graph& graph = checked.graph;
              Stats stats =
                  compute_stats(graph, checked.diagnostics, hotspot_threshold(checked.load.model));
              return o->format == "json" ? format_stats_json(graph, stats)
                                         : format_stats_text(graph, stats);
            });
          }};
}

}  // namespace chainmap::cli

// chainmap stats [FILE]: counts of a model, handovers by kind, findings, handover friction.
#include "analyze/stats.h"
#include "cli/analysis.h"
#include "cli/commands.h"
#include "report/stats.h"

namespace chainmap::cli {

Command add_stats(CLI::App& root, const Globals&) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* app = root.add_subcommand(
      "stats", "Counts: steps, handovers by kind, owners, partners, findings, handover friction");
  add_report_options(app, *o, {"text", "json"});
  return {app, [o] {
            return run_report(*o, [&](const Checked& checked) {
              const Model& model = checked.load.model;
              Stats stats = compute_stats(checked.graph, checked.diagnostics);
              return o->format == "json" ? format_stats_json(model, stats) : format_stats_text(model, stats);
            });
          }};
}

}  // namespace chainmap::cli

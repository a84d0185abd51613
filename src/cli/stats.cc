// chainmap stats [FILE]: counts of a model, handovers by kind, findings, handover friction.
#include "analyze/stats.h"
#include "cli/analysis.h"
#include "cli/commands.h"
#include "report/stats.h"

namespace chainmap::cli {
namespace {

struct StatsOptions {
  std::string file = "chainmap.yaml";
  std::string format = "text";
  std::string output;
  ModelOptions model;
};

int run_stats(const StatsOptions& o) {
  SourceSet sources;
  auto checked = load_and_check(o.file, sources, o.model);
  const Model& model = checked->load.model;
  Stats stats = compute_stats(checked->graph, checked->diagnostics);
  emit(o.format == "json" ? format_stats_json(model, stats) : format_stats_text(model, stats), o.output,
       sources);
  return findings_status(*checked);
}

}  // namespace

Command add_stats(CLI::App& root, const Globals&) {
  auto o = std::make_shared<StatsOptions>();
  CLI::App* app = root.add_subcommand(
      "stats", "Counts: steps, handovers by kind, owners, partners, findings, handover friction");
  app->add_option("file", o->file, "Root model file or folder")->type_name("FILE")->capture_default_str();
  app->add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app->add_option("-o,--output", o->output, "Write to FILE instead of standard output")->type_name("FILE");
  add_model_options(app, o->model);
  return {app, [o] { return run_stats(*o); }};
}

}  // namespace chainmap::cli

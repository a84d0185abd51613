// chainmap diff OLD NEW: semantic changes between two models, findings introduced and fixed.
#include "analyze/diff.h"
#include "cli/commands.h"
#include "report/diff.h"

namespace chainmap::cli {
namespace {

struct DiffOptions {
  std::string old_file, new_file;
  std::string format = "text";
  std::string output;
  ModelOptions model;
};

int run_diff(const DiffOptions& o) {
  // Both models share one source set: file names in the output stay distinct, and -o refuses
  // to overwrite a file of either. A model with model/* findings still loads and compares;
  // only a root file that cannot be read stops the command (exit 2).
  SourceSet sources;
  auto before = load_and_check(o.old_file, sources, o.model);
  auto after = load_and_check(o.new_file, sources, o.model);
  ModelDiff diff = diff_models(before->graph, before->diagnostics, after->graph, after->diagnostics);
  DiffReport report{sources, diff, before->load.model.files, after->load.model.files};
  emit(o.format == "json"       ? format_diff_json(report)
       : o.format == "markdown" ? format_diff_markdown(report)
                                : format_diff_text(report),
       o.output, sources);
  return summarize(diff.introduced).errors > 0 ? 1 : 0;
}

}  // namespace

Command add_diff(CLI::App& root, const Globals&) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* app = root.add_subcommand(
      "diff", "Semantic changes between two models, and findings introduced and fixed (exit 1 when "
              "NEW introduces error findings)");
  app->add_option("old", o->old_file, "The old model: root file or folder")->type_name("OLD")->required();
  app->add_option("new", o->new_file, "The new model: root file or folder")->type_name("NEW")->required();
  app->add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  app->add_option("-o,--output", o->output, "Write to FILE instead of standard output")->type_name("FILE");
  add_model_options(app, o->model);
  return {app, [o] { return run_diff(*o); }};
}

}  // namespace chainmap::cli

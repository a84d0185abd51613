// chainmap diff OLD NEW: semantic changes between two models, findings introduced and fixed.
#include <cstdio>

#include <fmt/format.h>

#include "chainmap/diff.h"
#include "chainmap/diff_report.h"
#include "chainmap/printable.h"
#include "cli/commands.h"

namespace chainmap::cli {
namespace {

struct DiffOptions {
  std::string old_file, new_file;
  std::string format = "text";
  std::string output;
  ModelOptions model;
};

std::string where(const SourceSet& sources, const Diagnostic& d) {
  std::string out = sources.at(d.loc.file).display;
  if (d.loc.valid()) out += fmt::format(":{}:{}", d.loc.line, d.loc.column);
  return out;
}

std::unique_ptr<Checked> load_side(const std::string& side, const std::string& path,
                                   SourceSet& sources, const ModelOptions& options) {
  std::unique_ptr<Checked> checked;
  try {
    checked = load_and_check(path, sources, options);
  } catch (const Failure& f) {
    throw Failure{fmt::format("cannot compare with the {} model: {}", side, f.message)};
  }
  std::vector<const Diagnostic*> lost;
  for (const Diagnostic& d : checked->diagnostics)
    if (loses_input(d)) lost.push_back(&d);
  if (lost.empty()) return checked;
  auto detail = [&](const Diagnostic& d) {
    return fmt::format("{}: {} [{}]", where(sources, d), printable(d.message), d.rule);
  };
  // The root file does not parse: its sections and includes after the error are lost or
  // misread, so there is nothing to compare against.
  const std::uint32_t root = checked->load.model.files.front();
  for (const Diagnostic* d : lost)
    if (is_syntax_error(*d) && d->loc.file == root)
      throw Failure{
          fmt::format("cannot compare with the {} model '{}': its root file does not "
                      "parse ({}); fix it first ('chainmap validate {}')",
                      side, printable(path), detail(*d), printable(path))};
  const std::string errors = lost.size() == 1 ? detail(*lost.front())
                                              : fmt::format("{} errors, the first: {}", lost.size(),
                                                            detail(*lost.front()));
  const std::string warning = fmt::format(
      "chainmap: warning: the {} model '{}' did not load completely ({}): what it could not read "
      "shows as {} below; 'chainmap validate {}' lists the errors\n",
      side, printable(path), errors, side == "old" ? "added" : "removed", printable(path));
  std::fputs(warning.c_str(), stderr);
  return checked;
}

int run_diff(const DiffOptions& o) {
  // Both models share one source set: file names in the output stay distinct, and -o refuses
  // to overwrite a file of either. A model with model/* findings still loads and compares,
  // with a warning first when whole files or sections of it were lost; a model whose root
  // file cannot be read, or does not parse, stops the command (exit 2).
  check_options(o.model);  // a bad --rule is reported as such, before either model is read
  SourceSet sources;
  auto before = load_side("old", o.old_file, sources, o.model);
  auto after = load_side("new", o.new_file, sources, o.model);
  ModelDiff diff =
      diff_models(before->graph, before->diagnostics, after->graph, after->diagnostics);
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
      "diff",
      "Semantic changes between two models, and findings introduced and fixed (exit 1 when "
      "NEW introduces error findings)");
  app->add_option("old", o->old_file, "The old model: root file or folder")
      ->type_name("OLD")
      ->required();
  app->add_option("new", o->new_file, "The new model: root file or folder")
      ->type_name("NEW")
      ->required();
  add_output_options(app, o->format, o->output, {"text", "json", "markdown"});
  add_model_options(app, o->model);
  return {app, [o] { return run_diff(*o); }};
}

}  // namespace chainmap::cli

// chainmap matrix [FILE]: the responsibility (RACI) matrix of steps x owners.
#include "analyze/matrix.h"
#include "cli/analysis.h"
#include "cli/commands.h"
#include "report/matrix.h"

namespace chainmap::cli {
namespace {

struct MatrixOptions {
  std::string file = "chainmap.yaml";
  std::string format = "text";
  std::string output;
  ModelOptions model;
};

int run_matrix(const MatrixOptions& o) {
  SourceSet sources;
  auto checked = load_and_check(o.file, sources, o.model);
  const Model& model = checked->load.model;
  Matrix matrix = build_matrix(model);
  std::string out = o.format == "csv"        ? format_matrix_csv(model, matrix)
                    : o.format == "markdown" ? format_matrix_markdown(model, matrix)
                    : o.format == "html"     ? format_matrix_html(model, matrix)
                                             : format_matrix_text(model, matrix);
  emit(out, o.output, sources);
  return findings_status(*checked);
}

}  // namespace

Command add_matrix(CLI::App& root, const Globals&) {
  auto o = std::make_shared<MatrixOptions>();
  CLI::App* app = root.add_subcommand(
      "matrix", "Responsibility (RACI) matrix of steps x owners, with gaps and duplicates marked");
  app->add_option("file", o->file, "Root model file or folder")->type_name("FILE")->capture_default_str();
  app->add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "csv", "markdown", "html"}))
      ->capture_default_str();
  app->add_option("-o,--output", o->output, "Write to FILE instead of standard output")->type_name("FILE");
  add_model_options(app, o->model);
  return {app, [o] { return run_matrix(*o); }};
}

}  // namespace chainmap::cli

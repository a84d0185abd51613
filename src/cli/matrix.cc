// chainmap matrix [FILE]: the responsibility (RACI) matrix of steps x owners.
#include "analyze/matrix.h"
#include "cli/analysis.h"
#include "cli/commands.h"
#include "report/matrix.h"

namespace chainmap::cli {

Command add_matrix(CLI::App& root, const Globals&) {
  auto o = std::make_shared<ReportOptions>();
  CLI::App* app = root.add_subcommand(
      "matrix", "Responsibility (RACI) matrix of steps x owners, with gaps and duplicates marked");
  add_report_options(app, *o, {"text", "csv", "markdown", "html"});
  return {app, [o] {
            return run_report(*o, [&](const Checked& checked) {
              const Model& model = checked.load.model;
              Matrix matrix = build_matrix(model);
              return o->format == "csv"        ? format_matrix_csv(model, matrix)
                     : o->format == "markdown" ? format_matrix_markdown(model, matrix)
                     : o->format == "html"     ? format_matrix_html(model, matrix)
                                               : format_matrix_text(model, matrix);
            });
          }};
}

}  // namespace chainmap::cli

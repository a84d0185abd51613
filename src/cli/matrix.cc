// chainmap matrix [FILE] [--of raci|touchpoints]: the responsibility (RACI) matrix of steps x
// owners, or the touchpoint matrix of touchpoints x journeys.
#include "chainmap/matrix.h"
#include "chainmap/matrix_report.h"
#include "cli/analysis.h"
#include "cli/commands.h"

namespace chainmap::cli {

Command add_matrix(CLI::App& root, const Globals&) {
  auto o = std::make_shared<ReportOptions>();
  auto of = std::make_shared<std::string>("raci");
  CLI::App* app = root.add_subcommand(
      "matrix",
      "Responsibility (RACI) matrix of steps x owners, with gaps and duplicates marked; "
      "--of touchpoints: touchpoints x journeys with channel, owner and hours");
  app->add_option("--of", *of,
                  "Which matrix: raci (steps x owners) or touchpoints (touchpoints x journeys)")
      ->check(CLI::IsMember({"raci", "touchpoints"}))
      ->capture_default_str();
  add_report_options(app, *o, {"text", "csv", "markdown", "html"});
  return {app, [o, of] {
            return run_report(*o, [&](const Checked& checked) {
              const Model& model = checked.load.model;
              if (*of == "touchpoints") {
                TouchpointMatrix matrix = build_touchpoint_matrix(model);
                return o->format == "csv"        ? format_touchpoint_matrix_csv(model, matrix)
                       : o->format == "markdown" ? format_touchpoint_matrix_markdown(model, matrix)
                       : o->format == "html"     ? format_touchpoint_matrix_html(model, matrix)
                                                 : format_touchpoint_matrix_text(model, matrix);
              }
              Matrix matrix = build_matrix(model);
              return o->format == "csv"        ? format_matrix_csv(model, matrix)
                     : o->format == "markdown" ? format_matrix_markdown(model, matrix)
                     : o->format == "html"     ? format_matrix_html(model, matrix)
                                               : format_matrix_text(model, matrix);
            });
          }};
}

}  // namespace chainmap::cli

// chainmap impact REF [FILE]: what depends on a department, role or partner.
#include "analyze/impact.h"
#include "cli/analysis.h"
#include "cli/commands.h"
#include "report/impact.h"

namespace chainmap::cli {

Command add_impact(CLI::App& root, const Globals&) {
  auto o = std::make_shared<ReportOptions>();
  auto ref = std::make_shared<std::string>();
  CLI::App* app = root.add_subcommand(
      "impact", "What depends on a department, role or partner: journeys, steps, handovers, "
                "single points of failure");
  app->add_option("ref", *ref, "A department, dept.role or partner id")->type_name("REF")->required();
  add_report_options(app, *o, {"text", "json"});
  return {app, [o, ref] {
            return run_report(*o, [&](const Checked& checked) {
              const Model& model = checked.load.model;
              std::string error;
              auto subject = find_party(model, *ref, &error);
              if (!subject) throw Failure{error};  // exit 2, with a suggestion
              Impact impact = analyze_impact(checked.graph, *subject);
              return o->format == "json" ? format_impact_json(model, impact) : format_impact_text(model, impact);
            });
          }};
}

}  // namespace chainmap::cli

// chainmap impact REF [FILE]: what depends on a department, role, partner, touchpoint or persona.
#include <cstdio>

#include "chainmap/customer_impact.h"
#include "chainmap/impact.h"
#include "chainmap/impact_report.h"
#include "chainmap/printable.h"
#include "chainmap/stats.h"
#include "cli/analysis.h"
#include "cli/commands.h"

namespace chainmap::cli {

Command add_impact(CLI::App& root, const Globals&) {
  auto o = std::make_shared<ReportOptions>();
  auto ref = std::make_shared<std::string>();
  CLI::App* app = root.add_subcommand(
      "impact",
      "What depends on a department, role or partner (journeys, steps, handovers, single points "
      "of failure), a touchpoint or a persona (steps, scores, pain points, opportunities, "
      "hotspots)");
  app->add_option(
         "ref", *ref,
         "A department, dept.role or partner id; touchpoint:ID or persona:ID (a bare id when no "
         "party has it)")
      ->type_name("REF")
      ->required();
  add_report_options(app, *o, {"text", "json"});
  return {app, [o, ref] {
            return run_report(*o, [&](const Checked& checked) {
              const Model& model = checked.load.model;
              const Graph& graph = checked.graph;
              std::string error;
              auto subject = find_subject(model, *ref, &error);
              if (!subject) throw Failure{error};  // exit 2, with a suggestion
              if (!subject->note.empty())
                std::fprintf(stderr, "chainmap: note: %s\n", printable(subject->note).c_str());
              const bool json = o->format == "json";
              switch (subject->kind) {
                case ImpactSubject::Kind::Touchpoint: {
                  auto im =
                      analyze_touchpoint_impact(graph, subject->index, hotspot_threshold(model));
                  return json ? format_touchpoint_impact_json(graph, im)
                              : format_touchpoint_impact_text(graph, im);
                }
                case ImpactSubject::Kind::Persona: {
                  auto im = analyze_persona_impact(graph, subject->index, hotspot_threshold(model));
                  return json ? format_persona_impact_json(graph, im)
                              : format_persona_impact_text(graph, im);
                }
                case ImpactSubject::Kind::Party:
                  break;
              }
              Impact impact = analyze_impact(graph, subject->party);
              return json ? format_impact_json(model, impact) : format_impact_text(model, impact);
            });
          }};
}

}  // namespace chainmap::cli

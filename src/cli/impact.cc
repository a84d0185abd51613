// chainmap impact REF [FILE]: what depends on a department, role or partner.
#include "analyze/impact.h"
#include "cli/analysis.h"
#include "cli/commands.h"
#include "report/impact.h"

namespace chainmap::cli {
namespace {

struct ImpactOptions {
  std::string ref;
  std::string file = "chainmap.yaml";
  std::string format = "text";
  std::string output;
  ModelOptions model;
};

int run_impact(const ImpactOptions& o) {
  SourceSet sources;
  auto checked = load_and_check(o.file, sources, o.model);
  const Model& model = checked->load.model;
  std::string error;
  auto subject = find_party(model, o.ref, &error);
  if (!subject) throw Failure{error};
  Impact impact = analyze_impact(checked->graph, *subject);
  emit(o.format == "json" ? format_impact_json(model, impact) : format_impact_text(model, impact),
       o.output, sources);
  return findings_status(*checked);
}

}  // namespace

Command add_impact(CLI::App& root, const Globals&) {
  auto o = std::make_shared<ImpactOptions>();
  CLI::App* app = root.add_subcommand(
      "impact", "What depends on a department, role or partner: journeys, steps, handovers, "
                "single points of failure");
  app->add_option("ref", o->ref, "A department, dept.role or partner id")->type_name("REF")->required();
  app->add_option("file", o->file, "Root model file or folder")->type_name("FILE")->capture_default_str();
  app->add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app->add_option("-o,--output", o->output, "Write to FILE instead of standard output")->type_name("FILE");
  add_model_options(app, o->model);
  return {app, [o] { return run_impact(*o); }};
}

}  // namespace chainmap::cli

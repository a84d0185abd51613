// chainmap __complete WHAT [FILE]: words for the bash and zsh completion scripts
// (scripts in completions/). Hidden from --help; prints one word a line, never fails loudly:
// a shell completing a word must not see errors.
#include <algorithm>
#include <cstdio>
#include <memory>

#include "chainmap/loader.h"
#include "chainmap/rules.h"
#include "cli/commands.h"

namespace chainmap::cli {
namespace {

void print_lines(const std::vector<std::string>& words) {
  for (const auto& w : words) std::printf("%s\n", w.c_str());
}

std::vector<std::string> journey_ids(const std::string& file) {
  SourceSet sources;
  LoadResult load = load_model(file, sources);
  std::vector<std::string> ids;
  for (const Journey& j : load.model.journeys) ids.push_back(j.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// What `impact REF` takes: departments, dept.role, partners, touchpoint:ID, persona:ID.
std::vector<std::string> impact_refs(const std::string& file) {
  SourceSet sources;
  LoadResult load = load_model(file, sources);
  const Model& m = load.model;
  std::vector<std::string> refs;
  for (const Department& d : m.departments) {
    refs.push_back(d.id);
    for (const Role& r : d.roles) refs.push_back(d.id + "." + r.id);
  }
  for (const Partner& p : m.partners) refs.push_back(p.id);
  for (const Touchpoint& t : m.touchpoints) refs.push_back("touchpoint:" + t.id);
  for (const Persona& p : m.personas) refs.push_back("persona:" + p.id);
  std::sort(refs.begin(), refs.end());
  refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
  return refs;
}

}  // namespace

Command add_complete(CLI::App& root, const Globals&) {
  struct Args {
    std::string what;
    std::string file = "chainmap.yaml";
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand("__complete", "Words for shell completion");
  app->group("");  // hidden
  app->add_option("what", args->what, "commands, rules, views, journeys, refs")
      ->required()
      ->check(CLI::IsMember({"commands", "rules", "views", "journeys", "refs"}));
  app->add_option("file", args->file, "Model for journey ids and impact references");
  return {app, [args, &root] {
            if (args->what == "rules") {
              print_lines(rule_ids());
            } else if (args->what == "views") {
              print_lines({"chain", "journey", "blueprint", "handovers"});
            } else if (args->what == "journeys") {
              print_lines(journey_ids(args->file));
            } else if (args->what == "refs") {
              print_lines(impact_refs(args->file));
            } else {
              std::vector<std::string> names;
              for (const CLI::App* sub : root.get_subcommands({}))
                if (!sub->get_group().empty()) names.push_back(sub->get_name());
              print_lines(names);
            }
            return 0;
          }};
}

}  // namespace chainmap::cli

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

}  // namespace

Command add_complete(CLI::App& root, const Globals&) {
  struct Args {
    std::string what;
    std::string file = "chainmap.yaml";
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand("__complete", "Words for shell completion");
  app->group("");  // hidden
  app->add_option("what", args->what, "commands, rules, views, journeys")
      ->required()
      ->check(CLI::IsMember({"commands", "rules", "views", "journeys"}));
  app->add_option("file", args->file, "Model for journey ids");
  return {app, [args, &root] {
            if (args->what == "rules") {
              print_lines(rule_ids());
            } else if (args->what == "views") {
              print_lines({"chain", "journey", "blueprint", "handovers"});
            } else if (args->what == "journeys") {
              print_lines(journey_ids(args->file));
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

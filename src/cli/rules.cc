// chainmap rules / chainmap explain RULE: the catalogue and each rule's page.
#include <memory>

#include <fmt/format.h>

#include "chainmap/rules.h"
#include "cli/commands.h"

namespace chainmap::cli {

Command add_rules(CLI::App& root, const Globals&) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* app =
      root.add_subcommand("rules", "List the rule catalogue: id, default severity, summary");
  app->add_option("-f,--format", *format,
                  "Output format (markdown: the pages of all rules, as docs/rules.md)")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  return {app, [format] {
            std::string out = *format == "json"       ? rules_json()
                              : *format == "markdown" ? rules_markdown()
                                                      : rules_table();
            std::fwrite(out.data(), 1, out.size(), stdout);
            return 0;
          }};
}

Command add_explain(CLI::App& root, const Globals&) {
  auto id = std::make_shared<std::string>();
  CLI::App* app = root.add_subcommand(
      "explain", "Print a rule's page: what it checks, why, examples, how to fix");
  const std::string_view example = example_explained_rule().id;
  app->add_option("rule", *id,
                  fmt::format("Rule id, e.g. {}, or its name alone when only one rule has it, "
                              "e.g. {}",
                              example, example.substr(example.find('/') + 1)))
      ->required()
      ->type_name("RULE");
  return {app, [id] {
            std::string out = rule_page(named_rule(*id, ""));
            std::fwrite(out.data(), 1, out.size(), stdout);
            return 0;
          }};
}

}  // namespace chainmap::cli

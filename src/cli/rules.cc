// chainmap rules / chainmap explain RULE: the catalogue and each rule's page.
#include <memory>

#include <fmt/format.h>

#include "chainmap/rules.h"
#include "cli/commands.h"
#include "util/json.h"

namespace chainmap::cli {
namespace {

std::string rules_text() {
  std::size_t width = 4;
  for (const Rule* r : catalogue()) width = std::max(width, r->id.size());
  std::string out = fmt::format("{:<{}}  {:<7}  {}\n", "RULE", width, "DEFAULT", "SUMMARY");
  for (const Rule* r : catalogue())
    out += fmt::format("{:<{}}  {:<7}  {}\n", r->id, width, to_string(r->severity), r->summary);
  return out;
}

std::string rules_json() {
  JsonWriter w;
  w.begin_array();
  for (const Rule* r : catalogue()) {
    w.begin_object();
    w.field("id", r->id).field("severity", to_string(r->severity)).field("target", r->target);
    w.field("summary", r->summary).field("configurable", r->configurable());
    w.key("options").begin_array();
    for (const auto& o : r->options) {
      w.begin_object();
      w.field("name", o.name).field("default", static_cast<std::int64_t>(o.default_value));
      w.field("summary", o.summary);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  return w.str();
}

}  // namespace

Command add_rules(CLI::App& root, const Globals&) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* app = root.add_subcommand("rules", "List the rule catalogue: id, default severity, summary");
  app->add_option("-f,--format", *format, "Output format (markdown: the pages of all rules, as docs/rules.md)")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  return {app, [format] {
            std::string out = *format == "json"       ? rules_json()
                              : *format == "markdown" ? rules_markdown()
                                                      : rules_text();
            std::fwrite(out.data(), 1, out.size(), stdout);
            return 0;
          }};
}

Command add_explain(CLI::App& root, const Globals&) {
  auto id = std::make_shared<std::string>();
  CLI::App* app = root.add_subcommand("explain", "Print a rule's page: what it checks, why, examples, how to fix");
  app->add_option("rule", *id,
                  "Rule id, e.g. handover/undeclared, or its name alone when only one rule has "
                  "it, e.g. undeclared")->required()->type_name("RULE");
  return {app, [id] {
            std::string out = rule_page(named_rule(*id, ""));
            std::fwrite(out.data(), 1, out.size(), stdout);
            return 0;
          }};
}

}  // namespace chainmap::cli

#include "cli/common.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "chainmap/atomic_file.h"
#include "chainmap/rules.h"

namespace chainmap::cli {

bool Globals::use_color() const {
  if (color == "always") return true;
  if (color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

void add_model_options(CLI::App* app, ModelOptions& options) {
  app->add_flag("--allow-outside-root", options.allow_outside_root,
                "Allow includes outside the root file's folder");
  app->add_option("--rule", options.rules,
                  fmt::format("Set a rule's severity, e.g. --rule {}=off (repeatable; wins over "
                              "lint.rules)",
                              example_configurable_rule().id))
      ->type_name("NAME=SEVERITY")
      ->allow_extra_args(false);
  app->add_flag("--strict", options.strict, "Treat every warning as an error");
}

void add_output_option(CLI::App* app, std::string& output) {
  app->add_option("-o,--output", output, "Write to FILE instead of standard output")
      ->type_name("FILE");
}

void add_output_options(CLI::App* app, std::string& format, std::string& output,
                        const std::vector<std::string>& formats) {
  app->add_option("-f,--format", format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  add_output_option(app, output);
}

namespace {

Date today() {
  if (const char* fixed = std::getenv("CHAINMAP_TODAY"); fixed && *fixed) {
    std::string error;
    if (auto date = parse_date(fixed, &error)) return *date;
    throw Failure{fmt::format("CHAINMAP_TODAY: {}", error)};
  }
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace

const Rule& named_rule(const std::string& name, std::string_view context) {
  const RuleLookup found = lookup_rule(name);
  if (found.rule) return *found.rule;
  std::vector<std::string> ids;
  for (const Rule* r : found.candidates) ids.emplace_back(r->id);
  const std::string prefix = context.empty() ? "" : fmt::format("{}: ", context);
  if (!ids.empty())
    throw Failure{fmt::format("{}rule name '{}' is ambiguous: '{}'; give the group too", prefix,
                              name, fmt::join(ids, "', '"))};
  throw Failure{
      found.suggestion.empty()
          ? fmt::format("{}unknown rule '{}'; 'chainmap rules' lists them all", prefix, name)
          : fmt::format("{}unknown rule '{}'; did you mean '{}'? ('chainmap rules' "
                        "lists them all)",
                        prefix, name, found.suggestion)};
}

CheckOptions check_options(const ModelOptions& options) {
  CheckOptions out;
  out.strict = options.strict;
  out.today = today();
  for (const auto& setting : options.rules) {
    auto eq = setting.find('=');
    if (eq == std::string::npos)
      throw Failure{fmt::format("--rule '{}': expected NAME=SEVERITY, e.g. {}=off", setting,
                                example_configurable_rule().id)};
    std::string name = setting.substr(0, eq), value = setting.substr(eq + 1);
    const Rule* rule = &named_rule(name, "--rule");
    if (!rule->configurable())
      throw Failure{
          fmt::format("--rule: '{}' cannot be configured: input chainmap cannot "
                      "understand is always an error",
                      name)};
    auto severity = parse_severity(value);
    if (!severity)
      throw Failure{
          fmt::format("--rule {}: invalid severity '{}' (expected off, note, warning or "
                      "error)",
                      name, value)};
    out.rules.emplace_back(std::string(rule->id), *severity);
  }
  return out;
}

std::unique_ptr<Checked> load_and_check(const std::string& path, SourceSet& sources,
                                        const ModelOptions& options) {
  CheckOptions check = check_options(options);
  LoadOptions load_options;
  load_options.allow_outside_root = options.allow_outside_root;
  auto result = std::make_unique<Checked>();
  result->load = load_model(path, sources, load_options);
  if (!result->load.fatal.empty()) throw Failure{result->load.fatal};
  result->graph = build_graph(result->load.model);
  result->diagnostics =
      check_model(result->load.model, result->graph, std::move(result->load.diagnostics), check);
  sort_diagnostics(result->diagnostics, sources);
  return result;
}

void emit(const std::string& text, const std::string& path, const SourceSet& inputs) {
  if (path.empty() || path == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return;
  }
  std::vector<std::filesystem::path> files;
  for (std::size_t i = 0; i < inputs.size(); ++i)
    files.push_back(inputs.at(static_cast<std::uint32_t>(i)).canonical);
  if (auto error = write_file_atomic(path, text, files); !error.empty()) throw Failure{error};
}

}  // namespace chainmap::cli

#include "chainmap/check.h"

#include <algorithm>
#include <tuple>

#include "rules/config.h"
#include "rules/context.h"
#include "rules/model/rules.h"
#include "rules/waivers.h"

namespace chainmap {

std::vector<Diagnostic> check_model(const Model& model, const Graph& graph,
                                    std::vector<Diagnostic> load_diagnostics,
                                    const CheckOptions& options) {
  RuleConfig config = resolve_config(model, options, load_diagnostics);

  std::vector<Diagnostic> findings;
  AnalysisCache cache(graph);
  static const std::map<std::string, long> kNoOptions;
  for (const Rule* rule : catalogue()) {
    if (!rule->check) continue;
    const Severity severity = config.of(rule->id);
    if (severity == Severity::Off) continue;
    auto opts = config.options.find(rule->id);
    RuleContext cx(graph, cache, *rule, opts == config.options.end() ? kNoOptions : opts->second);
    Findings out(*rule, findings);
    const std::size_t first = findings.size();
    rule->check(cx, out);
    for (std::size_t i = first; i < findings.size(); ++i) findings[i].severity = severity;
  }

  // The loader's findings: model/unknown-key follows its configuration; the others are fixed
  // errors (under strict any other warning would become an error too).
  for (auto& d : load_diagnostics) {
    const Rule* rule = find_rule(d.rule);
    if (rule && rule->configurable())
      d.severity = config.of(d.rule);
    else if (config.strict && d.severity == Severity::Warning)
      d.severity = Severity::Error;
  }
  std::erase_if(load_diagnostics, [](const Diagnostic& d) { return d.severity == Severity::Off; });

  // Waivers apply to rule findings and configurable loader findings alike.
  std::vector<Diagnostic> waivable, fixed;
  for (auto& d : load_diagnostics) {
    const Rule* rule = find_rule(d.rule);
    (rule && rule->configurable() ? waivable : fixed).push_back(std::move(d));
  }
  for (auto& d : findings) waivable.push_back(std::move(d));
  apply_waivers(model, config, options.today, waivable, fixed);

  for (auto& d : waivable) fixed.push_back(std::move(d));
  // While part of the model cannot be read, unknown references are not reported (SPEC
  // section 2; the loader holds back its own, this holds back those of lint and waivers).
  const auto syntax = [](const Diagnostic& d) { return d.rule == rules::model_syntax.id; };
  if (std::any_of(fixed.begin(), fixed.end(), syntax))
    std::erase_if(fixed,
                  [](const Diagnostic& d) { return d.rule == rules::model_unknown_reference.id; });
  return fixed;
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics, const SourceSet& sources) {
  auto file_of = [&](const Diagnostic& d) -> std::string_view {
    return d.loc.file < sources.size() ? std::string_view(sources.at(d.loc.file).display) : "";
  };
  std::stable_sort(
      diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        return std::forward_as_tuple(file_of(a), a.loc.line, a.loc.column, a.rule, a.target,
                                     a.message) < std::forward_as_tuple(file_of(b), b.loc.line,
                                                                        b.loc.column, b.rule,
                                                                        b.target, b.message);
      });
}

}  // namespace chainmap

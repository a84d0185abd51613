#include "rules/config.h"

#include <fmt/format.h>

#include "chainmap/suggest.h"
#include "rules/model/rules.h"

namespace chainmap {

Severity RuleConfig::of(std::string_view rule) const {
  auto it = severity.find(rule);
  return it == severity.end() ? Severity::Error : it->second;
}

namespace {

Severity promote(Severity s) { return s == Severity::Warning ? Severity::Error : s; }

}  // namespace

RuleConfig resolve_config(const Model& model, const CheckOptions& options,
                          std::vector<Diagnostic>& out) {
  RuleConfig config;
  const Preset preset = model.lint.extends;
  config.strict = preset == Preset::Strict || options.strict;
  for (const Rule* rule : catalogue()) {
    Severity s = rule->severity;
    if (rule->configurable()) {
      if (preset == Preset::None) s = Severity::Off;
      if (preset == Preset::Strict) s = promote(s);
    }
    config.severity[rule->id] = s;
  }

  auto report = [&](const Rule& rule, Loc loc, std::string message) {
    out.push_back(make_diagnostic(rule, "model", loc, std::move(message)));
  };
  for (const RuleSetting& setting : model.lint.rules) {
    const Rule* rule = find_rule(setting.rule);
    if (!rule) {
      report(rules::model_unknown_reference, setting.loc,
             fmt::format("unknown rule '{}' in 'lint.rules'{}", setting.rule,
                         did_you_mean(setting.rule, rule_ids())));
      continue;
    }
    if (!rule->configurable()) {
      report(rules::model_invalid_value, setting.loc,
             fmt::format("'{}' cannot be configured: input chainmap cannot understand is always "
                         "an error",
                         setting.rule));
      continue;
    }
    if (setting.severity) config.severity[rule->id] = *setting.severity;
    for (const auto& [name, value] : setting.options) {
      const RuleOption* known = nullptr;
      std::vector<std::string> names;
      for (const auto& o : rule->options) {
        names.emplace_back(o.name);
        if (o.name == name) known = &o;
      }
      if (known && value < known->minimum) {
        report(rules::model_invalid_value, setting.option_value_locs.at(name),
               fmt::format("option '{}' of rule '{}' must be a whole number of {} or more, not {}",
                           name, rule->id, known->minimum, value));
        continue;
      }
      if (known) {
        config.options[rule->id][name] = value;
        continue;
      }
      report(rules::model_unknown_key, setting.option_locs.at(name),
             names.empty()
                 ? fmt::format("rule '{}' has no options; '{}' is ignored", rule->id, name)
                 : fmt::format("unknown option '{}' of rule '{}'{}", name, rule->id,
                               did_you_mean(name, names)));
    }
  }

  if (options.strict)
    for (auto& [id, s] : config.severity)
      if (find_rule(id)->configurable()) s = promote(s);
  for (const auto& [name, s] : options.rules)
    if (const Rule* rule = find_rule(name); rule && rule->configurable())
      config.severity[rule->id] = s;
  return config;
}

}  // namespace chainmap

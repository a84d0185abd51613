#include <charconv>

#include <fmt/format.h>

#include "chainmap/suggest.h"
#include "load/sections.h"

namespace chainmap::load {
namespace {

const std::vector<std::string> kSeverities = {"off", "note", "warning", "error"};

std::optional<Severity> severity_value(const Context& cx, const yaml::Node& node,
                                       const std::string& rule) {
  if (node.is_scalar())
    if (auto s = parse_severity(node.text)) return s;
  cx.report(rules::model_invalid_value, "model", node.loc,
            node.is_scalar()
                ? fmt::format("invalid severity '{}' for rule '{}': expected off, note, warning or "
                              "error{}",
                              node.text, rule, did_you_mean(node.text, kSeverities))
                : fmt::format("the setting of rule '{}' must be a severity (off, note, warning, "
                              "error) or a mapping such as {{severity: error, max: 5}}, not {}",
                              rule, yaml::describe(node)));
  return std::nullopt;
}

RuleSetting read_setting(const Context& cx, const std::string& rule, const yaml::Node& key,
                         const yaml::Node& value) {
  RuleSetting s;
  s.rule = rule;
  s.loc = key.loc;
  if (!value.is_mapping()) {
    s.severity = severity_value(cx, value, rule);
    s.severity_loc = value.loc;
    return s;
  }
  // Option names depend on the rule; they are checked against the catalogue later.
  for (std::size_t i = 0; i < value.entries(); ++i) {
    const yaml::Node& k = value.key(i);
    const yaml::Node& v = value.value(i);
    if (!k.is_scalar() || k.text.rfind("x-", 0) == 0) continue;
    if (k.text == "severity") {
      s.severity = severity_value(cx, v, rule);
      s.severity_loc = v.loc;
      continue;
    }
    long number = 0;
    const char* end = v.text.data() + v.text.size();
    auto [ptr, ec] = std::from_chars(v.text.data(), end, number);
    // Negative numbers are read too: the range each option allows is checked against the
    // catalogue later (experience/seam-hotspot's `below` goes down to -2).
    const bool whole = v.is_scalar() && ec == std::errc() && ptr == end;
    if (!whole && closest(k.text, {"severity"})) {  // `sevrity: error` is a typo, not an option
      cx.report(
          rules::model_unknown_key, "model", k.loc,
          fmt::format("unknown key '{}' in the settings of rule '{}'; did you mean 'severity'?",
                      k.text, rule));
      continue;
    }
    if (!whole && (v.is_sequence() || v.is_mapping())) {
      cx.report(rules::model_type, "model", v.loc,
                fmt::format("option '{}' of rule '{}' must be a whole number, not a {}", k.text,
                            rule, v.is_sequence() ? "list" : "mapping"));
      continue;
    }
    if (!whole) {
      cx.report(rules::model_invalid_value, "model", v.loc,
                fmt::format("option '{}' of rule '{}' must be a whole number", k.text, rule));
      continue;
    }
    s.options[k.text] = number;
    s.option_locs[k.text] = k.loc;
    s.option_value_locs[k.text] = v.loc;
  }
  return s;
}

}  // namespace

void read_lint(const Context& cx, const yaml::Node& section) {
  LintConfig& lint = cx.model.lint;
  Fields f(cx, section, {"extends", "rules"}, "'lint'", "model");
  if (!f.is_mapping()) return;
  if (auto extends = read_enum(f, "extends", {"recommended", "strict", "none"})) {
    lint.extends = *extends == "strict" ? Preset::Strict
                   : *extends == "none" ? Preset::None
                                        : Preset::Recommended;
    lint.extends_loc = f.get("extends")->loc;
  }
  if (const yaml::Node* rules = f.get("rules")) {
    if (!rules->is_mapping()) {
      cx.report(rules::model_type, "model", rules->loc,
                fmt::format("'rules' of 'lint' must be a mapping of rule ids to settings, not {}",
                            yaml::describe(*rules)));
      return;
    }
    for (std::size_t i = 0; i < rules->entries(); ++i) {
      const yaml::Node& key = rules->key(i);
      if (!key.is_scalar()) continue;
      bool duplicate = false;
      for (const auto& existing : lint.rules)
        if (existing.rule == key.text) {
          duplicate = true;
          cx.report(
              rules::model_duplicate_key, "model", key.loc,
              fmt::format("rule '{}' is configured twice; the first setting is used", key.text),
              {Related{existing.loc, "first configured here"}});
        }
      if (!duplicate) lint.rules.push_back(read_setting(cx, key.text, key, rules->value(i)));
    }
  }
}

}  // namespace chainmap::load

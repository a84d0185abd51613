#include <algorithm>

#include "chainmap/rules.h"
#include "chainmap/suggest.h"
#include "rules/context.h"
#include "rules/coverage/rules.h"
#include "rules/group.h"
#include "rules/handover/rules.h"

namespace chainmap {

std::span<const Rule* const> catalogue() {
  // Built once from constant rule descriptors; immutable afterwards.
  static const std::vector<const Rule*> all = [] {
    std::vector<const Rule*> rules;
    for (auto group : {rules::model_rules(), rules::ownership_rules(), rules::coverage_rules(),
                       rules::handover_rules(), rules::partner_rules(), rules::privacy_rules(),
                       rules::journey_rules(), rules::touchpoint_rules(), rules::experience_rules(),
                       rules::kpi_rules(), rules::waiver_rules()})
      rules.insert(rules.end(), group.begin(), group.end());
    std::sort(rules.begin(), rules.end(),
              [](const Rule* a, const Rule* b) { return a->id < b->id; });
    return rules;
  }();
  return all;
}

const Rule* find_rule(std::string_view id) {
  auto rules = catalogue();
  auto it = std::lower_bound(rules.begin(), rules.end(), id,
                             [](const Rule* r, std::string_view key) { return r->id < key; });
  return it != rules.end() && (*it)->id == id ? *it : nullptr;
}

const Rule& example_configurable_rule() { return rules::coverage_no_backup; }
const Rule& example_explained_rule() { return rules::handover_undeclared; }

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const Rule* r : catalogue()) ids.emplace_back(r->id);
  return ids;
}

namespace {
std::string_view name_part(std::string_view id) {
  auto slash = id.find('/');
  return slash == std::string_view::npos ? id : id.substr(slash + 1);
}
}  // namespace

std::string closest_rule_id(std::string_view name, std::span<const Rule* const> rules) {
  std::vector<std::string> ids, names;
  for (const Rule* r : rules) {
    ids.emplace_back(r->id);
    names.emplace_back(name_part(r->id));
  }
  if (auto id = closest(name, ids)) return *id;
  // The name without its group, or in the wrong group ("journey/context-lost"): match the
  // part after the slash against the rules' names. Several rules of that name: no guess.
  const std::string_view bare = name_part(name);
  std::vector<std::string> matches;
  for (const Rule* r : rules)
    if (name_part(r->id) == bare) matches.emplace_back(r->id);
  if (matches.size() == 1) return matches.front();
  if (!matches.empty()) return {};
  if (auto near = closest(bare, names)) {
    for (const Rule* r : rules)
      if (name_part(r->id) == *near) matches.emplace_back(r->id);
    if (matches.size() == 1) return matches.front();
  }
  return {};
}

RuleLookup lookup_rule(std::string_view name, std::span<const Rule* const> rules) {
  RuleLookup out;
  for (const Rule* r : rules)
    if (r->id == name) {
      out.rule = r;
      return out;
    }
  if (name.find('/') == std::string_view::npos)
    for (const Rule* r : rules)
      if (name_part(r->id) == name) out.candidates.push_back(r);
  if (out.candidates.size() == 1) {
    out.rule = out.candidates.front();
    out.candidates.clear();
    return out;
  }
  if (out.candidates.empty()) out.suggestion = closest_rule_id(name, rules);
  return out;
}

RuleLookup lookup_rule(std::string_view name) { return lookup_rule(name, catalogue()); }

long RuleContext::option(std::string_view name) const {
  if (auto it = options_.find(std::string(name)); it != options_.end()) return it->second;
  for (const auto& o : rule_.options)
    if (o.name == name) return o.default_value;
  return 0;
}

Diagnostic make_diagnostic(const Rule& rule, std::string target, Loc loc, std::string message,
                           std::vector<Related> related) {
  return Diagnostic{std::string(rule.id), rule.severity, std::move(message),
                    std::move(target),    loc,           std::move(related)};
}

void Findings::report(std::string target, Loc loc, std::string message,
                      std::vector<Related> related) {
  out_.push_back(
      make_diagnostic(rule_, std::move(target), loc, std::move(message), std::move(related)));
}

}  // namespace chainmap

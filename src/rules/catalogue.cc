#include <algorithm>

#include "chainmap/rules.h"
#include "rules/context.h"
#include "rules/group.h"

namespace chainmap {

std::span<const Rule* const> catalogue() {
  // Built once from constant rule descriptors; immutable afterwards.
  static const std::vector<const Rule*> all = [] {
    std::vector<const Rule*> rules;
    for (auto group : {rules::model_rules(), rules::ownership_rules(), rules::coverage_rules(),
                       rules::handover_rules(), rules::partner_rules(), rules::privacy_rules(),
                       rules::journey_rules(), rules::kpi_rules(), rules::waiver_rules()})
      rules.insert(rules.end(), group.begin(), group.end());
    std::sort(rules.begin(), rules.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
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

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const Rule* r : catalogue()) ids.emplace_back(r->id);
  return ids;
}

long RuleContext::option(std::string_view name) const {
  if (auto it = options_.find(std::string(name)); it != options_.end()) return it->second;
  for (const auto& o : rule_.options)
    if (o.name == name) return o.default_value;
  return 0;
}

void Findings::report(std::string target, Loc loc, std::string message, std::vector<Related> related) {
  out_.push_back(Diagnostic{std::string(rule_.id), rule_.severity, std::move(message),
                            std::move(target), loc, std::move(related)});
}

}  // namespace chainmap

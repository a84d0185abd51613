#include "rules/waivers.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "chainmap/suggest.h"
#include "rules/model/rules.h"
#include "rules/waiver/rules.h"

namespace chainmap {
namespace {

const std::vector<std::string> kTargetKinds = {
    "department", "handover", "info",  "journey", "kpi",   "model", "opportunity", "partner",
    "persona",    "role",     "shift", "sla",     "stage", "step",  "touchpoint",  "waiver"};

std::string key(std::string_view rule, std::string_view target) {
  std::string k(rule);
  k += '\n';
  k += target;
  return k;
}

// The parts of a target: its kind and the ids of its path ("handover", "order", "confirm",
// "pick" for handover:order/confirm->pick).
std::vector<std::string_view> target_parts(std::string_view target) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= target.size(); ++i) {
    const bool arrow = i + 1 < target.size() && target[i] == '-' && target[i + 1] == '>';
    if (i < target.size() && target[i] != ':' && target[i] != '/' && target[i] != '.' && !arrow)
      continue;
    parts.push_back(target.substr(start, i - start));
    if (arrow) ++i;
    start = i + 1;
  }
  return parts;
}

// How a waiver/unused message points at the finding its author most likely meant: a target
// one typo away ("did you mean"), or else the target of that rule sharing the most leading
// parts with it (same kind, same journey, same source step ...), the nearest by spelling
// among those. `candidates`: the targets the rule reports on in this run, sorted, unique.
std::string closest_target(const std::string& wanted, const std::vector<std::string>& candidates) {
  if (candidates.empty()) return ", nor anywhere else in the model; delete the waiver";
  if (auto near = closest(wanted, candidates)) return fmt::format("; did you mean '{}'?", *near);
  const auto want = target_parts(wanted);
  const std::string* best = nullptr;
  std::size_t best_shared = 0, best_distance = 0;
  for (const std::string& c : candidates) {
    const auto parts = target_parts(c);
    std::size_t shared = 0;
    while (shared < want.size() && shared < parts.size() && want[shared] == parts[shared]) ++shared;
    const std::size_t distance = edit_distance(wanted, c);
    if (!best || shared > best_shared || (shared == best_shared && distance < best_distance)) {
      best = &c;
      best_shared = shared;
      best_distance = distance;
    }
  }
  if (candidates.size() == 1) return fmt::format("; it reports on '{}' only", *best);
  return fmt::format("; of the {} targets it reports on, the closest is '{}'", candidates.size(),
                     *best);
}

std::string suggestion(const std::string& id) {
  return id.empty() ? std::string() : fmt::format("; did you mean '{}'?", id);
}

std::string waiver_target(const Waiver& w) { return fmt::format("waiver:{}", w.number); }

// The problem that keeps a complete waiver from silencing anything (an unknown rule, a rule
// whose findings cannot be waived, a malformed target), as a model/* finding; nullopt when
// the waiver is usable.
std::optional<Diagnostic> unusable(const Waiver& w, const Rule* rule) {
  if (!rule)
    return make_diagnostic(
        rules::model_unknown_reference, waiver_target(w), w.rule.loc,
        fmt::format("waiver {} names unknown rule '{}'{}", w.number, w.rule.value,
                    suggestion(closest_rule_id(w.rule.value, catalogue()))));
  if (!rule->controls.waivable)
    return make_diagnostic(rules::model_invalid_value, waiver_target(w), w.rule.loc,
                           fmt::format("{} findings cannot be waived", rule->id));
  const std::string& t = w.target.value;
  auto colon = t.find(':');
  std::string kind = t.substr(0, colon);
  if (std::find(kTargetKinds.begin(), kTargetKinds.end(), kind) == kTargetKinds.end() ||
      (colon == std::string::npos) != (kind == "model"))
    return make_diagnostic(
        rules::model_invalid_value, waiver_target(w), w.target.loc,
        fmt::format("invalid waiver target '{}': expected a target such as "
                    "step:<journey>/<step> or handover:<journey>/<from>-><to>{}",
                    t, colon == std::string::npos ? "" : did_you_mean(kind, kTargetKinds)));
  return std::nullopt;
}

enum class State : std::uint8_t { Unusable, Active, Expired };

// The targets each rule reports on, silenced or not, sorted and unique: where a waiver that
// matches nothing most likely meant to point.
std::unordered_map<std::string, std::vector<std::string>> targets_by_rule(
    const std::vector<Diagnostic>& findings) {
  std::unordered_map<std::string, std::vector<std::string>> targets;
  for (const auto& d : findings) targets[d.rule].push_back(d.target);
  for (auto& [rule, list] : targets) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return targets;
}

// A waiver/* finding with the rule's configured severity; nothing while the rule is off.
void report(const Rule& rule, const RuleConfig& config, const Waiver& w, Loc loc,
            std::string message, std::vector<Diagnostic>& out) {
  const Severity s = config.of(rule.id);
  if (s == Severity::Off) return;
  out.push_back(make_diagnostic(rule, waiver_target(w), loc, std::move(message)));
  out.back().severity = s;
}

}  // namespace

void apply_waivers(const Model& model, const RuleConfig& config, const Date& today,
                   std::vector<Diagnostic>& findings, std::vector<Diagnostic>& model_out) {
  // Waivers that can silence, by rule + target.
  std::unordered_map<std::string, std::vector<std::size_t>> active;
  std::vector<State> state(model.waivers.size(), State::Unusable);
  for (std::size_t i = 0; i < model.waivers.size(); ++i) {
    const Waiver& w = model.waivers[i];
    if (!w.complete) continue;
    const Rule* rule = find_rule(w.rule.value);
    if (auto problem = unusable(w, rule)) {
      model_out.push_back(std::move(*problem));
      continue;
    }
    state[i] = w.expires && *w.expires < today ? State::Expired : State::Active;
    if (state[i] == State::Active) active[key(rule->id, w.target.value)].push_back(i);
  }
  const auto targets = targets_by_rule(findings);

  // Silence the findings a waiver covers.
  std::vector<bool> used(model.waivers.size(), false);
  std::erase_if(findings, [&](const Diagnostic& d) {
    auto it = active.find(key(d.rule, d.target));
    if (it == active.end()) return false;
    for (std::size_t i : it->second) used[i] = true;
    return true;
  });

  for (std::size_t i = 0; i < model.waivers.size(); ++i) {
    const Waiver& w = model.waivers[i];
    if (state[i] == State::Expired) {
      bool reported_again = std::any_of(findings.begin(), findings.end(), [&](const Diagnostic& d) {
        return d.rule == w.rule.value && d.target == w.target.value;
      });
      report(rules::waiver_expired, config, w, w.expires_loc,
             fmt::format("waiver {} of {} on {} expired on {}{}", w.number, w.rule.value,
                         w.target.value, format_date(*w.expires),
                         reported_again ? "; the finding it silenced is reported again" : ""),
             findings);
    } else if (state[i] == State::Active && !used[i] && config.of(w.rule.value) != Severity::Off) {
      auto it = targets.find(w.rule.value);
      report(rules::waiver_unused, config, w, w.loc,
             fmt::format(
                 "waiver {} matches no finding: {} reports nothing on {}{}", w.number, w.rule.value,
                 w.target.value,
                 closest_target(w.target.value,
                                it == targets.end() ? std::vector<std::string>{} : it->second)),
             findings);
    }
  }
}

}  // namespace chainmap

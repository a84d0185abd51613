#include "rules/waivers.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "util/suggest.h"

namespace chainmap {
namespace {

const std::vector<std::string> kTargetKinds = {
    "department", "handover", "info",  "journey", "kpi",        "model",       "opportunity",
    "partner",    "persona",  "role",  "shift",   "sla",        "stage",       "step",
    "touchpoint", "waiver"};

std::string key(std::string_view rule, std::string_view target) {
  std::string k(rule);
  k += '\n';
  k += target;
  return k;
}

}  // namespace

void apply_waivers(const Model& model, const RuleConfig& config, const Date& today,
                   std::vector<Diagnostic>& findings, std::vector<Diagnostic>& model_out) {
  auto model_error = [&](std::string_view rule, const Waiver& w, Loc loc, std::string message) {
    model_out.push_back(Diagnostic{std::string(rule), Severity::Error, std::move(message),
                                   fmt::format("waiver:{}", w.number), loc, {}});
  };

  // Waivers that can silence, by rule + target.
  std::unordered_map<std::string, std::vector<std::size_t>> active;
  std::vector<bool> usable(model.waivers.size(), false), expired(model.waivers.size(), false),
      used(model.waivers.size(), false);
  for (std::size_t i = 0; i < model.waivers.size(); ++i) {
    const Waiver& w = model.waivers[i];
    if (!w.complete) continue;
    const Rule* rule = find_rule(w.rule.value);
    if (!rule) {
      model_error("model/unknown-reference", w, w.rule.loc,
                  fmt::format("waiver {} names unknown rule '{}'{}", w.number, w.rule.value,
                              did_you_mean(w.rule.value, rule_ids())));
      continue;
    }
    if (!rule->configurable() || rule->id.starts_with("waiver/")) {
      model_error("model/invalid-value", w, w.rule.loc,
                  fmt::format("{} findings cannot be waived", rule->id));
      continue;
    }
    const std::string& t = w.target.value;
    auto colon = t.find(':');
    std::string kind = t.substr(0, colon);
    if (std::find(kTargetKinds.begin(), kTargetKinds.end(), kind) == kTargetKinds.end() ||
        (colon == std::string::npos) != (kind == "model")) {
      model_error("model/invalid-value", w, w.target.loc,
                  fmt::format("invalid waiver target '{}': expected a target such as "
                              "step:<journey>/<step> or handover:<journey>/<from>-><to>{}",
                              t, colon == std::string::npos ? "" : did_you_mean(kind, kTargetKinds)));
      continue;
    }
    usable[i] = true;
    expired[i] = w.expires && *w.expires < today;
    if (!expired[i]) active[key(rule->id, t)].push_back(i);
  }

  // Silence the findings a waiver covers.
  std::erase_if(findings, [&](const Diagnostic& d) {
    auto it = active.find(key(d.rule, d.target));
    if (it == active.end()) return false;
    for (std::size_t i : it->second) used[i] = true;
    return true;
  });

  for (std::size_t i = 0; i < model.waivers.size(); ++i) {
    if (!usable[i]) continue;
    const Waiver& w = model.waivers[i];
    const std::string target = fmt::format("waiver:{}", w.number);
    if (expired[i]) {
      Severity s = config.of("waiver/expired");
      if (s == Severity::Off) continue;
      bool reported_again = std::any_of(findings.begin(), findings.end(), [&](const Diagnostic& d) {
        return d.rule == w.rule.value && d.target == w.target.value;
      });
      findings.push_back(Diagnostic{
          "waiver/expired", s,
          fmt::format("waiver {} of {} on {} expired on {}{}", w.number, w.rule.value,
                      w.target.value, format_date(*w.expires),
                      reported_again ? "; the finding it silenced is reported again" : ""),
          target, w.expires_loc, {}});
      continue;
    }
    if (used[i] || config.of(w.rule.value) == Severity::Off) continue;
    Severity s = config.of("waiver/unused");
    if (s == Severity::Off) continue;
    std::vector<std::string> candidates;
    for (const auto& d : findings)
      if (d.rule == w.rule.value) candidates.push_back(d.target);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    findings.push_back(Diagnostic{
        "waiver/unused", s,
        fmt::format("waiver {} matches no finding: {} reports nothing on {}{}", w.number,
                    w.rule.value, w.target.value, did_you_mean(w.target.value, candidates)),
        target, w.loc, {}});
  }
}

}  // namespace chainmap

// --baseline FILE (SPEC section 6): a previous `validate --format json` report. A finding whose
// rule + target appear in it is known: neither shown nor counted. The match ignores severity,
// message and position, so known findings stay known when lines move or a rule's severity is
// raised. Findings of model/* rules are never known (RuleControls::baselined): they cannot be
// switched off (SPEC section 3), and their target is mostly `model`, so a baseline holding one
// would hide every later one (a new syntax error, a new missing include).
//
// The report is read as a stream of JSON events (util/json_read.h), checking its shape on the
// way: no tree of a large report is kept, and every mistake is reported where it is.
#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "chainmap/report.h"
#include "chainmap/rules.h"
#include "util/json_read.h"

namespace chainmap {
namespace {

constexpr std::string_view kHint = "; expected a report of 'chainmap validate --format json'";

class BaselineReader final : public JsonHandler {
 public:
  explicit BaselineReader(Baseline& out) : out_(out) {}

  bool value(JsonKind kind, const nlohmann::json& scalar, std::size_t at) override {
    Role role = Role::Other;
    switch (parent()) {
      case Role::None:
        if (kind != JsonKind::Object)
          return fail(at, fmt::format("the report is {}, not an object{}", to_string(kind), kHint));
        report_at_ = at;
        role = Role::Report;
        break;
      case Role::Report:
        if (key_ == "tool" && scalar != "chainmap")
          return fail(at, fmt::format("\"tool\" is not \"chainmap\"{}", kHint));
        if (key_ == "diagnostics") {
          if (kind != JsonKind::Array)
            return fail(at,
                        fmt::format("\"diagnostics\" must be an array, not {}", to_string(kind)));
          has_diagnostics_ = true;
          role = Role::Diagnostics;
        }
        break;
      case Role::Diagnostics:
        if (kind != JsonKind::Object)
          return fail(at, fmt::format("a diagnostic must be an object, not {}", to_string(kind)));
        diagnostic_ = {at, std::nullopt, std::nullopt};
        role = Role::Diagnostic;
        break;
      case Role::Diagnostic:
        if (key_ == "rule" || key_ == "target") {
          if (kind != JsonKind::String)
            return fail(at, fmt::format("\"{}\" must be a string, not {}", key_, to_string(kind)));
          (key_ == "rule" ? diagnostic_.rule : diagnostic_.target) = scalar.get<std::string>();
        }
        break;
      case Role::Other:
        break;
    }
    if (kind == JsonKind::Array || kind == JsonKind::Object) open_.push_back(role);
    return true;
  }

  bool key(const std::string& name, std::size_t) override {
    if (parent() == Role::Report || parent() == Role::Diagnostic) key_ = name;
    return true;
  }

  bool end(JsonKind) override {
    Role role = open_.back();
    open_.pop_back();
    if (role == Role::Diagnostic) {
      if (!diagnostic_.rule) return fail(diagnostic_.at, "diagnostic has no \"rule\"");
      if (!diagnostic_.target) return fail(diagnostic_.at, "diagnostic has no \"target\"");
      out_.known.emplace(std::move(*diagnostic_.rule), std::move(*diagnostic_.target));
    }
    if (role == Role::Report && !has_diagnostics_)
      return fail(report_at_, fmt::format("no \"diagnostics\"{}", kHint));
    return true;
  }

 private:
  // What an open array or object is.
  enum class Role { None, Report, Diagnostics, Diagnostic, Other };
  Role parent() const { return open_.empty() ? Role::None : open_.back(); }

  Baseline& out_;
  std::vector<Role> open_;
  std::string key_;  // the member being read, of the report or of a diagnostic
  std::size_t report_at_ = 0;
  bool has_diagnostics_ = false;
  struct {
    std::size_t at = 0;
    std::optional<std::string> rule, target;
  } diagnostic_;
};

}  // namespace

bool parse_baseline(std::string_view text, Baseline& out, BaselineError& error) {
  out.known.clear();
  BaselineReader reader(out);
  JsonError json_error;
  if (read_json(text, reader, json_error)) return true;
  error = {json_error.line, json_error.column,
           json_error.syntax ? "invalid JSON: " + json_error.message : json_error.message};
  return false;
}

std::size_t apply_baseline(const Baseline& baseline, std::vector<Diagnostic>& diagnostics) {
  auto known = [&](const Diagnostic& d) {
    const Rule* rule = find_rule(d.rule);
    return rule && rule->controls.baselined && baseline.known.contains({d.rule, d.target});
  };
  auto removed = std::remove_if(diagnostics.begin(), diagnostics.end(), known);
  std::size_t count = static_cast<std::size_t>(diagnostics.end() - removed);
  diagnostics.erase(removed, diagnostics.end());
  return count;
}

}  // namespace chainmap

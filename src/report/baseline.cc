// --baseline FILE (SPEC section 6): a previous `validate --format json` report. A finding whose
// rule + target appear in it is known: neither shown nor counted. The match ignores severity,
// message and position, so known findings stay known when lines move or a rule's severity is
// raised. `model/*` findings are never known: they cannot be switched off (SPEC section 3), and
// their target is always `model`, so a baseline holding one would hide every later one (a new
// syntax error, a new missing include).
#include <algorithm>

#include <fmt/format.h>

#include "chainmap/report.h"
#include "util/json_read.h"

namespace chainmap {
namespace {

bool fail(BaselineError& error, const JsonValue& at, std::string message) {
  error = {at.line, at.column, std::move(message)};
  return false;
}

// The string member `key` of a diagnostic, or an error at the diagnostic.
const std::string* string_member(const JsonValue& diagnostic, std::string_view key,
                                 BaselineError& error) {
  const JsonValue* v = diagnostic.find(key);
  if (!v) {
    fail(error, diagnostic, fmt::format("diagnostic has no \"{}\"", key));
    return nullptr;
  }
  if (v->kind != JsonValue::Kind::String) {
    fail(error, *v, fmt::format("\"{}\" must be a string, not {}", key, to_string(v->kind)));
    return nullptr;
  }
  return &v->text;
}

}  // namespace

bool parse_baseline(std::string_view text, Baseline& out, BaselineError& error) {
  JsonValue doc;
  JsonError json_error;
  if (!parse_json(text, doc, json_error)) {
    error = {json_error.line, json_error.column, "invalid JSON: " + json_error.message};
    return false;
  }
  constexpr std::string_view kHint = "; expected a report of 'chainmap validate --format json'";
  if (doc.kind != JsonValue::Kind::Object)
    return fail(error, doc, fmt::format("the report is {}, not an object{}", to_string(doc.kind), kHint));
  if (const JsonValue* tool = doc.find("tool");
      tool && (tool->kind != JsonValue::Kind::String || tool->text != "chainmap"))
    return fail(error, *tool, fmt::format("\"tool\" is not \"chainmap\"{}", kHint));
  const JsonValue* diagnostics = doc.find("diagnostics");
  if (!diagnostics) return fail(error, doc, fmt::format("no \"diagnostics\"{}", kHint));
  if (diagnostics->kind != JsonValue::Kind::Array)
    return fail(error, *diagnostics,
                fmt::format("\"diagnostics\" must be an array, not {}", to_string(diagnostics->kind)));
  out.known.clear();
  for (const JsonValue& d : diagnostics->items) {
    if (d.kind != JsonValue::Kind::Object)
      return fail(error, d, fmt::format("a diagnostic must be an object, not {}", to_string(d.kind)));
    const std::string* rule = string_member(d, "rule", error);
    if (!rule) return false;
    const std::string* target = string_member(d, "target", error);
    if (!target) return false;
    out.known.emplace(*rule, *target);
  }
  return true;
}

std::size_t apply_baseline(const Baseline& baseline, std::vector<Diagnostic>& diagnostics) {
  auto known = [&](const Diagnostic& d) {
    return !d.rule.starts_with("model/") && baseline.known.contains({d.rule, d.target});
  };
  auto removed = std::remove_if(diagnostics.begin(), diagnostics.end(), known);
  std::size_t count = static_cast<std::size_t>(diagnostics.end() - removed);
  diagnostics.erase(removed, diagnostics.end());
  return count;
}

}  // namespace chainmap

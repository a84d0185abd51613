// textDocument/hover: the findings at the cursor (the rule's summary and how to fix it), the
// id under the cursor (what it names, its kind, where it is declared), and the key under the
// cursor (its description in the JSON Schema).
#include <fmt/format.h>

#include "chainmap/rules.h"
#include "lsp/cursor.h"
#include "lsp/features.h"
#include "lsp/protocol.h"
#include "lsp/schema_nav.h"

namespace chainmap::lsp {

std::optional<std::uint32_t> file_in(const Analysis& analysis, const Document& doc) {
  if (doc.path.empty()) return std::nullopt;
  return analysis.checked->sources.find(doc.path);
}

namespace {

// The "How to fix" section of a rule's page.
std::string how_to_fix(const Rule& rule) {
  const std::string_view doc = rule.doc;
  constexpr std::string_view heading = "## How to fix\n";
  const std::size_t at = doc.find(heading);
  if (at == std::string_view::npos) return {};
  std::string_view rest = doc.substr(at + heading.size());
  if (const std::size_t end = rest.find("\n#"); end != std::string_view::npos)
    rest = rest.substr(0, end);
  while (!rest.empty() && (rest.back() == '\n' || rest.back() == ' ')) rest.remove_suffix(1);
  return std::string(rest);
}

std::string finding_text(const Diagnostic& d, const std::string& rules_url) {
  std::string out = fmt::format("**{}** ({}): {}", d.rule, to_string(d.severity), d.message);
  if (const Rule* rule = find_rule(d.rule)) {
    std::string summary(rule->summary);
    if (!summary.empty())
      summary[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(summary[0])));
    out += fmt::format("\n\n{}.", summary);
    if (std::string fix = how_to_fix(*rule); !fix.empty())
      out += fmt::format("\n\n**How to fix:** {}", fix);
    out += fmt::format("\n\n[{} in docs/rules.md]({}#{})", d.rule, rules_url, rule_anchor(d.rule));
  }
  return out;
}

std::string symbol_text(const Analysis& a, const Symbol& s) {
  if (s.kind == Kind::Customer)
    return "**customer** `customer`: the customer as actor (a reserved owner; steps it owns are "
           "interactions, not handovers)";
  if (s.kind == Kind::Rule) {
    const Rule* rule = find_rule(s.id);
    if (!rule) return fmt::format("**rule** `{}`", s.id);
    return fmt::format("**rule** `{}` (default {}): {}", s.id, to_string(rule->severity),
                       rule->summary);
  }
  std::string out = fmt::format("**{}** `{}`", kind_name(s.kind), s.id);
  if (!s.name.empty()) out += fmt::format(": {}", s.name);
  if (!s.detail.empty()) out += fmt::format("\n\n{}", s.detail);
  if (s.decl.valid() && s.decl.file < a.checked->sources.size())
    out += fmt::format("\n\nDeclared in {}:{}:{}", a.checked->sources.at(s.decl.file).display,
                       s.decl.line, s.decl.column);
  return out;
}

}  // namespace

json hover(const FeatureContext& cx, Position position) {
  const Lines lines(cx.doc.text);
  if (position.line >= lines.count()) return nullptr;
  const std::size_t column = lines.column_bytes(position, cx.encoding);
  std::vector<std::string> parts;
  std::optional<Range> range;
  // The range of the first thing found (a finding, else the id, else the key).
  const auto found_at = [&](const Range& r) {
    if (!range) range = r;
  };

  for (const auto& a : cx.analyses) {
    const auto file = file_in(*a, cx.doc);
    if (!file) continue;
    for (const Diagnostic& d : a->checked->diagnostics) {
      if (d.loc.file != *file) continue;
      const Range r = lines.range(d.loc, cx.encoding);
      if (!r.contains(position)) continue;
      std::string text = finding_text(d, cx.options.rules_url);
      if (std::find(parts.begin(), parts.end(), text) == parts.end())
        parts.push_back(std::move(text));
      found_at(r);
    }
    if (const Occurrence* o =
            a->index.at(*file, position.line + 1, static_cast<std::uint32_t>(column))) {
      std::string text = symbol_text(*a, a->index.symbols()[o->symbol]);
      if (std::find(parts.begin(), parts.end(), text) == parts.end())
        parts.push_back(std::move(text));
      found_at(lines.range(o->loc, cx.encoding));
    }
    break;  // the nearest model answers; others would repeat it
  }
  if (parts.empty()) {
    if (auto key = key_at(lines, position.line, column)) {
      if (std::string d = Schema::get().description(key->path); !d.empty()) {
        parts.push_back(fmt::format("**{}**: {}", key->path.back().key, d));
        const std::string_view line = lines.line(position.line);
        const std::uint32_t begin = count_units(line.substr(0, key->begin), cx.encoding);
        found_at(Range{
            {position.line, begin},
            {position.line,
             begin + count_units(line.substr(key->begin, key->end - key->begin), cx.encoding)}});
      }
    }
  }
  if (parts.empty()) return nullptr;
  std::string value;
  for (const std::string& p : parts) value += (value.empty() ? "" : "\n\n---\n\n") + p;
  json out = {{"contents", {{"kind", "markdown"}, {"value", value}}}};
  if (range) out["range"] = to_json(*range);
  return out;
}

}  // namespace chainmap::lsp

// textDocument/codeAction: for a finding under the cursor, apply its "did you mean" suggestion,
// or add a waiver for it (rule, target, a reason to fill in, an expiry 90 days out) to the
// root file's `waivers`.
#include <algorithm>

#include <fmt/format.h>

#include "chainmap/rules.h"
#include "chainmap/suggest.h"
#include "lsp/features.h"
#include "lsp/protocol.h"

namespace chainmap::lsp {
namespace fs = std::filesystem;

namespace {

constexpr int kWaiverDays = 90;
constexpr std::string_view kReasonPlaceholder = "TODO: say why this finding is accepted";

Date add_days(Date d, int days) {
  static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const auto month_length = [](int year, int month) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : lengths[month - 1];
  };
  if (d.month < 1 || d.month > 12) return d;
  for (int i = 0; i < days; ++i) {
    if (++d.day > month_length(d.year, d.month)) {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        ++d.year;
      }
    }
  }
  return d;
}

// The suggestion at the end of a message: "...; did you mean 'x'?".
std::optional<std::string> suggestion(const std::string& message) {
  constexpr std::string_view marker = "did you mean '";
  const std::size_t at = message.rfind(marker);
  if (at == std::string::npos) return std::nullopt;
  const std::size_t begin = at + marker.size();
  const std::size_t end = message.find("'?", begin);
  if (end == std::string::npos || end == begin) return std::nullopt;
  return message.substr(begin, end - begin);
}

json text_edit(const Range& range, const std::string& text) {
  return json{{"range", to_json(range)}, {"newText", text}};
}

json workspace_edit(const std::string& uri, json edits) {
  return json{{"changes", {{uri, std::move(edits)}}}};
}

// Replace the misspelt part of the value with the suggestion: the whole value, or only the
// segment of a `journey/step` link that the suggestion is for.
std::optional<json> apply_suggestion(const FeatureContext& cx, const Lines& lines,
                                     const Diagnostic& d, const json& lsp_diagnostic) {
  const auto meant = suggestion(d.message);
  if (!meant || d.loc.length == 0 || d.loc.line == 0) return std::nullopt;
  const std::string_view line = lines.line(d.loc.line - 1);
  std::size_t begin = d.loc.column - 1,
              end = std::min<std::size_t>(begin + d.loc.length, line.size());
  if (begin >= end) return std::nullopt;
  if (end - begin >= 2 && (line[begin] == '"' || line[begin] == '\'') &&
      line[end - 1] == line[begin]) {
    ++begin;
    --end;
  }
  std::string written(line.substr(begin, end - begin));
  const auto slashes = [](std::string_view s) { return std::count(s.begin(), s.end(), '/'); };
  if (slashes(written) != slashes(*meant) && slashes(*meant) == 0) {
    // Pick the closest segment.
    std::size_t best_begin = 0, best_end = written.size(), best = SIZE_MAX;
    for (std::size_t start = 0; start <= written.size();) {
      const std::size_t stop = std::min(written.find('/', start), written.size());
      const std::size_t distance = edit_distance(written.substr(start, stop - start), *meant);
      if (distance < best) {
        best = distance;
        best_begin = start;
        best_end = stop;
      }
      start = stop + 1;
    }
    begin += best_begin;
    end = begin + (best_end - best_begin);
    written = written.substr(best_begin, best_end - best_begin);
  }
  if (written == *meant) return std::nullopt;
  const auto row = static_cast<std::uint32_t>(d.loc.line - 1);
  const Range range{{row, count_units(line.substr(0, begin), cx.encoding)},
                    {row, count_units(line.substr(0, end), cx.encoding)}};
  return json{{"title", fmt::format("Change '{}' to '{}'", written, *meant)},
              {"kind", "quickfix"},
              {"isPreferred", true},
              {"diagnostics", json::array({lsp_diagnostic})},
              {"edit", workspace_edit(cx.doc.uri, json::array({text_edit(range, *meant)}))}};
}

bool blank_or_comment(std::string_view s) {
  const std::size_t i = s.find_first_not_of(" \t");
  return i == std::string_view::npos || s[i] == '#';
}

// The edit that adds a waiver entry to the root file's top-level `waivers`; nullopt when
// `waivers` is written in a form this cannot extend safely.
std::optional<json> waiver_edit(const std::string& root_text, Encoding encoding,
                                const std::string& rule, const std::string& target,
                                const Date& expires) {
  const Lines lines(root_text);
  const std::string reason = fmt::format("\"{}\"", kReasonPlaceholder);
  const std::string date = format_date(expires);
  const auto block = [&](const std::string& indent) {
    return fmt::format("{0}- rule: {1}\n{0}  target: {2}\n{0}  reason: {3}\n{0}  expires: {4}\n",
                       indent, rule, target, reason, date);
  };
  const Position end_of_text = lines.position(root_text.size(), encoding);
  const std::string newline = root_text.empty() || root_text.back() == '\n' ? "" : "\n";
  constexpr std::string_view key = "waivers:";
  for (std::size_t l = 0; l < lines.count(); ++l) {
    const std::string_view s = lines.line(l);
    if (!s.starts_with(key)) continue;
    const auto row = static_cast<std::uint32_t>(l);
    std::string_view value = s.substr(key.size());
    if (const std::size_t hash = value.find(" #"); hash != std::string_view::npos)
      value = value.substr(0, hash);
    const std::size_t first = value.find_first_not_of(" \t");
    const std::size_t last = value.find_last_not_of(" \t");
    const std::string_view written = first == std::string_view::npos
                                         ? std::string_view{}
                                         : value.substr(first, last - first + 1);
    if (written == "[]" || written == "~" || written == "null") {
      // An empty list written inline becomes a block list.
      const Position from{row, count_units(s.substr(0, key.size()), encoding)};
      const Position to{row, count_units(s.substr(0, key.size() + value.size()), encoding)};
      std::string items = block("  ");
      items.pop_back();
      return text_edit(Range{from, to}, "\n" + items);
    }
    if (written.starts_with('[')) {
      // A flow list with items: the new waiver goes first.
      const Position p{row, count_units(s.substr(0, key.size() + first + 1), encoding)};
      return text_edit(Range{p, p},
                       fmt::format(" {{rule: {}, target: {}, reason: {}, expires: {}}},", rule,
                                   target, reason, date));
    }
    if (!written.empty()) return std::nullopt;
    // A block list: after its last line, with the indentation of its items.
    std::size_t end = l;
    std::string indent = "  ";
    bool seen_item = false;
    for (std::size_t k = l + 1; k < lines.count(); ++k) {
      const std::string_view t = lines.line(k);
      if (blank_or_comment(t)) continue;
      if (t[0] != ' ' && t[0] != '-' && t[0] != '\t') break;
      if (!seen_item) {
        const std::size_t dash = t.find_first_not_of(' ');
        if (dash != std::string_view::npos && t[dash] == '-') {
          indent = std::string(dash, ' ');
          seen_item = true;
        }
      }
      end = k;
    }
    if (end + 1 >= lines.count())
      return text_edit(Range{end_of_text, end_of_text}, newline + block(indent));
    const Position at{static_cast<std::uint32_t>(end + 1), 0};
    return text_edit(Range{at, at}, block(indent));
  }
  return text_edit(Range{end_of_text, end_of_text}, newline + "\nwaivers:\n" + block("  "));
}

std::optional<json> add_waiver(const FeatureContext& cx, const Analysis& a, const Diagnostic& d,
                               const json& lsp_diagnostic) {
  const Rule* rule = find_rule(d.rule);
  if (!rule || !rule->configurable() || d.target.empty() || a.checked->files.empty())
    return std::nullopt;
  const fs::path& root = a.checked->files.front();
  const auto root_index = a.checked->sources.find(root);
  if (!root_index) return std::nullopt;
  // The root's text as the model was checked: its buffer when open, else the file.
  const std::string& text = a.checked->sources.at(*root_index).text;
  const Date expires = add_days(cx.today, kWaiverDays);
  auto edit = waiver_edit(text, cx.encoding, d.rule, d.target, expires);
  if (!edit) return std::nullopt;
  return json{{"title", fmt::format("Add a waiver for {} on {} to {}", d.rule, d.target,
                                    root.filename().string())},
              {"kind", "quickfix"},
              {"diagnostics", json::array({lsp_diagnostic})},
              {"edit", workspace_edit(cx.uri_of(root), json::array({std::move(*edit)}))}};
}

}  // namespace

json code_actions(const FeatureContext& cx, Range range, const std::vector<std::string>& only) {
  json out = json::array();
  if (!only.empty() && std::none_of(only.begin(), only.end(), [](const std::string& k) {
        return k == "quickfix" || k.empty();
      }))
    return out;
  if (cx.analyses.empty()) return out;
  const Analysis& a = *cx.analyses.front();
  const auto file = file_in(a, cx.doc);
  if (!file) return out;
  const Lines lines(cx.doc.text);
  // The findings of this file as published, in the model's order.
  const auto mine = a.diagnostics.find(cx.doc.path);
  if (mine == a.diagnostics.end()) return out;
  std::size_t n = 0;  // position among this file's findings, parallel to `converted`
  for (const Diagnostic& d : a.checked->diagnostics) {
    if (d.loc.file != *file) continue;
    const json& lsp_diagnostic = mine->second.at(n++);
    const Range r = lines.range(d.loc, cx.encoding);
    if (r.end < range.start || range.end < r.start) continue;
    if (auto fix = apply_suggestion(cx, lines, d, lsp_diagnostic)) out.push_back(std::move(*fix));
    if (auto waiver = add_waiver(cx, a, d, lsp_diagnostic)) out.push_back(std::move(*waiver));
  }
  return out;
}

}  // namespace chainmap::lsp

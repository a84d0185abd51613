#include <fmt/format.h>

#include "chainmap/printable.h"
#include "chainmap/report.h"
#include "report/snippet.h"

namespace chainmap {
namespace {

constexpr std::string_view kReset = "\033[0m", kBold = "\033[1m", kRed = "\033[1;31m",
                           kMagenta = "\033[1;35m", kCyan = "\033[1;36m", kGreen = "\033[1;32m";

class Painter {
 public:
  explicit Painter(bool on) : on_(on) {}
  std::string operator()(std::string_view code, std::string_view text) const {
    return on_ ? fmt::format("{}{}{}", code, text, kReset) : std::string(text);
  }

 private:
  bool on_;
};

std::string_view severity_color(Severity s) {
  return s == Severity::Error ? kRed : s == Severity::Warning ? kMagenta : kCyan;
}

void append_location(std::string& out, const Report& report, const Painter& paint, const Loc& loc,
                     std::string_view severity_code, std::string_view severity,
                     std::string_view message, std::string_view rule) {
  std::string where;
  if (loc.file < report.sources.size()) {
    where = printable(report.sources.at(loc.file).display);
    if (loc.valid()) where += fmt::format(":{}:{}", loc.line, loc.column);
  } else {
    where = "chainmap";
  }
  out += paint(kBold, where + ":");
  out += ' ';
  out += paint(severity_code, std::string(severity) + ":");
  out += ' ';
  out += paint(kBold, printable(message));
  if (!rule.empty()) out += " " + paint(severity_code, fmt::format("[{}]", rule));
  out += '\n';
  if (!loc.valid() || loc.file >= report.sources.size()) return;
  std::string_view line = report.sources.line(loc.file, loc.line);
  if (line.empty() && report.sources.at(loc.file).text.empty()) return;
  auto [shown, caret] = report::snippet(line, loc.column, loc.length);
  out += fmt::format("{:>5} | {}\n", loc.line, shown);
  out += fmt::format("{:>5} | {}\n", "", paint(kGreen, caret));
}

}  // namespace

std::string format_summary(const Report& report, const TextStyle& style) {
  Painter paint(style.color);
  Summary s = summary_of(report);
  // Always the plural form: scripts parse this line.
  std::string line = fmt::format("{} errors, {} warnings, {} notes in {} files", s.errors,
                                 s.warnings, s.notes, report.files.size());
  return paint(kBold, line) + "\n";
}

std::string format_text(const Report& report, const TextStyle& style) {
  Painter paint(style.color);
  std::string out;
  for (const Diagnostic& d : report.diagnostics) {
    append_location(out, report, paint, d.loc, severity_color(d.severity), to_string(d.severity),
                    d.message, d.rule);
    for (const Related& r : d.related)
      append_location(out, report, paint, r.loc, kCyan, "note", r.message, "");
  }
  out += format_summary(report, style);
  return out;
}

}  // namespace chainmap

// --format github: GitHub Actions workflow commands, which the runner turns into annotations on
// the pull request. One command a finding; related locations are appended to the message as
// extra lines (annotations have a single position).
#include "report/github.h"

#include <fmt/format.h>

#include "chainmap/printable.h"
#include "report/common.h"

namespace chainmap {
namespace report {
namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// SARIF's level, but GitHub calls a note a notice.
std::string_view command(Severity severity) {
  const std::string_view sarif = level(severity);
  return sarif == "note" ? "notice" : sarif;
}

// `file=F,line=L,col=C,endColumn=E,` for as much of the position as is known.
std::string properties(const Position& p) {
  if (!p.file) return "";
  std::string out = fmt::format("file={},", github_escape_property(printable(p.file->display)));
  if (p.line) out += fmt::format("line={},", p.line);
  if (p.column) out += fmt::format("col={},", p.column);
  if (p.end_column) out += fmt::format("endColumn={},", p.end_column);
  return out;
}

std::string where(const Position& p) {
  if (!p.file) return "chainmap";
  std::string out = p.file->display;
  if (p.line) out += fmt::format(":{}", p.line);
  if (p.column) out += fmt::format(":{}", p.column);
  return out;
}

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }
std::string github_escape_property(std::string_view text) { return escape(text, true); }

}  // namespace report

std::string format_github(const Report& r) {
  using namespace report;
  std::string out;
  for (const Diagnostic& d : r.diagnostics) {
    // printable(): the log is shown like a terminal; a hostile model must not drive it.
    std::string message = printable(d.message);
    for (const Related& related : d.related)
      message += fmt::format("\n{}: {}", printable(where(position(r, related.loc))),
                             printable(related.message));
    out += fmt::format("::{} {}title={}::{}\n", command(d.severity), properties(position(r, d.loc)),
                       github_escape_property(d.rule), github_escape_data(message));
  }
  out += format_summary(r, TextStyle{false});
  return out;
}

}  // namespace chainmap

// --format junit: JUnit XML as GitLab (artifacts:reports:junit) and Jenkins (junit step) read
// it. One testsuite "chainmap"; one testcase per model file, named by its path; one <failure>
// per error finding in that file. Warnings and notes do not fail a test: they go, one line
// each, into the testcase's <system-out>. Findings with no file form a testcase "(model)".
#include <fmt/format.h>

#include "chainmap/printable.h"
#include "report/common.h"
#include "util/escape.h"

namespace chainmap {
namespace {

// Text for an XML 1.0 attribute or element: markup characters escaped; control characters
// other than line breaks (not allowed in XML 1.0 even escaped) and invalid UTF-8 replaced by
// printable().
std::string xml(std::string_view text) {
  std::string shown;
  for (std::size_t start = 0;;) {
    std::size_t end = text.find('\n', start);
    shown += printable(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    shown += '\n';
    start = end + 1;
  }
  return html_escape(shown);  // & < > " ' : the XML escapes too
}

// `path:line:col: severity: message [rule]`, as in the text output (byte columns).
std::string line_of(const Report& r, const Loc& loc, std::string_view severity,
                    std::string_view message, std::string_view rule) {
  std::string where = "chainmap";
  if (loc.file < r.sources.size()) {
    where = r.sources.at(loc.file).display;
    if (loc.valid()) where += fmt::format(":{}:{}", loc.line, loc.column);
  }
  std::string out = fmt::format("{}: {}: {}", where, severity, message);
  if (!rule.empty()) out += fmt::format(" [{}]", rule);
  return out;
}

struct Case {
  std::string name;
  std::vector<const Diagnostic*> failures, others;
};

}  // namespace

std::string format_junit(const Report& r) {
  std::vector<Case> cases;
  std::vector<std::uint32_t> files = report::report_files(r);
  for (auto f : files) cases.push_back({r.sources.at(f).display, {}, {}});
  Case no_file{"(model)", {}, {}};
  for (const Diagnostic& d : r.diagnostics) {
    Case* c = &no_file;
    for (std::size_t i = 0; i < files.size(); ++i)
      if (files[i] == d.loc.file) c = &cases[i];
    (d.severity == Severity::Error ? c->failures : c->others).push_back(&d);
  }
  if (!no_file.failures.empty() || !no_file.others.empty()) cases.push_back(std::move(no_file));

  // Counts are of test cases, as JUnit readers expect: a file with errors is one failed test.
  std::size_t failures = 0;
  for (const Case& c : cases) failures += c.failures.empty() ? 0 : 1;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"chainmap\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                     cases.size(), failures);
  out += fmt::format(
      "  <testsuite name=\"chainmap validate\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
      "skipped=\"0\">\n",
      cases.size(), failures);
  for (const Case& c : cases) {
    std::string attributes = fmt::format("name=\"{0}\" classname=\"chainmap\"", xml(c.name));
    if (c.name != "(model)") attributes += fmt::format(" file=\"{}\"", xml(c.name));
    if (c.failures.empty() && c.others.empty()) {
      out += fmt::format("    <testcase {}/>\n", attributes);
      continue;
    }
    out += fmt::format("    <testcase {}>\n", attributes);
    for (const Diagnostic* d : c.failures) {
      std::string body = line_of(r, d->loc, "error", d->message, d->rule);
      for (const Related& related : d->related)
        body += "\n" + line_of(r, related.loc, "note", related.message, "");
      out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", xml(d->rule),
                         xml(d->message), xml(body));
    }
    if (!c.others.empty()) {
      out += "      <system-out>";
      for (const Diagnostic* d : c.others)
        out += xml(line_of(r, d->loc, to_string(d->severity), d->message, d->rule)) + "\n";
      out += "</system-out>\n";
    }
    out += "    </testcase>\n";
  }
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace chainmap

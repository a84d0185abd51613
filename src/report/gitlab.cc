// --format gitlab: a GitLab Code Quality report (artifacts:reports:codequality), the subset of
// the Code Climate issue format that GitLab reads ("Implement a custom tool" in GitLab's Code
// Quality documentation): an array of issues, each with description, check_name, fingerprint,
// severity, location.path and location.lines.begin. GitLab shows findings with the same
// fingerprint as one, so the fingerprints are those of SARIF (report::fingerprints): from rule
// and target, and all different. Paths are as in the json output, relative to the working
// directory: run chainmap from the repository root and they are repository-relative, as GitLab
// wants. No byte order mark (GitLab refuses one).
#include "chainmap/report.h"
#include "report/common.h"
#include "util/json.h"

namespace chainmap {
namespace {

// GitLab's scale is info, minor, major, critical, blocker. chainmap has three severities and
// maps them to the lower three: critical and blocker are left for tools whose findings break
// running systems. A finding ranks higher in GitLab when a model's lint settings raise it to
// error, not through a second severity kept here.
std::string_view severity(Severity s) {
  switch (s) {
    case Severity::Error:
      return "major";
    case Severity::Warning:
      return "minor";
    default:
      return "info";
  }
}

}  // namespace

std::string format_gitlab(const Report& r) {
  const std::vector<std::string> fingerprints = report::fingerprints(r);
  const std::vector<std::uint32_t> files = report::report_files(r);
  JsonWriter w;
  w.begin_array();
  for (std::size_t i = 0; i < r.diagnostics.size(); ++i) {
    const Diagnostic& d = r.diagnostics[i];
    report::Position p = report::position(r, d.loc);
    // GitLab needs a file and a line: a finding without one is put on the root model's first
    // line, where the merge request widget still lists it.
    const SourceFile* file = p.file          ? p.file
                             : files.empty() ? nullptr
                                             : &r.sources.at(files.front());
    w.begin_object();
    w.field("description", d.message)
        .field("check_name", d.rule)
        .field("fingerprint", fingerprints[i])
        .field("severity", severity(d.severity));
    w.key("location").begin_object();
    w.field("path", file ? std::string_view(file->display) : std::string_view("chainmap.yaml"));
    w.key("lines").begin_object().field("begin", p.line ? p.line : 1u).end_object();
    w.end_object();
    w.end_object();
  }
  w.end_array();
  return w.str();
}

}  // namespace chainmap

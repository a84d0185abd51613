#include "util/json.h"
#include "chainmap/report.h"
#include "chainmap/version.h"

namespace chainmap {
namespace {

void location(JsonWriter& w, const Report& report, const Loc& loc) {
  if (loc.file < report.sources.size())
    w.field("file", report.sources.at(loc.file).display);
  else
    w.key("file").null();
  w.field("line", loc.line).field("column", loc.column);
}

}  // namespace

std::string format_json(const Report& report) {
  JsonWriter w;
  w.begin_object();
  w.field("tool", "chainmap").field("version", kVersion);
  w.key("files").begin_array();
  for (auto f : report.files) w.value(report.sources.at(f).display);
  w.end_array();
  w.key("diagnostics").begin_array();
  for (const Diagnostic& d : report.diagnostics) {
    w.begin_object();
    w.field("rule", d.rule)
        .field("severity", to_string(d.severity))
        .field("message", d.message)
        .field("target", d.target);
    location(w, report, d.loc);
    w.key("related").begin_array();
    for (const Related& r : d.related) {
      w.begin_object();
      location(w, report, r.loc);
      w.field("message", r.message);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  Summary s = summary_of(report);
  w.key("summary").begin_object();
  w.field("errors", static_cast<std::uint64_t>(s.errors))
      .field("warnings", static_cast<std::uint64_t>(s.warnings))
      .field("notes", static_cast<std::uint64_t>(s.notes));
  w.end_object();
  w.end_object();
  return w.str();
}

}  // namespace chainmap

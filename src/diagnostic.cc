#include "chainmap/diagnostic.h"

namespace chainmap {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::Off:
      return "off";
    case Severity::Note:
      return "note";
    case Severity::Warning:
      return "warning";
    case Severity::Error:
      return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "off") return Severity::Off;
  if (text == "note") return Severity::Note;
  if (text == "warning") return Severity::Warning;
  if (text == "error") return Severity::Error;
  return std::nullopt;
}

Summary summarize(const std::vector<Diagnostic>& diagnostics) {
  Summary s;
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::Error)
      ++s.errors;
    else if (d.severity == Severity::Warning)
      ++s.warnings;
    else if (d.severity == Severity::Note)
      ++s.notes;
  }
  return s;
}

}  // namespace chainmap

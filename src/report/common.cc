#include "report/common.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "chainmap/printable.h"

namespace chainmap {

Summary summary_of(const Report& report) {
  return report.counted ? *report.counted : summarize(report.diagnostics);
}

namespace report {
namespace {

// UTF-16 code units in the first `bytes` bytes of `line` (an invalid byte counts as one, as
// does each byte past the end of the line).
std::uint32_t utf16_units(std::string_view line, std::size_t bytes) {
  std::uint32_t units = 0;
  std::size_t i = 0;
  while (i < bytes && i < line.size()) {
    std::size_t len = utf8_length(line, i);
    if (len == 0) len = 1;
    units += len == 4 ? 2 : 1;
    i += len;
  }
  if (bytes > i) units += static_cast<std::uint32_t>(bytes - i);
  return units;
}

// FNV-1a, 64 bits: small, and the same on every machine (std::hash is not).
std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace

Position position(const Report& report, const Loc& loc) {
  Position p;
  if (loc.file >= report.sources.size()) return p;
  p.file = &report.sources.at(loc.file);
  if (!loc.valid()) return p;
  p.line = loc.line;
  if (loc.column == 0) return p;
  std::string_view text = report.sources.line(loc.file, loc.line);
  p.column = utf16_units(text, loc.column - 1) + 1;
  if (loc.length > 0) p.end_column = utf16_units(text, loc.column - 1 + loc.length) + 1;
  return p;
}

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    default:
      return "note";
  }
}

std::vector<std::uint32_t> report_files(const Report& report) {
  std::vector<std::uint32_t> files = report.files;
  std::vector<std::uint32_t> extra;
  auto add = [&](const Loc& loc) {
    if (loc.file < report.sources.size() &&
        std::find(files.begin(), files.end(), loc.file) == files.end() &&
        std::find(extra.begin(), extra.end(), loc.file) == extra.end())
      extra.push_back(loc.file);
  };
  for (const Diagnostic& d : report.diagnostics) add(d.loc);
  std::sort(extra.begin(), extra.end(), [&](std::uint32_t a, std::uint32_t b) {
    return report.sources.at(a).display < report.sources.at(b).display;
  });
  files.insert(files.end(), extra.begin(), extra.end());
  return files;
}

std::vector<std::string> fingerprints(const Report& report) {
  std::vector<std::string> out;
  out.reserve(report.diagnostics.size());
  std::map<std::uint64_t, int> seen;
  for (const Diagnostic& d : report.diagnostics) {
    std::uint64_t hash = fnv1a(d.rule + "\n" + d.target);
    out.push_back(fmt::format("{:016x}:{}", hash, ++seen[hash]));
  }
  return out;
}

}  // namespace report
}  // namespace chainmap

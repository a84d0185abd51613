#include "chainmap/coverage.h"

#include <fmt/format.h>

namespace chainmap {

WeekHours uncovered(const WeekHours& service, std::span<const WeekHours> shifts) {
  WeekHours on_shift;
  for (const WeekHours& shift : shifts) on_shift.minutes |= shift.minutes;
  return WeekHours{service.minutes & ~on_shift.minutes};
}

std::string describe_gaps(std::span<const MinuteRange> gaps, std::size_t shown) {
  std::string out;
  for (std::size_t i = 0; i < gaps.size() && i < shown; ++i) {
    if (i > 0) out += ", ";
    out += format_range(gaps[i]);
  }
  if (gaps.size() > shown) out += fmt::format(" and {} more", gaps.size() - shown);
  return out;
}

Coverage Coverage::compute(const Graph& graph) {
  const Model& m = *graph.model;
  Coverage c;
  c.departments.resize(m.departments.size());
  for (std::size_t d = 0; d < m.departments.size(); ++d) {
    const Department& dept = m.departments[d];
    if (!dept.hours) continue;
    std::vector<WeekHours> shifts;
    bool readable = true;
    for (const Shift& s : dept.shifts) {
      readable = readable && !s.malformed;
      if (s.hours) shifts.push_back(*s.hours);
    }
    if (!readable || shifts.empty()) continue;
    DepartmentCoverage& out = c.departments[d];
    out.judged = true;
    const WeekHours gap = uncovered(*dept.hours, shifts);
    out.uncovered_minutes = static_cast<int>(gap.minutes.count());
    out.gaps = runs(gap);
  }
  return c;
}

}  // namespace chainmap

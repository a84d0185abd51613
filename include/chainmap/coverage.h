#pragma once
// Weekly time coverage of departments: which minutes of the service hours no shift covers.
// The facts behind coverage/shift-gap (SPEC section 3); minute resolution, with overnight
// shifts and the wrap from Sunday night into Monday morning handled by WeekHours.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "chainmap/formats.h"
#include "chainmap/graph.h"

namespace chainmap {

// The minutes of `service` that none of `shifts` covers.
WeekHours uncovered(const WeekHours& service, std::span<const WeekHours> shifts);

// `Mon 14:00-15:00, Tue 20:00-20:30` for the first `shown` gaps, then `and N more`.
std::string describe_gaps(std::span<const MinuteRange> gaps, std::size_t shown = 3);

struct DepartmentCoverage {
  // Judged when the department has service hours and at least one shift with hours, and every
  // shift could be read. A department without shifts has not mapped them: nothing to compare.
  bool judged = false;
  std::vector<MinuteRange> gaps;  // uncovered runs of the service hours, Monday first
  int uncovered_minutes = 0;
};

struct Coverage {
  std::vector<DepartmentCoverage> departments;  // per department

  static Coverage compute(const Graph& graph);
};

}  // namespace chainmap

#include <doctest/doctest.h>

#include "chainmap/coverage.h"
#include "support.h"

using namespace chainmap;

namespace {
WeekHours hours(const char* text) {
  auto h = parse_hours(text);
  REQUIRE(h);
  return *h;
}

std::string gaps(const char* service, std::vector<const char*> shifts) {
  std::vector<WeekHours> on;
  for (const char* s : shifts) on.push_back(hours(s));
  const WeekHours gap = uncovered(hours(service), on);
  return describe_gaps(runs(gap));
}
}  // namespace

TEST_CASE("uncovered minutes of the service hours") {
  CHECK(gaps("Mon-Fri 08:00-20:00", {"Mon-Fri 08:00-14:15", "Mon-Fri 14:00-20:00"}) == "");
  CHECK(gaps("Mon-Fri 08:00-20:00", {"Mon-Fri 08:00-14:00", "Mon-Fri 15:00-20:00"}) ==
        "Mon 14:00-15:00, Tue 14:00-15:00, Wed 14:00-15:00 and 2 more");
  CHECK(gaps("Mon 08:00-20:00, Tue 08:00-21:00", {"Mon-Tue 08:00-20:30"}) == "Tue 20:30-21:00");
  // Shifts outside the service hours cover nothing that matters and never show up.
  CHECK(gaps("Mon 09:00-10:00", {"Sat 00:00-24:00"}) == "Mon 09:00-10:00");
  CHECK(gaps("Mon 09:00-10:00", {}) == "Mon 09:00-10:00");
}

TEST_CASE("exactly three gaps are listed without 'more'") {
  CHECK(gaps("Mon-Wed 08:00-10:00", {"Mon-Wed 09:00-10:00"}) ==
        "Mon 08:00-09:00, Tue 08:00-09:00, Wed 08:00-09:00");
  CHECK(gaps("Mon-Thu 08:00-10:00", {"Mon-Thu 09:00-10:00"}) ==
        "Mon 08:00-09:00, Tue 08:00-09:00, Wed 08:00-09:00 and 1 more");
}

TEST_CASE("overnight shifts and the wrap from Sunday into Monday") {
  // A night shift from Sunday 22:00 covers Monday 00:00-06:00.
  CHECK(gaps("24/7", {"Mon-Sun 06:00-22:00", "Mon-Sun 22:00-06:00"}) == "");
  // Without the Sunday night shift, Sun 22:00-Mon 06:00 is one gap across the week's end.
  CHECK(gaps("24/7", {"Mon-Sun 06:00-22:00", "Mon-Sat 22:00-06:00"}) == "Sun 22:00-Mon 06:00");
  // Without Saturday's: Sat 22:00-Sun 06:00 (ends on the next day, inside the week).
  CHECK(gaps("24/7", {"Mon-Sun 06:00-22:00", "Sun-Fri 22:00-06:00"}) == "Sat 22:00-Sun 06:00");
  // Every night uncovered: seven gaps, the one across the week's end counted once and last.
  CHECK(gaps("24/7", {"Mon-Sun 01:00-23:00"}) ==
        "Mon 23:00-Tue 01:00, Tue 23:00-Wed 01:00, Wed 23:00-Thu 01:00 and 4 more");
  const std::vector<WeekHours> day{hours("Mon-Sun 01:00-23:00")};
  const std::vector<MinuteRange> nights = runs(uncovered(hours("24/7"), day));
  REQUIRE(nights.size() == 7);
  CHECK(format_range(nights.back()) == "Sun 23:00-Mon 01:00");
  // Service that itself runs overnight into Monday, covered by a Sunday evening shift only.
  CHECK(gaps("Sun 20:00-02:00", {"Sun 20:00-24:00"}) == "Mon 00:00-02:00");
}

TEST_CASE("24/7 service") {
  CHECK(gaps("24/7", {"24/7"}) == "");
  CHECK(gaps("24/7", {}) == "Mon 00:00-Sun 24:00");
  CHECK(gaps("24/7", {"Mon-Fri 00:00-24:00"}) == "Sat 00:00-Sun 24:00");
}

TEST_CASE("departments are judged when they have service hours and readable shifts") {
  auto l = test::load(R"(chainmap: 1
departments:
  support:
    type: frontline
    hours: Mon-Fri 08:00-20:00
    shifts:
      early: { hours: Mon-Fri 08:00-14:00 }
      late: { hours: Mon-Fri 15:00-20:00 }
  no-hours: { type: frontline, shifts: { a: { hours: Mon 08:00-09:00 } } }
  no-shifts: { type: frontline, hours: Mon 08:00-09:00 }
  typo:
    type: frontline
    hours: Mon 08:00-20:00
    shifts:
      early: { hours: Mon 08:00-12:00 }
      late: { hours: Mon 12:00-2O:00 }
  covered:
    type: back-office
    hours: 24/7
    shifts:
      day: { hours: Mon-Sun 06:00-22:00 }
      night: { hours: Mon-Sun 22:00-06:00 }
)");
  const Coverage c = Coverage::compute(l->graph);
  REQUIRE(c.departments.size() == 5);
  CHECK(c.departments[0].judged);
  CHECK(c.departments[0].gaps.size() == 5);
  CHECK(c.departments[0].uncovered_minutes == 5 * 60);
  CHECK_FALSE(c.departments[1].judged);
  CHECK_FALSE(c.departments[2].judged);
  CHECK_FALSE(c.departments[3].judged);  // 2O:00 is reported once, as model/invalid-value
  CHECK(c.departments[4].judged);
  CHECK(c.departments[4].gaps.empty());
}

#include <doctest/doctest.h>

#include "chainmap/formats.h"

#include <string>
#include <vector>

using chainmap::format_range;
using chainmap::kMinutesPerDay;
using chainmap::kMinutesPerWeek;
using chainmap::MinuteRange;
using chainmap::parse_hours;
using chainmap::runs;
using chainmap::WeekHours;

namespace {

enum Day { Mon, Tue, Wed, Thu, Fri, Sat, Sun };

int at(Day day, int hour, int minute = 0) { return day * kMinutesPerDay + hour * 60 + minute; }

WeekHours parsed(std::string_view text) {
  std::string error;
  std::optional<WeekHours> hours = parse_hours(text, &error);
  INFO(text, " -> ", error);
  REQUIRE(hours);
  CHECK(error.empty());
  return *hours;
}

std::string error_of(std::string_view text) {
  std::string error;
  CHECK_FALSE(parse_hours(text, &error));
  return error;
}

std::vector<std::string> formatted(const WeekHours& hours) {
  std::vector<std::string> out;
  for (const MinuteRange& range : runs(hours)) out.push_back(format_range(range));
  return out;
}

std::vector<std::string> formatted(std::string_view text) { return formatted(parsed(text)); }

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("hours: one day, one range") {
  const WeekHours hours = parsed("Mon 09:00-17:00");
  CHECK(hours.minutes.count() == 8 * 60);
  CHECK_FALSE(hours.minutes[at(Mon, 8, 59)]);
  CHECK(hours.minutes[at(Mon, 9)]);
  CHECK(hours.minutes[at(Mon, 16, 59)]);
  CHECK_FALSE(hours.minutes[at(Mon, 17)]);
  CHECK(runs(hours) == std::vector<MinuteRange>{{at(Mon, 9), at(Mon, 17)}});
  CHECK(formatted(hours) == Strings{"Mon 09:00-17:00"});
}

TEST_CASE("hours: every day name") {
  CHECK(formatted("Mon 01:00-02:00") == Strings{"Mon 01:00-02:00"});
  CHECK(formatted("Tue 01:00-02:00") == Strings{"Tue 01:00-02:00"});
  CHECK(formatted("Wed 01:00-02:00") == Strings{"Wed 01:00-02:00"});
  CHECK(formatted("Thu 01:00-02:00") == Strings{"Thu 01:00-02:00"});
  CHECK(formatted("Fri 01:00-02:00") == Strings{"Fri 01:00-02:00"});
  CHECK(formatted("Sat 01:00-02:00") == Strings{"Sat 01:00-02:00"});
  CHECK(formatted("Sun 01:00-02:00") == Strings{"Sun 01:00-02:00"});
}

TEST_CASE("hours: day ranges, wrapping ranges and lists") {
  CHECK(formatted("Mon-Fri 08:00-20:00") == Strings{"Mon 08:00-20:00", "Tue 08:00-20:00",
                                                    "Wed 08:00-20:00", "Thu 08:00-20:00",
                                                    "Fri 08:00-20:00"});
  CHECK(formatted("Fri-Mon 10:00-11:00") ==
        Strings{"Mon 10:00-11:00", "Fri 10:00-11:00", "Sat 10:00-11:00", "Sun 10:00-11:00"});
  CHECK(formatted("Sat,Sun 10:00-16:00") == Strings{"Sat 10:00-16:00", "Sun 10:00-16:00"});
  CHECK(formatted("Mon,Wed-Fri 10:00-11:00") ==
        Strings{"Mon 10:00-11:00", "Wed 10:00-11:00", "Thu 10:00-11:00", "Fri 10:00-11:00"});
  CHECK(formatted("Sun-Mon 10:00-11:00") == Strings{"Mon 10:00-11:00", "Sun 10:00-11:00"});
  CHECK(formatted("Wed-Wed 10:00-11:00") == Strings{"Wed 10:00-11:00"});
  CHECK(parsed("Mon-Sun 10:00-11:00").minutes.count() == 7 * 60);
  CHECK(parsed("Tue-Mon 10:00-11:00") == parsed("Mon-Sun 10:00-11:00"));
  CHECK(parsed("Mon,Mon 10:00-11:00") == parsed("Mon 10:00-11:00"));
}

TEST_CASE("hours: 24:00 as an end and whole days") {
  CHECK(formatted("Mon 20:00-24:00") == Strings{"Mon 20:00-24:00"});
  CHECK(parsed("Mon 20:00-24:00").minutes.count() == 4 * 60);
  CHECK(formatted("Sat 00:00-24:00") == Strings{"Sat 00:00-24:00"});
  CHECK(formatted("Sat 00:00-00:00") == Strings{"Sat 00:00-24:00"});  // ends at the start
  CHECK(formatted("Mon-Fri 00:00-24:00") == Strings{"Mon 00:00-Fri 24:00"});
  CHECK(formatted("Mon 20:00-24:00; Tue 00:00-06:00") == Strings{"Mon 20:00-Tue 06:00"});
  CHECK(formatted("Mon 20:00-24:00; Tue 00:00-24:00") == Strings{"Mon 20:00-Tue 24:00"});
}

TEST_CASE("hours: an end at or before the start runs overnight") {
  const WeekHours night = parsed("Mon-Fri 22:00-06:00");
  CHECK(night.minutes.count() == 5 * 8 * 60);
  CHECK(night.minutes[at(Mon, 22)]);
  CHECK(night.minutes[at(Tue, 5, 59)]);
  CHECK_FALSE(night.minutes[at(Tue, 6)]);
  CHECK(night.minutes[at(Sat, 5, 59)]);
  CHECK_FALSE(night.minutes[at(Mon, 5, 59)]);  // Monday morning is Sunday night's, not set
  CHECK(formatted(night) == Strings{"Mon 22:00-Tue 06:00", "Tue 22:00-Wed 06:00",
                                    "Wed 22:00-Thu 06:00", "Thu 22:00-Fri 06:00",
                                    "Fri 22:00-Sat 06:00"});

  const WeekHours day = parsed("Mon 08:00-08:00");  // a full 24 h from 08:00
  CHECK(day.minutes.count() == kMinutesPerDay);
  CHECK(runs(day) == std::vector<MinuteRange>{{at(Mon, 8), at(Tue, 8)}});
  CHECK(formatted(day) == Strings{"Mon 08:00-Tue 08:00"});

  CHECK(formatted("Wed 23:59-00:00") == Strings{"Wed 23:59-24:00"});
  CHECK(formatted("Wed 23:00-00:01") == Strings{"Wed 23:00-Thu 00:01"});
}

TEST_CASE("hours: Sunday overnight wraps into Monday") {
  const WeekHours hours = parsed("Sun 22:00-06:00");
  CHECK(hours.minutes.count() == 8 * 60);
  CHECK(hours.minutes[at(Sun, 22)]);
  CHECK(hours.minutes[kMinutesPerWeek - 1]);
  CHECK(hours.minutes[0]);
  CHECK(hours.minutes[at(Mon, 5, 59)]);
  CHECK_FALSE(hours.minutes[at(Mon, 6)]);
  CHECK_FALSE(hours.minutes[at(Sun, 21, 59)]);
  // One run, starting on Sunday, with its end past the end of the week.
  CHECK(runs(hours) == std::vector<MinuteRange>{{at(Sun, 22), kMinutesPerWeek + at(Mon, 6)}});
  CHECK(formatted(hours) == Strings{"Sun 22:00-Mon 06:00"});

  // The wrapped run sorts last, after runs that start earlier in the week.
  CHECK(formatted("Fri-Sun 22:00-06:00; Wed 10:00-11:00") ==
        Strings{"Wed 10:00-11:00", "Fri 22:00-Sat 06:00", "Sat 22:00-Sun 06:00",
                "Sun 22:00-Mon 06:00"});
  // A weekend that runs from Friday night to Monday morning is one run.
  CHECK(formatted("Fri 22:00-24:00; Sat,Sun 00:00-24:00; Mon 00:00-06:00") ==
        Strings{"Fri 22:00-Mon 06:00"});
  CHECK(formatted("Sun 00:00-24:00; Mon 00:00-01:00") == Strings{"Sun 00:00-Mon 01:00"});
  CHECK(formatted("Sun 20:00-24:00") == Strings{"Sun 20:00-24:00"});
  CHECK(formatted("Mon 00:00-01:00") == Strings{"Mon 00:00-01:00"});
}

TEST_CASE("hours: 24/7 and the whole week") {
  const WeekHours all = parsed("24/7");
  CHECK(all.minutes.all());
  CHECK(runs(all) == std::vector<MinuteRange>{{0, kMinutesPerWeek}});
  CHECK(formatted(all) == Strings{"Mon 00:00-Sun 24:00"});
  CHECK(parsed("  24/7 ") == all);
  CHECK(parsed("Mon-Sun 00:00-24:00") == all);
  CHECK(parsed("Mon-Sun 06:00-06:00") == all);
  CHECK(parsed("Tue-Mon 00:00-00:00") == all);
}

TEST_CASE("hours: parts separated by ';' or ', '") {
  const Strings expected{"Mon 08:00-20:00", "Tue 08:00-20:00", "Wed 08:00-20:00",
                         "Thu 08:00-20:00", "Fri 08:00-20:00", "Sat 09:00-13:00"};
  CHECK(formatted("Mon-Fri 08:00-20:00; Sat 09:00-13:00") == expected);
  CHECK(formatted("Mon-Fri 08:00-20:00, Sat 09:00-13:00") == expected);
  CHECK(formatted("Mon-Fri 08:00-20:00;Sat 09:00-13:00") == expected);
  CHECK(formatted("Mon-Fri 08:00-20:00 ; Sat 09:00-13:00") == expected);
  CHECK(formatted("Mon-Fri 08:00-14:00, Mon-Fri 14:00-20:00; Sat 09:00-13:00") == expected);
  CHECK(formatted("Sat 09:00-13:00, Mon-Fri 08:00-20:00") == expected);  // order is free
  CHECK(formatted("Sat,Sun 10:00-16:00, Mon 09:00-10:00") ==
        Strings{"Mon 09:00-10:00", "Sat 10:00-16:00", "Sun 10:00-16:00"});
  // Overlapping parts merge into one run.
  CHECK(formatted("Mon 08:00-12:00; Mon 11:00-14:00") == Strings{"Mon 08:00-14:00"});
}

TEST_CASE("hours: extra spaces around words are tolerated") {
  const WeekHours hours = parsed("Mon-Fri 08:00-20:00");
  CHECK(parsed("  Mon-Fri   08:00-20:00  ") == hours);
  CHECK(parsed("Mon-Fri\t08:00-20:00") == hours);
  CHECK(parsed("Mon-Fri 08:00 - 20:00") == hours);
  CHECK(parsed("Mon - Fri 08:00-20:00") == hours);
  CHECK(parsed("Mon-Fri 08:00-12:00 ,  Mon-Fri 12:00-20:00") == hours);
}

TEST_CASE("hours: gaps are set differences") {
  const WeekHours service = parsed("Mon-Fri 08:00-20:00");
  const WeekHours shift = parsed("Mon-Fri 08:00-14:00");
  CHECK(formatted(WeekHours{service.minutes & ~shift.minutes}) ==
        Strings{"Mon 14:00-20:00", "Tue 14:00-20:00", "Wed 14:00-20:00", "Thu 14:00-20:00",
                "Fri 14:00-20:00"});

  const WeekHours late = parsed("Mon-Fri 14:00-20:00");
  CHECK(WeekHours{service.minutes & ~(shift.minutes | late.minutes)}.minutes.none());
  CHECK(runs(WeekHours{}).empty());

  // A 15-minute overlap is no gap; a 15-minute hole is one.
  const WeekHours early = parsed("Mon-Fri 08:00-14:15");
  CHECK((service.minutes & ~(early.minutes | late.minutes)).none());
  const WeekHours short_early = parsed("Mon-Fri 08:00-13:45");
  CHECK(formatted(WeekHours{service.minutes & ~(short_early.minutes | late.minutes)}) ==
        Strings{"Mon 13:45-14:00", "Tue 13:45-14:00", "Wed 13:45-14:00", "Thu 13:45-14:00",
                "Fri 13:45-14:00"});

  // A 24/7 desk covered by two 12-hour shifts that leave Sunday night open.
  const WeekHours desk = parsed("24/7");
  const WeekHours shifts = parsed("Mon-Sun 06:00-18:00; Mon-Sat 18:00-06:00");
  CHECK(formatted(WeekHours{desk.minutes & ~shifts.minutes}) == Strings{"Sun 18:00-Mon 06:00"});
}

TEST_CASE("format_range: how a run's ends read") {
  CHECK(format_range({at(Mon, 14), at(Mon, 15)}) == "Mon 14:00-15:00");
  CHECK(format_range({at(Mon, 20), at(Tue, 0)}) == "Mon 20:00-24:00");
  CHECK(format_range({at(Mon, 20), at(Wed, 0)}) == "Mon 20:00-Tue 24:00");
  CHECK(format_range({at(Fri, 22), kMinutesPerWeek + at(Mon, 6)}) == "Fri 22:00-Mon 06:00");
  CHECK(format_range({at(Sun, 22), kMinutesPerWeek + at(Mon, 6)}) == "Sun 22:00-Mon 06:00");
  CHECK(format_range({at(Sun, 22), kMinutesPerWeek}) == "Sun 22:00-24:00");
  CHECK(format_range({at(Sat, 0), at(Sun, 0)}) == "Sat 00:00-24:00");
  CHECK(format_range({0, kMinutesPerWeek}) == "Mon 00:00-Sun 24:00");
  CHECK(format_range({at(Tue, 9, 5), at(Tue, 9, 6)}) == "Tue 09:05-09:06");
  CHECK(format_range({at(Wed, 23, 59), at(Thu, 0, 1)}) == "Wed 23:59-Thu 00:01");
}

TEST_CASE("hours: malformed parts are named in the error") {
  CHECK(error_of("") ==
        "hours cannot be empty (expected '24/7' or '<days> <HH:MM>-<HH:MM>', as in "
        "Mon-Fri 08:00-20:00)");
  CHECK(error_of("   ") ==
        "hours cannot be empty (expected '24/7' or '<days> <HH:MM>-<HH:MM>', as in "
        "Mon-Fri 08:00-20:00)");
  CHECK(error_of("Monday") == "expected '<days> <HH:MM>-<HH:MM>' in 'Monday'");
  CHECK(error_of("08:00-20:00") == "expected '<days> <HH:MM>-<HH:MM>' in '08:00-20:00'");
  CHECK(error_of("Mon 08:00") == "expected '<days> <HH:MM>-<HH:MM>' in 'Mon 08:00'");
  CHECK(error_of("Mon-Fri 08:00-20:00; Sat") == "expected '<days> <HH:MM>-<HH:MM>' in 'Sat'");
  CHECK(error_of("Sat, Sun 10:00-16:00") ==
        "expected '<days> <HH:MM>-<HH:MM>' in 'Sat' (a list of days has no spaces, as in "
        "Sat,Sun)");
  CHECK(error_of("Mon-Fri 08:00-20:00;") ==
        "empty part in 'Mon-Fri 08:00-20:00;' (parts are separated by ';' or ', ')");
  CHECK(error_of("Mon 08:00-12:00;; Tue 08:00-12:00") ==
        "empty part in 'Mon 08:00-12:00;; Tue 08:00-12:00' (parts are separated by ';' or ', ')");
  CHECK(error_of("24/7; Sat 10:00-12:00") ==
        "'24/7' cannot be combined with other parts (it covers the whole week)");
  CHECK(error_of("Mon 08:00-12:00-14:00") ==
        "invalid time '12:00-14:00' in 'Mon 08:00-12:00-14:00' (expected HH:MM, 00:00-24:00)");
  // A comma without a space after a time: say how to separate the parts, rather than echo
  // a mangled time.
  CHECK(error_of("Mon-Fri 08:00-20:00,Sat 09:00-13:00") ==
        "separate parts with ', ' (comma and space) or ';', as in 'Mon-Fri 08:00-20:00, Sat "
        "09:00-13:00' (a comma without a space lists days, as in Sat,Sun)");
  CHECK(error_of("Mon 08:00-12:00,Tue 08:00-12:00,Wed 08:00-12:00") ==
        "separate parts with ', ' (comma and space) or ';', as in 'Mon 08:00-12:00, Tue "
        "08:00-12:00, Wed 08:00-12:00' (a comma without a space lists days, as in Sat,Sun)");
  CHECK(parse_hours("Sat,Sun 10:00-16:00, Mon 08:00-12:00"));  // day lists stay as they are
}

TEST_CASE("hours: invalid times") {
  CHECK(error_of("Mon 25:00-26:00") ==
        "invalid time '25:00' in 'Mon 25:00-26:00' (expected HH:MM, 00:00-24:00)");
  CHECK(error_of("Mon 08:00-26:00") ==
        "invalid time '26:00' in 'Mon 08:00-26:00' (expected HH:MM, 00:00-24:00)");
  CHECK(error_of("Mon 08:60-09:00") ==
        "invalid time '08:60' in 'Mon 08:60-09:00' (expected HH:MM, 00:00-24:00)");
  CHECK(error_of("Mon 8:00-12:00") ==
        "invalid time '8:00' in 'Mon 8:00-12:00' (expected HH:MM, 00:00-24:00)");
  CHECK(error_of("Mon 08.00-12:00") ==
        "invalid time '08.00' in 'Mon 08.00-12:00' (expected HH:MM, 00:00-24:00)");
  CHECK(error_of("Mon 0800-1200") ==
        "invalid time '0800' in 'Mon 0800-1200' (expected HH:MM, 00:00-24:00)");
  CHECK(error_of("Mon 08:00-24:01") ==
        "invalid time '24:01' in 'Mon 08:00-24:01' (expected HH:MM, 00:00-24:00)");
  CHECK(error_of("Mon 08:00-") == "invalid time '' in 'Mon 08:00-' (expected HH:MM, 00:00-24:00)");
  CHECK(error_of("Mon 24:00-06:00") ==
        "invalid start time '24:00' in 'Mon 24:00-06:00' (24:00 can only end a range; use "
        "00:00)");
}

TEST_CASE("hours: unknown days suggest the closest day name") {
  CHECK(error_of("Mo 08:00-12:00") == "unknown day 'Mo' (did you mean 'Mon'?)");
  CHECK(error_of("Monday 08:00-12:00") == "unknown day 'Monday' (did you mean 'Mon'?)");
  CHECK(error_of("mon 08:00-12:00") == "unknown day 'mon' (did you mean 'Mon'?)");
  CHECK(error_of("MON 08:00-12:00") == "unknown day 'MON' (did you mean 'Mon'?)");
  CHECK(error_of("Tues 08:00-12:00") == "unknown day 'Tues' (did you mean 'Tue'?)");
  CHECK(error_of("Thurs 08:00-12:00") == "unknown day 'Thurs' (did you mean 'Thu'?)");
  CHECK(error_of("Th 08:00-12:00") == "unknown day 'Th' (did you mean 'Thu'?)");
  CHECK(error_of("Fir 08:00-12:00") == "unknown day 'Fir' (did you mean 'Fri'?)");
  CHECK(error_of("Mon-Fr 08:00-12:00") == "unknown day 'Fr' (did you mean 'Fri'?)");
  CHECK(error_of("Sat,Su 08:00-12:00") == "unknown day 'Su' (did you mean 'Sun'?)");
  CHECK(error_of("Xyz 08:00-12:00") ==
        "unknown day 'Xyz' (expected Mon, Tue, Wed, Thu, Fri, Sat or Sun)");
  CHECK(error_of("Weekdays 08:00-12:00") ==
        "unknown day 'Weekdays' (expected Mon, Tue, Wed, Thu, Fri, Sat or Sun)");
}

TEST_CASE("hours: malformed day lists and ranges") {
  const std::string expected =
      " (expected a day like Mon, a range like Mon-Fri or a list "
      "like Sat,Sun)";
  CHECK(error_of("Mon-Wed-Fri 08:00-12:00") == "invalid days 'Mon-Wed-Fri'" + expected);
  CHECK(error_of("Mon- 08:00-12:00") == "invalid days 'Mon-'" + expected);
  CHECK(error_of("-Fri 08:00-12:00") == "invalid days '-Fri'" + expected);
  CHECK(error_of("Sat,,Sun 08:00-12:00") == "invalid days 'Sat,,Sun'" + expected);
  CHECK(error_of("Sat, 08:00-12:00") ==
        "expected '<days> <HH:MM>-<HH:MM>' in 'Sat' (a list of "
        "days has no spaces, as in Sat,Sun)");
  CHECK(error_of("Sat,Sun, 08:00-12:00") ==
        "expected '<days> <HH:MM>-<HH:MM>' in 'Sat,Sun' (a list of days has no spaces, as in "
        "Sat,Sun)");
  CHECK(error_of(",Sun 08:00-12:00") == "invalid days ',Sun'" + expected);
}

TEST_CASE("hours: the error text is optional") {
  CHECK_FALSE(parse_hours("Mo 08:00-12:00"));
  CHECK(parse_hours("Mon 08:00-12:00", nullptr));
}

#pragma once
// Value formats of SPEC section 2: ids, durations, weekly hours, handover methods, dates.
// Pure functions: they never print; a failure comes back as a message for the user.
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

using Seconds = std::int64_t;

// `[a-z0-9][a-z0-9-]*`
bool is_valid_id(std::string_view id);

// `<number><unit>` repeated, unit s m h d w (`45s`, `1h30m`, `1.5h`, `2d`). Zero, negative,
// unitless or malformed values fail with a message saying what is wrong.
std::optional<Seconds> parse_duration(std::string_view text, std::string* error = nullptr);
// Canonical compact form with units d h m s, largest first: 90061 -> "1d1h1m1s", 0 -> "0s".
std::string format_duration(Seconds seconds);

inline constexpr int kMinutesPerDay = 24 * 60;
inline constexpr int kMinutesPerWeek = 7 * kMinutesPerDay;

// A set of minutes of the week; minute 0 is Monday 00:00.
struct WeekHours {
  std::bitset<kMinutesPerWeek> minutes;
  friend bool operator==(const WeekHours&, const WeekHours&) = default;
};

// `24/7`, or parts `<days> <HH:MM>-<HH:MM>` separated by `;` or `, `. Days: `Mon`..`Sun`,
// a range `Mon-Fri` (may wrap: `Fri-Mon`), or a list without spaces `Sat,Sun`. An end at or
// before the start runs overnight into the next day (Sun overnight wraps to Monday).
// `24:00` is allowed as an end.
std::optional<WeekHours> parse_hours(std::string_view text, std::string* error = nullptr);

// A run of minutes [start, end) of the week; end may exceed kMinutesPerWeek when the run
// wraps from Sunday into Monday (end - kMinutesPerWeek is then the Monday minute it ends at).
struct MinuteRange {
  int start = 0;
  int end = 0;
  friend bool operator==(const MinuteRange&, const MinuteRange&) = default;
};
// Maximal runs of set minutes, ordered by start; a run crossing Sunday 24:00 into Monday is
// one range that starts on Sunday (and is therefore last).
std::vector<MinuteRange> runs(const WeekHours& hours);
// `Mon 14:00-15:00`, `Mon 20:00-24:00`, `Fri 22:00-Mon 06:00`, `Sun 22:00-Mon 06:00`.
std::string format_range(const MinuteRange& range);

// Handover methods and partner channels (SPEC section 2) are compared without regard to
// case: `Phone` is `phone`, `API` is `api`. Messages show them as written.
bool same_method(std::string_view a, std::string_view b);
// `phone`, `chat` or `verbal`, in any case: the methods that leave no record.
bool is_unrecorded_method(std::string_view method);

struct Date {
  int year = 0, month = 0, day = 0;
  friend auto operator<=>(const Date&, const Date&) = default;
};
// ISO `YYYY-MM-DD`, a real calendar date.
std::optional<Date> parse_date(std::string_view text, std::string* error = nullptr);
std::string format_date(const Date& date);

}  // namespace chainmap

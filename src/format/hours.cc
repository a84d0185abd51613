#include "chainmap/formats.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

namespace chainmap {

namespace {

constexpr std::array<std::string_view, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char* kPartForm = "<days> <HH:MM>-<HH:MM>";

std::nullopt_t fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return std::nullopt;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Case-insensitive edit distance counting a swap of neighbours as one edit (`Fir` -> `Fri`).
// The words compared here are a few letters long, so a full table is fine.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool same = lower(a[i - 1]) == lower(b[j - 1]);
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// The day name a misspelling most likely meant: `Monday`, `tues` and `THU` start with one,
// `Mo` or `Fir` are one edit away from one. Empty if nothing is close.
std::string_view closest_day(std::string_view word) {
  if (word.size() >= 3)
    for (std::string_view day : kDays)
      if (edit_distance(word.substr(0, 3), day) == 0) return day;
  for (std::string_view day : kDays)
    if (edit_distance(word, day) <= 1) return day;
  return {};
}

std::optional<int> parse_day(std::string_view name, std::string* error) {
  for (std::size_t i = 0; i < kDays.size(); ++i)
    if (name == kDays[i]) return static_cast<int>(i);
  if (std::string_view guess = closest_day(name); !guess.empty())
    return fail(error, fmt::format("unknown day '{}' (did you mean '{}'?)", name, guess));
  return fail(error,
              fmt::format("unknown day '{}' (expected Mon, Tue, Wed, Thu, Fri, Sat or Sun)", name));
}

// `Mon`, `Mon-Fri`, `Fri-Mon` (wraps over the weekend) or a list of those: `Mon,Wed-Fri`.
std::optional<std::array<bool, 7>> parse_days(std::string_view text, std::string* error) {
  const auto invalid = [&] {
    return fail(error, fmt::format("invalid days '{}' (expected a day like Mon, a range like "
                                   "Mon-Fri or a list like Sat,Sun)",
                                   text));
  };
  std::array<bool, 7> days{};
  std::string_view rest = text;
  while (true) {
    const std::size_t comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    const std::size_t dash = item.find('-');
    const bool is_range = dash != std::string_view::npos;
    if (item.empty() || (is_range && (dash == 0 || dash + 1 == item.size() ||
                                      item.find('-', dash + 1) != std::string_view::npos)))
      return invalid();
    const std::optional<int> first = parse_day(item.substr(0, dash), error);
    if (!first) return std::nullopt;
    const std::optional<int> last = is_range ? parse_day(item.substr(dash + 1), error) : first;
    if (!last) return std::nullopt;
    for (int day = *first;; day = (day + 1) % 7) {
      days[static_cast<std::size_t>(day)] = true;
      if (day == *last) break;
    }
    if (comma == std::string_view::npos) return days;
    rest.remove_prefix(comma + 1);
  }
}

// `HH:MM` as minutes since midnight, 0 to 1440 (`24:00`); nullopt if malformed.
std::optional<int> parse_clock(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (std::size_t i : {0u, 1u, 3u, 4u})
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return std::nullopt;
  return hours * 60 + minutes;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string join(std::vector<std::string_view>::const_iterator first,
                 std::vector<std::string_view>::const_iterator last) {
  std::string out;
  for (; first != last; ++first) out += *first;
  return out;
}

struct Part {
  std::string_view text;
  bool before_comma = false;  // followed by `, `: a day list written with a space, maybe
};

// Parts are separated by `;` or by `, `; a comma without a space belongs to a day list.
std::vector<Part> split_parts(std::string_view text) {
  std::vector<Part> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool semicolon = text[i] == ';';
    const bool comma = text[i] == ',' && i + 1 < text.size() && is_space(text[i + 1]);
    if (!semicolon && !comma) continue;
    parts.push_back({trim(text.substr(start, i - start)), comma});
    start = i + 1;
  }
  parts.push_back({trim(text.substr(start)), false});
  return parts;
}

// The minutes of one `<days> <HH:MM>-<HH:MM>` part. Spaces between words are tolerated
// (`Mon - Fri 08:00 - 20:00`): the days are the words before the first one starting with a
// digit, the times are the rest.
std::optional<WeekHours> parse_part(const Part& part, std::string* error) {
  const std::vector<std::string_view> words = split_words(part.text);
  const auto first_time = std::find_if(words.begin(), words.end(), [](std::string_view w) {
    return w.front() >= '0' && w.front() <= '9';
  });
  if (part.text == "24/7")
    return fail(error, "'24/7' cannot be combined with other parts (it covers the whole week)");
  if (first_time == words.end() && part.before_comma)
    return fail(error, fmt::format("expected '{}' in '{}' (a list of days has no spaces, as in "
                                   "Sat,Sun)",
                                   kPartForm, part.text));
  if (first_time == words.begin() || first_time == words.end())
    return fail(error, fmt::format("expected '{}' in '{}'", kPartForm, part.text));
  const std::optional<std::array<bool, 7>> days =
      parse_days(join(words.begin(), first_time), error);
  if (!days) return std::nullopt;

  const std::string times = join(first_time, words.end());
  const std::size_t dash = times.find('-');
  if (dash == std::string::npos)
    return fail(error, fmt::format("expected '{}' in '{}'", kPartForm, part.text));
  const std::string_view start_text = std::string_view(times).substr(0, dash);
  const std::string_view end_text = std::string_view(times).substr(dash + 1);
  const std::optional<int> start = parse_clock(start_text);
  const std::optional<int> end = parse_clock(end_text);
  if (!start || !end)
    return fail(error, fmt::format("invalid time '{}' in '{}' (expected HH:MM, 00:00-24:00)",
                                   start ? end_text : start_text, part.text));
  if (*start == kMinutesPerDay)
    return fail(error, fmt::format("invalid start time '24:00' in '{}' (24:00 can only end a "
                                   "range; use 00:00)",
                                   part.text));

  // SPEC 2: an end at or before the start runs overnight, so `08:00-08:00` is a full day.
  const int length = *end > *start ? *end - *start : *end + kMinutesPerDay - *start;
  WeekHours hours;
  for (int day = 0; day < 7; ++day) {
    if (!(*days)[static_cast<std::size_t>(day)]) continue;
    for (int m = 0; m < length; ++m)
      hours.minutes.set(
          static_cast<std::size_t>((day * kMinutesPerDay + *start + m) % kMinutesPerWeek));
  }
  return hours;
}

std::string clock(int minute_of_day) {
  return fmt::format("{:02}:{:02}", minute_of_day / 60, minute_of_day % 60);
}

}  // namespace

std::optional<WeekHours> parse_hours(std::string_view text, std::string* error) {
  text = trim(text);
  if (text.empty())
    return fail(error, fmt::format("hours cannot be empty (expected '24/7' or '{}', as in "
                                   "Mon-Fri 08:00-20:00)",
                                   kPartForm));
  WeekHours hours;
  if (text == "24/7") {
    hours.minutes.set();
    return hours;
  }
  // `08:00-20:00,Sat ...`: a comma without a space after a time joins two parts into one,
  // which would otherwise be reported as a mangled time. Say how to separate them.
  std::string separated;
  for (std::size_t i = 0; i < text.size(); ++i) {
    separated += text[i];
    if (text[i] == ',' && i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        i + 1 < text.size() && !is_space(text[i + 1]))
      separated += ' ';
  }
  if (separated.size() != text.size())
    return fail(error, fmt::format("separate parts with ', ' (comma and space) or ';', as in "
                                   "'{}' (a comma without a space lists days, as in Sat,Sun)",
                                   separated));
  for (const Part& part : split_parts(text)) {
    if (part.text.empty())
      return fail(error,
                  fmt::format("empty part in '{}' (parts are separated by ';' or ', ')", text));
    const std::optional<WeekHours> part_hours = parse_part(part, error);
    if (!part_hours) return std::nullopt;
    hours.minutes |= part_hours->minutes;
  }
  return hours;
}

std::vector<MinuteRange> runs(const WeekHours& hours) {
  if (hours.minutes.all()) return {{0, kMinutesPerWeek}};
  std::vector<MinuteRange> out;
  int m = 0;
  while (m < kMinutesPerWeek) {
    if (!hours.minutes[static_cast<std::size_t>(m)]) {
      ++m;
      continue;
    }
    const int start = m;
    while (m < kMinutesPerWeek && hours.minutes[static_cast<std::size_t>(m)]) ++m;
    out.push_back({start, m});
  }
  // A Sunday-night run that continues into Monday morning is one stretch of service.
  if (out.size() >= 2 && out.front().start == 0 && out.back().end == kMinutesPerWeek) {
    out.back().end += out.front().end;
    out.erase(out.begin());
  }
  return out;
}

// The end is printed from its last minute, so a run ending at midnight reads `24:00` on the
// day it ran rather than `00:00` on the next.
std::string format_range(const MinuteRange& range) {
  const int start_day = range.start / kMinutesPerDay;
  const int last = std::max(range.end, range.start + 1) - 1;  // an empty range reads as 1 minute
  const int end_day = last / kMinutesPerDay;                  // may be 7 or more when the run wraps
  const std::string start = fmt::format("{} {}", kDays[static_cast<std::size_t>(start_day % 7)],
                                        clock(range.start % kMinutesPerDay));
  const std::string end = clock(last % kMinutesPerDay + 1);
  if (end_day == start_day) return fmt::format("{}-{}", start, end);
  return fmt::format("{}-{} {}", start, kDays[static_cast<std::size_t>(end_day % 7)], end);
}

}  // namespace chainmap

#include "chainmap/formats.h"

#include <fmt/format.h>

namespace chainmap {

namespace {

// SPEC 2 is silent on an upper bound. A century is beyond any service promise, and capping
// there keeps every sum of parts (in nanoseconds, below) far from int64 overflow.
constexpr Seconds kMaxDuration = Seconds{100} * 365 * 24 * 3600;
// Parts are added in nanoseconds so `0.4s0.4s` rounds once, as a whole, to 1s.
constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
constexpr std::size_t kFractionDigits = 9;
constexpr const char* kExpected = "expected <number><unit>, as in 10m or 1h30m";
constexpr const char* kNotZero =
    "a duration must be greater than zero, as in 10m; leave the field out if there is none";

std::nullopt_t fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return std::nullopt;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::optional<Seconds> unit_seconds(std::string_view unit) {
  if (unit == "s") return 1;
  if (unit == "m") return 60;
  if (unit == "h") return 3600;
  if (unit == "d") return 86400;
  if (unit == "w") return 7 * 86400;
  return std::nullopt;
}

// The first kFractionDigits digits of a fraction as nanoseconds-per-unit: "5" -> 500000000.
// Later digits are below a nanosecond per second of unit and cannot change the rounding
// that matters here.
std::int64_t fraction_nanos(std::string_view digits) {
  std::int64_t value = 0;
  for (std::size_t i = 0; i < kFractionDigits; ++i)
    value = value * 10 + (i < digits.size() ? digits[i] - '0' : 0);
  return value;
}

}  // namespace

std::optional<Seconds> parse_duration(std::string_view text, std::string* error) {
  if (text.empty()) return fail(error, fmt::format("a duration cannot be empty ({})", kExpected));
  if (text.find_first_of(" \t\r\n") != std::string_view::npos)
    return fail(error, fmt::format("unexpected space in '{}' (write a duration without spaces, "
                                   "as in 1h30m)",
                                   text));
  if (text.front() == '-')
    return fail(error,
                fmt::format("negative duration '{}' (a duration must be greater than zero)", text));
  const auto too_long = [&] {
    return fail(error, fmt::format("duration '{}' is too long (at most 100 years)", text));
  };

  std::int64_t total_nanos = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t number_start = i;
    std::int64_t whole = 0;
    for (; i < text.size() && is_digit(text[i]); ++i) {
      whole = whole * 10 + (text[i] - '0');
      if (whole > kMaxDuration) return too_long();
    }
    if (i == number_start)
      return fail(error,
                  fmt::format("unexpected '{}' in '{}' ({})", text.substr(i), text, kExpected));
    std::string_view fraction;
    if (i < text.size() && text[i] == '.') {
      const std::size_t fraction_start = ++i;
      while (i < text.size() && is_digit(text[i])) ++i;
      fraction = text.substr(fraction_start, i - fraction_start);
      if (fraction.empty())
        return fail(error, fmt::format("expected digits after '.' in '{}' (as in 1.5h)", text));
    }
    const std::string_view number = text.substr(number_start, i - number_start);

    const std::size_t unit_start = i;
    while (i < text.size() && is_letter(text[i])) ++i;
    const std::string_view unit = text.substr(unit_start, i - unit_start);
    if (unit.empty() && i < text.size())
      return fail(error,
                  fmt::format("unexpected '{}' in '{}' ({})", text.substr(i), text, kExpected));
    // `0` is not `0m` either: suggesting a unit would suggest another invalid value.
    if (unit.empty() && total_nanos == 0 && whole == 0 && fraction_nanos(fraction) == 0)
      return fail(error, kNotZero);
    if (unit.empty())
      return fail(error, fmt::format("missing unit after '{}' (expected one of s, m, h, d, w, "
                                     "as in {}m)",
                                     number, number));
    const std::optional<Seconds> per_unit = unit_seconds(unit);
    if (!per_unit)
      return fail(error,
                  fmt::format("unknown unit '{}' in '{}' (expected s, m, h, d or w)", unit, text));

    if (whole > kMaxDuration / *per_unit) return too_long();
    total_nanos += whole * *per_unit * kNanosPerSecond + fraction_nanos(fraction) * *per_unit;
    if (total_nanos > kMaxDuration * kNanosPerSecond) return too_long();
  }

  if (total_nanos == 0) return fail(error, kNotZero);
  const Seconds seconds = (total_nanos + kNanosPerSecond / 2) / kNanosPerSecond;
  if (seconds == 0)
    return fail(error,
                fmt::format("duration '{}' rounds to 0s (a duration must be at least 1s)", text));
  return seconds;
}

std::string format_duration(Seconds seconds) {
  if (seconds == 0) return "0s";
  std::string out;
  // Unsigned, so that the magnitude of INT64_MIN is representable.
  auto rest = static_cast<std::uint64_t>(seconds);
  if (seconds < 0) {
    out = "-";
    rest = ~rest + 1;
  }
  static constexpr struct {
    std::uint64_t seconds;
    char unit;
  } kUnits[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
  for (const auto& u : kUnits) {
    if (rest < u.seconds) continue;
    out += fmt::format("{}{}", rest / u.seconds, u.unit);
    rest %= u.seconds;
  }
  return out;
}

}  // namespace chainmap

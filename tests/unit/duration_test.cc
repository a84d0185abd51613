#include <doctest/doctest.h>

#include "chainmap/formats.h"

#include <limits>

using chainmap::format_duration;
using chainmap::parse_duration;
using chainmap::Seconds;

namespace {
// The error of a duration that must fail to parse.
std::string error_of(std::string_view text) {
  std::string error;
  auto parsed = parse_duration(text, &error);
  CHECK_FALSE(parsed);
  return error;
}
}  // namespace

TEST_CASE("durations: every unit") {
  CHECK(parse_duration("45s") == 45);
  CHECK(parse_duration("10m") == 600);
  CHECK(parse_duration("2h") == 7200);
  CHECK(parse_duration("2d") == 2 * 86400);
  CHECK(parse_duration("1w") == 7 * 86400);
  CHECK(parse_duration("48h") == 48 * 3600);
}

TEST_CASE("durations: several parts, in any order") {
  CHECK(parse_duration("1h30m") == 5400);
  CHECK(parse_duration("1d1h1m1s") == 90061);
  CHECK(parse_duration("1w2d") == 9 * 86400);
  CHECK(parse_duration("30m1h") == 5400);
  CHECK(parse_duration("0h5m") == 300);  // a zero part is fine if the total is not
}

TEST_CASE("durations: decimal fractions round to the nearest second") {
  CHECK(parse_duration("1.5h") == 5400);
  CHECK(parse_duration("0.5m") == 30);
  CHECK(parse_duration("2.25d") == 2 * 86400 + 6 * 3600);
  CHECK(parse_duration("1.5s") == 2);  // half rounds up
  CHECK(parse_duration("1.49s") == 1);
  CHECK(parse_duration("0.5s") == 1);
  CHECK(parse_duration("0.4s0.4s") == 1);  // the total is rounded, not each part
  CHECK(parse_duration("1.0h") == 3600);
  CHECK(parse_duration("007m") == 420);
  CHECK(parse_duration("0.00001w") == 6);             // 6.048 s
  CHECK(parse_duration("1.1234567890123h") == 4044);  // digits beyond nanoseconds ignored
}

TEST_CASE("durations: up to a century") {
  const Seconds century = Seconds{100} * 365 * 86400;
  CHECK(parse_duration("36500d") == century);
  CHECK(parse_duration("5214w") == Seconds{5214} * 7 * 86400);
  CHECK(error_of("36501d") == "duration '36501d' is too long (at most 100 years)");
  CHECK(error_of("36500d1s") == "duration '36500d1s' is too long (at most 100 years)");
  CHECK(error_of("99999999999999999999999999s") ==
        "duration '99999999999999999999999999s' is too long (at most 100 years)");
  CHECK(error_of("9223372036854775807w") ==
        "duration '9223372036854775807w' is too long (at most 100 years)");
  CHECK(error_of("36000d36000d") == "duration '36000d36000d' is too long (at most 100 years)");
  CHECK(error_of("3153600000s3153600000s") ==
        "duration '3153600000s3153600000s' is too long (at most 100 years)");
}

TEST_CASE("durations: rejections say what is expected") {
  CHECK(error_of("") == "a duration cannot be empty (expected <number><unit>, as in 10m or 1h30m)");
  CHECK(error_of("10") == "missing unit after '10' (expected one of s, m, h, d, w, as in 10m)");
  CHECK(error_of("1.5") == "missing unit after '1.5' (expected one of s, m, h, d, w, as in 1.5m)");
  CHECK(error_of("1h30") == "missing unit after '30' (expected one of s, m, h, d, w, as in 30m)");
  CHECK(error_of("10x") == "unknown unit 'x' in '10x' (expected s, m, h, d or w)");
  CHECK(error_of("10min") == "unknown unit 'min' in '10min' (expected s, m, h, d or w)");
  CHECK(error_of("10M") == "unknown unit 'M' in '10M' (expected s, m, h, d or w)");
  CHECK(error_of("1h30mins") == "unknown unit 'mins' in '1h30mins' (expected s, m, h, d or w)");
  CHECK(error_of("-5m") == "negative duration '-5m' (a duration must be greater than zero)");
  const std::string zero =
      "a duration must be greater than zero, as in 10m; leave the field out if there is none";
  CHECK(error_of("0m") == zero);
  CHECK(error_of("0h0m") == zero);
  CHECK(error_of("0.0s") == zero);
  // A bare zero: suggesting `0m` would suggest another invalid value.
  CHECK(error_of("0") == zero);
  CHECK(error_of("0.0") == zero);
  CHECK(error_of("0m0") == zero);
  CHECK(error_of("1h0") == "missing unit after '0' (expected one of s, m, h, d, w, as in 0m)");
  CHECK(error_of("0.4s") == "duration '0.4s' rounds to 0s (a duration must be at least 1s)");
  CHECK(error_of("1h 30m") ==
        "unexpected space in '1h 30m' (write a duration without spaces, as in 1h30m)");
  CHECK(error_of(" 10m") ==
        "unexpected space in ' 10m' (write a duration without spaces, as in 1h30m)");
  CHECK(error_of("10m ") ==
        "unexpected space in '10m ' (write a duration without spaces, as in 1h30m)");
  CHECK(error_of("10 m") ==
        "unexpected space in '10 m' (write a duration without spaces, as in 1h30m)");
  CHECK(error_of("m10") ==
        "unexpected 'm10' in 'm10' (expected <number><unit>, as in 10m or 1h30m)");
  CHECK(error_of("+5m") ==
        "unexpected '+5m' in '+5m' (expected <number><unit>, as in 10m or 1h30m)");
  CHECK(error_of(".5h") ==
        "unexpected '.5h' in '.5h' (expected <number><unit>, as in 10m or 1h30m)");
  CHECK(error_of("10m!") ==
        "unexpected '!' in '10m!' (expected <number><unit>, as in 10m or 1h30m)");
  CHECK(error_of("1h-5m") ==
        "unexpected '-5m' in '1h-5m' (expected <number><unit>, as in 10m or 1h30m)");
  CHECK(error_of("10:30") ==
        "unexpected ':30' in '10:30' (expected <number><unit>, as in 10m or 1h30m)");
  CHECK(error_of("1.5.3h") ==
        "unexpected '.3h' in '1.5.3h' (expected <number><unit>, as in 10m or 1h30m)");
  CHECK(error_of("1,5h") ==
        "unexpected ',5h' in '1,5h' (expected <number><unit>, as in 10m or 1h30m)");
  CHECK(error_of("1.h") == "expected digits after '.' in '1.h' (as in 1.5h)");
  CHECK(error_of("10\xc2\xb5s") ==  // µs
        "unexpected '\xc2\xb5s' in '10\xc2\xb5s' (expected <number><unit>, as in 10m or 1h30m)");
}

TEST_CASE("durations: the error text is optional") {
  CHECK_FALSE(parse_duration("10"));
  CHECK(parse_duration("10m", nullptr) == 600);
}

TEST_CASE("durations: canonical format, largest unit first, zero parts omitted") {
  CHECK(format_duration(0) == "0s");
  CHECK(format_duration(45) == "45s");
  CHECK(format_duration(600) == "10m");
  CHECK(format_duration(7200) == "2h");
  CHECK(format_duration(5400) == "1h30m");
  CHECK(format_duration(90061) == "1d1h1m1s");
  CHECK(format_duration(86400 + 1) == "1d1s");
  CHECK(format_duration(7 * 86400) == "7d");  // no weeks in the output
  CHECK(format_duration(-90) == "-1m30s");
  CHECK(format_duration(std::numeric_limits<Seconds>::min()) == "-106751991167300d15h30m8s");
}

TEST_CASE("durations: format then parse gives the same value") {
  for (Seconds s : {Seconds{1}, Seconds{59}, Seconds{61}, Seconds{3599}, Seconds{90061},
                    Seconds{604800}, Seconds{100} * 365 * 86400}) {
    CAPTURE(s);
    CHECK(parse_duration(format_duration(s)) == s);
  }
}

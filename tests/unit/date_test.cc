#include <doctest/doctest.h>

#include "chainmap/formats.h"

using chainmap::Date;
using chainmap::format_date;
using chainmap::parse_date;

TEST_CASE("dates: valid ISO dates") {
  CHECK(parse_date("2027-06-30") == Date{2027, 6, 30});
  CHECK(parse_date("2027-01-01") == Date{2027, 1, 1});
  CHECK(parse_date("2027-12-31") == Date{2027, 12, 31});
  CHECK(parse_date("2028-02-29") == Date{2028, 2, 29});  // leap year
  CHECK(parse_date("2000-02-29") == Date{2000, 2, 29});  // divisible by 400
  CHECK(parse_date("2027-04-30") == Date{2027, 4, 30});
}

TEST_CASE("dates: invalid dates say what is expected") {
  const char* invalid[] = {
      "2027-02-30",  "2027-02-29", "1900-02-29",  // not leap years
      "2027-04-31",  "2027-13-01", "2027-00-10", "2027-01-00", "2027-01-32",       "",
      "2027-6-30",   "2027-06-3",  "27-06-30",   "2027/06/30", "2027-06-30T10:00", " 2027-06-30",
      "2027-06-30 ", "2027-O6-30", "+027-06-30", "2027-06-+3",
  };
  for (const char* text : invalid) {
    CAPTURE(text);
    std::string error;
    CHECK_FALSE(parse_date(text, &error));
    CHECK(error == std::string("invalid date '") + text + "' (expected an ISO date YYYY-MM-DD)");
  }
}

TEST_CASE("dates: the error text is optional") { CHECK_FALSE(parse_date("2027-02-30")); }

TEST_CASE("dates: ordering and formatting") {
  CHECK(Date{2027, 6, 30} < Date{2027, 7, 1});
  CHECK(Date{2026, 12, 31} < Date{2027, 1, 1});
  CHECK(Date{2027, 6, 30} == *parse_date("2027-06-30"));
  CHECK(format_date(Date{2027, 6, 30}) == "2027-06-30");
  CHECK(format_date(Date{987, 1, 2}) == "0987-01-02");
  CHECK(format_date(*parse_date("2028-02-29")) == "2028-02-29");
}

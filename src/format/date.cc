#include "chainmap/formats.h"

#include <fmt/format.h>

namespace chainmap {

namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// The digits of text[from, from + count) as a number, or -1 if any is not a digit.
int digits(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

// Strict `YYYY-MM-DD` only: waiver expiry dates are compared, so `2027-6-30` or a date with a
// time would be ambiguous about which day it means.
std::optional<Date> parse_date(std::string_view text, std::string* error) {
  Date date;
  bool ok = text.size() == 10 && text[4] == '-' && text[7] == '-';
  if (ok) {
    date = {digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)};
    ok = date.year >= 0 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= days_in_month(date.year, date.month);
  }
  if (!ok) {
    if (error) *error = fmt::format("invalid date '{}' (expected an ISO date YYYY-MM-DD)", text);
    return std::nullopt;
  }
  return date;
}

std::string format_date(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

}  // namespace chainmap

#include <doctest/doctest.h>

#include "util/suggest.h"

using chainmap::closest;

TEST_CASE("suggestions: typos within a few edits") {
  const std::vector<std::string> fields = {"method", "carries", "confirm", "follow-up", "within"};
  CHECK(closest("metod", fields) == "method");
  CHECK(closest("confrim", fields) == "confirm");
  CHECK(closest("followup", fields) == "follow-up");
  CHECK_FALSE(closest("zzz", fields).has_value());
}

TEST_CASE("suggestions: a shortened or inflected word names the one field it starts") {
  const std::vector<std::string> fields = {"method", "carries", "confirm", "follow-up", "within"};
  CHECK(closest("carry", fields) == "carries");
  const std::vector<std::string> severities = {"error", "warning", "note", "off"};
  CHECK(closest("warn", severities) == "warning");
  // Two fields start the same way: no guess.
  CHECK_FALSE(closest("respo", std::vector<std::string>{"responsible", "response"}).has_value());
  CHECK_FALSE(closest("car", fields).has_value());  // too short to guess from
}

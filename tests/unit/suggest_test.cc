#include <doctest/doctest.h>

#include "chainmap/suggest.h"

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

TEST_CASE("suggestions: longer names built from the same word parts") {
  const std::vector<std::string> partner = {"name",     "agreement", "contract", "documented-in",
                                            "channels", "feedback",  "review",   "dpa",
                                            "contact",  "sla"};
  CHECK(closest("contract-ref", partner) == "contract");
  CHECK(closest("review-cadence", partner) == "review");
  CHECK(closest("feedback-loop", partner) == "feedback");
  CHECK(closest("documented", partner) == "documented-in");
  CHECK(closest("contractRef", partner) == "contract");  // camelCase parts
  CHECK(closest("sla_target", partner) == "sla");
  const std::vector<std::string> handover = {"method", "carries", "confirm", "follow-up", "within"};
  CHECK(closest("confirmed-by", handover) == "confirm");
  CHECK(closest("follow", handover) == "follow-up");
  CHECK(closest("handover-method", handover) == "method");
  // A shared short word is not enough: `logged-in` is not `documented-in`.
  CHECK_FALSE(closest("logged-in", partner).has_value());
  CHECK_FALSE(closest("colour", partner).has_value());
  // Two candidates with as many matching parts: no guess.
  CHECK_FALSE(closest("contract-review", partner).has_value());
}

TEST_CASE("suggestions: good ones from edits stay") {
  const std::vector<std::string> step = {
      "id",          "name",      "owner",    "lane",          "channel",
      "duration",    "captures",  "needs",    "personal-data", "moment-of-truth",
      "responsible", "consulted", "informed", "sla",           "entry",
      "end",         "next"};
  CHECK(closest("ownr", step) == "owner");
  CHECK(closest("nxt", step) == "next");
  CHECK(closest("captured", step) == "captures");
  CHECK(closest("moment-of-thruth", step) == "moment-of-truth");
  CHECK(closest("personal", step) == "personal-data");
  CHECK(closest("Owner", step) == "owner");
}

TEST_CASE("did_you_mean_or_list: the valid keys when nothing is close") {
  const std::vector<std::string> fields = {"by", "within"};
  CHECK(chainmap::did_you_mean_or_list("withn", fields) == "; did you mean 'within'?");
  CHECK(chainmap::did_you_mean_or_list("colour", fields) == "; expected one of: by, within");
  CHECK(chainmap::did_you_mean_or_list("colour", {}).empty());
  CHECK(chainmap::did_you_mean("colour", fields).empty());
}

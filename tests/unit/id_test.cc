#include <doctest/doctest.h>

#include "chainmap/formats.h"

using chainmap::is_valid_id;

TEST_CASE("ids: lowercase letters, digits and hyphens, not starting with a hyphen") {
  CHECK(is_valid_id("support"));
  CHECK(is_valid_id("order-to-delivery"));
  CHECK(is_valid_id("a"));
  CHECK(is_valid_id("7"));
  CHECK(is_valid_id("24x7-desk"));
  CHECK(is_valid_id("trailing-"));
  CHECK(is_valid_id("double--hyphen"));
}

TEST_CASE("ids: everything else is rejected") {
  CHECK_FALSE(is_valid_id(""));
  CHECK_FALSE(is_valid_id("-leading"));
  CHECK_FALSE(is_valid_id("Support"));
  CHECK_FALSE(is_valid_id("supporT"));
  CHECK_FALSE(is_valid_id("team_lead"));
  CHECK_FALSE(is_valid_id("team lead"));
  CHECK_FALSE(is_valid_id("sales.advisor"));
  CHECK_FALSE(is_valid_id("journey/step"));
  CHECK_FALSE(is_valid_id("caf\xc3\xa9"));  // é
  CHECK_FALSE(is_valid_id(" support"));
}

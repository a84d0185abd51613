#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chainmap/rules.h"

using namespace chainmap;

namespace {

const Rule kUndeclared{"handover/undeclared", Severity::Error, "handover", "", "", {}, nullptr};
const Rule kKpiNoOwner{"kpi/no-owner", Severity::Warning, "kpi", "", "", {}, nullptr};
const Rule kTouchNoOwner{
    "touchpoint/no-owner", Severity::Warning, "touchpoint", "", "", {}, nullptr};
const Rule* const kRules[] = {&kUndeclared, &kKpiNoOwner, &kTouchNoOwner};

}  // namespace

TEST_CASE("a rule is found by its id, or by its name alone when only one rule has it") {
  CHECK(lookup_rule("handover/undeclared", kRules).rule == &kUndeclared);
  CHECK(lookup_rule("undeclared", kRules).rule == &kUndeclared);
  CHECK(lookup_rule("kpi/no-owner", kRules).rule == &kKpiNoOwner);
}

TEST_CASE("a name that several rules have is ambiguous and lists them") {
  const RuleLookup l = lookup_rule("no-owner", kRules);
  CHECK(l.rule == nullptr);
  REQUIRE(l.candidates.size() == 2);
  CHECK(l.candidates[0] == &kKpiNoOwner);
  CHECK(l.candidates[1] == &kTouchNoOwner);
  CHECK(l.suggestion.empty());
}

TEST_CASE("an unknown name suggests the closest id") {
  CHECK(lookup_rule("handover/undeclard", kRules).suggestion == "handover/undeclared");
  CHECK(lookup_rule("undeclard", kRules).suggestion == "handover/undeclared");
  // The right name in the wrong group.
  CHECK(lookup_rule("journey/undeclared", kRules).suggestion == "handover/undeclared");
  // A misspelt name that several rules have: no guess.
  CHECK(lookup_rule("no-ownr", kRules).suggestion.empty());
  CHECK(lookup_rule("nothing-like-it", kRules).suggestion.empty());
}

TEST_CASE("the catalogue finds context-lost without its group") {
  const RuleLookup l = lookup_rule("context-lost");
  REQUIRE(l.rule != nullptr);
  CHECK(l.rule->id == "handover/context-lost");
}

#include <doctest/doctest.h>

#include "support.h"

using namespace chainmap;
using chainmap::test::summary;

namespace {
// Two KPIs without owner and target: kpi/no-owner and kpi/no-target fire twice each.
std::string model(const std::string& extra) {
  return "chainmap: 1\n" + extra + "kpis:\n  a: {}\n  b: {}\n";
}
std::size_t count(const std::vector<Diagnostic>& ds, std::string_view rule, Severity s) {
  std::size_t n = 0;
  for (const auto& d : ds) n += d.rule == rule && d.severity == s;
  return n;
}
}  // namespace

TEST_CASE("presets: recommended, strict, none") {
  auto rec = test::check(*test::load(model("")));
  CHECK(count(rec, "kpi/no-owner", Severity::Warning) == 2);
  auto strict = test::check(*test::load(model("lint: {extends: strict}\n")));
  CHECK(count(strict, "kpi/no-owner", Severity::Error) == 2);
  auto none = test::check(*test::load(model("lint: {extends: none}\n")));
  CHECK(none.empty());
}

TEST_CASE("lint.rules, then --strict, then --rule: the command line wins") {
  auto l = test::load(model("lint:\n  rules:\n    kpi/no-owner: note\n    kpi/no-target: off\n"));
  auto file = test::check(*l);
  CHECK(count(file, "kpi/no-owner", Severity::Note) == 2);
  CHECK(count(file, "kpi/no-target", Severity::Warning) == 0);

  CheckOptions cli;
  cli.strict = true;
  cli.rules = {{"kpi/no-target", Severity::Warning}};
  auto both = test::check(*l, cli);
  CHECK(count(both, "kpi/no-owner", Severity::Note) == 2);      // notes stay notes
  CHECK(count(both, "kpi/no-target", Severity::Warning) == 2);  // --rule after --strict
}

TEST_CASE("unknown rules and options in lint.rules are reported with a suggestion") {
  auto l =
      test::load(model("lint:\n  rules:\n    kpi/no-ownr: off\n    kpi/no-owner: {max: 3}\n"
                       "    model/syntax: off\n"));
  auto ds = test::check(*l);
  CHECK(summary(ds) ==
        std::vector<std::string>{"kpi/no-owner@8:3 kpi:a", "kpi/no-owner@9:3 kpi:b",
                                 "kpi/no-target@8:3 kpi:a", "kpi/no-target@9:3 kpi:b",
                                 "model/invalid-value@6:5 model", "model/unknown-key@5:20 model",
                                 "model/unknown-reference@4:5 model"});
  for (const auto& d : ds)
    if (d.rule == "model/unknown-reference")
      CHECK(d.message.find("did you mean 'kpi/no-owner'") != std::string::npos);
}

TEST_CASE("waivers silence one rule on one target, expire, and report when unused") {
  auto l = test::load(model(R"(waivers:
  - {rule: kpi/no-owner, target: "kpi:a", reason: hiring}
  - {rule: kpi/no-owner, target: "kpi:b", reason: hiring, expires: 2026-05-31}
  - {rule: kpi/no-target, target: "kpi:c", reason: typo}
  - {rule: kpi/no-target, target: "kpi:b", reason: fine, expires: 2026-06-01}
  - {rule: kpi/no-target, target: "kpi:a"}
  - {rule: nope/nope, target: "kpi:a", reason: x}
  - {rule: model/syntax, target: model, reason: x}
  - {rule: kpi/no-target, target: "kpo:a", reason: x}
)"));
  auto ds = test::check(*l);
  CHECK(summary(ds) ==
        std::vector<std::string>{"kpi/no-owner@13:3 kpi:b",             // waiver 2 expired
                                 "kpi/no-target@12:3 kpi:a",            // waiver 5 has no reason
                                 "model/invalid-value@10:35 waiver:8",  // bad target kind
                                 "model/invalid-value@9:12 waiver:7",   // model/* cannot be waived
                                 "model/missing-field@7:5 waiver:5",
                                 "model/unknown-reference@8:12 waiver:6",
                                 "waiver/expired@4:68 waiver:2", "waiver/unused@5:5 waiver:3"});
}

TEST_CASE("a waiver of a switched-off rule is not reported unused") {
  auto l =
      test::load(model("lint: {rules: {kpi/no-target: off}}\nwaivers:\n"
                       "  - {rule: kpi/no-target, target: 'kpi:zzz', reason: x}\n"));
  auto ds = test::check(*l);
  for (const auto& d : ds) CHECK(d.rule != "waiver/unused");
}

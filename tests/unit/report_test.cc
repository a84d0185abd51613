// The CI formats: GitHub escaping, baseline reading and matching, and properties of SARIF and
// JUnit output that golden files show less directly (fingerprints, UTF-16 columns, XML escaping).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "chainmap/report.h"
#include "report/github.h"
#include "support.h"

using namespace chainmap;

TEST_CASE("github: data and property escaping") {
  using report::github_escape_data;
  using report::github_escape_property;
  CHECK(github_escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b");
  CHECK(github_escape_property("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext%3A a%2C b");
  CHECK(github_escape_data("%0A is not a newline") == "%250A is not a newline");
  CHECK(github_escape_property("dir,x/a:b.yaml") == "dir%2Cx/a%3Ab.yaml");
  CHECK(github_escape_data("") == "");
}

namespace {
Diagnostic finding(std::string rule, std::string target, Severity s = Severity::Warning) {
  Diagnostic d;
  d.rule = std::move(rule);
  d.target = std::move(target);
  d.severity = s;
  return d;
}
BaselineError baseline_error(std::string_view text) {
  Baseline b;
  BaselineError e;
  CHECK(!parse_baseline(text, b, e));
  return e;
}
}  // namespace

TEST_CASE("baseline: rule + target pairs of a json report") {
  Baseline b;
  BaselineError e;
  REQUIRE(parse_baseline(R"({"tool": "chainmap", "diagnostics": [
      {"rule": "kpi/no-owner", "target": "kpi:a", "line": 3},
      {"rule": "kpi/no-target", "target": "kpi:a"}], "summary": {}})",
                         b, e));
  CHECK(b.known.size() == 2);
  std::vector<Diagnostic> ds = {finding("kpi/no-owner", "kpi:a"), finding("kpi/no-owner", "kpi:b"),
                                finding("kpi/no-target", "kpi:a", Severity::Error),
                                finding("kpi/no-target", "kpi:c")};
  CHECK(apply_baseline(b, ds) == 2);
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].target == "kpi:b");
  CHECK(ds[1].target == "kpi:c");

  REQUIRE(parse_baseline(R"({"diagnostics": []})", b, e));
  CHECK(b.known.empty());
}

TEST_CASE("baseline: malformed reports say where") {
  auto e = baseline_error("{\"diagnostics\": [}");
  CHECK(e.line == 1);
  CHECK(e.column == 18);
  CHECK(e.message ==
        "invalid JSON: syntax error while parsing value - unexpected '}'; expected '[', '{', or a "
        "literal");
  e = baseline_error("[]");
  CHECK(
      e.message ==
      "the report is array, not an object; expected a report of 'chainmap validate --format json'");
  e = baseline_error("{\"tool\": \"eslint\", \"diagnostics\": []}");
  CHECK(e.column == 10);
  e = baseline_error("{\"files\": []}");
  CHECK(e.message == "no \"diagnostics\"; expected a report of 'chainmap validate --format json'");
  e = baseline_error("{\"diagnostics\": {}}");
  CHECK(e.message == "\"diagnostics\" must be an array, not object");
  e = baseline_error("{\"diagnostics\": [\n  {\"rule\": \"kpi/no-owner\"}]}");
  CHECK(e.line == 2);
  CHECK(e.column == 3);
  CHECK(e.message == "diagnostic has no \"target\"");
  e = baseline_error("{\"diagnostics\": [{\"rule\": 1, \"target\": \"kpi:a\"}]}");
  CHECK(e.message == "\"rule\" must be a string, not number");
  e = baseline_error("{\"diagnostics\": [7]}");
  CHECK(e.message == "a diagnostic must be an object, not number");
  e = baseline_error("{\"diagnostics\": [{\"rule\": \"a\", \"target\": \"b\", \"rule\": \"c\"}]}");
  CHECK(e.column == 47);
  CHECK(e.message == "invalid JSON: duplicate key 'rule'");
  // Only the report's own "tool" and "diagnostics" count, not members deeper down.
  e = baseline_error("{\"summary\": {\"diagnostics\": []}, \"x\": [{\"tool\": 1}]}");
  CHECK(e.column == 1);
  CHECK(e.message == "no \"diagnostics\"; expected a report of 'chainmap validate --format json'");
}

namespace {
// Two KPIs, each missing owner and target; one's key is non-ASCII-preceded on its line.
const char* kModel =
    "chainmap: 1\n"
    "kpis:\n"
    "  a: {}\n"
    "  b: {}  # \xC3\xA9\n";

struct Formatted {
  std::unique_ptr<test::Loaded> loaded;
  std::vector<Diagnostic> diagnostics;
  std::string out;
};

Formatted run(const char* model, std::string (*format)(const Report&)) {
  Formatted f;
  f.loaded = test::load(model);
  f.diagnostics = test::check(*f.loaded);
  Report r{f.loaded->sources, f.diagnostics, f.loaded->result.model.files};
  f.out = format(r);
  return f;
}
}  // namespace

TEST_CASE("sarif: fingerprints from rule + target survive moved lines") {
  auto before = run(kModel, format_sarif);
  auto after = run("chainmap: 1\n\n\nkpis:\n  a: {}\n  b: {}\n", format_sarif);
  auto b = nlohmann::json::parse(before.out);
  auto a = nlohmann::json::parse(after.out);
  const auto& rb = b["runs"][0]["results"][0];
  const auto& ra = a["runs"][0]["results"][0];
  CHECK(rb["ruleId"] == ra["ruleId"]);
  CHECK(rb["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);
  CHECK(ra["locations"][0]["physicalLocation"]["region"]["startLine"] == 5);
  const std::string fb = rb["partialFingerprints"]["chainmap/v1"];
  CHECK(fb == ra["partialFingerprints"]["chainmap/v1"]);
  CHECK(fb.size() == 18);  // 16 hex digits, ':', occurrence
  // Different targets, different fingerprints.
  const auto& other = b["runs"][0]["results"][2];
  CHECK(other["partialFingerprints"]["chainmap/v1"] != fb);
}

TEST_CASE("junit: markup in messages is escaped") {
  // strict: kpi/no-target is an error, so the message is in an attribute and in the body.
  auto f = run("chainmap: 1\nlint: {extends: strict}\nkpis:\n  a: {target: \"<b>&'\\\"\"}\n",
               format_junit);
  CHECK(f.out.find("message=\"KPI &#39;a&#39; has no number in its target "
                   "&#39;&lt;b&gt;&amp;&#39;&quot;&#39;\"") != std::string::npos);
  INFO(f.out);
  CHECK(f.out.find("chainmap.yaml:4:15: error: KPI &#39;a&#39; has no number in its target "
                   "&#39;&lt;b&gt;&amp;&#39;&quot;&#39; [kpi/no-target]<") != std::string::npos);
  CHECK(f.out.find("<b>") == std::string::npos);
}

TEST_CASE("gitlab: severities, locations, and unique fingerprints when rule and target repeat") {
  auto loaded = test::load(kModel);
  std::vector<Diagnostic> ds = {finding("kpi/no-owner", "kpi:a", Severity::Error),
                                finding("kpi/no-owner", "kpi:a", Severity::Warning),
                                finding("kpi/no-target", "kpi:a", Severity::Note),
                                finding("model/syntax", "model", Severity::Error)};
  ds[0].loc = {0, 3, 3, 1};
  ds[1].loc = {0, 4, 3, 1};
  ds[2].loc = {0, 0, 0, 0};   // no line: the file's first line
  ds[3].loc = {99, 7, 1, 1};  // no such file: the root model's first line
  ds[0].message = "first";
  Report r{loaded->sources, ds, loaded->result.model.files};
  auto issues = nlohmann::json::parse(format_gitlab(r));
  REQUIRE(issues.size() == 4);
  CHECK(issues[0]["description"] == "first");
  CHECK(issues[0]["check_name"] == "kpi/no-owner");
  CHECK(issues[0]["severity"] == "major");
  CHECK(issues[1]["severity"] == "minor");
  CHECK(issues[2]["severity"] == "info");
  const std::string root = loaded->sources.at(loaded->result.model.files.front()).display;
  CHECK(issues[0]["location"]["path"] == root);
  CHECK(issues[0]["location"]["lines"]["begin"] == 3);
  CHECK(issues[1]["location"]["lines"]["begin"] == 4);
  CHECK(issues[2]["location"]["lines"]["begin"] == 1);
  CHECK(issues[3]["location"]["path"] == root);
  CHECK(issues[3]["location"]["lines"]["begin"] == 1);
  // One rule, one target: same hash, told apart by their number; and the same as SARIF's.
  const std::string f0 = issues[0]["fingerprint"], f1 = issues[1]["fingerprint"];
  CHECK(f0.ends_with(":1"));
  CHECK(f1.ends_with(":2"));
  CHECK(f0.substr(0, 16) == f1.substr(0, 16));
  auto sarif = nlohmann::json::parse(format_sarif(r));
  for (std::size_t i = 0; i < issues.size(); ++i)
    CHECK(sarif["runs"][0]["results"][i]["partialFingerprints"]["chainmap/v1"] ==
          issues[i]["fingerprint"]);
  // No findings: an empty array, which GitLab reads as "no issues".
  std::vector<Diagnostic> none;
  CHECK(format_gitlab(Report{loaded->sources, none, loaded->result.model.files}) == "[]\n");
}

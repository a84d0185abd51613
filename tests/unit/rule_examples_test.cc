// The Example of a rule's page must trigger the rule and its Instead must not, each as a
// complete model that loads without model/* findings (docs/contributing.md, "Adding a rule").
#include <doctest/doctest.h>

#include <regex>

#include "chainmap/rules.h"
#include "support.h"

using namespace chainmap;

namespace {

// The yaml blocks under `## <section>` of a page.
std::string yaml_block(const std::string& page, const std::string& section) {
  const std::regex block("## " + section + "\n```yaml\n([^`]*)```");
  std::smatch m;
  return std::regex_search(page, m, block) ? m[1].str() : std::string();
}

struct Outcome {
  int findings = 0;      // of the rule itself
  int model_errors = 0;  // model/* findings: the example does not load cleanly
};

Outcome run(const Rule& rule, const std::string& body) {
  auto l = test::load("chainmap: 1\n" + body);
  CheckOptions options;
  options.rules.emplace_back(std::string(rule.id), rule.severity);
  Outcome o;
  for (const Diagnostic& d : test::check(*l, options)) {
    if (d.rule == rule.id) ++o.findings;
    if (d.rule.starts_with("model/")) ++o.model_errors;
  }
  return o;
}

}  // namespace

TEST_CASE("rule pages: the Example triggers the rule, the Instead does not") {
  for (const Rule* rule : catalogue()) {
    // model/* pages show input that cannot be understood; waiver/* findings need a whole run.
    if (rule->id.starts_with("model/") || rule->id.starts_with("waiver/")) continue;
    CAPTURE(rule->id);
    const std::string page = rule_page(*rule);
    const std::string example = yaml_block(page, "Example");
    const std::string instead = yaml_block(page, "Instead");
    REQUIRE(!example.empty());
    REQUIRE(!instead.empty());
    const Outcome bad = run(*rule, example);
    CHECK(bad.findings > 0);
    CHECK(bad.model_errors == 0);
    const Outcome good = run(*rule, instead);
    CHECK(good.findings == 0);
    CHECK(good.model_errors == 0);
  }
}

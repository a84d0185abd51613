// Every rule page's Example must trigger its rule and its Instead must not (docs/contributing.md,
// "Adding a rule"). Checked for the groups whose pages were written to be loadable as they
// stand: the yaml block plus `chainmap: 1`.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "chainmap/rules.h"
#include "support.h"

using namespace chainmap;

namespace {

// The first ```yaml block after the heading `## <section>`.
std::string yaml_block(std::string_view doc, std::string_view section) {
  const std::string heading = "## " + std::string(section) + "\n";
  auto at = doc.find(heading);
  if (at == std::string_view::npos) return {};
  auto open = doc.find("```yaml\n", at);
  if (open == std::string_view::npos) return {};
  open += 8;
  auto close = doc.find("```", open);
  return std::string(doc.substr(open, close - open));
}

std::size_t findings_of(const Rule& rule, const std::string& yaml) {
  auto loaded = test::load("chainmap: 1\n" + yaml);
  CheckOptions options;
  options.rules.emplace_back(std::string(rule.id), rule.severity);
  auto found = test::check(*loaded, options);
  return static_cast<std::size_t>(std::count_if(
      found.begin(), found.end(), [&](const Diagnostic& d) { return d.rule == rule.id; }));
}

}  // namespace

TEST_CASE("partner/* and journey/* pages: Example triggers the rule, Instead does not") {
  for (const Rule* rule : catalogue()) {
    if (!rule->id.starts_with("partner/") && !rule->id.starts_with("journey/")) continue;
    CAPTURE(rule->id);
    const std::string example = yaml_block(rule->doc, "Example");
    const std::string instead = yaml_block(rule->doc, "Instead");
    REQUIRE_FALSE(example.empty());
    REQUIRE_FALSE(instead.empty());
    CHECK(findings_of(*rule, example) > 0);
    CHECK(findings_of(*rule, instead) == 0);
  }
}

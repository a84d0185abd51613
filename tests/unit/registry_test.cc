// The rule catalogue as users meet it: every rule once, its id well-formed and the name of its
// own file, listed by `chainmap rules` (text and json), explained by `chainmap explain`, in
// docs/rules.md and, when it has a finding, among the SARIF driver's rules.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "chainmap/report.h"
#include "chainmap/rules.h"
#include "chainmap/source.h"

using namespace chainmap;
namespace fs = std::filesystem;

namespace {

const fs::path kSourceRoot = fs::path(CHAINMAP_TEST_DATA).parent_path();

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// src/rules/<group>/<name>.cc, hyphens of the name as underscores.
fs::path rule_file(const Rule& rule) {
  std::string path(rule.id);
  std::replace(path.begin(), path.end(), '-', '_');
  return kSourceRoot / "src" / "rules" / (path + ".cc");
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

}  // namespace

TEST_CASE("every rule is one object with a unique, well-formed id named after its file") {
  const std::regex well_formed("[a-z]+/[a-z0-9]+(-[a-z0-9]+)*");
  std::set<std::string_view> ids;
  std::set<const Rule*> objects;
  REQUIRE(!catalogue().empty());
  for (const Rule* rule : catalogue()) {
    CAPTURE(rule->id);
    CHECK(objects.insert(rule).second);
    CHECK(ids.insert(rule->id).second);
    CHECK(std::regex_match(std::string(rule->id), well_formed));
    const fs::path file = rule_file(*rule);
    REQUIRE_MESSAGE(fs::exists(file), file.string());
    CHECK(contains(read_text(file), fmt::format("\"{}\"", rule->id)));
    CHECK(find_rule(rule->id) == rule);
    CHECK_FALSE(rule->summary.empty());
    CHECK_FALSE(rule->target.empty());
    CHECK(contains(rule->doc, "## What it checks\n"));
  }
}

TEST_CASE("what users may do with a rule's findings is a property of the rule") {
  for (const Rule* rule : catalogue()) {
    CAPTURE(rule->id);
    // A rule that cannot be configured is always an error and can be neither waived nor
    // taken into a baseline.
    if (!rule->configurable()) {
      CHECK(rule->severity == Severity::Error);
      CHECK_FALSE(rule->controls.waivable);
      CHECK_FALSE(rule->controls.baselined);
    }
    // Rules without a check function are reported by the loader or the waiver check.
    if (rule->check) CHECK(rule->controls.waivable);
  }
  const Rule* unknown_key = find_rule("model/unknown-key");
  REQUIRE(unknown_key);
  CHECK(unknown_key->configurable());
  CHECK(unknown_key->controls.waivable);
  CHECK_FALSE(unknown_key->controls.baselined);
  const Rule* expired = find_rule("waiver/expired");
  REQUIRE(expired);
  CHECK(expired->configurable());
  CHECK_FALSE(expired->controls.waivable);
}

TEST_CASE("make_diagnostic takes the rule's id and default severity") {
  const Rule rule{"kpi/no-owner", Severity::Warning, "kpi", "", "", {}, nullptr};
  const Diagnostic d = make_diagnostic(rule, "kpi:a", Loc{0, 3, 5, 0}, "KPI 'a' has no owner",
                                       {Related{Loc{0, 1, 1, 0}, "declared here"}});
  CHECK(d.rule == "kpi/no-owner");
  CHECK(d.severity == Severity::Warning);
  CHECK(d.target == "kpi:a");
  CHECK(d.loc == Loc{0, 3, 5, 0});
  CHECK(d.message == "KPI 'a' has no owner");
  REQUIRE(d.related.size() == 1);
  CHECK(d.related[0].message == "declared here");
}

TEST_CASE("every rule is listed by `chainmap rules`, explained, and in docs/rules.md") {
  const std::string table = rules_table();
  const nlohmann::json json = nlohmann::json::parse(rules_json());
  const std::string markdown = rules_markdown();
  const std::string docs = read_text(kSourceRoot / "docs" / "rules.md");
  REQUIRE(json.is_array());
  CHECK(json.size() == catalogue().size());
  std::size_t i = 0;
  for (const Rule* rule : catalogue()) {
    CAPTURE(rule->id);
    const std::string id(rule->id);
    CHECK(contains(table, fmt::format("\n{:<{}}", id, id.size() + 2)));
    REQUIRE(i < json.size());
    CHECK(json[i]["id"] == id);
    CHECK(json[i]["configurable"] == rule->configurable());
    ++i;
    const std::string page = rule_page(*rule);
    CHECK(page.starts_with(fmt::format("# {}\n", id)));
    CHECK(contains(page, std::string(rule->doc)));
    CHECK(lookup_rule(id).rule == rule);
    CHECK(contains(markdown, fmt::format("\n## {}\n", id)));
    CHECK(contains(docs, fmt::format("\n## {}\n", id)));
  }
}

TEST_CASE("every rule with a finding is described among the SARIF driver's rules") {
  SourceSet sources;
  sources.add("/model/chainmap.yaml", "chainmap.yaml");
  std::vector<Diagnostic> diagnostics;
  for (const Rule* rule : catalogue())
    diagnostics.push_back(make_diagnostic(*rule, "model", Loc{0, 1, 1, 0}, "a finding"));
  const Report report{sources, diagnostics, {0}};
  const nlohmann::json sarif = nlohmann::json::parse(format_sarif(report));
  const nlohmann::json& described = sarif["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(described.size() == catalogue().size());
  std::size_t i = 0;
  for (const Rule* rule : catalogue()) {
    CAPTURE(rule->id);
    const nlohmann::json& d = described[i++];
    CHECK(d["id"] == std::string(rule->id));
    CHECK(d["help"]["markdown"] == rule_page(*rule));
    CHECK_FALSE(d["shortDescription"]["text"].get<std::string>().empty());
    CHECK(d["defaultConfiguration"]["level"].is_string());
  }
  // Results point at their rule's descriptor.
  for (const auto& result : sarif["runs"][0]["results"])
    CHECK(described[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
}

namespace {

// The ordinary string literals of a C++ source: comments, character literals and raw strings
// (the rule pages) left out.
std::vector<std::string_view> string_literals(std::string_view code) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  auto skip_quoted = [&](char quote) {
    const std::size_t start = ++i;
    while (i < code.size() && code[i] != quote) i += code[i] == '\\' ? 2 : 1;
    return code.substr(start, std::min(i++, code.size()) - start);
  };
  while (i < code.size()) {
    if (code.substr(i, 2) == "//") {
      i = code.find('\n', i);
    } else if (code.substr(i, 2) == "/*") {
      i = code.find("*/", i);
      if (i != std::string_view::npos) i += 2;
    } else if (code[i] == 'R' && i + 1 < code.size() && code[i + 1] == '"') {
      const std::size_t open = code.find('(', i);
      const std::string close = ")" + std::string(code.substr(i + 2, open - i - 2)) + "\"";
      i = code.find(close, open);
      if (i != std::string_view::npos) i += close.size();
    } else if (code[i] == '\'' &&
               (i == 0 || !std::isalnum(static_cast<unsigned char>(code[i - 1])))) {
      skip_quoted('\'');
    } else if (code[i] == '"') {
      out.push_back(skip_quoted('"'));
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("string_literals finds the literals a rule id could hide in") {
  const auto literals = string_literals(
      "// \"kpi/no-owner\"\nf(\"a\", '\"', R\"doc(\"b\")doc\", \"c\\\"d\"); /* \"e\" */ g(\"f\");");
  CHECK(literals == std::vector<std::string_view>{"a", "c\\\"d", "f"});
}

TEST_CASE("no file of src/ but the rule's own writes its id in a string") {
  std::set<std::string> groups;
  for (const Rule* rule : catalogue()) groups.emplace(rule->id.substr(0, rule->id.find('/')));
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kSourceRoot / "src")) {
    const fs::path& path = entry.path();
    if (path.extension() != ".cc" && path.extension() != ".h") continue;
    ++files;
    const std::string relative = path.lexically_relative(kSourceRoot).generic_string();
    const std::string code = read_text(path);
    for (std::string_view literal : string_literals(code)) {
      CAPTURE(relative);
      CAPTURE(literal);
      // An id written as a string starts with its group ("model/syntax"), or stands in a
      // message ("see handover/undeclared").
      for (const std::string& group : groups)
        if (literal.starts_with(group + "/")) {
          const Rule* rule = find_rule(literal);
          CHECK((rule && path == rule_file(*rule)));
        }
      for (const Rule* rule : catalogue())
        if (contains(literal, rule->id)) CHECK(path == rule_file(*rule));
    }
  }
  CHECK(files > 50);
}

TEST_CASE("every rule has a fail and a pass fixture") {
  for (const Rule* rule : catalogue()) {
    CAPTURE(rule->id);
    const std::string_view id = rule->id;
    const std::string_view group = id.substr(0, id.find('/'));
    // model/* fixtures are under tests/cases/model/<name>, the others under rules/<group>/<name>.
    const fs::path cases = kSourceRoot / "tests" / "cases";
    const fs::path folder = group == "model" ? cases / "model" / std::string(id.substr(6))
                                             : cases / "rules" / std::string(id);
    CHECK(fs::exists(folder / "fail" / "validate.golden"));
    CHECK(fs::exists(folder / "pass" / "validate.golden"));
  }
}

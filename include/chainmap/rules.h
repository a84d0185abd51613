#pragma once
// The rule catalogue (SPEC section 3). Each rule lives in its own file under src/rules/<group>/
// with its documentation beside its check; this header is what the rest of the tool sees.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chainmap/diagnostic.h"

namespace chainmap {

class RuleContext;
class Findings;

struct RuleOption {
  std::string_view name;
  long default_value;
  std::string_view summary;
  long minimum = 0;  // the smallest value `lint.rules` may set (model/invalid-value below it)
};

struct Rule {
  std::string_view id;            // "handover/undeclared": group/name, as the file path
  Severity severity;              // default severity under `recommended`
  std::string_view target;        // the kind of thing findings are about: "step", "handover", ...
  std::string_view summary;       // one line, for `chainmap rules`
  std::string_view doc;           // the page `chainmap explain` prints (markdown)
  std::span<const RuleOption> options;
  // nullptr for rules reported elsewhere: model/* by the loader, waiver/* by the checker.
  void (*check)(const RuleContext&, Findings&) = nullptr;

  // model/* rules report input that cannot be understood: always errors, never switched off
  // or waived, except model/unknown-key.
  bool configurable() const { return !id.starts_with("model/") || id == "model/unknown-key"; }
};

// All rules, sorted by id.
std::span<const Rule* const> catalogue();
const Rule* find_rule(std::string_view id);
std::vector<std::string> rule_ids();

// A rule named on the command line: by its id ("handover/context-lost") or by its name
// without the group ("context-lost") when exactly one rule has that name.
struct RuleLookup {
  const Rule* rule = nullptr;           // found
  std::vector<const Rule*> candidates;  // not found: the rules the name fits (ambiguous)
  std::string suggestion;               // not found and not ambiguous: the closest id, or ""
};
RuleLookup lookup_rule(std::string_view name);
RuleLookup lookup_rule(std::string_view name, std::span<const Rule* const> rules);
// The closest rule id to a name that is not one (misspelt, or without or with the wrong
// group), or "".
std::string closest_rule_id(std::string_view name, std::span<const Rule* const> rules);

// The page `chainmap explain` prints (markdown; also the source of docs/rules.md).
std::string rule_page(const Rule& rule);
// The text under the `## HEADING` of a rule's page ("Why it matters", "How to fix"), without
// the heading and surrounding blank lines; empty when the page has no such section.
std::string_view rule_doc_section(std::string_view doc, std::string_view heading);
// docs/rules.md: a table of all rules and all their pages.
std::string rules_markdown();

}  // namespace chainmap

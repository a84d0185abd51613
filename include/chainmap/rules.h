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

// What users may do with a rule's findings (SPEC section 3). model/* rules report input chainmap
// cannot understand: always errors, never switched off, waived or taken into a baseline
// (model/unknown-key, a warning, can be configured and waived). waiver/* findings are about
// waivers and cannot be waived themselves.
struct RuleControls {
  bool configurable = true;  // presets, `lint.rules` and `--rule` set its severity
  bool waivable = true;      // a waiver can silence one of its findings
  bool baselined = true;     // `--baseline` can mark one of its findings as known
};

struct Rule {
  std::string_view id;       // "handover/undeclared": group/name, as the file path
  Severity severity;         // default severity under `recommended`
  std::string_view target;   // the kind of thing findings are about: "step", "handover", ...
  std::string_view summary;  // one line, for `chainmap rules`
  std::string_view doc;      // the page `chainmap explain` prints (markdown)
  std::span<const RuleOption> options;
  // nullptr for rules reported elsewhere: model/* by the loader, waiver/* by the checker.
  void (*check)(const RuleContext&, Findings&) = nullptr;
  RuleControls controls = {};

  bool configurable() const { return controls.configurable; }
};

// A finding of `rule`, with the rule's default severity (the lint configuration may change it
// later: check_model). Every finding is made here, so its rule id is always a rule's own.
Diagnostic make_diagnostic(const Rule& rule, std::string target, Loc loc, std::string message,
                           std::vector<Related> related = {});

// Rules the command line's help texts name as examples: one whose severity `--rule` changes
// (`--rule ID=off`) and one to `explain`.
const Rule& example_configurable_rule();
const Rule& example_explained_rule();

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
// `chainmap rules`: a line a rule (id, default severity, summary); `--format json`: an array of
// rules with their target, whether they are configurable, and their options.
std::string rules_table();
std::string rules_json();

}  // namespace chainmap

#pragma once
// validate's findings as LSP diagnostics: same rule, severity, message and position (1-based
// byte columns converted to 0-based code units), `code` = the rule id and `codeDescription`
// = the rule's page in docs/rules.md.
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lsp/checked.h"
#include "lsp/text.h"
#include "lsp/transport.h"

namespace chainmap::lsp {

using UriOf = std::function<std::string(const std::filesystem::path&)>;

// The anchor of a rule's section in docs/rules.md ("handover/no-follow-up" ->
// "handoverno-follow-up", as GitHub and `make docs` spell it).
std::string rule_anchor(std::string_view rule);

// The range of a Loc of the model, on the text the model was checked with.
Range range_of(const CheckedModel& model, const Loc& loc, Encoding encoding);

// Every finding of the model as LSP diagnostics, by the canonical path of its file.
std::map<std::filesystem::path, std::vector<json>> lsp_diagnostics(const CheckedModel& model,
                                                                   Encoding encoding,
                                                                   const std::string& rules_url,
                                                                   const UriOf& uri_of);

}  // namespace chainmap::lsp

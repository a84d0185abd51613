#pragma once
// The answers to the editor's requests about one document, one file each: hover.cc,
// navigation.cc (definition, references), completion.cc, code_actions.cc, outline.cc.
// They read the document's text and the analyses of the models it belongs to, and return
// LSP results as JSON; they never change anything.
#include <string>
#include <vector>

#include "chainmap/formats.h"
#include "chainmap/lsp.h"
#include "lsp/diagnostics.h"
#include "lsp/documents.h"
#include "lsp/text.h"
#include "lsp/workspace.h"

namespace chainmap::lsp {

struct FeatureContext {
  const Document& doc;
  // The analyses of the active models the document belongs to, nearest root first. Their
  // text of the document is the document's text (the server checks before it answers).
  std::vector<std::shared_ptr<const Analysis>> analyses;
  // Earlier analyses without YAML syntax errors, for completion while the file does not
  // parse: ids declared in the broken part are still offered.
  std::vector<std::shared_ptr<const Analysis>> clean;
  Encoding encoding = Encoding::Utf16;
  const ServerOptions& options;
  UriOf uri_of;
  Date today;
};

// The document's index in a model's SourceSet, if the model has it.
std::optional<std::uint32_t> file_in(const Analysis& analysis, const Document& doc);

json hover(const FeatureContext& cx, Position position);
json definition(const FeatureContext& cx, Position position);
json references(const FeatureContext& cx, Position position, bool include_declaration);
json completion(const FeatureContext& cx, Position position);
json code_actions(const FeatureContext& cx, Range range, const std::vector<std::string>& only);
json document_symbols(const FeatureContext& cx);

// The included files an `include` entry under the cursor names, if the cursor is on one.
std::vector<std::filesystem::path> include_targets(const Document& doc, const Lines& lines,
                                                   Position position, Encoding encoding,
                                                   Range* entry = nullptr);

}  // namespace chainmap::lsp

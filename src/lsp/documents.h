#pragma once
// The documents the client has open (textDocument/didOpen ... didClose), with full and
// incremental changes applied. Their text stands for the file on disk.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

#include "lsp/checked.h"
#include "lsp/text.h"
#include "lsp/transport.h"

namespace chainmap::lsp {

struct Document {
  std::string uri;             // as the client names it
  std::filesystem::path path;  // canonical; empty when the URI names no local file
  std::int64_t version = 0;
  std::string text;
};

class Documents {
 public:
  Document& open(std::string uri, std::int64_t version, std::string text);
  void close(const std::string& uri);
  Document* find(const std::string& uri);
  const Document* find_path(const std::filesystem::path& canonical) const;
  const std::map<std::string, Document>& all() const { return docs_; }
  Overlay overlay() const;  // open files by canonical path

  // One entry of didChange's contentChanges: `{text}` replaces the document, `{range, text}`
  // replaces a range (positions past the end are clamped, LSP 3.17 "Position").
  // Returns an error message for an entry of the wrong shape, leaving the text unchanged.
  static std::string apply(Document& doc, const json& change, Encoding encoding);

 private:
  std::map<std::string, Document> docs_;
};

}  // namespace chainmap::lsp

#include "lsp/documents.h"

#include <utility>

#include "lsp/protocol.h"
#include "lsp/uri.h"

namespace chainmap::lsp {

Document& Documents::open(std::string uri, std::int64_t version, std::string text) {
  Document doc;
  doc.uri = uri;
  if (auto path = uri_to_path(uri)) doc.path = canonical_path(*path);
  doc.version = version;
  doc.text = std::move(text);
  return docs_[std::move(uri)] = std::move(doc);
}

void Documents::close(const std::string& uri) { docs_.erase(uri); }

Document* Documents::find(const std::string& uri) {
  auto it = docs_.find(uri);
  return it == docs_.end() ? nullptr : &it->second;
}

const Document* Documents::find_path(const std::filesystem::path& canonical) const {
  for (const auto& [uri, doc] : docs_)
    if (!doc.path.empty() && doc.path == canonical) return &doc;
  return nullptr;
}

Overlay Documents::overlay() const {
  Overlay out;
  for (const auto& [uri, doc] : docs_)
    if (!doc.path.empty()) out[doc.path] = doc.text;
  return out;
}

std::string Documents::apply(Document& doc, const json& change, Encoding encoding) {
  if (!change.is_object() || !change.contains("text") || !change["text"].is_string())
    return "a content change needs a 'text' string";
  const std::string& text = change["text"].get_ref<const std::string&>();
  if (!change.contains("range") || change["range"].is_null()) {
    doc.text = text;
    return {};
  }
  const json& range = change["range"];
  std::optional<Position> start, end;
  if (range.is_object() && range.contains("start") && range.contains("end")) {
    start = read_position(range["start"]);
    end = read_position(range["end"]);
  }
  if (!start || !end) return "a content change has a malformed 'range'";
  const Lines lines(doc.text);
  std::size_t from = lines.offset(*start, encoding), to = lines.offset(*end, encoding);
  if (to < from) std::swap(from, to);
  doc.text.replace(from, to - from, text);
  return {};
}

}  // namespace chainmap::lsp

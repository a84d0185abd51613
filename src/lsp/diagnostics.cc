#include "lsp/diagnostics.h"

#include "lsp/protocol.h"

namespace chainmap::lsp {
namespace fs = std::filesystem;

std::string rule_anchor(std::string_view rule) {
  std::string out;
  for (char c : rule)
    if (c != '/') out += c;
  return out;
}

Range range_of(const CheckedModel& model, const Loc& loc, Encoding encoding) {
  if (!loc.valid() || loc.file >= model.sources.size()) return {};
  return Lines(model.sources.at(loc.file).text).range(loc, encoding);
}

namespace {

int lsp_severity(Severity s) {
  switch (s) {
    case Severity::Error:
      return 1;
    case Severity::Warning:
      return 2;
    case Severity::Note:
      return 3;  // Information
    case Severity::Off:
      break;
  }
  return 4;
}

}  // namespace

std::map<fs::path, std::vector<json>> lsp_diagnostics(const CheckedModel& model, Encoding encoding,
                                                      const std::string& rules_url,
                                                      const UriOf& uri_of) {
  std::map<fs::path, std::vector<json>> out;
  // Line tables per file, built once for all findings of the file.
  std::map<std::uint32_t, Lines> lines;
  const auto range = [&](const Loc& loc) -> Range {
    if (!loc.valid() || loc.file >= model.sources.size()) return {};
    auto it = lines.try_emplace(loc.file, model.sources.at(loc.file).text).first;
    return it->second.range(loc, encoding);
  };
  for (const Diagnostic& d : model.diagnostics) {
    if (d.loc.file >= model.sources.size()) continue;
    json item = {{"range", to_json(range(d.loc))},
                 {"severity", lsp_severity(d.severity)},
                 {"code", d.rule},
                 {"codeDescription", {{"href", rules_url + "#" + rule_anchor(d.rule)}}},
                 {"source", "chainmap"},
                 {"message", d.message},
                 {"data", {{"target", d.target}}}};
    if (!d.related.empty()) {
      json related = json::array();
      for (const Related& r : d.related) {
        if (r.loc.file >= model.sources.size()) continue;
        related.push_back(
            {{"location", location(uri_of(model.sources.at(r.loc.file).canonical), range(r.loc))},
             {"message", r.message.empty() ? d.message : r.message}});
      }
      item["relatedInformation"] = std::move(related);
    }
    out[model.sources.at(d.loc.file).canonical].push_back(std::move(item));
  }
  return out;
}

}  // namespace chainmap::lsp

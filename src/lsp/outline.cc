// textDocument/documentSymbol: the outline of one file: information items, departments with
// their roles and shifts, partners with their SLAs, touchpoints, personas, journeys with their
// stages and steps, opportunities, KPIs.
#include <algorithm>

#include "lsp/features.h"
#include "lsp/protocol.h"

namespace chainmap::lsp {
namespace {

// LSP SymbolKind numbers.
int symbol_kind(Kind kind) {
  switch (kind) {
    case Kind::Information:
      return 14;  // Constant
    case Kind::Department:
      return 5;  // Class
    case Kind::Role:
      return 8;  // Field
    case Kind::Shift:
      return 24;  // Event
    case Kind::Partner:
      return 11;  // Interface
    case Kind::Sla:
      return 7;  // Property
    case Kind::Journey:
      return 3;  // Namespace
    case Kind::Stage:
      return 4;  // Package
    case Kind::Step:
      return 12;  // Function
    case Kind::Kpi:
      return 16;  // Number
    case Kind::Touchpoint:
      return 20;  // Key: where the customer gets in
    case Kind::Persona:
      return 19;  // Object
    case Kind::Opportunity:
      return 9;  // Constructor: something to build
    case Kind::Customer:
    case Kind::Rule:
      break;
  }
  return 13;  // Variable
}

// Only spaces count: a `- ` marker belongs to the node it starts.
std::size_t indentation(std::string_view line) {
  std::size_t spaces = 0;
  while (spaces < line.size() && line[spaces] == ' ') ++spaces;
  return spaces;
}

bool blank_or_comment(std::string_view line) {
  const std::size_t i = line.find_first_not_of(" \t");
  return i == std::string_view::npos || line[i] == '#';
}

// The lines a declaration spans: its own, and the more indented ones after it.
Range block_range(const Lines& lines, std::uint32_t first, Encoding encoding) {
  const std::size_t indent = indentation(lines.line(first));
  std::uint32_t last = first;
  for (std::uint32_t l = first + 1; l < lines.count(); ++l) {
    const std::string_view s = lines.line(l);
    if (blank_or_comment(s)) continue;
    if (indentation(s) <= indent) break;
    last = l;
  }
  return Range{{first, 0}, {last, count_units(lines.line(last), encoding)}};
}

}  // namespace

json document_symbols(const FeatureContext& cx) {
  json out = json::array();
  if (cx.analyses.empty()) return out;
  const Analysis& a = *cx.analyses.front();
  const auto file = file_in(a, cx.doc);
  if (!file) return out;
  const Lines lines(cx.doc.text);
  const std::vector<std::uint32_t> declared = a.index.declared_in(*file);

  std::map<std::uint32_t, json> nodes;  // by symbol number
  std::map<std::uint32_t, Range> ranges;
  for (std::uint32_t n : declared) {
    const Symbol& s = a.index.symbols()[n];
    const Range selection = lines.range(s.decl, cx.encoding);
    Range range = block_range(lines, s.decl.line - 1, cx.encoding);
    range.start = std::min(range.start, selection.start);
    range.end = std::max(range.end, selection.end);
    // The last part of the id is the name the file shows (`agent` of `support.agent`).
    std::string label = s.id;
    if (const std::size_t cut = label.find_last_of("./");
        cut != std::string::npos && s.kind != Kind::Information)
      label = label.substr(cut + 1);
    json symbol = {{"name", label},
                   {"kind", symbol_kind(s.kind)},
                   {"range", to_json(range)},
                   {"selectionRange", to_json(selection)},
                   {"children", json::array()}};
    std::string detail = s.name.empty() ? std::string(kind_name(s.kind)) : s.name;
    symbol["detail"] = detail;
    nodes.emplace(n, std::move(symbol));
    ranges.emplace(n, range);
  }
  // Children after parents: declarations come in file order, and a child's parent (when in
  // this file) is declared before it. Attach from the last one up so nested children land.
  std::vector<std::uint32_t> order(declared.rbegin(), declared.rend());
  std::vector<std::uint32_t> roots;
  for (std::uint32_t n : order) {
    const Symbol& s = a.index.symbols()[n];
    auto parent = s.parent >= 0 ? nodes.find(static_cast<std::uint32_t>(s.parent)) : nodes.end();
    if (parent != nodes.end() && parent->first != n) {
      // A child's range must lie inside its parent's.
      Range& outer = ranges[parent->first];
      outer.end = std::max(outer.end, ranges[n].end);
      json& p = parent->second;
      p["range"] = to_json(outer);
      p["children"].insert(p["children"].begin(), std::move(nodes[n]));
      nodes.erase(n);
    } else {
      roots.push_back(n);
    }
  }
  std::reverse(roots.begin(), roots.end());
  for (std::uint32_t n : roots) out.push_back(std::move(nodes[n]));
  return out;
}

}  // namespace chainmap::lsp

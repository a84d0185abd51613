// textDocument/definition and textDocument/references: for every kind of id in the index,
// and for `include` entries (the files they name, and the entries that name a file).
#include <algorithm>

#include "load/glob.h"
#include "lsp/cursor.h"
#include "lsp/features.h"
#include "lsp/protocol.h"
#include "lsp/uri.h"
#include "yaml/parse.h"

namespace chainmap::lsp {
namespace fs = std::filesystem;

namespace {

// The files an include pattern names, relative to the folder of the file that holds it.
std::vector<fs::path> resolve_include(const fs::path& dir, const std::string& pattern) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (load::is_glob(pattern)) {
    for (const fs::path& f : load::expand_glob(dir, pattern, Limits{}.max_glob_visits).files)
      out.push_back(canonical_path(f));
  } else {
    const fs::path path = (dir / pattern).lexically_normal();
    if (fs::is_regular_file(path, ec)) out.push_back(canonical_path(path));
  }
  return out;
}

json location_of(const FeatureContext& cx, const Analysis& a, const Loc& loc) {
  return location(cx.uri_of(a.checked->sources.at(loc.file).canonical),
                  range_of(*a.checked, loc, cx.encoding));
}

void add_unique(json& list, json item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(std::move(item));
}

json file_start(const FeatureContext& cx, const fs::path& file) {
  return location(cx.uri_of(file), Range{});
}

// Calls `f` with the occurrence under the cursor in each analysis of a model the document
// belongs to.
template <class F>
void at_cursor(const FeatureContext& cx, const Lines& lines, Position position, F&& f) {
  const auto column = static_cast<std::uint32_t>(lines.column_bytes(position, cx.encoding));
  for (const auto& a : cx.analyses) {
    const auto file = file_in(*a, cx.doc);
    if (!file) continue;
    if (const Occurrence* o = a->index.at(*file, position.line + 1, column)) f(*a, *o);
  }
}

}  // namespace

std::vector<fs::path> include_targets(const Document& doc, const Lines& lines, Position position,
                                      Encoding encoding, Range* entry) {
  if (doc.path.empty() || position.line >= lines.count()) return {};
  const std::size_t column = lines.column_bytes(position, encoding);
  const Cursor c = cursor_at(lines, position.line, column);
  const YamlPath include = {PathStep{false, "include"}, PathStep{true, {}}};
  if (c.path != include || c.word_end <= c.word_begin) return {};
  const std::string_view line = lines.line(position.line);
  const std::string pattern(line.substr(c.word_begin, c.word_end - c.word_begin));
  if (entry) {
    const std::uint32_t begin = count_units(line.substr(0, c.word_begin), encoding);
    *entry = Range{{position.line, begin}, {position.line, begin + count_units(pattern, encoding)}};
  }
  return resolve_include(doc.path.parent_path(), pattern);
}

json definition(const FeatureContext& cx, Position position) {
  const Lines lines(cx.doc.text);
  if (position.line >= lines.count()) return nullptr;
  json out = json::array();
  for (const fs::path& f : include_targets(cx.doc, lines, position, cx.encoding))
    add_unique(out, file_start(cx, f));
  if (!out.empty()) return out;
  at_cursor(cx, lines, position, [&](const Analysis& a, const Occurrence& o) {
    const Symbol& s = a.index.symbols()[o.symbol];
    if (s.decl.valid()) add_unique(out, location_of(cx, a, s.decl));
  });
  if (out.empty()) return nullptr;
  return out;
}

json references(const FeatureContext& cx, Position position, bool include_declaration) {
  const Lines lines(cx.doc.text);
  if (position.line >= lines.count()) return nullptr;
  json out = json::array();

  // On an include entry: every entry, in every file of the model, that names the same file.
  const std::vector<fs::path> targets = include_targets(cx.doc, lines, position, cx.encoding);
  if (!targets.empty()) {
    for (const auto& a : cx.analyses) {
      const SourceSet& sources = a->checked->sources;
      for (std::uint32_t f : a->checked->load.model.files) {
        const SourceFile& file = sources.at(f);
        const yaml::ParseResult parsed = yaml::parse(file.text, f, Limits{});
        if (!parsed.root.is_mapping()) continue;
        for (std::size_t i = 0; i < parsed.root.entries(); ++i) {
          if (!parsed.root.key(i).is_scalar() || parsed.root.key(i).text != "include") continue;
          for (const yaml::Node& item : parsed.root.value(i).items) {
            if (!item.is_scalar()) continue;
            const std::vector<fs::path> named =
                resolve_include(file.canonical.parent_path(), item.text);
            if (std::any_of(named.begin(), named.end(), [&](const fs::path& p) {
                  return std::find(targets.begin(), targets.end(), p) != targets.end();
                }))
              add_unique(out, location_of(cx, *a, item.loc));
          }
        }
      }
    }
    return out;
  }

  at_cursor(cx, lines, position, [&](const Analysis& a, const Occurrence& o) {
    for (const Occurrence& each : a.index.occurrences_of(o.symbol))
      if (include_declaration || !each.declaration) add_unique(out, location_of(cx, a, each.loc));
  });
  if (out.empty()) return nullptr;
  return out;
}

}  // namespace chainmap::lsp

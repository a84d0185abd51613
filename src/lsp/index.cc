#include "lsp/index.h"

#include <algorithm>
#include <tuple>

namespace chainmap::lsp {
namespace {

bool declared_by_use(Kind kind) { return kind == Kind::Customer || kind == Kind::Rule; }

auto position(const Occurrence& o) { return std::tuple(o.loc.file, o.loc.line, o.loc.column); }

}  // namespace

std::uint32_t Index::declare(Kind kind, std::string id, std::string name, std::string detail,
                             Loc loc, std::int32_t parent) {
  auto key = std::pair(kind, id);
  auto it = by_id_.find(key);
  std::uint32_t number;
  if (it == by_id_.end()) {
    number = static_cast<std::uint32_t>(symbols_.size());
    symbols_.push_back(
        Symbol{kind, std::move(id), std::move(name), std::move(detail), loc, parent});
    by_id_.emplace(std::move(key), number);
  } else {
    number = it->second;
  }
  if (loc.valid()) occurrences_.push_back(Occurrence{number, loc, true});
  return number;
}

void Index::refer(Kind kind, std::string_view id, Loc loc) {
  if (!loc.valid() || id.empty()) return;
  std::int32_t number = find_index(kind, id);
  if (number < 0) {
    if (!declared_by_use(kind)) return;
    number = static_cast<std::int32_t>(declare(kind, std::string(id), {}, {}, Loc{}));
  }
  occurrences_.push_back(Occurrence{static_cast<std::uint32_t>(number), loc, false});
}

void Index::finish() {
  std::stable_sort(
      occurrences_.begin(), occurrences_.end(),
      [](const Occurrence& a, const Occurrence& b) { return position(a) < position(b); });
}

std::int32_t Index::find_index(Kind kind, std::string_view id) const {
  auto it = by_id_.find(std::pair(kind, std::string(id)));
  return it == by_id_.end() ? -1 : static_cast<std::int32_t>(it->second);
}

const Symbol* Index::find(Kind kind, std::string_view id) const {
  const std::int32_t i = find_index(kind, id);
  return i < 0 ? nullptr : &symbols_[static_cast<std::size_t>(i)];
}

const Occurrence* Index::at(std::uint32_t file, std::uint32_t line, std::uint32_t column) const {
  auto it =
      std::lower_bound(occurrences_.begin(), occurrences_.end(), std::tuple(file, line, 0u),
                       [](const Occurrence& o, const auto& key) { return position(o) < key; });
  const Occurrence* best = nullptr;
  for (; it != occurrences_.end() && it->loc.file == file && it->loc.line == line; ++it) {
    const std::uint32_t begin = it->loc.column - 1;
    if (column < begin || column > begin + it->loc.length) continue;
    // Nested spans (a role inside an owner reference): the narrowest wins.
    if (!best || it->loc.length < best->loc.length) best = &*it;
  }
  return best;
}

std::vector<Occurrence> Index::occurrences_of(std::uint32_t symbol) const {
  std::vector<Occurrence> out;
  for (const Occurrence& o : occurrences_)
    if (o.symbol == symbol) out.push_back(o);
  return out;
}

std::vector<std::uint32_t> Index::declared_in(std::uint32_t file) const {
  std::vector<std::uint32_t> out;
  for (const Occurrence& o : occurrences_)
    if (o.declaration && o.loc.file == file && symbols_[o.symbol].decl == o.loc)
      out.push_back(o.symbol);
  return out;
}

Loc sub_loc(const Loc& whole, std::string_view text, std::size_t offset, std::size_t size) {
  Loc out = whole;
  std::size_t quote = 0;
  if (whole.length == text.size())
    quote = 0;
  else if (whole.length == text.size() + 2)
    quote = 1;
  else
    return whole;
  out.column = static_cast<std::uint32_t>(whole.column + quote + offset);
  out.length = static_cast<std::uint32_t>(size);
  return out;
}

Index build_index(const Model& model) {
  Index index;
  for (const KindRow& row : kind_rows()) row.declarations(model, index);
  for (const KindRow& row : kind_rows()) row.references(model, index);
  index.finish();
  return index;
}

std::string_view kind_name(Kind kind) {
  for (const KindRow& row : kind_rows())
    if (row.kind == kind) return row.name;
  return "id";
}

}  // namespace chainmap::lsp

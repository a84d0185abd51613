#pragma once
// Every id of a model, where it is declared and where it is referenced: what hover, go to
// definition, find references, completion and the outline read. Built from the model (which
// keeps the location of every declaration and reference) by a table with one row per kind
// of id (kinds.cc): adding a kind is one row there and one enum value here.
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/model.h"

namespace chainmap::lsp {

enum class Kind : std::uint8_t {
  Information,
  Department,
  Role,   // id `dept.role`
  Shift,  // id `dept/shift`
  Partner,
  Sla,  // id `partner/sla`
  Journey,
  Stage,  // id `journey/stage`
  Step,   // id `journey/step`
  Kpi,
  Touchpoint,   // v1.1
  Persona,      // v1.1
  Opportunity,  // v1.1
  Customer,     // the reserved owner `customer`: referenced, never declared
  Rule,         // a rule id in `lint.rules` or a waiver: referenced, never declared
};

struct Symbol {
  Kind kind;
  std::string id;            // as written in references (see Kind)
  std::string name;          // the `name` field, when there is one
  std::string detail;        // one line about it, e.g. "frontline department"
  Loc decl;                  // the declaration (its key or `id` value); invalid when never declared
  std::int32_t parent = -1;  // the symbol it belongs to (a role's department, a step's journey)
};

struct Occurrence {
  std::uint32_t symbol = 0;
  Loc loc;  // the id as written (file, line, byte column and length)
  bool declaration = false;
};

class Index {
 public:
  // Declares a symbol (again: the first declaration stays the symbol's, the others are only
  // occurrences, as model/duplicate-id has it). Returns its number.
  std::uint32_t declare(Kind kind, std::string id, std::string name, std::string detail, Loc loc,
                        std::int32_t parent = -1);
  // A reference to `id`. References to ids never declared are dropped (they are findings),
  // except for kinds that are never declared (customer, rules), which are created on first use.
  void refer(Kind kind, std::string_view id, Loc loc);
  void finish();  // sorts occurrences by position; call once, after the last declare/refer

  const std::vector<Symbol>& symbols() const { return symbols_; }
  const Symbol* find(Kind kind, std::string_view id) const;
  std::int32_t find_index(Kind kind, std::string_view id) const;
  // The occurrence covering a byte column (0-based) of a 1-based line of a file.
  const Occurrence* at(std::uint32_t file, std::uint32_t line, std::uint32_t column) const;
  std::vector<Occurrence> occurrences_of(std::uint32_t symbol) const;
  // Declarations in a file, in position order.
  std::vector<std::uint32_t> declared_in(std::uint32_t file) const;

 private:
  std::vector<Symbol> symbols_;
  std::vector<Occurrence> occurrences_;
  std::map<std::pair<Kind, std::string>, std::uint32_t, std::less<>> by_id_;
};

// The kinds of id: name shown to users ("department"), and how to read them from a model.
struct KindRow {
  Kind kind;
  std::string_view name;
  void (*declarations)(const Model&, Index&);
  void (*references)(const Model&, Index&);
};
std::span<const KindRow> kind_rows();
std::string_view kind_name(Kind kind);

Index build_index(const Model& model);

// The part [offset, offset + size) of the value at `whole` whose text is `text`, when the
// value is written on one line (plain or quoted); otherwise the whole value.
Loc sub_loc(const Loc& whole, std::string_view text, std::size_t offset, std::size_t size);

}  // namespace chainmap::lsp

#pragma once
// Located YAML values: the small tree the loader maps onto the model. Built from yaml-cpp's
// event API (never YAML::Node, which costs ~4x the time and ~90x the memory on large models
// and silently accepts duplicate keys).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chainmap/diagnostic.h"

namespace chainmap::yaml {

enum class Kind : std::uint8_t { Null, Scalar, Sequence, Mapping };

struct Node {
  Kind kind = Kind::Null;
  bool quoted = false;      // a quoted (or explicitly tagged) scalar: text, never null/bool/number
  Loc loc;                  // where the node starts; length set for one-line scalars
  std::string text;         // Scalar
  std::vector<Node> items;  // Sequence: the items; Mapping: key, value, key, value, ...

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_mapping() const { return kind == Kind::Mapping; }

  // Mapping entries.
  std::size_t entries() const { return items.size() / 2; }
  const Node& key(std::size_t i) const { return items[2 * i]; }
  const Node& value(std::size_t i) const { return items[2 * i + 1]; }
};

// "a mapping", "a list", "a string", "nothing" — for type-error messages.
std::string_view describe(const Node& node);

}  // namespace chainmap::yaml

#pragma once
// The JSON Schema of the format (schemas/chainmap.schema.json, compiled in), read along a
// YAML path: the description of a key for hover, the keys and enum values that fit at the
// cursor for completion. Following the schema keeps the editor in step with the format:
// a field added to the schema is offered without a change here.
#include <string>
#include <vector>

#include "lsp/transport.h"

namespace chainmap::lsp {

// One step down a YAML tree: into the value of a key, or into an item of a list.
struct PathStep {
  bool item = false;
  std::string key;  // when !item
  friend bool operator==(const PathStep&, const PathStep&) = default;
};
using YamlPath = std::vector<PathStep>;

struct SchemaKey {
  std::string name;
  std::string description;
  bool required = false;
};

class Schema {
 public:
  static const Schema& get();
  explicit Schema(json schema);

  // The schemas that may describe the value at `path` ($ref and oneOf/anyOf followed).
  std::vector<const json*> at(const YamlPath& path) const;
  // Keys a mapping at `path` may hold (declared properties only, in schema order).
  std::vector<SchemaKey> keys(const YamlPath& path) const;
  // The description of the value at `path` (the key's own, else its type's).
  std::string description(const YamlPath& path) const;
  // Values offered for a scalar at `path`: enum values, examples, true/false for booleans.
  std::vector<std::string> values(const YamlPath& path) const;
  // Whether the value at `path` may be a mapping / a list.
  bool allows(const YamlPath& path, std::string_view type) const;

 private:
  const json* deref(const json* node) const;
  void expand(const json* node, std::vector<const json*>& out, int depth = 0) const;
  std::vector<const json*> child(const json* node, const PathStep& step) const;
  std::string described(const json* node) const;

  json root_;
};

}  // namespace chainmap::lsp

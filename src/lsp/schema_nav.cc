#include "lsp/schema_nav.h"

#include <algorithm>

#include "chainmap/schema.h"

namespace chainmap::lsp {

const Schema& Schema::get() {
  static const Schema schema(json::parse(json_schema()));
  return schema;
}

Schema::Schema(json schema) : root_(std::move(schema)) {}

const json* Schema::deref(const json* node) const {
  // Only local references ("#/$defs/name") occur in our schema; a chain of them is followed.
  for (int hops = 0; node && node->is_object() && node->contains("$ref") && hops < 16; ++hops) {
    const json& ref = (*node)["$ref"];
    if (!ref.is_string()) return node;
    const std::string r = ref.get<std::string>();
    if (!r.starts_with("#/")) return node;
    const json* next = &root_;
    try {
      next = &root_.at(json::json_pointer(r.substr(1)));
    } catch (const json::exception&) {
      return node;
    }
    node = next;
  }
  return node;
}

void Schema::expand(const json* node, std::vector<const json*>& out, int depth) const {
  node = deref(node);
  if (!node || !node->is_object() || depth > 8) return;
  bool alternatives = false;
  for (const char* key : {"oneOf", "anyOf"}) {
    auto it = node->find(key);
    if (it == node->end() || !it->is_array()) continue;
    alternatives = true;
    for (const json& alt : *it) expand(&alt, out, depth + 1);
  }
  if (!alternatives && std::find(out.begin(), out.end(), node) == out.end()) out.push_back(node);
}

std::vector<const json*> Schema::child(const json* node, const PathStep& step) const {
  std::vector<const json*> out;
  if (step.item) {
    if (auto it = node->find("items"); it != node->end()) expand(&*it, out);
    return out;
  }
  if (auto props = node->find("properties"); props != node->end() && props->contains(step.key)) {
    expand(&(*props)[step.key], out);
    return out;
  }
  if (step.key.starts_with("x-")) return out;  // user extensions: anything goes
  if (auto extra = node->find("additionalProperties"); extra != node->end() && extra->is_object())
    expand(&*extra, out);
  return out;
}

std::vector<const json*> Schema::at(const YamlPath& path) const {
  std::vector<const json*> nodes;
  expand(&root_, nodes);
  for (const PathStep& step : path) {
    std::vector<const json*> next;
    for (const json* n : nodes)
      for (const json* c : child(n, step))
        if (std::find(next.begin(), next.end(), c) == next.end()) next.push_back(c);
    nodes = std::move(next);
    if (nodes.empty()) break;
  }
  return nodes;
}

std::string Schema::described(const json* node) const {
  for (int hops = 0; node && node->is_object() && hops < 16; ++hops) {
    if (auto d = node->find("description"); d != node->end() && d->is_string())
      return d->get<std::string>();
    if (auto t = node->find("title"); t != node->end() && t->is_string())
      return t->get<std::string>();
    const json* next = deref(node);
    if (next == node) break;
    node = next;
  }
  return {};
}

std::string Schema::description(const YamlPath& path) const {
  if (path.empty()) return described(&root_);
  // The property as declared in its parent carries the most specific text.
  YamlPath parent(path.begin(), path.end() - 1);
  const PathStep& last = path.back();
  for (const json* n : at(parent)) {
    if (last.item) {
      if (auto it = n->find("items"); it != n->end())
        if (std::string d = described(&*it); !d.empty()) return d;
      continue;
    }
    if (auto props = n->find("properties"); props != n->end() && props->contains(last.key))
      if (std::string d = described(&(*props)[last.key]); !d.empty()) return d;
  }
  for (const json* n : at(path))
    if (std::string d = described(n); !d.empty()) return d;
  return {};
}

std::vector<SchemaKey> Schema::keys(const YamlPath& path) const {
  std::vector<SchemaKey> out;
  for (const json* n : at(path)) {
    auto props = n->find("properties");
    if (props == n->end() || !props->is_object()) continue;
    std::vector<std::string> required;
    if (auto r = n->find("required"); r != n->end() && r->is_array())
      for (const json& k : *r)
        if (k.is_string()) required.push_back(k.get<std::string>());
    for (auto it = props->begin(); it != props->end(); ++it) {
      if (std::any_of(out.begin(), out.end(),
                      [&](const SchemaKey& k) { return k.name == it.key(); }))
        continue;
      out.push_back(
          SchemaKey{it.key(), described(&it.value()),
                    std::find(required.begin(), required.end(), it.key()) != required.end()});
    }
  }
  return out;
}

std::vector<std::string> Schema::values(const YamlPath& path) const {
  std::vector<std::string> out;
  const auto add = [&](const json& v) {
    std::string s = v.is_string() ? v.get<std::string>() : v.dump();
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  for (const json* n : at(path)) {
    for (const char* key : {"enum", "examples"})
      if (auto it = n->find(key); it != n->end() && it->is_array())
        for (const json& v : *it) add(v);
    if (auto type = n->find("type"); type != n->end() && *type == "boolean") {
      add(json("true"));
      add(json("false"));
    }
  }
  return out;
}

bool Schema::allows(const YamlPath& path, std::string_view type) const {
  for (const json* n : at(path)) {
    auto t = n->find("type");
    if (t == n->end()) {
      // No type: an object schema when it declares properties, an array when it has items.
      if ((type == "object" &&
           (n->contains("properties") || n->contains("additionalProperties"))) ||
          (type == "array" && n->contains("items")))
        return true;
      continue;
    }
    if (t->is_string() && *t == type) return true;
    if (t->is_array() && std::find(t->begin(), t->end(), type) != t->end()) return true;
  }
  return false;
}

}  // namespace chainmap::lsp

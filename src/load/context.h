#pragma once
// Shared state and typed field readers of the loader. Every model/type, model/unknown-key,
// model/duplicate-key and model/invalid-value report of the section readers comes from here,
// so the messages are uniform.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/model.h"
#include "rules/model/rules.h"
#include "yaml/node.h"

namespace chainmap::load {

struct Context {
  Model& model;
  std::vector<Diagnostic>& out;
  bool root_file = false;  // reading the root file (organisation, lint and chainmap allowed)

  // A finding of one of the model/* rules (rules/model/rules.h), with the rule's severity.
  void report(const Rule& rule, std::string target, Loc loc, std::string message,
              std::vector<Related> related = {}) const;
};

// What an unknown key of a mapping is: a misspelt field (model/unknown-key, a warning), or at
// the top level of a file a misspelt section whose content is lost (model/unknown-section,
// an error; SPEC section 2).
enum class Unknown { Key, Section };

// One mapping of known fields. On construction it reports model/type when the node is not a
// mapping, model/duplicate-key for repeated keys (the first wins) and model/unknown-key (or
// model/unknown-section) for keys not in `known` (keys starting with `x-` are user extensions
// and always allowed).
class Fields {
 public:
  Fields(const Context& cx, const yaml::Node& node, std::initializer_list<std::string_view> known,
         std::string what, std::string target, Unknown unknown = Unknown::Key);

  // The value of a field; nullptr when absent or written as an empty/null value.
  const yaml::Node* get(std::string_view key) const;
  bool is_mapping() const { return mapping_; }
  // No known field has a value: `{}`, or only nulls, unknown keys and `x-` extensions.
  bool empty() const;
  const std::string& what() const { return what_; }      // "step 'pick'"
  const std::string& target() const { return target_; }  // "step:order/pick"
  const Context& cx() const { return cx_; }

  // Reports model/missing-field at `loc` (the entity) when the field is absent.
  const yaml::Node* require(std::string_view key, Loc entity_loc, std::string_view hint = {}) const;

 private:
  const Context& cx_;
  std::vector<std::pair<std::string_view, const yaml::Node*>> values_;
  std::string what_, target_;
  bool mapping_ = false;
};

// Iterates an id-keyed section (`departments: {support: ..., ...}`): reports model/type when it
// is not a mapping, model/duplicate-key for a repeated key, model/invalid-value for a key that
// is not a valid id, and calls `each(id, key node, value node)` for every valid entry.
template <class F>
void for_each_entry(const Context& cx, const yaml::Node& node, std::string_view what,
                    std::string_view target, F&& each);

// Typed readers. All return nullopt (having reported) for a value of the wrong shape, and
// nullopt silently for a null/absent node. `field` names the key in messages.
std::optional<std::string> read_text(const Fields& f, std::string_view field);
std::optional<bool> read_bool(const Fields& f, std::string_view field);
std::optional<Seconds> read_duration(const Fields& f, std::string_view field, Loc* loc = nullptr);
std::optional<WeekHours> read_hours(const Fields& f, std::string_view field, Text* text);
Text read_located_text(const Fields& f, std::string_view field);
// A value from a fixed set; an invalid value is reported with the closest valid one.
std::optional<std::string> read_enum(const Fields& f, std::string_view field,
                                     const std::vector<std::string>& allowed);
// The same for the values of an enum, written as their names (to_string), so each name is
// spelt in one place; `values` in the order messages list them.
template <class E>
requires std::is_enum_v<E> std::optional<E> read_enum(const Fields& f, std::string_view field,
                                                      std::initializer_list<E> values) {
  std::vector<std::string> names;
  for (E value : values) names.emplace_back(to_string(value));
  if (const auto name = read_enum(f, field, names))
    for (E value : values)
      if (to_string(value) == *name) return value;
  return std::nullopt;
}
// A list of ids (references: resolution happens after all files are read).
std::vector<Ref> read_ref_list(const Fields& f, std::string_view field, Loc* loc = nullptr);
std::vector<Text> read_text_list(const Fields& f, std::string_view field);
std::optional<OwnerRef> read_owner(const Fields& f, std::string_view field);
std::vector<OwnerRef> read_owner_list(const Fields& f, std::string_view field);

// Checks an id declared as a key or `id:` value; reports model/invalid-value.
bool check_id(const Context& cx, const yaml::Node& id, std::string_view what,
              const std::string& target);

// ---- implementation of the template ----
void report_section_key(const Context& cx, const yaml::Node& key, std::string_view what,
                        std::string_view target, bool duplicate, const yaml::Node* first);

template <class F>
void for_each_entry(const Context& cx, const yaml::Node& node, std::string_view what,
                    std::string_view target, F&& each) {
  if (node.is_null()) return;
  if (!node.is_mapping()) {
    cx.report(rules::model_type, std::string(target), node.loc,
              std::string("'") + std::string(what) + "' must be a mapping of ids to entries, not " +
                  std::string(yaml::describe(node)));
    return;
  }
  // Keys of id-keyed sections are ids, never fields: `x-ray` is a fine department id.
  std::unordered_map<std::string_view, std::size_t> first_seen;
  first_seen.reserve(node.entries());
  for (std::size_t i = 0; i < node.entries(); ++i) {
    const yaml::Node& key = node.key(i);
    if (!key.is_scalar()) {
      report_section_key(cx, key, what, target, false, nullptr);
      continue;
    }
    auto [it, fresh] = first_seen.emplace(key.text, i);
    if (!fresh) {
      report_section_key(cx, key, what, target, true, &node.key(it->second));
      continue;
    }
    each(key.text, key, node.value(i));
  }
}

}  // namespace chainmap::load

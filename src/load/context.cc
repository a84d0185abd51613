#include "load/context.h"

#include <fmt/format.h>

#include "chainmap/suggest.h"

namespace chainmap::load {

void Context::report(const Rule& rule, std::string target, Loc loc, std::string message,
                     std::vector<Related> related) const {
  out.push_back(
      make_diagnostic(rule, std::move(target), loc, std::move(message), std::move(related)));
}

namespace {

// `{hours: Mon-Fri 08:00-14:00, Sat 09:00-12:00}`: in a flow mapping `, ` ends a value, so
// YAML reads `Sat 09:00-12:00` as a key of its own with no value.
bool split_off_hours(const yaml::Node& map, std::size_t i) {
  const yaml::Node& key = map.key(i);
  return key.is_scalar() && !key.quoted && map.value(i).is_null() &&
         key.text.find(':') != std::string::npos && parse_hours(key.text);
}

// The message for an unknown key that is hours split off the value before it; "" when it
// is not. Only the first of several split-off parts gets one (one mistake, one finding):
// `skip` is set for the others.
std::string split_hours_message(const yaml::Node& map, std::size_t i, bool& skip) {
  skip = false;
  if (i == 0 || !split_off_hours(map, i)) return {};
  if (split_off_hours(map, i - 1)) {
    skip = true;
    return {};
  }
  const yaml::Node& field = map.key(i - 1);
  const yaml::Node& value = map.value(i - 1);
  if (!field.is_scalar() || !value.is_scalar()) return {};
  std::string whole = value.text;
  for (std::size_t j = i; j < map.entries() && split_off_hours(map, j); ++j)
    whole += ", " + map.key(j).text;
  return fmt::format(
      "'{}' is read as a key of its own: inside {{ }} a comma and space end the "
      "value of '{}'; quote the whole value: {}: \"{}\"",
      map.key(i).text, field.text, field.text, whole);
}

}  // namespace

Fields::Fields(const Context& cx, const yaml::Node& node,
               std::initializer_list<std::string_view> known, std::string what, std::string target,
               Unknown unknown)
    : cx_(cx), what_(std::move(what)), target_(std::move(target)) {
  if (node.is_null()) {
    mapping_ = true;
    return;
  }
  if (!node.is_mapping()) {
    cx.report(rules::model_type, target_, node.loc,
              fmt::format("{} must be a mapping of fields, not {}", what_, yaml::describe(node)));
    return;
  }
  mapping_ = true;
  std::vector<const yaml::Node*> keys_seen;
  for (std::size_t i = 0; i < node.entries(); ++i) {
    const yaml::Node& key = node.key(i);
    if (!key.is_scalar()) {
      cx.report(rules::model_type, target_, key.loc,
                fmt::format("keys of {} must be names, not {}", what_, yaml::describe(key)));
      continue;
    }
    if (key.text.rfind("x-", 0) == 0) continue;  // user extension
    const yaml::Node* first = nullptr;
    for (const auto* seen : keys_seen)
      if (seen->text == key.text) first = seen;
    if (first) {
      cx.report(rules::model_duplicate_key, target_, key.loc,
                fmt::format("'{}' is written twice in {}; the first one is used", key.text, what_),
                {Related{first->loc, "first written here"}});
      continue;
    }
    keys_seen.push_back(&key);
    const std::string_view* name = nullptr;
    for (const auto& k : known)
      if (k == key.text) name = &k;
    if (!name) {
      std::vector<std::string> candidates(known.begin(), known.end());
      if (unknown == Unknown::Section) {
        const std::string hint = did_you_mean_or_list(key.text, candidates);
        const bool listed = !hint.starts_with("; did");
        cx.report(rules::model_unknown_section, target_, key.loc,
                  fmt::format("unknown section '{}': nothing under it is read{}{}", key.text, hint,
                              listed ? " (or prefix your own data with 'x-')" : ""));
      } else {
        bool skip = false;
        std::string split = split_hours_message(node, i, skip);
        if (skip) continue;
        cx.report(rules::model_unknown_key, target_, key.loc,
                  !split.empty() ? std::move(split)
                                 : fmt::format("unknown key '{}' in {}{}", key.text, what_,
                                               did_you_mean_or_list(key.text, candidates)));
      }
      continue;
    }
    values_.emplace_back(*name, &node.value(i));
  }
}

const yaml::Node* Fields::get(std::string_view key) const {
  for (const auto& [name, value] : values_)
    if (name == key) return value->is_null() ? nullptr : value;
  return nullptr;
}

bool Fields::empty() const {
  for (const auto& [name, value] : values_)
    if (!value->is_null()) return false;
  return true;
}

const yaml::Node* Fields::require(std::string_view key, Loc entity_loc,
                                  std::string_view hint) const {
  const yaml::Node* value = get(key);
  if (!value && mapping_)
    cx_.report(rules::model_missing_field, target_, entity_loc,
               fmt::format("{} has no '{}'{}{}", what_, key, hint.empty() ? "" : " ", hint));
  return value;
}

void report_section_key(const Context& cx, const yaml::Node& key, std::string_view what,
                        std::string_view target, bool duplicate, const yaml::Node* first) {
  if (duplicate) {
    cx.report(rules::model_duplicate_key, std::string(target), key.loc,
              fmt::format("'{}' is written twice in '{}'; the first one is used", key.text, what),
              {Related{first->loc, "first written here"}});
  } else {
    cx.report(rules::model_type, std::string(target), key.loc,
              fmt::format("ids in '{}' must be names, not {}", what, yaml::describe(key)));
  }
}

bool check_id(const Context& cx, const yaml::Node& id, std::string_view what,
              const std::string& target) {
  if (!id.is_scalar()) {
    cx.report(rules::model_type, target, id.loc,
              fmt::format("the id of {} must be a name, not {}", what, yaml::describe(id)));
    return false;
  }
  if (!is_valid_id(id.text)) {
    cx.report(rules::model_invalid_value, target, id.loc,
              fmt::format("invalid id '{}' for {}: use lowercase letters, digits and hyphens, "
                          "starting with a letter or digit",
                          id.text, what));
    return false;
  }
  return true;
}

namespace {

void type_error(const Fields& f, std::string_view field, const yaml::Node& node,
                std::string_view expected) {
  f.cx().report(rules::model_type, f.target(), node.loc,
                fmt::format("'{}' of {} must be {}, not {}", field, f.what(), expected,
                            yaml::describe(node)));
}

const yaml::Node* scalar_field(const Fields& f, std::string_view field, std::string_view expected) {
  const yaml::Node* node = f.get(field);
  if (!node) return nullptr;
  if (!node->is_scalar()) {
    type_error(f, field, *node, expected);
    return nullptr;
  }
  return node;
}

}  // namespace

std::optional<std::string> read_text(const Fields& f, std::string_view field) {
  const yaml::Node* node = scalar_field(f, field, "text");
  if (!node) return std::nullopt;
  return node->text;
}

Text read_located_text(const Fields& f, std::string_view field) {
  const yaml::Node* node = scalar_field(f, field, "text");
  if (!node) {
    const yaml::Node* written = f.get(field);
    return written ? Text{{}, written->loc, true} : Text{};
  }
  return Text{node->text, node->loc};
}

std::optional<bool> read_bool(const Fields& f, std::string_view field) {
  const yaml::Node* node = f.get(field);
  if (!node) return std::nullopt;
  if (node->is_scalar() && !node->quoted) {
    const std::string& t = node->text;
    if (t == "true" || t == "True" || t == "TRUE" || t == "yes" || t == "Yes" || t == "on")
      return true;
    if (t == "false" || t == "False" || t == "FALSE" || t == "no" || t == "No" || t == "off")
      return false;
  }
  if (node->is_scalar())
    f.cx().report(
        rules::model_type, f.target(), node->loc,
        fmt::format("'{}' of {} must be true or false, not '{}'", field, f.what(), node->text));
  else
    type_error(f, field, *node, "true or false");
  return std::nullopt;
}

std::optional<Seconds> read_duration(const Fields& f, std::string_view field, Loc* loc) {
  const yaml::Node* node = scalar_field(f, field, "a duration such as 2h or 1d12h");
  if (!node) return std::nullopt;
  if (loc) *loc = node->loc;
  std::string error;
  auto value = parse_duration(node->text, &error);
  if (!value)
    f.cx().report(rules::model_invalid_value, f.target(), node->loc,
                  fmt::format("invalid duration '{}' for '{}' of {}: {}", node->text, field,
                              f.what(), error));
  return value;
}

std::optional<WeekHours> read_hours(const Fields& f, std::string_view field, Text* text) {
  const yaml::Node* node = scalar_field(f, field, "weekly hours such as 'Mon-Fri 08:00-18:00'");
  if (!node) return std::nullopt;
  if (text) *text = Text{node->text, node->loc};
  std::string error;
  auto value = parse_hours(node->text, &error);
  if (!value)
    f.cx().report(
        rules::model_invalid_value, f.target(), node->loc,
        fmt::format("invalid hours '{}' for '{}' of {}: {}", node->text, field, f.what(), error));
  return value;
}

namespace {
// "a", "a or b", "a, b or c"
std::string one_of(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? " or " : ", ";
    out += values[i];
  }
  return out;
}
}  // namespace

std::optional<std::string> read_enum(const Fields& f, std::string_view field,
                                     const std::vector<std::string>& allowed) {
  const yaml::Node* node = scalar_field(f, field, "text");
  if (!node) return std::nullopt;
  for (const auto& a : allowed)
    if (a == node->text) return a;
  f.cx().report(rules::model_invalid_value, f.target(), node->loc,
                fmt::format("invalid {} '{}' for {}: expected {}{}", field, node->text, f.what(),
                            one_of(allowed), did_you_mean(node->text, allowed)));
  return std::nullopt;
}

namespace {
template <class T, class Make>
std::vector<T> read_list(const Fields& f, std::string_view field, std::string_view expected,
                         Loc* loc, Make make) {
  std::vector<T> out;
  const yaml::Node* node = f.get(field);
  if (!node) return out;
  if (loc) *loc = node->loc;
  if (!node->is_sequence()) {
    type_error(f, field, *node, fmt::format("a list of {} (e.g. [a, b])", expected));
    return out;
  }
  out.reserve(node->items.size());
  for (const auto& item : node->items) {
    if (!item.is_scalar()) {
      f.cx().report(rules::model_type, f.target(), item.loc,
                    fmt::format("items of '{}' in {} must be {}, not {}", field, f.what(), expected,
                                yaml::describe(item)));
      continue;
    }
    out.push_back(make(item));
  }
  return out;
}
}  // namespace

std::vector<Ref> read_ref_list(const Fields& f, std::string_view field, Loc* loc) {
  return read_list<Ref>(f, field, "ids", loc, [](const yaml::Node& n) {
    return Ref{n.text, n.loc, -1};
  });
}

std::vector<Text> read_text_list(const Fields& f, std::string_view field) {
  return read_list<Text>(f, field, "text values", nullptr, [](const yaml::Node& n) {
    return Text{n.text, n.loc};
  });
}

std::optional<OwnerRef> read_owner(const Fields& f, std::string_view field) {
  const yaml::Node* node = scalar_field(
      f, field, "an owner reference (department, department.role, partner or customer)");
  if (!node) return std::nullopt;
  return OwnerRef{node->text, node->loc, {}};
}

std::vector<OwnerRef> read_owner_list(const Fields& f, std::string_view field) {
  return read_list<OwnerRef>(f, field, "owner references", nullptr, [](const yaml::Node& n) {
    return OwnerRef{n.text, n.loc, {}};
  });
}

}  // namespace chainmap::load

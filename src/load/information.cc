#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {

bool declare(const Context& cx, std::unordered_map<std::string, std::int32_t>& index,
             const std::string& id, std::int32_t position, Loc loc, Loc first_loc,
             std::string_view what, const std::string& target) {
  auto [it, fresh] = index.emplace(id, position);
  if (fresh) return true;
  cx.report(rules::model_duplicate_id, target, loc,
            fmt::format("{} '{}' is declared twice", what, id),
            {Related{first_loc, "first declared here"}});
  return false;
}

void read_information(const Context& cx, const yaml::Node& section) {
  Model& m = cx.model;
  for_each_entry(cx, section, "information", "model",
                 [&](const std::string& id, const yaml::Node& key, const yaml::Node& value) {
    const std::string target = "info:" + id;
    if (!check_id(cx, key, "an information item", target)) return;
    auto existing = m.info_index.find(id);
    Loc first = existing != m.info_index.end() ? m.information[existing->second].loc : Loc{};
    if (!declare(cx, m.info_index, id, static_cast<std::int32_t>(m.information.size()), key.loc,
                 first, "information item", target))
      return;
    Fields f(cx, value, {"name", "personal"}, fmt::format("information item '{}'", id), target);
    Info info;
    info.id = id;
    info.loc = key.loc;
    info.name = read_text(f, "name").value_or("");
    info.personal = read_bool(f, "personal").value_or(false);
    m.information.push_back(std::move(info));
  });
}

}  // namespace chainmap::load

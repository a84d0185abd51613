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

namespace {

void read_info(Info& info, const Fields& f) {
  info.name = read_text(f, "name").value_or("");
  info.personal = read_bool(f, "personal").value_or(false);
}

}  // namespace

void read_information(const Context& cx, const yaml::Node& section) {
  read_entities(cx, section, {"information", "info", "information item", "an"},
                {"name", "personal"}, cx.model.information, cx.model.info_index, read_info);
}

}  // namespace chainmap::load

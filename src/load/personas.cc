// `personas` (SPEC section 2, "Persona and experience", v1.1): whose experience journeys map.
#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {

void read_personas(const Context& cx, const yaml::Node& section) {
  Model& m = cx.model;
  for_each_entry(cx, section, "personas", "model",
                 [&](const std::string& id, const yaml::Node& key, const yaml::Node& value) {
    const std::string target = "persona:" + id;
    if (!check_id(cx, key, "a persona", target)) return;
    auto existing = m.persona_index.find(id);
    Loc first = existing != m.persona_index.end() ? m.personas[existing->second].loc : Loc{};
    if (!declare(cx, m.persona_index, id, static_cast<std::int32_t>(m.personas.size()), key.loc,
                 first, "persona", target))
      return;
    Fields f(cx, value, {"name", "description", "goals"}, fmt::format("persona '{}'", id), target);
    Persona p;
    p.id = id;
    p.loc = key.loc;
    p.name = read_text(f, "name").value_or("");
    p.description = read_located_text(f, "description");
    p.goals = read_text_list(f, "goals");
    m.personas.push_back(std::move(p));
  });
}

}  // namespace chainmap::load

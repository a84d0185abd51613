// `personas` (SPEC section 2, "Persona and experience", v1.1): whose experience journeys map.
#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {
namespace {

void read_persona(Persona& p, const Fields& f) {
  p.name = read_text(f, "name").value_or("");
  p.description = read_located_text(f, "description");
  p.goals = read_text_list(f, "goals");
}

}  // namespace

void read_personas(const Context& cx, const yaml::Node& section) {
  read_entities(cx, section, {"personas", "persona", "persona", "a"},
                {"name", "description", "goals"}, cx.model.personas, cx.model.persona_index,
                read_persona);
}

}  // namespace chainmap::load

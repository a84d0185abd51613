// `touchpoints` (SPEC section 2, "Touchpoint", v1.1): where the customer meets the organisation.
#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {

void read_touchpoints(const Context& cx, const yaml::Node& section) {
  Model& m = cx.model;
  for_each_entry(cx, section, "touchpoints", "model",
                 [&](const std::string& id, const yaml::Node& key, const yaml::Node& value) {
    const std::string target = "touchpoint:" + id;
    if (!check_id(cx, key, "a touchpoint", target)) return;
    auto existing = m.touchpoint_index.find(id);
    Loc first = existing != m.touchpoint_index.end() ? m.touchpoints[existing->second].loc : Loc{};
    if (!declare(cx, m.touchpoint_index, id, static_cast<std::int32_t>(m.touchpoints.size()),
                 key.loc, first, "touchpoint", target))
      return;
    const std::string what = fmt::format("touchpoint '{}'", id);
    Fields f(cx, value, {"name", "channel", "owner", "hours"}, what, target);
    Touchpoint t;
    t.id = id;
    t.loc = key.loc;
    t.name = read_text(f, "name").value_or("");
    t.channel = read_located_text(f, "channel");
    if (const yaml::Node* owner = f.get("owner")) {
      if (owner->is_scalar() && owner->text == "customer") {
        // SPEC: "owner reference (not customer)": someone in the chain answers for it.
        cx.report(rules::model_invalid_value, target, owner->loc,
                  fmt::format("the customer cannot own {}; name the department, role or partner "
                              "that answers for what the customer meets here",
                              what));
        t.owner = read_owner(f, "owner");  // kept as written: it names no party
        t.owner_malformed = true;
      } else if (!owner->is_scalar()) {
        cx.report(rules::model_type, target, owner->loc,
                  fmt::format("'owner' of {} must be one owner reference (a department, "
                              "department.role or partner), not {}",
                              what, yaml::describe(*owner)));
        t.owner_malformed = true;
      } else if (!owner->text.empty()) {
        // `owner: ""` names nobody, like no owner at all (touchpoint/no-owner reports it).
        t.owner = read_owner(f, "owner");
      }
    }
    t.hours = read_hours(f, "hours", &t.hours_text);
    m.touchpoints.push_back(std::move(t));
  });
}

}  // namespace chainmap::load

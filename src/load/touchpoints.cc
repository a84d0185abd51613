// `touchpoints` (SPEC section 2, "Touchpoint", v1.1): where the customer meets the organisation.
#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {
namespace {

void read_touchpoint(Touchpoint& t, const Fields& f) {
  t.name = read_text(f, "name").value_or("");
  t.channel = read_located_text(f, "channel");
  if (const yaml::Node* owner = f.get("owner")) {
    if (owner->is_scalar() && owner->text == "customer") {
      // SPEC: "owner reference (not customer)": someone in the chain answers for it.
      f.cx().report(rules::model_invalid_value, f.target(), owner->loc,
                    fmt::format("the customer cannot own {}; name the department, role or "
                                "partner that answers for what the customer meets here",
                                f.what()));
      t.owner = read_owner(f, "owner");  // kept as written: it names no party
      t.owner_malformed = true;
    } else if (!owner->is_scalar()) {
      f.cx().report(rules::model_type, f.target(), owner->loc,
                    fmt::format("'owner' of {} must be one owner reference (a department, "
                                "department.role or partner), not {}",
                                f.what(), yaml::describe(*owner)));
      t.owner_malformed = true;
    } else if (!owner->text.empty()) {
      // `owner: ""` names nobody, like no owner at all (touchpoint/no-owner reports it).
      t.owner = read_owner(f, "owner");
    }
  }
  t.hours = read_hours(f, "hours", &t.hours_text);
}

}  // namespace

void read_touchpoints(const Context& cx, const yaml::Node& section) {
  read_entities(cx, section, {"touchpoints", "touchpoint", "touchpoint", "a"},
                {"name", "channel", "owner", "hours"}, cx.model.touchpoints,
                cx.model.touchpoint_index, read_touchpoint);
}

}  // namespace chainmap::load

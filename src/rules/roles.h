#pragma once
// Wording shared by the rules about roles (ownership/*, coverage/*): targets of SPEC section 4
// and how a message names the work a role does.
#include <string>

#include <fmt/format.h>

#include "chainmap/model.h"
#include "chainmap/usage.h"

namespace chainmap::rules {

inline std::string role_target(const Department& d, const Role& r) {
  return fmt::format("role:{}.{}", d.id, r.id);
}

// "1 step" / "3 steps"
inline std::string steps(std::int32_t n) { return fmt::format("{} step{}", n, n == 1 ? "" : "s"); }

// `'order/pick'`: a step as messages name it.
inline std::string step_name(const Model& m, StepAt at) {
  const Journey& j = m.journeys[static_cast<std::size_t>(at.journey)];
  return fmt::format("'{}/{}'", j.id, j.steps[static_cast<std::size_t>(at.step)].id);
}

// "owns 2 steps (first 'order/pick')", or "is responsible for 1 step ('order/pick')" for a
// role that owns none.
inline std::string work(const Model& m, const RoleUsage& u) {
  const bool owns = u.owned_steps > 0;
  const std::int32_t n = owns ? u.owned_steps : u.responsible_steps;
  return fmt::format("{} {} ({}{})", owns ? "owns" : "is responsible for", steps(n),
                     n == 1 ? "" : "first ",
                     step_name(m, owns ? u.first_owned : u.first_responsible));
}

// Calls `f(department index, department, role, usage)` for every role of every department, in
// declaration order.
template <class F>
void for_each_role(const Model& m, const Usage& usage, F&& f) {
  for (std::size_t d = 0; d < m.departments.size(); ++d)
    for (std::size_t r = 0; r < m.departments[d].roles.size(); ++r)
      f(d, m.departments[d], m.departments[d].roles[r], usage.roles[d][r]);
}

}  // namespace chainmap::rules

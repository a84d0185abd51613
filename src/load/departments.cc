#include <algorithm>

#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {
// Department and partner ids share one namespace; `customer` is the customer.
bool declare_party(const Context& cx, const std::string& id, const yaml::Node& key,
                   std::string_view what, const std::string& target) {
  if (!check_id(cx, key, what, target)) return false;
  if (id == "customer") {
    cx.report(rules::model_invalid_value, target, key.loc,
              fmt::format("'customer' is reserved for the customer and cannot be {} id",
                          what == "a department" ? "a department" : "a partner"));
    return false;
  }
  const Model& m = cx.model;
  if (auto d = m.department_index.find(id); d != m.department_index.end()) {
    cx.report(rules::model_duplicate_id, target, key.loc,
              fmt::format("'{}' is already declared as a department", id),
              {Related{m.departments[d->second].loc, "first declared here"}});
    return false;
  }
  if (auto p = m.partner_index.find(id); p != m.partner_index.end()) {
    cx.report(rules::model_duplicate_id, target, key.loc,
              fmt::format("'{}' is already declared as a partner", id),
              {Related{m.partners[p->second].loc, "first declared here"}});
    return false;
  }
  return true;
}

namespace {

Role read_role(const Context& cx, const std::string& dept, const std::string& id,
               const yaml::Node& key, const yaml::Node& value) {
  const std::string target = fmt::format("role:{}.{}", dept, id);
  Fields f(cx, value, {"name", "backup"}, fmt::format("role '{}.{}'", dept, id), target);
  Role role;
  role.id = id;
  role.loc = key.loc;
  role.name = read_text(f, "name").value_or("");
  if (const yaml::Node* backup = f.get("backup")) {
    // `backup: ""` names nobody, like no backup at all (coverage/no-backup reports it).
    if (backup->is_scalar() && backup->text.find_first_not_of(" \t") != std::string::npos) {
      role.backup = Ref{backup->text, backup->loc, -1};
    } else if (!backup->is_scalar()) {
      read_text(f, "backup");  // reports the type error
      role.backup.loc = backup->loc;
    }
  }
  return role;
}

Shift read_shift(const Context& cx, const std::string& dept, const std::string& id,
                 const yaml::Node& key, const yaml::Node& value) {
  const std::string target = fmt::format("shift:{}/{}", dept, id);
  const std::size_t reported = cx.out.size();
  Fields f(cx, value, {"hours", "roles"}, fmt::format("shift '{}/{}'", dept, id), target);
  Shift shift;
  shift.id = id;
  shift.loc = key.loc;
  shift.hours = read_hours(f, "hours", &shift.hours_text);
  shift.roles = read_ref_list(f, "roles");
  // Coverage rules do not judge a shift whose hours or roles could not be read (SPEC 2: one
  // finding per mistake). Unknown or repeated keys leave the values readable.
  shift.malformed = std::any_of(cx.out.begin() + static_cast<std::ptrdiff_t>(reported),
                                cx.out.end(), [](const Diagnostic& d) {
                                  return d.rule == rules::model_type.id ||
                                         d.rule == rules::model_invalid_value.id;
                                });
  return shift;
}

void read_department(Department& d, const Fields& f) {
  const Context& cx = f.cx();
  d.name = read_text(f, "name").value_or("");
  if (f.require("type", d.loc, "(frontline or back-office)")) {
    d.type = read_enum(f, "type", {DepartmentType::Frontline, DepartmentType::BackOffice})
                 .value_or(DepartmentType::Unknown);
  }
  d.hours = read_hours(f, "hours", &d.hours_text);
  if (const yaml::Node* roles = f.get("roles")) {
    for_each_entry(cx, *roles, "roles", f.target(),
                   [&](const std::string& rid, const yaml::Node& rkey, const yaml::Node& rvalue) {
                     if (!check_id(cx, rkey, "a role", fmt::format("role:{}.{}", d.id, rid)))
                       return;
                     d.role_index.emplace(rid, static_cast<std::int32_t>(d.roles.size()));
                     d.roles.push_back(read_role(cx, d.id, rid, rkey, rvalue));
                   });
  }
  if (const yaml::Node* shifts = f.get("shifts")) {
    for_each_entry(cx, *shifts, "shifts", f.target(),
                   [&](const std::string& sid, const yaml::Node& skey, const yaml::Node& svalue) {
                     if (!check_id(cx, skey, "a shift", fmt::format("shift:{}/{}", d.id, sid)))
                       return;
                     d.shifts.push_back(read_shift(cx, d.id, sid, skey, svalue));
                   });
  }
  if (const yaml::Node* sh = f.get("shift-handover")) {
    d.shift_handover_loc = sh->loc;
    Fields hf(cx, *sh, {"method", "carries"},
              fmt::format("the shift handover of department '{}'", d.id), f.target());
    if (hf.is_mapping()) {
      ShiftHandover handover;
      handover.loc = sh->loc;
      handover.method = read_located_text(hf, "method");
      handover.carries = read_ref_list(hf, "carries");
      d.shift_handover = std::move(handover);
    }
  }
  d.empowerment = read_located_text(f, "empowerment");
}

}  // namespace

void read_departments(const Context& cx, const yaml::Node& section) {
  read_entities(cx, section, {"departments", "department", "department", "a", true},
                {"name", "type", "hours", "roles", "shifts", "shift-handover", "empowerment"},
                cx.model.departments, cx.model.department_index, read_department);
}

}  // namespace chainmap::load

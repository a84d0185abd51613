#include "chainmap/matrix.h"

#include <algorithm>

namespace chainmap {
namespace {

// Column of each party, filled while columns are laid out.
struct ColumnIndex {
  std::vector<std::int32_t> department;         // per department: its own column or -1
  std::vector<std::vector<std::int32_t>> role;  // per department, per role
  std::vector<std::int32_t> partner;
  std::int32_t customer = -1;

  std::int32_t of(const Owner& o) const {
    switch (o.kind) {
      case OwnerKind::Customer:
        return customer;
      case OwnerKind::Department:
        return department[o.party];
      case OwnerKind::Role:
        return role[o.party][o.role];
      case OwnerKind::Partner:
        return partner[o.party];
      case OwnerKind::Unresolved:
        break;
    }
    return -1;
  }
};

template <class F>
void for_each_reference(const Step& s, F&& f) {
  for (const auto& r : s.owners) f(r.owner, Raci::A);
  for (const auto& r : s.responsible) f(r.owner, Raci::R);
  for (const auto& r : s.consulted) f(r.owner, Raci::C);
  for (const auto& r : s.informed) f(r.owner, Raci::I);
}

}  // namespace

std::string raci_letters(std::uint8_t cell) {
  std::string out;
  if (cell & static_cast<std::uint8_t>(Raci::A)) out += 'A';
  if (cell & static_cast<std::uint8_t>(Raci::R)) out += 'R';
  if (cell & static_cast<std::uint8_t>(Raci::C)) out += 'C';
  if (cell & static_cast<std::uint8_t>(Raci::I)) out += 'I';
  return out;
}

std::string row_problem(const MatrixRow& row) {
  if (row.accountable == 0) return "no A";
  if (row.accountable > 1) return std::to_string(row.accountable) + " A";
  return "";
}

std::size_t Matrix::rows_without_owner() const {
  return static_cast<std::size_t>(std::count_if(
      rows.begin(), rows.end(), [](const MatrixRow& r) { return r.accountable == 0; }));
}
std::size_t Matrix::rows_with_several_owners() const {
  return static_cast<std::size_t>(std::count_if(
      rows.begin(), rows.end(), [](const MatrixRow& r) { return r.accountable > 1; }));
}
std::size_t Matrix::columns_without_work() const {
  return static_cast<std::size_t>(
      std::count_if(columns.begin(), columns.end(), [](const MatrixColumn& c) { return !c.work; }));
}

Matrix build_matrix(const Model& model) {
  // Which parties are referenced at all decides the optional columns.
  std::vector<std::uint8_t> department_referenced(model.departments.size(), 0);
  bool customer_referenced = false;
  for (const Journey& j : model.journeys)
    for (const Step& s : j.steps)
      for_each_reference(s, [&](const Owner& o, Raci) {
        if (o.kind == OwnerKind::Department) department_referenced[o.party] = 1;
        if (o.kind == OwnerKind::Customer) customer_referenced = true;
      });

  Matrix m;
  ColumnIndex index;
  auto add = [&](std::string group, std::string id, std::string label, std::string name) {
    m.columns.push_back(
        {std::move(group), std::move(id), std::move(label), std::move(name), false});
    return static_cast<std::int32_t>(m.columns.size() - 1);
  };
  index.department.assign(model.departments.size(), -1);
  index.role.resize(model.departments.size());
  for (std::size_t d = 0; d < model.departments.size(); ++d) {
    const Department& dept = model.departments[d];
    // A department without roles still gets a column: it is a party that can hold work.
    if (department_referenced[d] || dept.roles.empty())
      index.department[d] =
          add(dept.id, dept.id, "(dept)", dept.name.empty() ? dept.id : dept.name);
    for (const Role& r : dept.roles)
      index.role[d].push_back(
          add(dept.id, dept.id + "." + r.id, r.id, r.name.empty() ? r.id : r.name));
  }
  for (const Partner& p : model.partners)
    index.partner.push_back(add("partners", p.id, p.id, p.name.empty() ? p.id : p.name));
  if (customer_referenced) index.customer = add("customer", "customer", "customer", "Customer");

  for (std::size_t j = 0; j < model.journeys.size(); ++j) {
    const Journey& journey = model.journeys[j];
    for (std::size_t s = 0; s < journey.steps.size(); ++s) {
      const Step& step = journey.steps[s];
      MatrixRow row;
      row.journey = static_cast<std::int32_t>(j);
      row.stage = step.stage;
      row.step = static_cast<std::int32_t>(s);
      row.cells.assign(m.columns.size(), 0);
      std::size_t resolved_owners = 0;
      for_each_reference(step, [&](const Owner& o, Raci what) {
        std::int32_t c = index.of(o);
        if (c < 0) return;  // unresolved: reported by model/unknown-reference
        row.cells[c] |= static_cast<std::uint8_t>(what);
        if (what == Raci::A) ++resolved_owners;
        if (what == Raci::A || what == Raci::R) m.columns[c].work = true;
      });
      // A list of owners is duplicated accountability even when one of them is misspelt.
      row.accountable = step.owners.size() > 1 ? step.owners.size() : resolved_owners;
      m.rows.push_back(std::move(row));
    }
  }
  return m;
}

std::size_t TouchpointRow::uses() const {
  std::size_t n = 0;
  for (const auto& cell : steps) n += cell.size();
  return n;
}

std::size_t TouchpointMatrix::unused() const {
  return static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [](const TouchpointRow& r) { return r.unused(); }));
}

std::size_t TouchpointMatrix::without_owner(const Model& model) const {
  return static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [&](const TouchpointRow& r) {
        const Touchpoint& t = model.touchpoints[r.touchpoint];
        return !t.owner && !t.owner_malformed;
      }));
}

std::string touchpoint_problem(const Model& model, const TouchpointRow& row) {
  const Touchpoint& t = model.touchpoints[row.touchpoint];
  std::string out;
  if (row.unused()) out = "unused";
  // An owner written but unusable was reported by the loader; it is not a missing owner.
  if (!t.owner && !t.owner_malformed) out += (out.empty() ? "" : ", ") + std::string("no owner");
  return out;
}

TouchpointMatrix build_touchpoint_matrix(const Model& model) {
  TouchpointMatrix m;
  for (std::size_t t = 0; t < model.touchpoints.size(); ++t)
    m.rows.push_back({static_cast<std::int32_t>(t),
                      std::vector<std::vector<std::int32_t>>(model.journeys.size())});
  for (std::size_t j = 0; j < model.journeys.size(); ++j) {
    const Journey& journey = model.journeys[j];
    for (std::size_t s = 0; s < journey.steps.size(); ++s) {
      const Step& step = journey.steps[s];
      if (step.touchpoint.index >= 0)
        m.rows[step.touchpoint.index].steps[j].push_back(static_cast<std::int32_t>(s));
      else if (!model.touchpoints.empty() && !step.names_touchpoint() &&
               step.lane == Lane::Frontstage && lane_known(model, step))
        m.unmapped.push_back({static_cast<std::int32_t>(j), static_cast<std::int32_t>(s)});
    }
  }
  return m;
}

}  // namespace chainmap

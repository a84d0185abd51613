#pragma once
// One reader per top-level section (SPEC section 2). Each appends to the model in load order
// and reports what it cannot understand; references are resolved later (resolve.cc), once
// every file has been read.
#include <fmt/format.h>

#include "load/context.h"
#include "yaml/node.h"

namespace chainmap::load {

void read_information(const Context& cx, const yaml::Node& section);
void read_departments(const Context& cx, const yaml::Node& section);
void read_partners(const Context& cx, const yaml::Node& section);
void read_touchpoints(const Context& cx, const yaml::Node& section);  // v1.1
void read_personas(const Context& cx, const yaml::Node& section);     // v1.1
void read_journeys(const Context& cx, const yaml::Node& section);
void read_opportunities(const Context& cx, const yaml::Node& section);  // v1.1
void read_kpis(const Context& cx, const yaml::Node& section);
void read_waivers(const Context& cx, const yaml::Node& section);
void read_lint(const Context& cx, const yaml::Node& section);

// Registers `id` in `index` unless already declared; reports model/duplicate-id at the second
// declaration with the first as related location. Returns false for a duplicate.
bool declare(const Context& cx, std::unordered_map<std::string, std::int32_t>& index,
             const std::string& id, std::int32_t position, Loc loc, Loc first_loc_if_duplicate,
             std::string_view what, const std::string& target);

// Checks a department or partner id: valid, not `customer`, not declared before as either.
bool declare_party(const Context& cx, const std::string& id, const yaml::Node& key,
                   std::string_view what, const std::string& target);

// How an id-keyed section names its entities in targets and messages.
struct EntityKind {
  std::string_view section;  // the section's key: "kpis"
  std::string_view target;   // targets are <target>:<id>: "kpi"
  std::string_view noun;     // "KPI 'x' is declared twice"
  std::string_view article;  // "a" or "an": "invalid id 'X' for a KPI"
  bool party = false;        // departments and partners: one set of ids for both (declare_party)
};

// Reads an id-keyed section of entities kept in `list` and found through `index` (KPIs,
// journeys, departments, ...): reports invalid and repeated ids, then reads each new entity,
// its id and position set, with `read(entity, fields)` (`fields` are the keys it knows).
template <class T, class Read>
void read_entities(const Context& cx, const yaml::Node& section, const EntityKind& kind,
                   std::initializer_list<std::string_view> fields, std::vector<T>& list,
                   std::unordered_map<std::string, std::int32_t>& index, Read&& read) {
  for_each_entry(cx, section, kind.section, "model",
                 [&](const std::string& id, const yaml::Node& key, const yaml::Node& value) {
                   const std::string target = fmt::format("{}:{}", kind.target, id);
                   const std::string what = fmt::format("{} {}", kind.article, kind.noun);
                   const auto position = static_cast<std::int32_t>(list.size());
                   if (kind.party) {
                     if (!declare_party(cx, id, key, what, target)) return;
                     index.emplace(id, position);
                   } else {
                     if (!check_id(cx, key, what, target)) return;
                     auto existing = index.find(id);
                     const Loc first = existing != index.end() ? list[existing->second].loc : Loc{};
                     if (!declare(cx, index, id, position, key.loc, first, kind.noun, target))
                       return;
                   }
                   Fields f(cx, value, fields, fmt::format("{} '{}'", kind.noun, id), target);
                   T entity;
                   entity.id = id;
                   entity.loc = key.loc;
                   read(entity, f);
                   list.push_back(std::move(entity));
                 });
}

}  // namespace chainmap::load

#pragma once
// One reader per top-level section (SPEC section 2). Each appends to the model in load order
// and reports what it cannot understand; references are resolved later (resolve.cc), once
// every file has been read.
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

}  // namespace chainmap::load

#pragma once
// Each rule group lists its rules in src/rules/<group>/group.cc; catalogue.cc joins the groups.
#include <span>

#include "chainmap/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> model_rules();
std::span<const Rule* const> ownership_rules();
std::span<const Rule* const> coverage_rules();
std::span<const Rule* const> handover_rules();
std::span<const Rule* const> partner_rules();
std::span<const Rule* const> privacy_rules();
std::span<const Rule* const> journey_rules();
std::span<const Rule* const> touchpoint_rules();
std::span<const Rule* const> experience_rules();
std::span<const Rule* const> kpi_rules();
std::span<const Rule* const> waiver_rules();

}  // namespace chainmap::rules

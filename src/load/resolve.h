#pragma once
#include "load/context.h"

namespace chainmap::load {

// Resolves every reference of the merged model (owners, roles, information items, SLAs, steps,
// journeys), reporting model/unknown-reference with a suggestion, and sets default lanes.
void resolve(const Context& cx);

}  // namespace chainmap::load

#pragma once
// Shared by the rules that judge steps one by one: a walk over every step of the model, and a
// finding on a step (target `step:JOURNEY/STEP`, at the step's key).
#include <cstddef>
#include <string>
#include <utility>

#include "chainmap/graph.h"
#include "rules/context.h"

namespace chainmap::rules {

// Calls `visit(journey_index, journey, step_index, step)` for every step: journeys in model
// order, steps in declaration order.
template <class Visit>
void for_each_step(const Model& model, Visit&& visit) {
  for (std::size_t j = 0; j < model.journeys.size(); ++j) {
    const Journey& journey = model.journeys[j];
    for (std::size_t s = 0; s < journey.steps.size(); ++s) visit(j, journey, s, journey.steps[s]);
  }
}

inline void report_step(Findings& out, const Journey& journey, const Step& step,
                        std::string message) {
  out.report(step_target(journey, step), step.loc, std::move(message));
}

}  // namespace chainmap::rules

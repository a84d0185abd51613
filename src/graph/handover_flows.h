#pragma once
// Handovers of every journey, aggregated per ordered pair of ends: what the chain and
// handovers views (and their mermaid forms) draw, and what bounds the handovers picture.
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "chainmap/graph.h"
#include "chainmap/model.h"

namespace chainmap {

struct Flow {
  int count = 0;
  EdgeKind kind = EdgeKind::Unjudged;  // the strongest kind seen: Partner > Department > Team
  std::set<std::string> methods;       // "undeclared" for a handover without `handover`
  std::set<std::string> journeys;      // journey names
  std::vector<std::string> targets;    // handover targets, for the findings overlay
};
enum class FlowLevel {
  Owner,  // ends are owners (`sales.advisor`); team handovers included
  Party,  // ends are parties (`dept:sales`, `partner:fastship`); roles fold into departments,
          // so team handovers, which stay inside a department, are left out
};
// Keys sort, so iteration order is deterministic.
struct Flows {
  std::map<std::string, Owner> ends;
  std::map<std::pair<std::string, std::string>, Flow> pairs;
};
Flows collect_handovers(const Model& model, const Graph& graph, FlowLevel level);
// The party key of an owner at FlowLevel::Party ("customer", "dept:<id>", "partner:<id>"), or
// "" for an unresolved owner.
std::string party_key(const Model& model, const Owner& owner);

}  // namespace chainmap

#pragma once
// Semantic differences between two models (chainmap diff OLD NEW). Entities are matched by
// their target (SPEC section 4: `partner:fastship`, `step:order/pick`,
// `handover:order/confirm->pick` ...); an entity in only one model is added or removed, one in
// both is changed when one of its compared fields differs. Children of an added or removed
// entity (the steps of a removed journey, the roles of an added department) are not listed
// separately. Findings are matched by rule + target, as baselines and SARIF fingerprints are:
// a finding of NEW whose rule + target OLD does not have is introduced; the reverse is fixed.
#include <string>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/graph.h"

namespace chainmap {

enum class ChangeKind : std::uint8_t { Added, Removed, Changed };
std::string_view to_string(ChangeKind kind);

struct FieldChange {
  std::string field;
  std::string old_value, new_value;  // "" when absent
};

struct Change {
  ChangeKind change = ChangeKind::Changed;
  std::string kind;    // info, department, role, shift, partner, sla, journey, stage, step, handover, kpi
  std::string target;
  std::string name;    // human name when the entity has one
  std::vector<FieldChange> fields;  // Changed: what differs; Added: the fields given
};

struct ModelDiff {
  std::vector<Change> changes;         // by kind (the order above), then target
  std::vector<Diagnostic> introduced;  // findings of NEW, in NEW's order
  std::vector<Diagnostic> fixed;       // findings of OLD, in OLD's order
  std::size_t count(ChangeKind kind) const;
};

// `old_findings` / `new_findings`: the checked diagnostics of each model.
ModelDiff diff_models(const Graph& old_model, const std::vector<Diagnostic>& old_findings,
                      const Graph& new_model, const std::vector<Diagnostic>& new_findings);

}  // namespace chainmap

#pragma once
// Semantic differences between two models (chainmap diff OLD NEW). Entities are matched by
// their target (SPEC section 4: `partner:fastship`, `step:order/pick`,
// `handover:order/confirm->pick` ...); an entity in only one model is added or removed, one in
// both is changed when one of its compared fields differs. Children of an added or removed
// entity (the steps of a removed journey, the roles of an added department) are not listed
// separately. Findings are matched by rule + target, as baselines and SARIF fingerprints are:
// a finding of NEW whose rule + target OLD does not have is introduced; the reverse is fixed.
#include <optional>
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
  // info, department, role, shift, partner, sla, touchpoint, persona, journey, stage, step,
  // handover, opportunity, kpi
  std::string kind;
  std::string target;
  std::string name;                 // human name when the entity has one
  std::vector<FieldChange> fields;  // Changed: what differs; Added: the fields given
};

// How a persona scores a step (SPEC "Persona and experience"), when the score or the feeling
// differs: "shopper at order/wait-for-parcel: -2 -> 0". Only for steps and personas present in
// both models (those of an added or removed step or persona are not listed again); an entry
// for a persona the journey does not list is no score.
struct ScoreChange {
  std::string target;                       // step:<journey>/<step>
  std::string persona;                      // persona id
  std::optional<int> old_score, new_score;  // absent: not scored (or unreadable)
  std::string old_feeling, new_feeling;
};

struct ModelDiff {
  std::vector<Change> changes;         // by kind (the order above), then target
  std::vector<ScoreChange> scores;     // by target, then persona
  bool has_personas = false;           // either model declares personas: scores are compared
  std::vector<Diagnostic> introduced;  // findings of NEW, in NEW's order
  std::vector<Diagnostic> fixed;       // findings of OLD, in OLD's order
  std::size_t count(ChangeKind kind) const;
};

// `old_findings` / `new_findings`: the checked diagnostics of each model.
ModelDiff diff_models(const Graph& old_model, const std::vector<Diagnostic>& old_findings,
                      const Graph& new_model, const std::vector<Diagnostic>& new_findings);

}  // namespace chainmap

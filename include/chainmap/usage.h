#pragma once
// Who takes part where: the facts behind ownership/unused-role, ownership/unused-party,
// coverage/no-backup, coverage/role-off-shift and partner/no-feedback. "A party appears in a
// journey when it is the owner of, or responsible, consulted or informed for, one of its
// steps" (SPEC section 3); a role's appearance counts for its department. Owning a touchpoint
// or an opportunity counts as a part in a journey for ownership/unused-role and
// ownership/unused-party (SPEC "v1.1 fine points"), and for nothing else.
#include <cstdint>
#include <vector>

#include "chainmap/graph.h"

namespace chainmap {

// A step of a journey, by index; journey -1 when none.
struct StepAt {
  std::int32_t journey = -1;
  std::int32_t step = -1;
  bool valid() const { return journey >= 0; }
};

struct RoleUsage {
  bool owns = false;                   // owns at least one step
  bool responsible = false;            // responsible for at least one step
  bool backs_up = false;               // is another role's backup
  bool owns_touchpoint = false;        // owns a touchpoint (v1.1)
  bool owns_opportunity = false;       // owns an opportunity (v1.1)
  std::int32_t owned_steps = 0;        // steps it owns (a step listing it twice counts once)
  std::int32_t responsible_steps = 0;  // steps it is responsible for
  StepAt first_owned;                  // the first step it owns, in journey and flow order
  StepAt first_responsible;            // the first step it is responsible for
  // The first step it is consulted or informed for (which puts no work on it), and which.
  StepAt first_advised;
  bool advised_informed = false;  // first_advised names it in `informed` (else `consulted`)
};

struct Usage {
  std::vector<std::uint8_t> department_appears;  // per department
  std::vector<std::uint8_t> partner_appears;     // per partner
  // Per department / partner: it appears in a journey, or it (or, for a department, one of its
  // roles) owns a touchpoint or an opportunity. What ownership/unused-party asks.
  std::vector<std::uint8_t> department_takes_part;
  std::vector<std::uint8_t> partner_takes_part;
  std::vector<std::vector<RoleUsage>> roles;  // per department, per role
  // Per department: a step owner, `responsible` entry or backup names a role of it that does
  // not exist (model/unknown-reference). Which role was meant is unknown, so its roles' usage
  // is incomplete.
  std::vector<std::uint8_t> unknown_role_named;
  // Some step's, touchpoint's or opportunity's owner could not be resolved (unknown, malformed,
  // or not written as one owner reference): the party it meant may be any of the model's.
  bool unresolved_owner = false;

  static Usage compute(const Graph& graph);
};

}  // namespace chainmap

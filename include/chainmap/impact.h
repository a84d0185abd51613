#pragma once
// What depends on one department, role or partner (chainmap impact REF): the journeys and
// steps it owns or takes part in, the handovers into and out of it, who backs it up, and its
// single points of failure. Definitions (docs/commands.md):
// - a department includes its roles; a role is only itself;
// - a step owned by a role is a single point of failure when the role has no backup; a step
//   owned by a department as a whole when the department declares fewer than two roles;
// - a step owned by a partner is a single point of failure when no other partner is an
//   alternative: declares an SLA with the id the step names (the same kind of service), or,
//   when the step names no SLA, any SLA id the owning partner declares.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chainmap/graph.h"

namespace chainmap {

// Resolves REF (`dept`, `dept.role`, `partner`); on failure sets `error` with a suggestion.
std::optional<Owner> find_party(const Model& model, std::string_view ref, std::string* error);

// What `chainmap impact REF` is about. REF is (docs/commands.md):
// - a bare id: a department, `dept.role` or partner first (as before v1.1), else the one
//   touchpoint or persona with that id; a bare id that is both a touchpoint and a persona is
//   refused, naming both spellings;
// - a target of SPEC section 4: `department:<id>`, `role:<dept>.<role>`, `partner:<id>`,
//   `touchpoint:<id>`, `persona:<id>`, which says the kind and is never ambiguous.
struct ImpactSubject {
  enum class Kind : std::uint8_t { Party, Touchpoint, Persona };
  Kind kind = Kind::Party;
  Owner party;              // Kind::Party
  std::int32_t index = -1;  // Kind::Touchpoint, Kind::Persona: Model::touchpoints / personas index
  // A bare id that names a party and also a touchpoint or persona: how to ask for the other
  // (the CLI shows it as a note), else "".
  std::string note;
};
// On failure sets `error`: what is unknown, with the closest reference suggested.
std::optional<ImpactSubject> find_subject(const Model& model, std::string_view ref,
                                          std::string* error);

struct ImpactStep {
  std::int32_t journey = -1, step = -1;
  std::uint8_t raci = 0;        // Raci bits (chainmap/matrix.h)
  std::vector<std::string> as;  // the references that matched, e.g. "support.agent"
};

enum class Direction : std::uint8_t { In, Out, Internal };

struct ImpactHandover {
  Direction direction = Direction::In;
  std::string target;  // handover:<journey>/<from>-><to>
  EdgeKind kind = EdgeKind::Unjudged;
  std::string from_owner, to_owner;  // owner references
  std::string method;                // empty: undeclared
  std::vector<std::string> carries;
};

struct ImpactBackup {
  std::string role;    // dept.role
  std::string backup;  // dept.role, or empty when none
};

struct SinglePoint {
  std::string target;  // step:<journey>/<step>
  std::string owner;   // the owner reference
  std::string reason;
};

struct ImpactJourney {
  std::int32_t journey = -1;
  std::size_t owns = 0;        // steps where it is A
  std::size_t takes_part = 0;  // steps where it is only R, C or I
};

struct Impact {
  Owner subject;
  std::string id, name, kind;  // kind: department | role | partner
  std::vector<ImpactJourney> journeys;
  std::vector<ImpactStep> steps;
  std::vector<ImpactHandover> handovers;
  std::vector<ImpactBackup> backups;      // its roles and their backups (department, role)
  std::vector<std::string> backs_up;      // roles it is the backup of (role)
  std::vector<std::string> alternatives;  // partners sharing an SLA id (partner)
  std::vector<SinglePoint> single_points;
  // v1.1: what it answers for on the customer's side (a department includes its roles).
  std::vector<std::int32_t> touchpoints;    // touchpoints it owns (Model::touchpoints indexes)
  std::vector<std::int32_t> opportunities;  // opportunities it owns (Model::opportunities indexes)
};

Impact analyze_impact(const Graph& graph, const Owner& subject);

}  // namespace chainmap

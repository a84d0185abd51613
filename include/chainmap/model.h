#pragma once
// The typed model of SPEC section 2: plain structs with public data, built by the loader
// from located YAML values. Every entity keeps the location of the YAML node that declared
// it (its key, or its mapping in a list) and of the fields rules point at.
//
// References are kept as written plus their resolution (index, or owner), which the loader
// fills in after all files are merged; unresolved references were reported as
// model/unknown-reference and stay at index -1 / OwnerKind::Unresolved.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/formats.h"

namespace chainmap {

// A string field with the location of its value. Empty value: the field is absent.
struct Text {
  std::string value;
  Loc loc;
  // Written, but of the wrong type (already reported as model/type): value is empty, loc is
  // the written node. Rules that report a missing field skip it (one finding per mistake).
  bool malformed = false;
  bool present() const { return !value.empty(); }
};

// A reference to an id (information item, role, SLA, journey, step ...).
struct Ref {
  std::string id;
  Loc loc;
  std::int32_t index = -1;  // resolved position in the referenced list; -1 when unresolved
  bool malformed = false;   // written, but not an id (reported as model/type); id is empty
};

enum class OwnerKind : std::uint8_t { Unresolved, Customer, Department, Role, Partner };

// What an owner reference resolves to. `party` is a department index (Department, Role) or a
// partner index (Partner); `role` is the role index within that department (Role only).
struct Owner {
  OwnerKind kind = OwnerKind::Unresolved;
  std::int32_t party = -1;
  std::int32_t role = -1;
  friend bool operator==(const Owner&, const Owner&) = default;
};

// `<dept-id>`, `<dept-id>.<role-id>`, `<partner-id>` or `customer`, as written and resolved.
struct OwnerRef {
  std::string text;
  Loc loc;
  Owner owner;
};

struct Info {
  std::string id;
  Loc loc;
  std::string name;
  bool personal = false;
};

enum class DepartmentType : std::uint8_t { Unknown, Frontline, BackOffice };

struct Role {
  std::string id;
  Loc loc;
  std::string name;
  Ref backup;  // a role of the same department; id empty when none (loc valid when written,
               // even as a value of the wrong type)
};

struct Shift {
  std::string id;
  Loc loc;
  Text hours_text;
  std::optional<WeekHours> hours;  // absent when missing or invalid
  std::vector<Ref> roles;          // roles of the same department
  bool malformed = false;          // hours or roles written but unreadable (model/* reported)
};

struct ShiftHandover {
  Loc loc;
  Text method;
  std::vector<Ref> carries;  // information ids
};

struct Department {
  std::string id;
  Loc loc;
  std::string name;
  DepartmentType type = DepartmentType::Unknown;
  Text hours_text;
  std::optional<WeekHours> hours;  // service hours; absent when not given or invalid
  std::vector<Role> roles;
  std::unordered_map<std::string, std::int32_t> role_index;
  std::vector<Shift> shifts;
  std::optional<ShiftHandover> shift_handover;
  Loc shift_handover_loc;  // the written value, valid even when it is not a mapping
  Text empowerment;
};

enum class Agreement : std::uint8_t { Unknown, Formal, Informal };

struct Sla {
  std::string id;
  Loc loc;
  Text target;                        // a duration, or text containing a number
  std::optional<Seconds> target_duration;
  Text measure;
  std::optional<OwnerRef> monitored_by;
  bool monitored_by_malformed = false;  // written, but not an owner reference (model/type)
};

struct Partner {
  std::string id;
  Loc loc;
  std::string name;
  Agreement agreement = Agreement::Unknown;
  Text contract;
  Text documented_in;
  std::vector<Text> channels;
  Text feedback;
  Text review;
  bool dpa = false;
  bool dpa_malformed = false;  // `dpa` written but not true/false (reported as model/type)
  Text contact;
  std::vector<Sla> slas;
  std::unordered_map<std::string, std::int32_t> sla_index;
  // `sla` was written but no SLA could be read from it (reported by the loader); an empty
  // mapping `sla: {}` is not malformed, just empty.
  bool sla_malformed = false;
};

enum class Lane : std::uint8_t { Customer, Frontstage, Backstage, Support, Partner };

struct FollowUp {
  Loc loc;
  std::optional<OwnerRef> by;
  std::optional<Seconds> within;
  Loc within_loc;
};

struct Handover {
  Loc loc;  // the `handover` mapping
  Text method;
  std::vector<Ref> carries;  // information ids
  Loc carries_loc;           // the `carries` value; invalid when the field is absent
  std::optional<OwnerRef> confirm;
  std::optional<FollowUp> follow_up;
  std::optional<Seconds> within;
  Loc within_loc;
  // Written but unreadable (already reported by the loader as model/type): rules must not also
  // report the field as missing (SPEC section 2, one finding per mistake).
  bool carries_malformed = false;   // not a list, or some items are not ids
  bool confirm_malformed = false;
  bool follow_up_malformed = false;
  // `handover: {}`: none of its fields written. Reported once by the loader (the required
  // `method`, model/missing-field); otherwise it declares nothing, so the rules about a
  // declaration's contents do not judge it and information passes it as over an undeclared
  // handover.
  bool empty = false;
};

// One item of a step's `next`: a step id, or `<journey-id>/<step-id>` for a cross-journey link.
struct Next {
  Loc loc;             // the item (string or mapping)
  Text to;             // as written
  std::string journey; // target journey id for a cross-journey link, else empty
  std::string step;    // target step id
  std::int32_t to_journey = -1;  // resolved journey index (own journey for in-journey links)
  std::int32_t to_step = -1;     // resolved step index within that journey
  Text when;
  std::optional<Handover> handover;
  bool handover_malformed = false;  // `handover` written but not a mapping (reported as model/type)
  bool loop = false;
  bool cross() const { return !journey.empty(); }
};

struct Step {
  std::string id;
  Loc loc;     // the step's mapping
  Loc id_loc;  // its `id` value
  std::string name;
  std::int32_t stage = -1;        // index into Journey::stages
  std::vector<OwnerRef> owners;   // as written: empty = no owner; more than one = a list
  Loc owner_loc;                  // the `owner` value
  bool owner_malformed = false;   // `owner` written with a wrong type (model/type reported)
  Lane lane = Lane::Frontstage;   // effective lane (explicit, or the default for the owner)
  bool lane_explicit = false;
  Loc lane_loc;
  Text channel;
  std::optional<Seconds> duration;
  Loc duration_loc;
  std::vector<Ref> captures;      // information ids
  std::vector<Ref> needs;         // information ids
  bool personal_data = false;
  bool moment_of_truth = false;
  std::vector<OwnerRef> responsible, consulted, informed;
  Ref sla;                        // an SLA id of the owning partner; id empty when none
  std::optional<bool> entry;      // as written
  bool end = false;
  bool has_next = false;          // `next` was written (possibly empty)
  std::vector<Next> next;

  // The single resolved owner, or Unresolved when missing, a list of several, or unknown.
  Owner owner() const {
    return owners.size() == 1 ? owners.front().owner : Owner{};
  }
};

struct Stage {
  std::string id;
  Loc loc;
  Loc id_loc;
  std::string name;
  std::int32_t first = 0;  // its steps are Journey::steps[first, first + count)
  std::int32_t count = 0;
  // `steps` was written, but no step could be read from it (reported by the loader).
  bool steps_malformed = false;
};

struct Journey {
  std::string id;
  Loc loc;
  std::string name;
  Text persona;
  Text promise_text;
  std::optional<Seconds> promise;
  Ref complaints;  // a journey id
  std::vector<Stage> stages;
  std::vector<Step> steps;  // all steps in flow order (stage order, then step order)
  std::unordered_map<std::string, std::int32_t> step_index;
};

struct Kpi {
  std::string id;
  Loc loc;
  // `of`: a journey id or an owner reference; exactly one of these resolves.
  Text of;
  std::int32_t of_journey = -1;
  Owner of_owner;
  Text target;
  Text measure;
  std::optional<OwnerRef> owner;
  bool owner_malformed = false;  // written, but not as one owner reference (model/type reported)
  Text review;
};

struct Waiver {
  std::size_t number = 0;  // 1-based position among the waivers of all files in load order
  Loc loc;
  Text rule;
  Text target;
  Text reason;
  std::optional<Date> expires;
  Loc expires_loc;
  bool complete = false;  // rule, target and reason present and valid: the waiver can silence
};

enum class Preset : std::uint8_t { Recommended, Strict, None };

struct RuleSetting {
  std::string rule;
  Loc loc;  // the rule name key
  std::optional<Severity> severity;
  Loc severity_loc;
  std::map<std::string, long> options;  // e.g. max; names are checked against the rule later
  std::map<std::string, Loc> option_locs;
};

struct LintConfig {
  Preset extends = Preset::Recommended;
  Loc extends_loc;
  std::vector<RuleSetting> rules;
};

struct Model {
  Text organisation;
  std::vector<std::uint32_t> files;  // SourceSet indexes in load order; files[0] is the root

  std::vector<Info> information;
  std::vector<Department> departments;
  std::vector<Partner> partners;
  std::vector<Journey> journeys;
  std::vector<Kpi> kpis;
  std::vector<Waiver> waivers;
  LintConfig lint;

  std::unordered_map<std::string, std::int32_t> info_index;
  std::unordered_map<std::string, std::int32_t> department_index;
  std::unordered_map<std::string, std::int32_t> partner_index;
  std::unordered_map<std::string, std::int32_t> journey_index;
  std::unordered_map<std::string, std::int32_t> kpi_index;
};

std::string_view to_string(Lane lane);
std::string_view to_string(DepartmentType type);
std::string_view to_string(Agreement agreement);

// The lane a step has when none is written (SPEC section 2, step fields).
// Whether a step's lane is known: written as `lane:`, or the default of an owner that resolved
// (and, for a department or role, a department whose `type` was understood).
bool lane_known(const Model& model, const Step& step);
Lane default_lane(const Model& model, const Owner& owner);

// `customer`, `support`, `support.agent`, `fastship`; "" for Unresolved.
std::string owner_name(const Model& model, const Owner& owner);
// Human name: the `name` field of the department/role/partner, or its id; "Customer".
std::string owner_display_name(const Model& model, const Owner& owner);

}  // namespace chainmap

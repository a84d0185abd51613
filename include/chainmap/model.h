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
  // Unresolved (model/unknown-reference reported), and this is the close match the message
  // suggested: what the writer most likely meant. Where a reference uses it, its field says so
  // (one mistake, one finding: the suggested entity is not reported again as unused).
  std::int32_t suggested = -1;
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
  Text target;  // a duration, or text containing a number
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

// ---- v1.1: the customer's side (SPEC section 2, "Touchpoint", "Persona and experience",
// "Opportunity") ----

// Where the customer meets the organisation. Target `touchpoint:<id>`.
struct Touchpoint {
  std::string id;
  Loc loc;  // its key
  std::string name;
  Text channel;  // free text: web, app, email, sms, phone, chat, letter, in-person, parcel, ...
  // Who answers for what the customer meets here: a department, role or partner (never the
  // customer). Unknown references stay here with OwnerKind::Unresolved (reported).
  std::optional<OwnerRef> owner;
  // `owner` written but unusable: not one owner reference (model/type; `owner` is then empty)
  // or `customer` (model/invalid-value; `owner` holds it, OwnerKind::Customer). Either way
  // touchpoint/no-owner must not also fire.
  bool owner_malformed = false;
  Text hours_text;                 // as written; present even when it does not parse
  std::optional<WeekHours> hours;  // open to customers; absent when not given or invalid
};

// Target `persona:<id>`.
struct Persona {
  std::string id;
  Loc loc;  // its key
  std::string name;
  Text description;
  std::vector<Text> goals;
};

inline constexpr int kMinScore = -2;
inline constexpr int kMaxScore = 2;

// One entry of a step's `experience`: how one persona feels at the step.
struct Experience {
  // The key. `persona.index` is the persona (Model::personas) when it is one of the journey's
  // listed personas; otherwise -1: reported (model/unknown-reference) and ignored by every
  // experience/* rule and view. Then `persona.suggested` is the listed persona the message
  // suggested, if any: that persona counts as scored at the step (SPEC "v1.1 fine points"),
  // though this entry's score is not used.
  Ref persona;
  Loc loc;                   // the entry's value (its mapping)
  std::optional<int> score;  // kMinScore..kMaxScore; absent when not written or unreadable
  Loc score_loc;             // the `score` value when written
  // `score` (or the whole entry) written but unreadable: model/invalid-value or model/type
  // reported. It counts as scored, so experience/missing-score does not also fire.
  bool score_malformed = false;
  Text feeling;
  bool scored() const { return score.has_value() || score_malformed; }
};

enum class Evidence : std::uint8_t { Assumed, Observed, Reported };

struct PainPoint {
  Loc loc;  // the item
  Text text;
  Evidence evidence = Evidence::Assumed;  // the default when absent or invalid
  Loc evidence_loc;                       // the `evidence` value when written
  bool evidence_malformed = false;        // written but not a known value (reported)
  Text source;                            // where the evidence comes from
};

enum class OpportunityStatus : std::uint8_t { Idea, Proposed, Planned, InProgress, Done };

// An item of an opportunity's `addresses`: `<journey-id>/<step-id>`.
struct StepRef {
  Text text;  // as written
  // The step it names, or, for a misspelt reference (reported as model/unknown-reference), the
  // step the message suggested (`suggested` is then true): the opportunity counts as
  // addressing it, so experience/pain-without-opportunity does not also fire. -1 when neither.
  std::int32_t journey = -1;
  std::int32_t step = -1;
  bool suggested = false;
  bool resolved() const { return step >= 0; }
};

// Target `opportunity:<id>`.
struct Opportunity {
  std::string id;
  Loc loc;  // its key
  std::string name;
  std::vector<StepRef> addresses;
  Loc addresses_loc;  // the `addresses` value when written
  std::optional<OwnerRef> owner;
  bool owner_malformed = false;  // written, but not one owner reference (model/type reported)
  OpportunityStatus status = OpportunityStatus::Idea;
  Loc status_loc;                 // the `status` value when written
  bool status_malformed = false;  // written but not a known status (reported); status is Idea
  Ref kpi;                        // a KPI id; id empty when none
};

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
  bool carries_malformed = false;  // not a list, or some items are not ids
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
  Loc loc;                       // the item (string or mapping)
  Text to;                       // as written
  std::string journey;           // target journey id for a cross-journey link, else empty
  std::string step;              // target step id
  std::int32_t to_journey = -1;  // resolved journey index (own journey for in-journey links)
  std::int32_t to_step = -1;     // resolved step index within that journey
  Text when;
  std::optional<Handover> handover;
  bool handover_malformed = false;  // `handover` written but not a mapping (reported as model/type)
  bool loop = false;
  // Written as the whole `next` without brackets (model/type reported): when it names no step,
  // it is dropped without a second finding and the step flows on as if `next` were absent.
  bool unbracketed = false;
  bool cross() const { return !journey.empty(); }
};

struct Step {
  std::string id;
  Loc loc;     // the step's mapping
  Loc id_loc;  // its `id` value
  std::string name;
  std::int32_t stage = -1;       // index into Journey::stages
  std::vector<OwnerRef> owners;  // as written: empty = no owner; more than one = a list
  Loc owner_loc;                 // the `owner` value
  bool owner_malformed = false;  // `owner` written with a wrong type (model/type reported)
  Lane lane = Lane::Frontstage;  // effective lane (explicit, or the default for the owner)
  bool lane_explicit = false;
  Loc lane_loc;
  Text channel;
  std::optional<Seconds> duration;
  Loc duration_loc;
  std::vector<Ref> captures;  // information ids
  std::vector<Ref> needs;     // information ids
  bool personal_data = false;
  bool moment_of_truth = false;
  std::vector<OwnerRef> responsible, consulted, informed;
  Ref sla;                    // an SLA id of the owning partner; id empty when none
  std::optional<bool> entry;  // as written
  bool end = false;
  bool has_next = false;  // `next` was written (possibly empty)
  std::vector<Next> next;

  // v1.1. Findings about these fields target the step (SPEC "v1.1 fine points").
  // A touchpoint id; id empty when none. Unknown: index -1 (model/unknown-reference reported)
  // and touchpoint.suggested is the touchpoint the message suggested, which counts as named
  // (touchpoint/unused); the step counts as naming a touchpoint (names_touchpoint()).
  Ref touchpoint;
  // Entries in the order written; at most one per key. Use experience_for() / scored_for().
  std::vector<Experience> experience;
  Loc experience_loc;  // the `experience` value when written
  // `experience` written but not a mapping (model/type reported): the step counts as scored
  // for every persona of its journey (one mistake, one finding).
  bool experience_malformed = false;
  std::vector<PainPoint> pain_points;  // the readable ones
  Loc pain_points_loc;                 // the `pain-points` value when written
  // `pain-points` not a list, or some items not readable (reported by the loader).
  bool pain_points_malformed = false;

  // The single resolved owner, or Unresolved when missing, a list of several, or unknown.
  Owner owner() const { return owners.size() == 1 ? owners.front().owner : Owner{}; }
  // `touchpoint` written, resolved or not (an unknown one was reported: it still counts as
  // naming a touchpoint for touchpoint/missing, SPEC "Touchpoint").
  bool names_touchpoint() const { return !touchpoint.id.empty() || touchpoint.malformed; }
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
  // v1.1 `personas` as written. index: the persona, or for a misspelt id the persona the
  // model/unknown-reference suggested (treated as listed: one typo, one finding); -1 when
  // unknown with no suggestion, or when the item repeats an earlier one (model/duplicate-id).
  std::vector<Ref> personas;
  Loc personas_loc;  // the `personas` value when written
  // `personas` written but not a list of ids (model/type reported): experience keys that name
  // a declared persona are then not reported as unlisted.
  bool personas_malformed = false;
  // The distinct personas the journey lists (Model::personas indexes), in the order listed:
  // whose curves it draws and whose scores experience/missing-score asks for.
  std::vector<std::int32_t> persona_list;
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
  std::map<std::string, long> options;     // e.g. max; names are checked against the rule later
  std::map<std::string, Loc> option_locs;  // the option's key
  std::map<std::string, Loc> option_value_locs;  // its value
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
  std::vector<Touchpoint> touchpoints;  // v1.1
  std::vector<Persona> personas;        // v1.1
  std::vector<Journey> journeys;
  std::vector<Opportunity> opportunities;  // v1.1
  std::vector<Kpi> kpis;
  std::vector<Waiver> waivers;
  LintConfig lint;

  std::unordered_map<std::string, std::int32_t> info_index;
  std::unordered_map<std::string, std::int32_t> department_index;
  std::unordered_map<std::string, std::int32_t> partner_index;
  std::unordered_map<std::string, std::int32_t> journey_index;
  std::unordered_map<std::string, std::int32_t> kpi_index;
  std::unordered_map<std::string, std::int32_t> touchpoint_index;
  std::unordered_map<std::string, std::int32_t> persona_index;
  std::unordered_map<std::string, std::int32_t> opportunity_index;
};

std::string_view to_string(Lane lane);
std::string_view to_string(DepartmentType type);
std::string_view to_string(Agreement agreement);
std::string_view to_string(Evidence evidence);         // observed | reported | assumed
std::string_view to_string(OpportunityStatus status);  // idea | proposed | ... | in-progress | done

// ---- v1.1 helpers for the touchpoint/* and experience/* rules and the experience view ----

// The channel the step is on: its own `channel`, or else its (resolved) touchpoint's
// (SPEC "Touchpoint": a step without `channel` takes its touchpoint's channel). The Text's
// loc is where that value is written. Empty when neither is known.
const Text& effective_channel(const Model& model, const Step& step);
// `phone`, `chat` and `in-person`, compared without regard to case: a person must be there
// whenever the touchpoint is open (SPEC "Touchpoint").
bool is_staffed_channel(std::string_view channel);
// Channels compare without regard to case (SPEC "v1.1 fine points").
bool same_channel(std::string_view a, std::string_view b);

// The step's `experience` entry for `persona` (a Model::personas index listed by the step's
// journey); nullptr when it has none. Entries for unlisted keys are never returned.
const Experience* experience_for(const Step& step, std::int32_t persona);
// The score the persona gives the step, when written and readable: what curves, averages,
// hotspots and `score: -2` checks use.
std::optional<int> score_for(const Step& step, std::int32_t persona);
// Whether the step counts as scored for the persona (experience/missing-score): a readable or
// unreadable score of its own, an unlisted misspelt key suggesting it (SPEC "v1.1 fine
// points"), or an `experience` that was not a mapping.
bool scored_for(const Step& step, std::int32_t persona);

// One point of a persona's curve: a step of the journey (index into Journey::steps) and the
// readable score the persona gives it.
struct CurvePoint {
  std::int32_t step = -1;
  int score = 0;
  friend bool operator==(const CurvePoint&, const CurvePoint&) = default;
};
// The curve of a persona: its readable scores in flow order (stage order, then step order;
// SPEC "Persona and experience"). Steps without a readable score are left out.
std::vector<CurvePoint> curve(const Journey& journey, std::int32_t persona);

// For every journey and step, the opportunities (Model::opportunities indexes, load order, each
// once) whose `addresses` name it, or whose misspelt item suggested it (StepRef::suggested):
// result[journey][step]. An opportunity addresses its steps whatever its owner and status.
std::vector<std::vector<std::vector<std::int32_t>>> opportunities_by_step(const Model& model);

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

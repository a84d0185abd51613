#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {
namespace {

std::optional<Handover> read_handover(const Context& cx, const yaml::Node& node,
                                      const std::string& what, const std::string& target) {
  Fields f(cx, node, {"method", "carries", "confirm", "follow-up", "within"}, what, target);
  if (!f.is_mapping()) return std::nullopt;
  Handover h;
  h.loc = node.loc;
  // One finding for an empty handover, not one per absent field (SPEC section 2).
  if (f.empty()) {
    cx.report(rules::model_missing_field, target, node.loc,
              fmt::format("{} is empty: it has no 'method' (how the work is passed on: crm, "
                          "ticket, email, api, ...), nothing it 'carries', nobody to 'confirm' "
                          "it and no 'follow-up'",
                          what));
    h.empty = true;
    return h;
  }
  if (f.require("method", node.loc, "(how the work is passed on: crm, ticket, email, api, ...)")) {
    h.method = read_located_text(f, "method");
    // `method: ""` (or blanks) names no method: the required field is missing.
    if (!h.method.malformed && h.method.value.find_first_not_of(" \t") == std::string::npos) {
      cx.report(
          rules::model_missing_field, target, h.method.loc,
          fmt::format("the 'method' of {} is empty; name how the work is passed on (crm, ticket, "
                      "email, api, ...)",
                      what));
      h.method = Text{{}, h.method.loc, true};
    }
  }
  h.carries = read_ref_list(f, "carries", &h.carries_loc);
  if (const yaml::Node* c = f.get("carries"))
    h.carries_malformed = !c->is_sequence() || h.carries.size() != c->items.size();
  h.confirm = read_owner(f, "confirm");
  h.confirm_malformed = !h.confirm && f.get("confirm");
  if (const yaml::Node* fu = f.get("follow-up")) {
    Fields ff(cx, *fu, {"by", "within"}, "the follow-up of " + what, target);
    if (ff.is_mapping()) {
      FollowUp follow;
      follow.loc = fu->loc;
      follow.by = read_owner(ff, "by");
      follow.within = read_duration(ff, "within", &follow.within_loc);
      h.follow_up = std::move(follow);
    } else {
      h.follow_up_malformed = true;
    }
  }
  h.within = read_duration(f, "within", &h.within_loc);
  return h;
}

Next read_next_item(const Context& cx, const Journey& journey, const Step& step,
                    const yaml::Node& item) {
  Next next;
  next.loc = item.loc;
  const yaml::Node* to = nullptr;
  std::optional<Fields> f;
  const std::string step_target = fmt::format("step:{}/{}", journey.id, step.id);
  if (item.is_scalar()) {
    to = &item;
  } else if (item.is_mapping()) {
    f.emplace(cx, item, std::initializer_list<std::string_view>{"to", "when", "handover", "loop"},
              fmt::format("a next item of step '{}'", step.id), step_target);
    to = f->require("to", item.loc, "(the step that follows)");
    if (to && !to->is_scalar()) {
      read_text(*f, "to");  // reports the type error
      to = nullptr;
    }
  } else {
    cx.report(rules::model_type, step_target, item.loc,
              fmt::format("items of 'next' in step '{}' must be a step id or a mapping with 'to', "
                          "not {}",
                          step.id, yaml::describe(item)));
    return next;
  }
  if (to) {
    next.to = Text{to->text, to->loc};
    if (auto slash = to->text.find('/'); slash != std::string::npos) {
      next.journey = to->text.substr(0, slash);
      next.step = to->text.substr(slash + 1);
      if (next.journey == journey.id) next.journey.clear();  // own journey: an ordinary link
    } else {
      next.step = to->text;
    }
  }
  if (f) {
    const std::string to_name = next.cross() ? next.journey + "/" + next.step : next.step;
    const std::string handover_target =
        fmt::format("handover:{}/{}->{}", journey.id, step.id, to_name);
    next.when = read_located_text(*f, "when");
    next.loop = read_bool(*f, "loop").value_or(false);
    if (const yaml::Node* h = f->get("handover")) {
      next.handover = read_handover(cx, *h, fmt::format("the handover {}->{}", step.id, to_name),
                                    handover_target);
      next.handover_malformed = !next.handover;
    }
  }
  return next;
}

// A score: a whole number from -2 to 2, written as a YAML integer (`-1`, `0`, `+2`). Anything
// else is model/invalid-value (a scalar) or model/type (a list or mapping); the caller marks
// the entry as scored all the same (SPEC "Touchpoint": one mistake, one finding).
std::optional<int> read_score(const Fields& f, const std::string& what) {
  constexpr std::string_view kRange = "a whole number from -2 (very bad) to 2 (very good)";
  const yaml::Node* node = f.get("score");
  if (!node) return std::nullopt;
  if (!node->is_scalar()) {
    f.cx().report(
        rules::model_type, f.target(), node->loc,
        fmt::format("the score of {} must be {}, not {}", what, kRange, yaml::describe(*node)));
    return std::nullopt;
  }
  const std::string_view written = node->text;
  std::string_view body = written;
  const bool negative = !body.empty() && body[0] == '-';
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) body.remove_prefix(1);
  const bool integer =
      !body.empty() && body.find_first_not_of("0123456789") == std::string_view::npos;
  std::string message;
  if (integer && !node->quoted) {
    // Judged by its digits, not its value: `99999999999999999999` must not overflow.
    const std::size_t nonzero = body.find_first_not_of('0');
    const std::string_view digits = nonzero == std::string_view::npos ? "0" : body.substr(nonzero);
    if (digits.size() == 1 && digits[0] <= '2') {
      const int value = digits[0] - '0';
      return negative ? -value : value;
    }
    message = fmt::format("score {} for {} is out of range: a score is {}", written, what, kRange);
  } else if (integer) {
    message = fmt::format(
        "invalid score '\"{}\"' for {}: a score is a number, not quoted text; "
        "write 'score: {}'",
        written, what, written);
  } else {
    const bool fraction = written.find_first_of("0123456789") != std::string_view::npos &&
                          written.find('.') != std::string_view::npos;
    message = fmt::format("invalid score '{}' for {}: expected {}{}", written, what, kRange,
                          fraction ? ", not a fraction" : "");
  }
  f.cx().report(rules::model_invalid_value, f.target(), node->loc, std::move(message));
  return std::nullopt;
}

// `experience: {<persona-id>: {score, feeling}, ...}` (SPEC "Persona and experience"). Keys are
// checked against the journey's personas once every file is read (resolve.cc).
void read_experience(const Context& cx, Step& step, const yaml::Node& node,
                     const std::string& target) {
  step.experience_loc = node.loc;
  if (!node.is_mapping()) {
    cx.report(rules::model_type, target, node.loc,
              fmt::format("'experience' of step '{}' must be a mapping from persona ids to a score "
                          "and feeling (e.g. {{shopper: {{score: -1, feeling: Anxious}}}}), not {}",
                          step.id, yaml::describe(node)));
    step.experience_malformed = true;
    return;
  }
  for_each_entry(
      cx, node, "experience", target,
      [&](const std::string& persona, const yaml::Node& key, const yaml::Node& value) {
        Experience e;
        e.persona = Ref{persona, key.loc, -1};
        e.loc = value.loc;
        const std::string what = fmt::format("persona '{}' at step '{}'", persona, step.id);
        if (value.is_scalar() || value.is_sequence()) {
          cx.report(rules::model_type, target, value.loc,
                    fmt::format("the experience of {} must be a mapping with a score and a feeling "
                                "(e.g. {{score: -1, feeling: Anxious}}), not {}",
                                what, yaml::describe(value)));
          e.score_malformed = true;
        } else {
          Fields f(cx, value, {"score", "feeling"}, "the experience of " + what, target);
          e.score = read_score(f, what);
          if (const yaml::Node* score = f.get("score")) {
            e.score_loc = score->loc;
            e.score_malformed = !e.score;  // reported by read_score
          }
          e.feeling = read_located_text(f, "feeling");
        }
        step.experience.push_back(std::move(e));
      });
}

// `pain-points: [{text, evidence, source}, ...]` (SPEC "Persona and experience").
void read_pain_points(const Context& cx, Step& step, const yaml::Node& node,
                      const std::string& target) {
  step.pain_points_loc = node.loc;
  // A list or an item of the wrong type: reported, and the step's pain points are not judged.
  auto wrong_type = [&](const yaml::Node& value, std::string_view what, std::string_view expected) {
    cx.report(rules::model_type, target, value.loc,
              fmt::format("{} of step '{}' must be {}, not {}", what, step.id, expected,
                          yaml::describe(value)));
    step.pain_points_malformed = true;
  };
  if (!node.is_sequence()) {
    wrong_type(node, "'pain-points'",
               "a list of pain points (e.g. [{text: Tracking link arrives late, evidence: "
               "observed, source: Usability test}])");
    return;
  }
  for (std::size_t i = 0; i < node.items.size(); ++i) {
    const yaml::Node& item = node.items[i];
    if (!item.is_mapping()) {
      wrong_type(item, "items of 'pain-points'",
                 "mappings with 'text', 'evidence' and 'source' (e.g. {text: Tracking link "
                 "arrives late})");
      continue;
    }
    Fields f(cx, item, {"text", "evidence", "source"},
             fmt::format("pain point {} of step '{}'", i + 1, step.id), target);
    PainPoint p;
    p.loc = item.loc;
    p.text = read_located_text(f, "text");
    if (const yaml::Node* evidence = f.get("evidence")) {
      p.evidence_loc = evidence->loc;
      auto value =
          read_enum(f, "evidence", {Evidence::Observed, Evidence::Reported, Evidence::Assumed});
      p.evidence = value.value_or(Evidence::Assumed);
      p.evidence_malformed = !value;
    }
    p.source = read_located_text(f, "source");
    step.pain_points.push_back(std::move(p));
  }
}

// The `id` of a step or a stage, read before its other fields so every message can name it.
struct OwnId {
  const yaml::Node* node = nullptr;  // the `id` when it is a scalar, valid or not
  bool valid = false;                // a valid id (an invalid one is reported)
};

OwnId read_own_id(const Context& cx, const yaml::Node& node, std::string_view kind,
                  const Journey& journey) {
  OwnId id;
  if (node.is_mapping())
    for (std::size_t i = 0; i < node.entries(); ++i)
      if (node.key(i).is_scalar() && node.key(i).text == "id" && node.value(i).is_scalar()) {
        id.node = &node.value(i);
        break;
      }
  id.valid = id.node && check_id(cx, *id.node, fmt::format("a {}", kind),
                                 fmt::format("{}:{}/{}", kind, journey.id, id.node->text));
  return id;
}

// Once the fields are read: an `id` that is not a scalar is reported, and so is none at all.
void require_own_id(const Fields& f, const OwnId& id, const yaml::Node& node,
                    std::string_view kind) {
  if (id.node) return;
  if (const yaml::Node* bad = f.get("id"))
    check_id(f.cx(), *bad, fmt::format("a {}", kind), f.target());
  else
    f.require("id", node.loc);
}

void read_step_owner(const Fields& f, Step& step) {
  const yaml::Node* owner = f.get("owner");
  if (!owner) return;
  step.owner_loc = owner->loc;
  const std::size_t reported = f.cx().out.size();
  // An empty string names nobody, alone or in a list: `owner: ""`, `owner: []` and
  // `owner: [""]` are a missing owner (ownership/missing-owner, SPEC section 3), not an
  // unknown owner '', and `owner: ["", sales]` is `owner: sales`.
  if (owner->is_scalar() && !owner->text.empty()) {
    step.owners.push_back(OwnerRef{owner->text, owner->loc, {}});
  } else if (owner->is_sequence()) {
    step.owners = read_owner_list(f, "owner");
    std::erase_if(step.owners, [](const OwnerRef& o) { return o.text.empty(); });
  } else if (!owner->is_scalar()) {
    read_text(f, "owner");  // reports the type error
  }
  step.owner_malformed = f.cx().out.size() > reported;
}

// The fields of a step that are plain values.
void read_step_values(const Fields& f, Step& step) {
  if (auto lane = read_enum(
          f, "lane",
          {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support, Lane::Partner})) {
    step.lane = *lane;
    step.lane_explicit = true;
    step.lane_loc = f.get("lane")->loc;
  }
  step.channel = read_located_text(f, "channel");
  step.duration = read_duration(f, "duration", &step.duration_loc);
  step.captures = read_ref_list(f, "captures");
  step.needs = read_ref_list(f, "needs");
  step.personal_data = read_bool(f, "personal-data").value_or(false);
  step.moment_of_truth = read_bool(f, "moment-of-truth").value_or(false);
  step.responsible = read_owner_list(f, "responsible");
  step.consulted = read_owner_list(f, "consulted");
  step.informed = read_owner_list(f, "informed");
  if (const yaml::Node* sla = f.get("sla")) {
    if (sla->is_scalar())
      step.sla = Ref{sla->text, sla->loc, -1};
    else if (!read_text(f, "sla"))
      step.sla = Ref{{}, sla->loc, -1, true};
  }
  step.entry = read_bool(f, "entry");
  step.end = read_bool(f, "end").value_or(false);
}

// `next` (after `end`: the two are checked together).
void read_step_next(const Fields& f, const yaml::Node& node, const Journey& journey, Step& step) {
  // `next: []` and an empty `next:` both make the step terminal: what counts is that it is written.
  for (std::size_t i = 0; i < node.entries(); ++i)
    if (node.key(i).is_scalar() && node.key(i).text == "next") step.has_next = true;
  if (const yaml::Node* next = f.get("next")) {
    if (next->is_sequence()) {
      for (const auto& item : next->items)
        step.next.push_back(read_next_item(f.cx(), journey, step, item));
    } else {
      std::string hint;
      if (next->is_scalar())
        hint = fmt::format("; write 'next: [{}]'", next->text);
      else if (next->is_mapping())
        hint = "; put the mapping in a list: 'next: [{to: ...}]'";
      f.cx().report(rules::model_type, f.target(), next->loc,
                    fmt::format("'next' of step '{}' must be a list of steps (e.g. [pick] or "
                                "[{{to: pick, handover: {{...}}}}]), not {}{}",
                                step.id, yaml::describe(*next), hint));
      // One step written without brackets (`next: pick`, `next: {to: pick}`) is read as the
      // list of one it means, so the flow stays whole and no step is reported unreachable
      // because of the missing brackets (one mistake, one finding). If it names no step, the
      // resolver drops it and the step flows on as if `next` were not written.
      if (next->is_scalar() || next->is_mapping()) {
        step.next.push_back(read_next_item(f.cx(), journey, step, *next));
        step.next.back().unbracketed = true;
      }
    }
  }
  // `end: true` with a non-empty `next` says two things. Both are kept (the step ends the
  // journey and its `next` links stay), so no other finding follows from it; this one asks
  // the author to say which is meant.
  if (step.end && !step.next.empty()) {
    std::string to;
    for (const Next& n : step.next)
      if (n.to.present()) to += fmt::format("{}'{}'", to.empty() ? "" : ", ", n.to.value);
    f.cx().report(rules::model_invalid_value, f.target(), f.get("end")->loc,
                  fmt::format("step '{}' has 'end: true' and also 'next'{}{}: read as an end that "
                              "may also go on; remove 'end' if the journey always goes on, remove "
                              "'next' if it always ends here, or add a step that ends it to 'next'",
                              step.id, to.empty() ? "" : " to ", to));
  }
}

// v1.1: findings about these target the step (SPEC "v1.1 fine points").
void read_step_experience(const Fields& f, Step& step) {
  if (const yaml::Node* touchpoint = f.get("touchpoint")) {
    // `touchpoint: ""` names none, like no touchpoint (touchpoint/missing reports it).
    if (touchpoint->is_scalar() && !touchpoint->text.empty()) {
      step.touchpoint = Ref{touchpoint->text, touchpoint->loc, -1};
    } else if (!touchpoint->is_scalar()) {
      f.cx().report(rules::model_type, f.target(), touchpoint->loc,
                    fmt::format("'touchpoint' of step '{}' must be one touchpoint id, not {}",
                                step.id, yaml::describe(*touchpoint)));
      step.touchpoint = Ref{{}, touchpoint->loc, -1, true};
    }
  }
  if (const yaml::Node* experience = f.get("experience"))
    read_experience(f.cx(), step, *experience, f.target());
  if (const yaml::Node* pains = f.get("pain-points"))
    read_pain_points(f.cx(), step, *pains, f.target());
}

void read_step(const Context& cx, Journey& journey, std::int32_t stage, const yaml::Node& node) {
  const auto position = static_cast<std::int32_t>(journey.steps.size());
  Step step;
  step.loc = node.loc;
  step.stage = stage;
  step.id = fmt::format("#{}", position + 1);  // until its `id` is read; never a valid id
  const OwnId id = read_own_id(cx, node, "step", journey);
  if (id.valid) {
    step.id = id.node->text;
    step.id_loc = id.node->loc;
  }
  Fields f(cx, node, {"id",          "name",      "owner",      "lane",          "channel",
                      "duration",    "captures",  "needs",      "personal-data", "moment-of-truth",
                      "responsible", "consulted", "informed",   "sla",           "entry",
                      "end",         "next",      "touchpoint", "experience",    "pain-points"},
           fmt::format("step '{}'", step.id), fmt::format("step:{}/{}", journey.id, step.id));
  if (!f.is_mapping()) return;
  require_own_id(f, id, node, "step");
  if (id.valid) {
    auto [existing, fresh] = journey.step_index.emplace(step.id, position);
    if (!fresh)
      cx.report(rules::model_duplicate_id, f.target(), id.node->loc,
                fmt::format("step '{}' is declared twice in journey '{}'", step.id, journey.id),
                {Related{journey.steps[existing->second].id_loc, "first declared here"}});
  }
  step.name = read_text(f, "name").value_or("");
  read_step_owner(f, step);
  read_step_values(f, step);
  read_step_next(f, node, journey, step);
  read_step_experience(f, step);
  journey.steps.push_back(std::move(step));
}

void read_stage(const Context& cx, Journey& journey, const yaml::Node& node) {
  const auto position = static_cast<std::int32_t>(journey.stages.size());
  Stage stage;
  stage.loc = node.loc;
  stage.id = fmt::format("#{}", position + 1);
  const OwnId id = read_own_id(cx, node, "stage", journey);
  if (id.valid) {
    stage.id = id.node->text;
    stage.id_loc = id.node->loc;
  }
  const std::string target = fmt::format("stage:{}/{}", journey.id, stage.id);
  Fields f(cx, node, {"id", "name", "steps"}, fmt::format("stage '{}'", stage.id), target);
  if (!f.is_mapping()) return;
  require_own_id(f, id, node, "stage");
  if (id.valid)
    for (const auto& other : journey.stages)
      if (other.id == stage.id) {
        cx.report(rules::model_duplicate_id, target, id.node->loc,
                  fmt::format("stage '{}' is declared twice in journey '{}'", stage.id, journey.id),
                  {Related{other.id_loc, "first declared here"}});
        break;
      }
  stage.name = read_text(f, "name").value_or("");
  stage.first = static_cast<std::int32_t>(journey.steps.size());
  journey.stages.push_back(stage);
  if (const yaml::Node* steps = f.get("steps")) {
    if (!steps->is_sequence()) {
      cx.report(rules::model_type, target, steps->loc,
                fmt::format("'steps' of stage '{}' must be a list of steps, not {}", stage.id,
                            yaml::describe(*steps)));
    } else {
      for (const auto& item : steps->items) read_step(cx, journey, position, item);
    }
  }
  Stage& read = journey.stages[position];
  read.count = static_cast<std::int32_t>(journey.steps.size()) - read.first;
  // Written but unreadable (a non-list, or only items that are not steps): already reported.
  if (const yaml::Node* steps = f.get("steps"))
    read.steps_malformed = read.count == 0 && !(steps->is_sequence() && steps->items.empty());
}

void read_journey(Journey& j, const Fields& f) {
  j.name = read_text(f, "name").value_or("");
  j.persona = read_located_text(f, "persona");
  if (const yaml::Node* personas = f.get("personas")) {
    // Resolved, and checked for repeats, once every file is read (resolve.cc).
    j.personas_loc = personas->loc;
    j.personas = read_ref_list(f, "personas");
    j.personas_malformed = !personas->is_sequence() || j.personas.size() != personas->items.size();
  }
  j.promise = read_duration(f, "promise");
  if (j.promise) j.promise_text = Text{f.get("promise")->text, f.get("promise")->loc};
  if (const yaml::Node* c = f.get("complaints")) {
    if (c->is_scalar())
      j.complaints = Ref{c->text, c->loc, -1};
    else if (!read_text(f, "complaints"))
      j.complaints = Ref{{}, c->loc, -1, true};
  }
  if (const yaml::Node* stages = f.get("stages")) {
    if (!stages->is_sequence()) {
      f.cx().report(rules::model_type, f.target(), stages->loc,
                    fmt::format("'stages' of journey '{}' must be a list of stages, not {}", j.id,
                                yaml::describe(*stages)));
    } else {
      for (const auto& stage : stages->items) read_stage(f.cx(), j, stage);
    }
  }
}

}  // namespace

void read_journeys(const Context& cx, const yaml::Node& section) {
  read_entities(cx, section, {"journeys", "journey", "journey", "a"},
                {"name", "persona", "personas", "promise", "complaints", "stages"},
                cx.model.journeys, cx.model.journey_index, read_journey);
}

}  // namespace chainmap::load

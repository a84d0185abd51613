#include "chainmap/model.h"

#include <algorithm>
#include <cctype>

namespace chainmap {

std::string_view to_string(Lane lane) {
  switch (lane) {
    case Lane::Customer:
      return "customer";
    case Lane::Frontstage:
      return "frontstage";
    case Lane::Backstage:
      return "backstage";
    case Lane::Support:
      return "support";
    case Lane::Partner:
      return "partner";
  }
  return "frontstage";
}

std::string_view to_string(DepartmentType type) {
  switch (type) {
    case DepartmentType::Frontline:
      return "frontline";
    case DepartmentType::BackOffice:
      return "back-office";
    case DepartmentType::Unknown:
      break;
  }
  return "unknown";
}

std::string_view to_string(Agreement agreement) {
  switch (agreement) {
    case Agreement::Formal:
      return "formal";
    case Agreement::Informal:
      return "informal";
    case Agreement::Unknown:
      break;
  }
  return "unknown";
}

std::string_view to_string(Evidence evidence) {
  switch (evidence) {
    case Evidence::Observed:
      return "observed";
    case Evidence::Reported:
      return "reported";
    case Evidence::Assumed:
      break;
  }
  return "assumed";
}

std::string_view to_string(OpportunityStatus status) {
  switch (status) {
    case OpportunityStatus::Proposed:
      return "proposed";
    case OpportunityStatus::Planned:
      return "planned";
    case OpportunityStatus::InProgress:
      return "in-progress";
    case OpportunityStatus::Done:
      return "done";
    case OpportunityStatus::Idea:
      break;
  }
  return "idea";
}

const Text& effective_channel(const Model& model, const Step& step) {
  static const Text none;
  if (step.channel.present()) return step.channel;
  if (step.touchpoint.index >= 0) return model.touchpoints[step.touchpoint.index].channel;
  return none;
}

bool same_channel(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

bool is_staffed_channel(std::string_view channel) {
  return same_channel(channel, "phone") || same_channel(channel, "chat") ||
         same_channel(channel, "in-person");
}

const Experience* experience_for(const Step& step, std::int32_t persona) {
  if (persona < 0) return nullptr;
  for (const Experience& e : step.experience)
    if (e.persona.index == persona) return &e;
  return nullptr;
}

std::optional<int> score_for(const Step& step, std::int32_t persona) {
  const Experience* e = experience_for(step, persona);
  return e ? e->score : std::nullopt;
}

bool scored_for(const Step& step, std::int32_t persona) {
  if (persona < 0) return false;
  if (step.experience_malformed) return true;
  for (const Experience& e : step.experience)
    if (e.scored() &&
        (e.persona.index == persona || (e.persona.index < 0 && e.persona.suggested == persona)))
      return true;
  return false;
}

std::vector<CurvePoint> curve(const Journey& journey, std::int32_t persona) {
  std::vector<CurvePoint> out;
  for (std::size_t i = 0; i < journey.steps.size(); ++i)
    if (auto score = score_for(journey.steps[i], persona))
      out.push_back(CurvePoint{static_cast<std::int32_t>(i), *score});
  return out;
}

std::vector<std::vector<std::vector<std::int32_t>>> opportunities_by_step(const Model& model) {
  std::vector<std::vector<std::vector<std::int32_t>>> out(model.journeys.size());
  for (std::size_t j = 0; j < model.journeys.size(); ++j)
    out[j].resize(model.journeys[j].steps.size());
  for (std::size_t o = 0; o < model.opportunities.size(); ++o)
    for (const StepRef& ref : model.opportunities[o].addresses) {
      if (!ref.resolved()) continue;
      auto& at = out[static_cast<std::size_t>(ref.journey)][static_cast<std::size_t>(ref.step)];
      if (at.empty() || at.back() != static_cast<std::int32_t>(o))
        at.push_back(static_cast<std::int32_t>(o));
    }
  return out;
}

bool lane_known(const Model& model, const Step& step) {
  if (step.lane_explicit) return true;
  const Owner owner = step.owner();
  switch (owner.kind) {
    case OwnerKind::Customer:
    case OwnerKind::Partner:
      return true;
    case OwnerKind::Department:
    case OwnerKind::Role:
      return model.departments[owner.party].type != DepartmentType::Unknown;
    case OwnerKind::Unresolved:
      break;
  }
  return false;
}

Lane default_lane(const Model& model, const Owner& owner) {
  switch (owner.kind) {
    case OwnerKind::Customer:
      return Lane::Customer;
    case OwnerKind::Partner:
      return Lane::Partner;
    case OwnerKind::Department:
    case OwnerKind::Role:
      return model.departments[owner.party].type == DepartmentType::BackOffice ? Lane::Backstage
                                                                               : Lane::Frontstage;
    case OwnerKind::Unresolved:
      break;
  }
  return Lane::Frontstage;
}

std::string owner_name(const Model& model, const Owner& owner) {
  switch (owner.kind) {
    case OwnerKind::Customer:
      return "customer";
    case OwnerKind::Department:
      return model.departments[owner.party].id;
    case OwnerKind::Role:
      return model.departments[owner.party].id + "." +
             model.departments[owner.party].roles[owner.role].id;
    case OwnerKind::Partner:
      return model.partners[owner.party].id;
    case OwnerKind::Unresolved:
      break;
  }
  return "";
}

std::string owner_display_name(const Model& model, const Owner& owner) {
  switch (owner.kind) {
    case OwnerKind::Customer:
      return "Customer";
    case OwnerKind::Department: {
      const auto& d = model.departments[owner.party];
      return d.name.empty() ? d.id : d.name;
    }
    case OwnerKind::Role: {
      const auto& d = model.departments[owner.party];
      const auto& r = d.roles[owner.role];
      return (d.name.empty() ? d.id : d.name) + ": " + (r.name.empty() ? r.id : r.name);
    }
    case OwnerKind::Partner: {
      const auto& p = model.partners[owner.party];
      return p.name.empty() ? p.id : p.name;
    }
    case OwnerKind::Unresolved:
      break;
  }
  return "";
}

}  // namespace chainmap

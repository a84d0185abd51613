// `opportunities` (SPEC section 2, "Opportunity", v1.1): what the team has taken on to fix
// pain points, the steps it addresses, who owns it and how far it has got.
#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {
namespace {

std::optional<OpportunityStatus> parse_status(std::string_view text) {
  if (text == "idea") return OpportunityStatus::Idea;
  if (text == "proposed") return OpportunityStatus::Proposed;
  if (text == "planned") return OpportunityStatus::Planned;
  if (text == "in-progress") return OpportunityStatus::InProgress;
  if (text == "done") return OpportunityStatus::Done;
  return std::nullopt;
}

}  // namespace

void read_opportunities(const Context& cx, const yaml::Node& section) {
  Model& m = cx.model;
  for_each_entry(cx, section, "opportunities", "model",
                 [&](const std::string& id, const yaml::Node& key, const yaml::Node& value) {
    const std::string target = "opportunity:" + id;
    if (!check_id(cx, key, "an opportunity", target)) return;
    auto existing = m.opportunity_index.find(id);
    Loc first =
        existing != m.opportunity_index.end() ? m.opportunities[existing->second].loc : Loc{};
    if (!declare(cx, m.opportunity_index, id, static_cast<std::int32_t>(m.opportunities.size()),
                 key.loc, first, "opportunity", target))
      return;
    Fields f(cx, value, {"name", "addresses", "owner", "status", "kpi"},
             fmt::format("opportunity '{}'", id), target);
    Opportunity o;
    o.id = id;
    o.loc = key.loc;
    o.name = read_text(f, "name").value_or("");
    if (const yaml::Node* addresses = f.get("addresses")) {
      o.addresses_loc = addresses->loc;
      if (!addresses->is_sequence()) {
        cx.report(rules::model_type, target, addresses->loc,
                  fmt::format("'addresses' of opportunity '{}' must be a list of steps as "
                              "<journey-id>/<step-id> (e.g. [order/pay]), not {}",
                              id, yaml::describe(*addresses)));
      } else {
        for (const auto& item : addresses->items) {
          if (item.is_scalar()) {
            o.addresses.push_back(StepRef{Text{item.text, item.loc}});
            continue;
          }
          cx.report(rules::model_type, target, item.loc,
                    fmt::format("items of 'addresses' of opportunity '{}' must be steps as "
                                "<journey-id>/<step-id>, not {}",
                                id, yaml::describe(item)));
        }
      }
    }
    if (const yaml::Node* owner = f.get("owner")) {
      // `owner: ""` names nobody, like no owner (experience/opportunity-without-owner).
      if (!owner->is_scalar() || !owner->text.empty()) {
        o.owner = read_owner(f, "owner");
        o.owner_malformed = !o.owner;
      }
    }
    if (const yaml::Node* status = f.get("status")) {
      o.status_loc = status->loc;
      auto text = read_enum(f, "status", {"idea", "proposed", "planned", "in-progress", "done"});
      if (text)
        o.status = *parse_status(*text);
      else
        o.status_malformed = true;
    }
    if (const yaml::Node* kpi = f.get("kpi")) {
      if (kpi->is_scalar()) {
        o.kpi = Ref{kpi->text, kpi->loc, -1};
      } else {
        cx.report(rules::model_type, target, kpi->loc,
                  fmt::format("'kpi' of opportunity '{}' must be one KPI id, not {}", id,
                              yaml::describe(*kpi)));
        o.kpi = Ref{{}, kpi->loc, -1, true};
      }
    }
    m.opportunities.push_back(std::move(o));
  });
}

}  // namespace chainmap::load

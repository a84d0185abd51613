// `opportunities` (SPEC section 2, "Opportunity", v1.1): what the team has taken on to fix
// pain points, the steps it addresses, who owns it and how far it has got.
#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {
namespace {

void read_addresses(const Fields& f, const yaml::Node& addresses, Opportunity& o) {
  o.addresses_loc = addresses.loc;
  if (!addresses.is_sequence()) {
    f.cx().report(rules::model_type, f.target(), addresses.loc,
                  fmt::format("'addresses' of {} must be a list of steps as "
                              "<journey-id>/<step-id> (e.g. [order/pay]), not {}",
                              f.what(), yaml::describe(addresses)));
    return;
  }
  for (const auto& item : addresses.items) {
    if (item.is_scalar()) {
      o.addresses.push_back(StepRef{Text{item.text, item.loc}});
      continue;
    }
    f.cx().report(rules::model_type, f.target(), item.loc,
                  fmt::format("items of 'addresses' of {} must be steps as "
                              "<journey-id>/<step-id>, not {}",
                              f.what(), yaml::describe(item)));
  }
}

void read_opportunity(Opportunity& o, const Fields& f) {
  o.name = read_text(f, "name").value_or("");
  if (const yaml::Node* addresses = f.get("addresses")) read_addresses(f, *addresses, o);
  if (const yaml::Node* owner = f.get("owner")) {
    // `owner: ""` names nobody, like no owner (experience/opportunity-without-owner).
    if (!owner->is_scalar() || !owner->text.empty()) {
      o.owner = read_owner(f, "owner");
      o.owner_malformed = !o.owner;
    }
  }
  if (const yaml::Node* status = f.get("status")) {
    o.status_loc = status->loc;
    auto value =
        read_enum(f, "status",
                  {OpportunityStatus::Idea, OpportunityStatus::Proposed, OpportunityStatus::Planned,
                   OpportunityStatus::InProgress, OpportunityStatus::Done});
    o.status = value.value_or(OpportunityStatus::Idea);
    o.status_malformed = !value;
  }
  if (const yaml::Node* kpi = f.get("kpi")) {
    if (kpi->is_scalar()) {
      o.kpi = Ref{kpi->text, kpi->loc, -1};
    } else {
      f.cx().report(
          rules::model_type, f.target(), kpi->loc,
          fmt::format("'kpi' of {} must be one KPI id, not {}", f.what(), yaml::describe(*kpi)));
      o.kpi = Ref{{}, kpi->loc, -1, true};
    }
  }
}

}  // namespace

void read_opportunities(const Context& cx, const yaml::Node& section) {
  read_entities(cx, section, {"opportunities", "opportunity", "opportunity", "an"},
                {"name", "addresses", "owner", "status", "kpi"}, cx.model.opportunities,
                cx.model.opportunity_index, read_opportunity);
}

}  // namespace chainmap::load

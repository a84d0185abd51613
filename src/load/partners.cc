#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {
namespace {

Sla read_sla(const Context& cx, const std::string& partner, const std::string& id,
             const yaml::Node& key, const yaml::Node& value) {
  const std::string target = fmt::format("sla:{}/{}", partner, id);
  Fields f(cx, value, {"target", "measure", "monitored-by"},
           fmt::format("SLA '{}/{}'", partner, id), target);
  Sla sla;
  sla.id = id;
  sla.loc = key.loc;
  if (const yaml::Node* t = f.require(
          "target", key.loc,
          "(a duration such as 48h, or text with a number such as '99% within 2 days')")) {
    sla.target = read_located_text(f, "target");
    if (t->is_scalar()) {
      sla.target_duration = parse_duration(t->text);
      if (!sla.target_duration && t->text.find_first_of("0123456789") == std::string::npos)
        cx.report(rules::model_invalid_value, target, t->loc,
                  fmt::format("invalid target '{}' for SLA '{}/{}': expected a duration such as "
                              "48h, or text containing a number",
                              t->text, partner, id));
    }
  }
  sla.measure = read_located_text(f, "measure");
  sla.monitored_by = read_owner(f, "monitored-by");
  sla.monitored_by_malformed = !sla.monitored_by && f.get("monitored-by");
  return sla;
}

void read_partner(Partner& p, const Fields& f) {
  p.name = read_text(f, "name").value_or("");
  if (f.require("agreement", p.loc, "(formal or informal)")) {
    p.agreement = read_enum(f, "agreement", {Agreement::Formal, Agreement::Informal})
                      .value_or(Agreement::Unknown);
  }
  p.contract = read_located_text(f, "contract");
  p.documented_in = read_located_text(f, "documented-in");
  p.channels = read_text_list(f, "channels");
  p.feedback = read_located_text(f, "feedback");
  p.review = read_located_text(f, "review");
  const auto dpa = read_bool(f, "dpa");
  p.dpa = dpa.value_or(false);
  p.dpa_malformed = !dpa && f.get("dpa");
  p.contact = read_located_text(f, "contact");
  if (const yaml::Node* slas = f.get("sla")) {
    for_each_entry(f.cx(), *slas, "sla", f.target(),
                   [&](const std::string& sid, const yaml::Node& skey, const yaml::Node& svalue) {
                     if (!check_id(f.cx(), skey, "an SLA", fmt::format("sla:{}/{}", p.id, sid)))
                       return;
                     p.sla_index.emplace(sid, static_cast<std::int32_t>(p.slas.size()));
                     p.slas.push_back(read_sla(f.cx(), p.id, sid, skey, svalue));
                   });
    p.sla_malformed = p.slas.empty() && !(slas->is_mapping() && slas->entries() == 0);
  }
}

}  // namespace

void read_partners(const Context& cx, const yaml::Node& section) {
  read_entities(cx, section, {"partners", "partner", "partner", "a", true},
                {"name", "agreement", "contract", "documented-in", "channels", "feedback", "review",
                 "dpa", "contact", "sla"},
                cx.model.partners, cx.model.partner_index, read_partner);
}

}  // namespace chainmap::load

#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {

void read_waivers(const Context& cx, const yaml::Node& section) {
  Model& m = cx.model;
  if (section.is_null()) return;
  if (!section.is_sequence()) {
    cx.report(rules::model_type, "model", section.loc,
              fmt::format("'waivers' must be a list of waivers, not {}", yaml::describe(section)));
    return;
  }
  for (const auto& item : section.items) {
    Waiver w;
    w.number = m.waivers.size() + 1;
    w.loc = item.loc;
    const std::string target = fmt::format("waiver:{}", w.number);
    Fields f(cx, item, {"rule", "target", "reason", "expires"}, fmt::format("waiver {}", w.number),
             target);
    if (f.is_mapping()) {
      bool complete = true;
      // SPEC section 3: a blank string counts as absent (a waiver must say why).
      auto required = [&](std::string_view field, std::string_view hint) -> Text {
        if (!f.require(field, item.loc, fmt::format("({})", hint))) return {};
        Text text = read_located_text(f, field);
        if (!text.malformed && text.value.find_first_not_of(" \t") == std::string::npos) {
          cx.report(rules::model_missing_field, target, text.loc,
                    fmt::format("the '{}' of waiver {} is empty; write {}", field, w.number, hint));
          return {};
        }
        return text;
      };
      w.rule = required("rule", "the rule id to silence");
      w.target = required("target", "what to silence it on, e.g. step:journey/step");
      w.reason = required("reason", "why the finding is accepted");
      complete = w.rule.present() && w.target.present() && w.reason.present();
      if (const yaml::Node* expires = f.get("expires")) {
        w.expires_loc = expires->loc;
        std::string error;
        if (expires->is_scalar()) w.expires = parse_date(expires->text, &error);
        if (!w.expires) {
          complete = false;
          cx.report(rules::model_invalid_value, target, expires->loc,
                    expires->is_scalar()
                        ? fmt::format("invalid expiry date '{}' for waiver {}: {}", expires->text,
                                      w.number, error)
                        : fmt::format("'expires' of waiver {} must be a date (YYYY-MM-DD), not {}",
                                      w.number, yaml::describe(*expires)));
        }
      }
      w.complete = complete;
    }
    m.waivers.push_back(std::move(w));
  }
}

}  // namespace chainmap::load

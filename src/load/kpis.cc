#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {

void read_kpis(const Context& cx, const yaml::Node& section) {
  Model& m = cx.model;
  for_each_entry(cx, section, "kpis", "model",
                 [&](const std::string& id, const yaml::Node& key, const yaml::Node& value) {
    const std::string target = "kpi:" + id;
    if (!check_id(cx, key, "a KPI", target)) return;
    auto existing = m.kpi_index.find(id);
    Loc first = existing != m.kpi_index.end() ? m.kpis[existing->second].loc : Loc{};
    if (!declare(cx, m.kpi_index, id, static_cast<std::int32_t>(m.kpis.size()), key.loc, first,
                 "KPI", target))
      return;
    Fields f(cx, value, {"of", "target", "measure", "owner", "review"},
             fmt::format("KPI '{}'", id), target);
    Kpi k;
    k.id = id;
    k.loc = key.loc;
    k.of = read_located_text(f, "of");
    k.target = read_located_text(f, "target");
    k.measure = read_located_text(f, "measure");
    k.owner = read_owner(f, "owner");
    k.owner_malformed = !k.owner && f.get("owner");
    k.review = read_located_text(f, "review");
    m.kpis.push_back(std::move(k));
  });
}

}  // namespace chainmap::load

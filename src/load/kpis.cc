#include <fmt/format.h>

#include "load/sections.h"

namespace chainmap::load {
namespace {

void read_kpi(Kpi& k, const Fields& f) {
  k.of = read_located_text(f, "of");
  k.target = read_located_text(f, "target");
  k.measure = read_located_text(f, "measure");
  k.owner = read_owner(f, "owner");
  k.owner_malformed = !k.owner && f.get("owner");
  k.review = read_located_text(f, "review");
}

}  // namespace

void read_kpis(const Context& cx, const yaml::Node& section) {
  read_entities(cx, section, {"kpis", "kpi", "KPI", "a"},
                {"of", "target", "measure", "owner", "review"}, cx.model.kpis, cx.model.kpi_index,
                read_kpi);
}

}  // namespace chainmap::load

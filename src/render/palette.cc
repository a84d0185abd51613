#include "render/palette.h"

#include <algorithm>

namespace chainmap::views {
namespace {

// Light fills that keep black text readable and stay distinct when printed.
constexpr const char* kPalette[] = {
    "#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#8dd3c7", "#fb9a99",
    "#bebada", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9",
    "#ccebc5", "#ffed6f", "#e5c494", "#b3cde3",
};
constexpr std::size_t kPaletteSize = sizeof kPalette / sizeof kPalette[0];

}  // namespace
Palette::Palette(const Model& model) {
  struct Party {
    std::string id;
    bool partner;
    std::int32_t index;
  };
  std::vector<Party> parties;
  for (std::size_t i = 0; i < model.departments.size(); ++i)
    parties.push_back({model.departments[i].id, false, static_cast<std::int32_t>(i)});
  for (std::size_t i = 0; i < model.partners.size(); ++i)
    parties.push_back({model.partners[i].id, true, static_cast<std::int32_t>(i)});
  std::sort(parties.begin(), parties.end(), [](const Party& a, const Party& b) {
    return a.id != b.id ? a.id < b.id : a.partner < b.partner;
  });
  departments_.resize(model.departments.size());
  partners_.resize(model.partners.size());
  for (std::size_t i = 0; i < parties.size(); ++i) {
    auto& slot = parties[i].partner ? partners_[parties[i].index] : departments_[parties[i].index];
    slot = kPalette[i % kPaletteSize];
  }
}

std::string Palette::fill_department(std::int32_t index) const { return departments_.at(index); }
std::string Palette::fill_partner(std::int32_t index) const { return partners_.at(index); }

std::string Palette::fill(const Owner& owner) const {
  switch (owner.kind) {
    case OwnerKind::Customer: return kCustomerColour;
    case OwnerKind::Department:
    case OwnerKind::Role: return fill_department(owner.party);
    case OwnerKind::Partner: return fill_partner(owner.party);
    case OwnerKind::Unresolved: break;
  }
  return kUnknownColour;
}

}  // namespace chainmap::views

#include "render/palette.h"

#include <algorithm>

namespace chainmap::views {
namespace {

// Light fills that keep black text readable, chosen to tell owners apart (issue 16): from the
// sRGB colours of CIELAB lightness 78-92 and chroma 12-42, each is the one farthest (CIEDE2000)
// from the customer's yellow, the unknown owner's grey, white and every colour before it. So
// any two of the first n differ by at least the n-th step of that search, and any two of all
// 16 and the customer's colour by at least 10.3 (kMinOwnerDistance; the old ColorBrewer
// pastels had pairs at 3.4 and 6.7). bench/label_collisions.py measures it in every picture.
constexpr const char* kPalette[] = {
    "#f8a8e0", "#80e8f8", "#f8b098", "#b0c0f8", "#88d8a8", "#f0e0f8", "#c0c8b0", "#f8e0d0",
    "#f0c080", "#a8c8d8", "#e8b8c0", "#c8f0e0", "#c0d080", "#80f8e8", "#d0b8e8", "#d0c0a0",
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
    case OwnerKind::Customer:
      return kCustomerColour;
    case OwnerKind::Department:
    case OwnerKind::Role:
      return fill_department(owner.party);
    case OwnerKind::Partner:
      return fill_partner(owner.party);
    case OwnerKind::Unresolved:
      break;
  }
  return kUnknownColour;
}

}  // namespace chainmap::views

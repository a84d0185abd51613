#pragma once
// Owner colours: the same owner has the same fill in every view of a model.
#include <cstdint>
#include <string>
#include <vector>

#include "chainmap/model.h"

namespace chainmap::views {

inline constexpr const char* kCustomerColour = "#fff2b3";
inline constexpr const char* kUnknownColour = "#e0e0e0";

// Fill colours keyed by party: departments and partners sorted by id take palette colours in
// turn, so an owner has the same colour in every view of a model and two owners of one model
// share a colour only beyond the palette's size. Roles take their department's colour.
class Palette {
 public:
  explicit Palette(const Model& model);
  std::string fill(const Owner& owner) const;
  std::string fill_department(std::int32_t index) const;
  std::string fill_partner(std::int32_t index) const;

 private:
  std::vector<std::string> departments_, partners_;
};

}  // namespace chainmap::views

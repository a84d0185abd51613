#include "util/json.h"

#include <cmath>

namespace chainmap {

std::string json_text(const Json& document) {
  return document.dump(2, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) + "\n";
}

Json& JsonWriter::slot() {
  if (open_.empty()) return root_;
  Json& container = *open_.back();
  if (container.is_array()) {
    container.push_back(nullptr);
    return container.back();
  }
  return container[key_];
}

// Only the innermost open container grows, so the pointers to the outer ones stay valid.
JsonWriter& JsonWriter::open(Json container) {
  Json& s = slot();
  s = std::move(container);
  open_.push_back(&s);
  return *this;
}

JsonWriter& JsonWriter::begin_object() { return open(Json::object()); }
JsonWriter& JsonWriter::begin_array() { return open(Json::array()); }

JsonWriter& JsonWriter::end_object() {
  open_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  open_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  key_ = name;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  slot() = std::string(text);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
  slot() = number;
  return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
  slot() = number;
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  // Below 2^53 every integral double is exact as an integer.
  if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) < 9.0e15)
    slot() = static_cast<std::int64_t>(number);
  else
    slot() = number;
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  slot() = flag;
  return *this;
}

JsonWriter& JsonWriter::null() {
  slot() = nullptr;
  return *this;
}

}  // namespace chainmap

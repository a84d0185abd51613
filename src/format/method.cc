#include "chainmap/formats.h"

#include <algorithm>
#include <cctype>

namespace chainmap {

bool same_method(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

bool is_unrecorded_method(std::string_view method) {
  return same_method(method, "phone") || same_method(method, "chat") ||
         same_method(method, "verbal");
}

}  // namespace chainmap

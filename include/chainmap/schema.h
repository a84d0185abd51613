#pragma once
// The JSON Schema of the model format (SPEC section 2), as shipped in
// schemas/chainmap.schema.json; compiled in, so `chainmap schema` reads no file.
#include <string_view>

namespace chainmap {

std::string_view json_schema();

}  // namespace chainmap

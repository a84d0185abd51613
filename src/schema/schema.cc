#include "chainmap/schema.h"

#include "embedded/embedded.h"

namespace chainmap {

std::string_view json_schema() { return embedded::schema_json; }

}  // namespace chainmap

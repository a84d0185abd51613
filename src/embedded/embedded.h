#pragma once
// Files compiled into the library at build time (cmake/Embed.cmake, called in CMakeLists.txt).
#include <string_view>

namespace chainmap::embedded {

extern const std::string_view schema_json;            // schemas/chainmap.schema.json
extern const std::string_view starter_chainmap_yaml;  // src/init/starter/chainmap.yaml
extern const std::string_view starter_journeys_yaml;  // src/init/starter/journeys.yaml

}  // namespace chainmap::embedded

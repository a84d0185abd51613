#include "yaml/node.h"

namespace chainmap::yaml {

std::string_view describe(const Node& node) {
  switch (node.kind) {
    case Kind::Null:
      return "nothing";
    case Kind::Scalar:
      return "a single value";
    case Kind::Sequence:
      return "a list";
    case Kind::Mapping:
      return "a mapping";
  }
  return "a value";
}

}  // namespace chainmap::yaml

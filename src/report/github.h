#pragma once
// Escaping of GitHub Actions workflow commands (`::error file=F,line=L::message`), exposed for
// its unit test.
#include <string>
#include <string_view>

namespace chainmap::report {

// The message after `::`: % CR LF become %25 %0D %0A.
std::string github_escape_data(std::string_view text);
// A property value (file=, title=): additionally : and , become %3A and %2C.
std::string github_escape_property(std::string_view text);

}  // namespace chainmap::report

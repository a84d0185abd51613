#pragma once
// Output formats of the responsibility matrix (chainmap matrix --format ...).
#include <string>

#include "analyze/matrix.h"

namespace chainmap {

std::string format_matrix_text(const Model& model, const Matrix& matrix);
std::string format_matrix_csv(const Model& model, const Matrix& matrix);
std::string format_matrix_markdown(const Model& model, const Matrix& matrix);
std::string format_matrix_html(const Model& model, const Matrix& matrix);
// The matrix as an HTML <table> (the page above, and the HTML report, embed it).
std::string format_matrix_html_table(const Model& model, const Matrix& matrix);

}  // namespace chainmap

#pragma once
// Output formats of the responsibility matrix (chainmap matrix --format ...).
#include <string>

#include "chainmap/matrix.h"

namespace chainmap {

std::string format_matrix_text(const Model& model, const Matrix& matrix);
std::string format_matrix_csv(const Model& model, const Matrix& matrix);
std::string format_matrix_markdown(const Model& model, const Matrix& matrix);
std::string format_matrix_html(const Model& model, const Matrix& matrix);
// The matrix as an HTML <table> (the page above, and the HTML report, embed it).
std::string format_matrix_html_table(const Model& model, const Matrix& matrix);

// The touchpoint matrix (chainmap matrix --of touchpoints), in the same four shapes.
std::string format_touchpoint_matrix_text(const Model& model, const TouchpointMatrix& matrix);
std::string format_touchpoint_matrix_csv(const Model& model, const TouchpointMatrix& matrix);
std::string format_touchpoint_matrix_markdown(const Model& model, const TouchpointMatrix& matrix);
std::string format_touchpoint_matrix_html(const Model& model, const TouchpointMatrix& matrix);
// Its HTML <table class="touchpoints"> alone, for a page that holds more (the HTML report).
// Classes: tr.problem (unused or ownerless touchpoint), tr.unmapped (the "(no touchpoint)" row),
// td.steps (a journey cell), td.check; a journey's header cell carries its name as a tooltip.
std::string touchpoint_matrix_html_table(const Model& model, const TouchpointMatrix& matrix);
// One line: how many touchpoints, unused, without an owner, frontstage steps naming none.
std::string touchpoint_matrix_summary(const Model& model, const TouchpointMatrix& matrix);

}  // namespace chainmap

#pragma once
// The parts of the HTML report (format_html, SPEC section 6), one job per file:
//   html.cc           the page: head, summary and verdict, contents, the sections in order
//   html_style.cc     the stylesheet (screen and print) and the severity icons
//   html_findings.cc  findings grouped by journey and rule, with excerpts and explanations
//   html_views.cc     which journeys are drawn (the cap), and their views with findings marked
//   html_svg.cc       Graphviz's SVG made fit to sit inline in the page
//   html_tables.cc    RACI matrix, partners, KPIs, opportunities
//   touchpoint_table.cc  the touchpoint matrix
// Every text from the model or a finding goes through html_escape (util/escape.h).
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "chainmap/graph.h"
#include "chainmap/model.h"
#include "chainmap/report.h"

namespace chainmap::html {

// ---- anchors and small pieces (html.cc) ----

// An id attribute made of `prefix` and a model id: letters, digits and '-' as they are, every
// other byte as `_XX`, so any id (even an invalid one from a broken model) gives a valid,
// distinct anchor.
std::string anchor(std::string_view prefix, std::string_view id);
// The prefix of a model's anchors: "" for the first, "m2-", "m3-" ... for the others.
std::string model_prefix(std::size_t model);
// The severity as a shape and a word (colour is never the only sign): an icon from the
// page's symbols (html_style.cc) and "error" / "warning" / "note".
std::string severity_badge(Severity severity);
// "2 errors, 1 warning" (only the non-zero counts; "no findings" when all are zero).
std::string counts_text(const Summary& counts);
// Journey name, or its id.
std::string journey_title(const Journey& journey);

// ---- the stylesheet (html_style.cc) ----

std::string_view stylesheet();
// An inline SVG holding the severity icons as symbols, referenced by severity_badge.
std::string_view icon_symbols();

// ---- findings (html_findings.cc) ----

// Findings of one rule in one group, in report order (file, line, column).
struct RuleGroup {
  std::string rule;
  std::vector<std::size_t> findings;  // indexes into Report::diagnostics
};
// The findings about one journey of one model, or about the rest of a model (journey -1 and an
// empty id: "model-wide"). A finding whose target names a journey the model does not have is
// grouped under that id (journey -1, id set).
struct JourneyGroup {
  std::size_t model = 0;
  std::int32_t journey = -1;
  std::string id;
  std::vector<RuleGroup> rules;  // worst severity first, then by rule id
  Summary counts;
  Severity worst = Severity::Off;
  std::string anchor;  // of the group's heading in the findings section
};
struct FindingIndex {
  std::vector<JourneyGroup> groups;   // the order of the findings section
  std::vector<std::size_t> number;    // per diagnostic: its number in the report, from 1
  std::vector<std::size_t> model_of;  // per diagnostic: the model it belongs to
  // group_of[model][journey]: index into `groups`, or -1 when the journey has no findings.
  std::vector<std::vector<std::int32_t>> group_of;
};
// Groups the findings: model-wide first, then each journey in model order, then findings about
// journeys the model does not have; numbers them in that order. A finding belongs to the
// first model that read its file.
FindingIndex index_findings(const Report& report, const HtmlOptions& options);
// The journey a target names: `journey:J`, `stage:J/..`, `step:J/..`, `handover:J/..`; "" for
// the others.
std::string_view target_journey(std::string_view target);
// Anchor of finding number n: "f-12".
std::string finding_anchor(std::size_t number);
// The findings section (after its heading).
std::string findings_section(
    const Report& report, const HtmlOptions& options, const FindingIndex& index,
    const std::function<bool(std::size_t model, std::int32_t journey)>& drawn);
// "path:line:col" (or "path", or "chainmap" for a finding with no file), escaped.
std::string where(const Report& report, const Loc& loc);
// The section of a rule page in HTML: paragraphs, `code`, fenced blocks.
std::string doc_html(std::string_view markdown);

// ---- views (html_views.cc, html_svg.cc) ----

struct DrawnJourney {
  std::size_t model = 0;
  std::int32_t journey = -1;
};
// The journeys to draw: those with findings first (errors, then warnings, then notes), then the
// others, each in model order; at most options.max_drawn. Returned in model order.
std::vector<DrawnJourney> journeys_to_draw(const HtmlOptions& options, const FindingIndex& index);
// One journey's section: facts, its views as inline SVG with the findings marked and linked,
// and the list of the marked findings.
std::string journey_section(const Report& report, const HtmlOptions& options,
                            const FindingIndex& index, const DrawnJourney& drawn,
                            std::size_t& picture_counter);

// Graphviz's SVG document as an element to put inline into HTML: the XML prolog, comments and
// <title>s dropped, every id given `id_prefix` (one page holds many pictures), `label` as its
// accessible name, and each tooltip link (<a xlink:title>) whose text `link` recognises given
// that href. Characters HTML rejects are replaced.
std::string inline_svg(std::string_view svg, std::string_view id_prefix, std::string_view label,
                       const std::function<std::string(std::string_view tooltip)>& link);

// ---- tables (html_tables.cc) ----

// A text field, or "none" (marked as missing: in words, not only in colour).
std::string text_or_none(const Text& text);
// "Name <code>id</code>", or only the id when there is no name.
std::string name_and_id(std::string_view name, std::string_view id);
// An owner reference: its human name and the reference as written; an unknown one as written,
// marked unknown; "none" when absent, "unreadable" when written with the wrong type.
std::string owner_html(const Model& model, const std::optional<OwnerRef>& ref, bool malformed);
// The RACI matrix (analyze/matrix): the rows of `journeys` only, unless `all`.
std::string raci_section(const Model& model, const std::vector<std::int32_t>& journeys, bool all);
std::string partners_section(const Model& model);
std::string kpis_section(const Model& model,
                         const std::function<std::string(std::int32_t journey)>& journey_link);
std::string opportunities_section(
    const Model& model, const std::function<std::string(std::int32_t journey)>& journey_link);

}  // namespace chainmap::html

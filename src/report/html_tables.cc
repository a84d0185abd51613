// The tables of the HTML report: the RACI matrix (analyze/matrix, as `chainmap matrix --format
// html` draws it), the partners, the KPIs and the opportunities by status. What is missing is
// written out ("none"), not only greyed: colour never carries the meaning alone.
#include <fmt/format.h>

#include "chainmap/matrix.h"
#include "chainmap/matrix_report.h"
#include "report/html.h"
#include "util/escape.h"

namespace chainmap::html {
namespace {

const std::string kNone = "<span class=\"missing\">none</span>";

std::string agreement(const Partner& p) {
  switch (p.agreement) {
    case Agreement::Formal:
      return "formal" +
             (p.contract.present() ? ", contract " + html_escape(p.contract.value) : std::string());
    case Agreement::Informal:
      return "informal, " + (p.documented_in.present()
                                 ? "documented in " + html_escape(p.documented_in.value)
                                 : "<span class=\"missing\">not documented</span>");
    case Agreement::Unknown:
      break;
  }
  return "<span class=\"missing\">unknown</span>";
}

std::string slas(const Model& model, const Partner& p) {
  if (p.slas.empty()) return kNone;
  std::string out = "<ul class=\"plain\">";
  for (const Sla& s : p.slas) {
    out += "<li><code>" + html_escape(s.id) + "</code>: " + text_or_none(s.target);
    if (s.measure.present()) out += " (" + html_escape(s.measure.value) + ")";
    out +=
        "; monitored by " + owner_html(model, s.monitored_by, s.monitored_by_malformed) + "</li>";
  }
  return out + "</ul>";
}

}  // namespace

std::string text_or_none(const Text& text) {
  return text.present() ? html_escape(text.value) : kNone;
}

std::string name_and_id(std::string_view name, std::string_view id) {
  if (name.empty() || name == id) return "<code>" + html_escape(id) + "</code>";
  return html_escape(name) + " <code>" + html_escape(id) + "</code>";
}

std::string owner_html(const Model& model, const std::optional<OwnerRef>& ref, bool malformed) {
  if (!ref) return malformed ? "<span class=\"missing\">unreadable</span>" : kNone;
  if (ref->owner.kind == OwnerKind::Unresolved)
    return "<code>" + html_escape(ref->text) + "</code> <span class=\"missing\">(unknown)</span>";
  return name_and_id(owner_display_name(model, ref->owner), ref->text);
}

std::string raci_section(const Model& model, const std::vector<std::int32_t>& journeys, bool all) {
  Matrix matrix = build_matrix(model);
  if (!all)
    std::erase_if(matrix.rows, [&](const MatrixRow& row) {
      return std::find(journeys.begin(), journeys.end(), row.journey) == journeys.end();
    });
  std::string out =
      "<p class=\"legend\">A accountable (the step's owner), R responsible, C consulted, I "
      "informed. The last column "
      "says “no A” for a step without an owner and “2 A” for one with several; the foot row marks "
      "with “--” the "
      "columns that hold no A or R (no work).</p>\n";
  if (!all)
    out += fmt::format(
        "<p class=\"note\">Note: the rows of the {} journeys drawn above only; <code>chainmap "
        "matrix "
        "--format html</code> gives all {}.</p>\n",
        journeys.size(), model.journeys.size());
  if (matrix.rows.empty()) return out + "<p>No steps.</p>\n";
  return out + "<div class=\"wide raci\">\n" + format_matrix_html_table(model, matrix) + "</div>\n";
}

std::string partners_section(const Model& model) {
  if (model.partners.empty()) return "<p>The model has no partners.</p>\n";
  std::string out =
      "<div class=\"wide\">\n<table "
      "class=\"data\">\n<thead><tr><th>Partner</th><th>Agreement</th><th>SLAs</th>"
      "<th>Data-processing agreement</th><th>Review</th><th>Feedback</th></tr></thead>\n<tbody>\n";
  for (const Partner& p : model.partners) {
    out += "<tr><td>" + name_and_id(p.name, p.id) + "</td><td>" + agreement(p) + "</td><td>" +
           slas(model, p) + "</td><td>" +
           (p.dpa             ? std::string("yes")
            : p.dpa_malformed ? "<span class=\"missing\">unreadable</span>"
                              : std::string("<span class=\"missing\">no</span>")) +
           "</td><td>" + text_or_none(p.review) + "</td><td>" + text_or_none(p.feedback) +
           "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

std::string kpis_section(const Model& model,
                         const std::function<std::string(std::int32_t journey)>& journey_link) {
  if (model.kpis.empty()) return "<p>The model has no KPIs.</p>\n";
  std::string out =
      "<div class=\"wide\">\n<table "
      "class=\"data\">\n<thead><tr><th>KPI</th><th>Of</th><th>Target</th><th>Measure</th>"
      "<th>Owner</th><th>Review</th></tr></thead>\n<tbody>\n";
  for (const Kpi& k : model.kpis) {
    std::string of = kNone;
    if (k.of_journey >= 0)
      of = "journey " + journey_link(k.of_journey);
    else if (k.of_owner.kind != OwnerKind::Unresolved)
      of = name_and_id(owner_display_name(model, k.of_owner), k.of.value);
    else if (k.of.present())
      of = "<code>" + html_escape(k.of.value) + "</code> <span class=\"missing\">(unknown)</span>";
    out += "<tr><td><code>" + html_escape(k.id) + "</code></td><td>" + of + "</td><td>" +
           text_or_none(k.target) + "</td><td>" + text_or_none(k.measure) + "</td><td>" +
           owner_html(model, k.owner, k.owner_malformed) + "</td><td>" + text_or_none(k.review) +
           "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

std::string opportunities_section(
    const Model& model, const std::function<std::string(std::int32_t journey)>& journey_link) {
  if (model.opportunities.empty()) return "<p>The model has no opportunities.</p>\n";
  std::string out;
  for (OpportunityStatus status :
       {OpportunityStatus::Idea, OpportunityStatus::Proposed, OpportunityStatus::Planned,
        OpportunityStatus::InProgress, OpportunityStatus::Done}) {
    std::vector<const Opportunity*> these;
    for (const Opportunity& o : model.opportunities)
      if (o.status == status) these.push_back(&o);
    if (these.empty()) continue;
    constexpr std::string_view kTitles[] = {"Ideas", "Proposed", "Planned", "In progress", "Done"};
    out += fmt::format("<h3>{} <span class=\"muted\">({})</span></h3>\n",
                       kTitles[static_cast<std::size_t>(status)], these.size());
    out +=
        "<div class=\"wide\">\n<table "
        "class=\"data\">\n<thead><tr><th>Opportunity</th><th>Addresses</th>"
        "<th>Owner</th><th>KPI</th></tr></thead>\n<tbody>\n";
    for (const Opportunity* o : these) {
      std::string addresses;
      for (const StepRef& a : o->addresses) {
        addresses += "<li>";
        if (a.resolved()) {
          const Journey& j = model.journeys[a.journey];
          const Step& s = j.steps[a.step];
          addresses += journey_link(a.journey) + ": " + html_escape(s.name.empty() ? s.id : s.name);
          if (a.suggested)
            addresses += " <span class=\"missing\">(written <code>" + html_escape(a.text.value) +
                         "</code>)</span>";
        } else {
          addresses += "<code>" + html_escape(a.text.value) +
                       "</code> <span class=\"missing\">(unknown step)</span>";
        }
        addresses += "</li>";
      }
      out += "<tr><td>" + name_and_id(o->name, o->id) + "</td><td>" +
             (addresses.empty() ? kNone : "<ul class=\"plain\">" + addresses + "</ul>") +
             "</td><td>" + owner_html(model, o->owner, o->owner_malformed) + "</td><td>" +
             (o->kpi.id.empty() ? kNone : "<code>" + html_escape(o->kpi.id) + "</code>") +
             "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</div>\n";
  }
  return out;
}

}  // namespace chainmap::html

#include "render/overlay.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/labels.h"

namespace chainmap::views {
namespace {

constexpr std::size_t kMessageWidth = 90;  // characters a line of a message in the list

const char* severity_colour(Severity s) {
  return s == Severity::Error ? kErrorColour : kWarningColour;
}

// The last label of an edge or node that the overlay numbers: label or xlabel, else a head
// label (the journey view's loops).
Attr* label_of(Attrs& attrs) {
  for (const char* key : {"", "headlabel"})
    for (auto it = attrs.rbegin(); it != attrs.rend(); ++it)
      if (*key ? it->key == key : it->key == "label" || it->key == "xlabel") return &*it;
  return nullptr;
}

}  // namespace

Overlay::Overlay(const std::vector<Diagnostic>* findings) {
  if (!findings) return;
  enabled_ = true;
  for (const Diagnostic& d : *findings) {
    if (d.severity != Severity::Error && d.severity != Severity::Warning) continue;
    Entry& e = by_target_[d.target];
    e.worst = std::max(e.worst, d.severity);
    e.findings.push_back({d.severity, d.rule, d.message});
  }
}

std::string Overlay::colour(const std::string& target) const {
  auto it = by_target_.find(target);
  if (it == by_target_.end()) return "";
  return severity_colour(it->second.worst);
}

bool Overlay::has_rule(const std::string& target, std::string_view rule) const {
  auto it = by_target_.find(target);
  return it != by_target_.end() &&
         std::any_of(it->second.findings.begin(), it->second.findings.end(),
                     [&](const Finding& f) { return f.rule == rule; });
}

std::string Overlay::tooltip(const std::string& target) const {
  auto it = by_target_.find(target);
  if (it == by_target_.end()) return "";
  std::string out;
  for (const Finding& f : it->second.findings) {
    if (!out.empty()) out += '\n';
    out += fmt::format("{}: {} [{}]", to_string(f.severity), f.message, f.rule);
  }
  return out;
}

int Overlay::callout(const std::vector<std::string>& targets) const {
  Severity worst = Severity::Off;
  for (const auto& target : targets)
    if (auto it = by_target_.find(target); it != by_target_.end())
      worst = std::max(worst, it->second.worst);
  if (worst == Severity::Off) return 0;
  for (std::size_t i = 0; i < callouts_.size(); ++i)
    if (callouts_[i].targets == targets) return static_cast<int>(i + 1);
  callouts_.push_back({targets, worst});
  return static_cast<int>(callouts_.size());
}

std::string Overlay::key_and_list() const {
  if (!enabled_) return "";
  auto swatch = [](const char* colour, std::string_view what) {
    return fmt::format(
        "<TD BGCOLOR=\"{}\" STYLE=\"rounded\" WIDTH=\"14\"> </TD><TD ALIGN=\"LEFT\">{}</TD>",
        colour, what);
  };
  std::string out =
      "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
      "<TR><TD COLSPAN=\"4\" ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" "
      "CELLPADDING=\"1\"><TR><TD><FONT POINT-SIZE=\"12\"><B>Findings</B></FONT></TD>" +
      swatch(kErrorColour, "error") + swatch(kWarningColour, "warning") +
      "<TD ALIGN=\"LEFT\"><FONT COLOR=\"#555555\">  the border, line and numbered mark of what a "
      "finding is about (listed by number below); widths and fills keep their meaning</FONT>"
      "</TD></TR></TABLE></TD></TR>";
  if (callouts_.empty())
    out +=
        "<TR><TD COLSPAN=\"4\" ALIGN=\"LEFT\">No errors or warnings about what this picture "
        "shows.</TD></TR>";
  for (std::size_t i = 0; i < callouts_.size(); ++i) {
    // The findings of every target the element stands for, errors first, each once.
    std::vector<const Finding*> findings;
    for (Severity s : {Severity::Error, Severity::Warning})
      for (const auto& target : callouts_[i].targets)
        if (auto it = by_target_.find(target); it != by_target_.end())
          for (const Finding& f : it->second.findings)
            if (f.severity == s &&
                std::none_of(findings.begin(), findings.end(), [&](const Finding* g) {
                  return g->rule == f.rule && g->message == f.message;
                }))
              findings.push_back(&f);
    for (std::size_t k = 0; k < findings.size(); ++k) {
      const Finding& f = *findings[k];
      out += "<TR>";
      if (k == 0)
        out += fmt::format(
            "<TD ROWSPAN=\"{}\" VALIGN=\"TOP\" ALIGN=\"RIGHT\">{}</TD>", findings.size(),
            callout_badge(static_cast<int>(i + 1), severity_colour(callouts_[i].worst)));
      out += fmt::format(
          "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\"><FONT COLOR=\"{}\"><B>{}</B></FONT></TD>"
          "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\">{}</TD>"
          "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\">{}</TD></TR>",
          severity_colour(f.severity), to_string(f.severity), html_escape(f.rule),
          wrap_html(f.message, kMessageWidth));
    }
  }
  return out + "</TABLE>";
}

std::string callout_badge(int number, std::string_view colour) {
  // A table in a cell stretches to the cell's size unless it has a fixed size, which keeps the
  // badge small at the top left of a tall label. The size leaves room around the digits (10 pt
  // bold: about 7 x 12 points each): content larger than a fixed size aborts Graphviz 2.42.
  const int digits = static_cast<int>(fmt::format("{}", number).size());
  return fmt::format(
      "<TABLE FIXEDSIZE=\"TRUE\" WIDTH=\"{0}\" HEIGHT=\"18\" ALIGN=\"LEFT\" VALIGN=\"TOP\" "
      "BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD WIDTH=\"{0}\" HEIGHT=\"18\" "
      "BGCOLOR=\"{1}\" STYLE=\"rounded\"><FONT COLOR=\"white\" POINT-SIZE=\"10\"><B>{2}</B></FONT>"
      "</TD></TR></TABLE>",
      10 + 8 * digits, colour, number);
}

std::string with_callout(std::string_view html_label, int number, std::string_view colour) {
  return fmt::format(
      "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\"><TR>"
      "<TD VALIGN=\"TOP\">{}</TD><TD>{}</TD></TR></TABLE>",
      callout_badge(number, colour), html_label);
}

void add_overlay(Attrs& attrs, const Overlay& overlay, const std::vector<std::string>& targets,
                 bool node) {
  std::string colour, tip;
  for (const auto& target : targets) {
    std::string c = overlay.colour(target);
    if (c.empty()) continue;
    if (colour != kErrorColour) colour = c;
    // One tooltip line per finding; quote() keeps user text from forming Graphviz escapes,
    // so findings are separated by " | " rather than by \n.
    std::string t = overlay.tooltip(target);
    std::size_t pos = 0;
    while ((pos = t.find('\n', pos)) != std::string::npos) t.replace(pos, 1, " | ");
    tip += tip.empty() ? t : " | " + t;
  }
  if (colour.empty()) return;
  const int number = overlay.callout(targets);
  // The number goes first in the label (an HTML-like one: plain text is escaped into it).
  if (Attr* label = label_of(attrs)) {
    *label = html_attr(
        label->key,
        with_callout(label->html ? label->value : html_escape(label->value), number, colour));
  } else {
    attrs.push_back(html_attr("label", callout_badge(number, colour)));
  }
  // Later attributes win in DOT, so these override the view's own colour.
  attrs.push_back({"color", colour});
  if (node) {
    attrs.push_back({"penwidth", "3"});
  } else {
    attrs.push_back({"fontcolor", colour});
    const bool has_width =
        std::any_of(attrs.begin(), attrs.end(), [](const Attr& a) { return a.key == "penwidth"; });
    if (!has_width) attrs.push_back({"penwidth", "2"});
  }
  attrs.push_back({"tooltip", tip});
}

void open_findings_frame(DotWriter& dot, const Overlay& overlay) {
  if (!overlay.enabled()) return;
  // Only the label is set here: the clusters inside take on what is set before them.
  dot.open_cluster("findings", {{"label", ""}});
}

void close_findings_frame(DotWriter& dot, const Overlay& overlay) {
  if (!overlay.enabled()) return;
  dot.graph({html_attr("label", overlay.key_and_list()),
             {"labelloc", "b"},
             {"labeljust", "l"},
             {"fontsize", "10"},
             {"peripheries", "0"},
             {"bgcolor", "transparent"}});  // not white: the blueprint's lanes are behind it
  dot.close();
}

}  // namespace chainmap::views

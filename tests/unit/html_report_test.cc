// The HTML report's parts that goldens show less directly: rule page sections, escaping, the
// SVG made fit for inline use, the gate, the cap on drawn journeys, and determinism.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "chainmap/report.h"
#include "chainmap/rules.h"
#include "report/html.h"
#include "report/touchpoint_table.h"
#include "support.h"
#include "util/escape.h"

using namespace chainmap;

namespace {
std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE(
    "rule_doc_section: a section's text, without its heading; headings in code blocks do not "
    "count") {
  constexpr std::string_view doc =
      "## What it checks\nA thing.\n\n## Example\n```yaml\n## Why it matters\nnot a "
      "heading\n```\n\n"
      "## Why it matters\nBecause.\n\nTwo paragraphs.\n\n## How to fix\nFix it.\n";
  CHECK(rule_doc_section(doc, "What it checks") == "A thing.");
  CHECK(rule_doc_section(doc, "Why it matters") == "Because.\n\nTwo paragraphs.");
  CHECK(rule_doc_section(doc, "How to fix") == "Fix it.");
  CHECK(rule_doc_section(doc, "Options").empty());
  CHECK(rule_doc_section("", "How to fix").empty());
  // Every rule of the catalogue says why it matters and how to fix it.
  for (const Rule* r : catalogue()) {
    CAPTURE(r->id);
    CHECK(!rule_doc_section(r->doc, "Why it matters").empty());
    CHECK(!rule_doc_section(r->doc, "How to fix").empty());
  }
}

TEST_CASE("html_escape: markup escaped; what HTML rejects replaced; tabs and line breaks kept") {
  CHECK(html_escape("</script>&\"'") == "&lt;/script&gt;&amp;&quot;&#39;");
  CHECK(html_escape("a\x01"
                    "b\x1b[31m\x7f") ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD[31m\xEF\xBF\xBD");
  CHECK(html_escape("tab\there\nline\r") == "tab\there\nline\r");
  CHECK(html_escape("c1 \xC2\x85 nonchar \xEF\xBF\xBE \xEF\xB7\x90 ok \xC3\xA9 \xE2\x98\x85") ==
        "c1 \xEF\xBF\xBD nonchar \xEF\xBF\xBD \xEF\xBF\xBD ok \xC3\xA9 \xE2\x98\x85");
  CHECK(html_escape("bad \xE9 utf8") == "bad \xEF\xBF\xBD utf8");
  CHECK(html_clean("<a x=\"&amp;\">\x01</a>") == "<a x=\"&amp;\">\xEF\xBF\xBD</a>");
}

TEST_CASE("anchors: any id gives a valid, distinct anchor") {
  CHECK(html::anchor("journey-", "order-to-delivery") == "journey-order-to-delivery");
  CHECK(html::anchor("j-", "a b\"<") == "j-a_20b_22_3C");
  CHECK(html::anchor("j-", "a_b") != html::anchor("j-", "a/b"));
  CHECK(html::model_prefix(0).empty());
  CHECK(html::model_prefix(1) == "m2-");
  CHECK(html::target_journey("step:order/pick") == "order");
  CHECK(html::target_journey("handover:order/a->other/b") == "order");
  CHECK(html::target_journey("journey:order") == "order");
  CHECK(html::target_journey("role:sales.agent").empty());
  CHECK(html::target_journey("model").empty());
}

TEST_CASE("rule pages as HTML: paragraphs, code spans, code blocks") {
  CHECK(html::doc_html("Use `a<b>`\nand more.\n\nSecond.") ==
        "<p>Use <code>a&lt;b&gt;</code> and more.</p>\n<p>Second.</p>\n");
  CHECK(html::doc_html("An odd ` tick") == "<p>An odd ` tick</p>\n");
  CHECK(html::doc_html("Before:\n```yaml\nkey: <v>\n```\nAfter.") ==
        "<p>Before:</p>\n<pre>key: &lt;v&gt;\n</pre>\n<p>After.</p>\n");
}

TEST_CASE("inline SVG: no prolog, comments or titles; ids prefixed; tooltips linked") {
  const std::string svg =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\" \"y\">\n<!-- Generated -->\n"
      "<svg width=\"10pt\" height=\"5pt\" viewBox=\"0 0 10 5\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n"
      "<g id=\"graph0\" class=\"graph\">\n<title>journey</title>\n"
      "<g id=\"node1\" class=\"node\">\n<title>step:a</title>\n"
      "<g id=\"a_node1\"><a xlink:title=\"error: bad &#39;x&#39; &#45;&gt; y [r]\">\n"
      "<path fill=\"url(#l_1)\" d=\"M0,0\"/>\n</a>\n</g>\n</g>\n"
      "<g id=\"node2\" class=\"node\"><g id=\"a_node2\"><a "
      "xlink:title=\"start\"><ellipse/></a></g></g>\n"
      "</g>\n</svg>\n";
  std::string seen;
  const std::string out =
      html::inline_svg(svg, "p3-", "Journey map: <A&B>", [&](std::string_view tip) {
        seen += std::string(tip) + "|";
        return tip.find("bad 'x' -> y") != std::string_view::npos ? std::string("#f-7")
                                                                  : std::string();
      });
  CHECK(out.starts_with("<svg aria-label=\"Journey map: &lt;A&amp;B&gt;\" width=\"10pt\""));
  CHECK(out.ends_with("</svg>\n"));
  CHECK(out.find("<?xml") == std::string::npos);
  CHECK(out.find("<!") == std::string::npos);
  CHECK(out.find("<title>") == std::string::npos);
  CHECK(out.find("id=\"p3-graph0\"") != std::string::npos);
  CHECK(out.find("id=\"p3-a_node1\"") != std::string::npos);
  CHECK(out.find("url(#p3-l_1)") != std::string::npos);
  CHECK(out.find("<a href=\"#f-7\" xlink:title=\"error: bad") != std::string::npos);
  CHECK(out.find("<a xlink:title=\"start\">") != std::string::npos);  // nothing to link
  CHECK(seen == "error: bad 'x' -> y [r]|start|");
  CHECK(html::inline_svg("not a picture", "p-", "x", [](std::string_view) {
          return std::string();
        }).empty());
}

TEST_CASE("gate: the verdict and exit status of validate") {
  CHECK(gate({0, 5, 1}, {}).exit_status() == 0);
  CHECK(gate({1, 0, 0}, {}).exit_status() == 1);
  CHECK(gate({0, 5, 0}, {5, false}).exit_status() == 0);
  const Gate many = gate({0, 6, 0}, {5, false});
  CHECK(many.verdict == Verdict::Fail);
  CHECK(many.too_many_warnings);
  CHECK(!many.errors);
  CHECK(gate({0, 0, 0}, {std::nullopt, true}).verdict == Verdict::NotRun);
  CHECK(gate({3, 0, 0}, {std::nullopt, true}).exit_status() == 2);
}

namespace {
constexpr const char* kThree = R"(chainmap: 1
organisation: Three Journeys Ltd
departments:
  desk: { type: frontline, roles: { agent: { name: Agent, backup: lead }, lead: { name: Lead, backup: agent } } }
touchpoints:
  web: { name: Web, channel: web, owner: desk }
journeys:
  quiet:
    complaints: loud
    stages: [{ id: s, steps: [{ id: a, owner: customer, touchpoint: web }, { id: b, owner: desk.agent, touchpoint: web }] }]
  loud:
    complaints: loud
    stages: [{ id: s, steps: [{ id: a, owner: customer }, { id: b }] }]
  calm:
    complaints: loud
    stages: [{ id: s, steps: [{ id: a, owner: customer }, { id: b, owner: desk.lead, touchpoint: web }] }]
)";

std::string report(const test::Loaded& l, const std::vector<Diagnostic>& findings,
                   std::size_t max_drawn) {
  Report r{l.sources, findings, l.result.model.files};
  HtmlOptions o;
  o.models.push_back({l.result.model, l.graph});
  o.date = "2026-06-01";
  o.max_drawn = max_drawn;
  return format_html(r, o);
}
}  // namespace

TEST_CASE(
    "the HTML report draws the journeys with findings first, up to the cap, and lists the others") {
  auto l = test::load(kThree);
  const auto findings = test::check(*l);
  REQUIRE(test::summary(findings) ==
          std::vector<std::string>{"journey/frontstage-only@14:3 journey:calm",
                                   "journey/frontstage-only@8:3 journey:quiet",
                                   "ownership/missing-owner@13:59 step:loud/b"});

  const std::string one = report(*l, findings, 1);
  CHECK(one == report(*l, findings, 1));  // the same bytes every time
  CHECK(one.find("<section class=\"journey\" id=\"journey-loud\">") != std::string::npos);
  CHECK(one.find("id=\"journey-quiet\"") == std::string::npos);
  CHECK(one.find("<h3>Not drawn</h3>") != std::string::npos);
  CHECK(one.find("These 2 were left out") != std::string::npos);
  CHECK(count(one, "<svg aria-label=") == 2);  // journey map and blueprint of one journey
  // The RACI matrix shows the drawn journey's rows only, and says so.
  CHECK(one.find("<tr class=\"journey\"><th colspan=\"5\">loud</th></tr>") != std::string::npos);
  CHECK(one.find("<th colspan=\"5\">quiet</th>") == std::string::npos);
  CHECK(one.find("the rows of the 1 journeys drawn above only") != std::string::npos);

  const std::string all = report(*l, findings, 50);
  CHECK(all.find("Not drawn") == std::string::npos);
  // Journey map and blueprint of each, and the experience map of the two naming touchpoints.
  CHECK(count(all, "<svg aria-label=") == 8);
  // Drawn in model order, whatever the order of choosing.
  CHECK(all.find("id=\"journey-quiet\"") < all.find("id=\"journey-loud\""));
  CHECK(all.find("id=\"journey-loud\"") < all.find("id=\"journey-calm\""));

  // Errors first, then notes in model order.
  const std::string two = report(*l, findings, 2);
  CHECK(two.find("id=\"journey-quiet\"") != std::string::npos);
  CHECK(two.find("id=\"journey-loud\"") != std::string::npos);
  CHECK(two.find("id=\"journey-calm\"") == std::string::npos);
}

TEST_CASE("touchpoint table: the steps of each journey naming each touchpoint") {
  auto l = test::load(kThree);
  const TouchpointTable t = build_touchpoint_table(l->result.model);
  CHECK(t.journeys == std::vector<std::int32_t>{0, 2});  // 'loud' names none
  REQUIRE(t.cells.size() == 1);
  CHECK(t.cells[0] == std::vector<std::vector<std::int32_t>>{{0, 1}, {1}});
}

TEST_CASE("the HTML report of findings without a model (a library caller's) still lists them") {
  SourceSet sources;
  const std::vector<Diagnostic> findings = {
      {"model/syntax", Severity::Error, "cannot <parse>", "model", {}, {}}};
  const std::string page = format_html(Report{sources, findings, {}}, HtmlOptions{});
  CHECK(page.find("cannot &lt;parse&gt;") != std::string::npos);
  CHECK(page.find("id=\"f-1\"") != std::string::npos);
  CHECK(page.find("The model has no journeys.") != std::string::npos);
}

TEST_CASE("the HTML report folds a long list of files") {
  std::map<std::string, std::string> files = {
      {"chainmap.yaml", "chainmap: 1\ninclude: [\"parts/*.yaml\"]\n"}};
  for (int i = 0; i < 12; ++i)
    files[fmt::format("parts/p{:02}.yaml", i)] = fmt::format("information: {{ i{}: {{}} }}\n", i);
  auto l = test::load(files);
  const std::string page = report(*l, test::check(*l), 50);
  CHECK(page.find("<dt>Files read</dt><dd><details><summary>13 files</summary>") !=
        std::string::npos);
  auto one = test::load(kThree);
  CHECK(report(*one, {}, 50).find("<dt>Files read</dt><dd>1<ul class=\"files\">") !=
        std::string::npos);
}

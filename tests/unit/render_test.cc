#include <doctest/doctest.h>
#include <fmt/format.h>
#include <cmath>

#include "chainmap/render.h"
#include "render/columns.h"
#include "render/dot.h"
#include "render/gvc.h"
#include "render/overlay.h"
#include "support.h"

using namespace chainmap;
using chainmap::views::kErrorColour;
using chainmap::views::kWarningColour;

TEST_CASE("DOT quoting keeps user text from forming escapes or closing the string") {
  CHECK(views::quote("plain") == "\"plain\"");
  CHECK(views::quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(views::quote("a\\nb") == "\"a\\\\nb\"");  // \n typed by a user is not a line break
  CHECK(views::quote("tab\there\nnl") == "\"tab here nl\"");
}

TEST_CASE("HTML-like labels escape markup") {
  CHECK(views::html_escape("<B>&'\"") == "&lt;B&gt;&amp;&#39;&quot;");
  CHECK(views::html_escape("ünïcode ★") == "ünïcode ★");
}

TEST_CASE("DOT writer: ports, clusters and rank groups") {
  views::DotWriter dot("g");
  dot.open_cluster("c", {{"label", "C"}});
  dot.node("a", {views::html_attr("label", "<B>x</B>")});
  dot.close();
  dot.open_rank("same");
  dot.node("b");
  dot.close();
  dot.edge("a", "b", {{"color", "red"}}, "p1", "");
  CHECK(dot.finish() ==
        "digraph \"g\" {\n"
        "  subgraph \"cluster_c\" {\n"
        "    graph [label=\"C\"]\n"
        "    \"a\" [label=<<B>x</B>>]\n"
        "  }\n"
        "  { rank=same\n"
        "    \"b\"\n"
        "  }\n"
        "  \"a\":\"p1\" -> \"b\" [color=\"red\"]\n"
        "}\n");
}

TEST_CASE("DOT writer: an edge that may be flat never gets a label (Graphviz 2.42 double free)") {
  views::DotWriter dot("g");
  dot.open_rank("same");
  dot.node("a");
  dot.node("b");
  dot.node("c");
  dot.close();
  dot.node("d");
  dot.edge("a", "b", {});
  dot.edge("b", "c", {});
  dot.edge("a", "c", {{"label", "one rank"}});                                // same rank group
  dot.edge("a", "d", {{"label", "ranked apart"}});                            // constrained
  dot.edge("d", "a", {{"constraint", "false"}, {"label", "back, apart"}});    // a -> d ranks them
  dot.edge("d", "b", {{"constraint", "false"}, {"label", "unconstrained"}});  // nothing ranks d, b
  dot.edge("d", "d", {{"label", "loop"}});                                    // a loop on one node
  dot.edge("c", "d", {{"minlen", "0"}, {"label", "minlen 0"}});
  const std::string text = dot.finish();
  CHECK(text.find("\"a\" -> \"c\" [xlabel=\"one rank\"]") != std::string::npos);
  CHECK(text.find("\"a\" -> \"d\" [label=\"ranked apart\"]") != std::string::npos);
  CHECK(text.find("[constraint=\"false\", label=\"back, apart\"]") != std::string::npos);
  CHECK(text.find("[constraint=\"false\", xlabel=\"unconstrained\"]") != std::string::npos);
  CHECK(text.find("\"d\" -> \"d\" [label=\"loop\"]") != std::string::npos);
  CHECK(text.find("[minlen=\"0\", xlabel=\"minlen 0\"]") != std::string::npos);
  // As written, Graphviz lays it out (with `label` on a -> c it frees memory twice; under
  // ASan this test would then abort).
  const auto laid = views::layout_and_render(text, "svg");
  CHECK(laid.error.empty());
  CHECK(laid.bytes.find("one rank") != std::string::npos);
}

TEST_CASE("DOT writer: a node is never put into two clusters side by side (Graphviz crash)") {
  views::DotWriter dot("g");
  dot.open_cluster("a");
  dot.node("x", {{"label", "first"}});
  dot.open_cluster("inner");
  dot.node("x", {{"label", "deeper"}});  // inside its cluster: fine
  dot.close();
  dot.close();
  dot.node("x", {{"color", "red"}});  // outside every cluster: fine
  dot.open_cluster("b");
  dot.node("x", {{"label", "beside"}});  // not written
  dot.node("y");
  dot.close();
  const std::string text = dot.finish();
  CHECK(text.find("deeper") != std::string::npos);
  CHECK(text.find("red") != std::string::npos);
  CHECK(text.find("beside") == std::string::npos);
  CHECK(views::layout_and_render(text, "svg").error.empty());
}

TEST_CASE("formats from names and output paths") {
  CHECK(render_format_from_path("out/chain.SVG") == RenderFormat::Svg);
  CHECK(render_format_from_path("a.gv") == RenderFormat::Dot);
  CHECK(render_format_from_path("a.mmd") == RenderFormat::Mermaid);
  CHECK(render_format_from_path("dir.v2/chain") == std::nullopt);
  CHECK(render_format_from_path("chain.txt") == std::nullopt);
  CHECK(parse_view("blueprint") == View::Blueprint);
  CHECK(parse_view("Chain") == std::nullopt);
  CHECK(is_binary(RenderFormat::Png));
  CHECK_FALSE(is_binary(RenderFormat::Svg));
}

namespace {
const char* kHostile = R"(chainmap: 1
organisation: "A <b>bold</b> & \"quoted\" org"
departments:
  desk: {name: "Desk ]]> <script>alert(1)</script>", type: frontline}
  back: {name: "Back\\office", type: back-office}
partners:
  ext: {name: "Ext | # `x` %% y", agreement: informal, feedback: "calls <back>"}
journeys:
  j:
    name: "J <1>"
    stages:
      - id: s
        name: "Stage \"one\""
        steps:
          - {id: a, name: "Ask & wait", owner: customer}
          - {id: b, name: "<i>Desk</i>", owner: desk, moment-of-truth: true}
          - id: c
            owner: back
            next:
              - to: d
                when: "x < y"
                handover: {method: "e-mail <fast>", carries: []}
          - {id: d, owner: ext, next: [{to: b, loop: true}]}
)";

std::string render_one(const test::Loaded& l, View view, RenderFormat format,
                       const std::vector<Diagnostic>* f = nullptr) {
  RenderOptions o;
  o.view = view;
  o.format = format;
  o.journey = "j";
  o.findings = f;
  Rendered r = render(l.result.model, l.graph, o);
  REQUIRE(r.error == "");
  return r.bytes;
}
}  // namespace

TEST_CASE("hostile names are escaped in every view and format; output is deterministic") {
  auto l = test::load(kHostile);
  std::vector<Diagnostic> findings = {{"x/y", Severity::Error, "<script>", "step:j/b", {}, {}}};
  for (View view : {View::Chain, View::Journey, View::Blueprint, View::Handovers}) {
    CAPTURE(to_string(view));
    std::string dot = render_one(*l, view, RenderFormat::Dot, &findings);
    CHECK(dot == render_one(*l, view, RenderFormat::Dot, &findings));
    std::string svg = render_one(*l, view, RenderFormat::Svg, &findings);
    CHECK(svg.starts_with("<?xml"));
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg == render_one(*l, view, RenderFormat::Svg, &findings));
    std::string mmd = render_one(*l, view, RenderFormat::Mermaid);
    CHECK(mmd.starts_with("flowchart "));
    CHECK(mmd.find("<script>") == std::string::npos);
    CHECK(mmd.find("\"quoted\"") == std::string::npos);
  }
}

TEST_CASE("the blueprint's lanes and lines are drawn behind it in every picture format") {
  // The first row drawn is the customer lane (no touchpoints here), in its own tint.
  // Parsed into Graphviz's own form after the layout (render/gvc.cc, public xdot API only).
  auto l = test::load(kHostile);
  const std::string dot = render_one(*l, View::Blueprint, RenderFormat::Dot);
  CHECK(dot.find("_background=\"c 11 -transparent C 7 -#fdf8e6 P 4 ") != std::string::npos);
  const std::string svg = render_one(*l, View::Blueprint, RenderFormat::Svg);
  CHECK(svg.find("<polygon fill=\"#fdf8e6\" stroke=\"transparent\"") != std::string::npos);
  CHECK(svg.find("stroke=\"#1f4e79\" stroke-width=\"1.5\" stroke-dasharray=\"5,2\"") !=
        std::string::npos);
  // PNG: encoded by chainmap's own Graphviz device, written outside Graphviz's output functions.
  const std::string png = render_one(*l, View::Blueprint, RenderFormat::Png);
  REQUIRE(png.starts_with("\x89PNG\r\n\x1a\n"));
  const std::string plain = render_one(*l, View::Journey, RenderFormat::Png);
  CHECK(plain.starts_with("\x89PNG\r\n\x1a\n"));
}

TEST_CASE("the findings overlay colours steps and edges by severity, notes not at all") {
  auto l = test::load(kHostile);
  std::vector<Diagnostic> findings = {
      {"handover/undeclared", Severity::Error, "an error <here>", "handover:j/c->d", {}, {}},
      {"handover/no-context", Severity::Warning, "a warning", "handover:j/c->d", {}, {}},
      {"partner/no-review", Severity::Warning, "orange step", "step:j/b", {}, {}},
      {"ownership/unused-party", Severity::Note, "a note", "step:j/a", {}, {}},
  };
  std::string plain = render_one(*l, View::Journey, RenderFormat::Dot);
  std::string overlaid = render_one(*l, View::Journey, RenderFormat::Dot, &findings);
  CHECK(plain.find(kErrorColour) == std::string::npos);
  CHECK(plain.find(kWarningColour) == std::string::npos);
  CHECK(plain.find("Findings") == std::string::npos);
  // The edge takes the worst severity and lists both messages; it keeps its handover width.
  // (Down its column, the edge runs through its label, a node between its two steps.)
  const std::string tip =
      "tooltip=\"error: an error <here> [handover/undeclared] | warning: a warning "
      "[handover/no-context]\"";
  CHECK(overlaid.find("fontcolor=\"#ff1744\", " + tip) != std::string::npos);  // the label
  CHECK(overlaid.find("\"step:d\" -> \"label:2\" [penwidth=\"2.5\", color=\"#1f4e79\", "
                      "color=\"#ff1744\", " +
                      tip) != std::string::npos);
  CHECK(overlaid.find("color=\"#ff6f00\", penwidth=\"3\", tooltip=\"warning: orange step "
                      "[partner/no-review]\"") != std::string::npos);
  CHECK(overlaid.find("a note") == std::string::npos);
  std::string svg = render_one(*l, View::Journey, RenderFormat::Svg, &findings);
  CHECK(svg.find("error: an error &lt;here&gt;") != std::string::npos);  // tooltip, escaped
}

TEST_CASE("overlay colours are the findings' own: no view draws anything else in them") {
  // Every colour a view writes without --findings, in every view of a model that has them all
  // (partners, feedback, a moment of truth, a loop, a condition).
  auto l = test::load(kHostile);
  for (View view : {View::Chain, View::Journey, View::Blueprint, View::Handovers, View::Experience})
    for (RenderFormat format : {RenderFormat::Dot, RenderFormat::Mermaid}) {
      const std::string out = render_one(*l, view, format);
      CHECK(out.find(kErrorColour) == std::string::npos);
      CHECK(out.find(kWarningColour) == std::string::npos);
    }
}

TEST_CASE("findings are numbered on the picture and listed under it with rule and severity") {
  auto l = test::load(kHostile);
  std::vector<Diagnostic> findings = {
      {"handover/undeclared", Severity::Error, "an error <here>", "handover:j/c->d", {}, {}},
      {"partner/no-review", Severity::Warning, "first on b", "step:j/b", {}, {}},
      {"model/unknown-key", Severity::Error, "second on b", "step:j/b", {}, {}},
      {"partner/no-feedback", Severity::Warning, "not drawn here", "partner:nobody", {}, {}},
  };
  views::Overlay overlay(&findings);
  CHECK(overlay.callout({"step:j/a"}) == 0);  // no findings: no number
  CHECK(overlay.callout({"step:j/b"}) == 1);
  CHECK(overlay.callout({"handover:j/c->d", "step:j/a"}) == 2);
  CHECK(overlay.callout({"step:j/b"}) == 1);  // asked again: the same number
  const std::string list = overlay.key_and_list();
  // Numbered in the order asked; a callout's errors before its warnings; what is not drawn is
  // not listed.
  const auto one = list.find("<B>1</B>"), two = list.find("<B>2</B>");
  REQUIRE(one != std::string::npos);
  REQUIRE(two != std::string::npos);
  CHECK(one < list.find("second on b"));
  CHECK(list.find("second on b") < list.find("first on b"));
  CHECK(list.find("first on b") < two);
  CHECK(two < list.find("an error &lt;here&gt;"));
  CHECK(list.find("handover/undeclared") != std::string::npos);
  CHECK(list.find("not drawn here") == std::string::npos);
  CHECK(views::Overlay(&findings).key_and_list().find("No errors or warnings") !=
        std::string::npos);
  CHECK(views::Overlay(nullptr).key_and_list().empty());
  // In every Graphviz view the list is drawn, so PNG and PDF carry the messages.
  for (View view : {View::Journey, View::Blueprint, View::Experience}) {
    const std::string svg = render_one(*l, view, RenderFormat::Svg, &findings);
    CHECK(svg.find(">second on b</text>") != std::string::npos);
    CHECK(svg.find(">model/unknown&#45;key</text>") != std::string::npos);
    CHECK(svg.find(">error</text>") != std::string::npos);
  }
}

TEST_CASE("a blueprint handover across a line runs through its marker, on that line") {
  // c (backstage) hands over to d (partners, marker 2): across the line of internal
  // interaction, the line below c's lane. The marker is a node in that line's rank, the edge runs
  // through it.
  auto l = test::load(kHostile);
  const std::string dot = render_one(*l, View::Blueprint, RenderFormat::Dot);
  CHECK(dot.find("{ rank=same\n    \"line:0:3\"\n    \"marker:2\"") != std::string::npos);
  CHECK(dot.find("\"cell:3:0\":\"p2\":se -> \"marker:2\"") != std::string::npos);
  CHECK(dot.find("\"marker:2\" -> \"cell:5:0\":\"p3\":nw") != std::string::npos);
  const std::string svg = render_one(*l, View::Blueprint, RenderFormat::Svg);
  CHECK(svg.find("<title>marker:2</title>") != std::string::npos);
}

TEST_CASE("a blueprint edge between two steps of one cell that are not neighbours there") {
  // b -> d skips c in the backstage cell: out of the bottom of b, through its marker on the
  // line of internal interaction, into the bottom of d; not a loop from the cell to itself.
  auto l = test::load(R"(chainmap: 1
departments:
  ops: {name: Ops, type: back-office}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: ops, next: [b]}
          - id: b
            owner: ops
            next:
              - to: c
              - {to: d, when: "no check needed"}
          - {id: c, owner: ops, next: [d]}
          - {id: d, owner: ops}
)");
  const std::string dot = render_one(*l, View::Blueprint, RenderFormat::Dot);
  CHECK(dot.find("{ rank=same\n    \"line:0:3\"\n    \"marker:1\"") != std::string::npos);
  CHECK(dot.find("\"cell:3:0\":\"p1\":s -> \"marker:1\"") != std::string::npos);
  CHECK(dot.find("\"marker:1\" -> \"cell:3:0\":\"p3\":s") != std::string::npos);
  CHECK(dot.find("\"cell:3:0\":\"p1\":e -> \"cell:3:0\"") == std::string::npos);
}

TEST_CASE("an overlaid edge keeps the width that counts its handovers") {
  auto l = test::load(kHostile);
  std::vector<Diagnostic> findings = {
      {"handover/no-context", Severity::Warning, "w", "handover:j/c->d", {}, {}}};
  for (View view : {View::Chain, View::Handovers}) {
    const std::string plain = render_one(*l, view, RenderFormat::Dot);
    const std::string overlaid = render_one(*l, view, RenderFormat::Dot, &findings);
    // The one handover back -> ext: the same penwidth with and without the overlay.
    const auto width = [](const std::string& dot) {
      const auto edge = dot.find("-> \"partner:ext\"") != std::string::npos
                            ? dot.find("-> \"partner:ext\"")
                            : dot.find("-> \"owner:ext\"");
      REQUIRE(edge != std::string::npos);
      const auto at = dot.find("penwidth=", edge);
      return dot.substr(at, dot.find(',', at) - at);
    };
    CHECK(width(plain) == width(overlaid));
    CHECK(overlaid.find(kWarningColour) != std::string::npos);
  }
}

TEST_CASE("a picture too large to lay out is refused for the layout formats only") {
  std::string text = "chainmap: 1\njourneys:\n  j:\n    stages:\n      - id: s\n        steps:\n";
  for (std::size_t i = 0; i <= kMaxPictureSize; ++i)
    text += fmt::format("          - {{id: s{}, owner: customer}}\n", i);
  auto l = test::load(text);
  RenderOptions o;
  o.journey = "j";
  for (View view : {View::Journey, View::Blueprint}) {
    o.view = view;
    o.format = RenderFormat::Svg;
    CHECK(render(l->result.model, l->graph, o).error ==
          "journey 'j' has 1001 steps, more than the 1000 one picture draws (Graphviz's layout "
          "time grows much "
          "faster than the picture); split the journey, or render it with " +
              std::string(view == View::Journey ? "--format dot or --format mermaid"
                                                : "--format mermaid"));
    CHECK(render(l->result.model, l->graph, o).too_large);
    o.format = RenderFormat::Mermaid;
    CHECK(render(l->result.model, l->graph, o).error.empty());
  }
  o.view = View::Journey;
  o.format = RenderFormat::Dot;  // no layout
  CHECK(render(l->result.model, l->graph, o).error.empty());
  o.view = View::Blueprint;  // its DOT carries a drawing made from the layout
  CHECK(!render(l->result.model, l->graph, o).error.empty());
}

TEST_CASE("an unknown or missing journey lists the valid ones") {
  auto l = test::load(kHostile);
  RenderOptions o;
  o.view = View::Blueprint;
  o.journey = "k";
  CHECK(render(l->result.model, l->graph, o)
            .error.starts_with("unknown journey 'k'; valid journeys: j"));
  o.journey = "";
  CHECK(render(l->result.model, l->graph, o).error ==
        "view 'blueprint' needs --journey ID; valid journeys: j");
}

TEST_CASE(
    "column levels: an edge inside a column runs to a later level; cycles are cut the same way") {
  using views::column_levels;
  CHECK(column_levels(3, {{0, 1}, {1, 2}}) == std::vector<int>{0, 1, 2});
  CHECK(column_levels(3, {{1, 2}, {0, 1}}) == std::vector<int>{0, 1, 2});
  CHECK(column_levels(2, {{0, 1}, {1, 0}}) == std::vector<int>{0, 1});  // the edge back is cut
  CHECK(column_levels(2, {{1, 0}, {0, 1}}) == std::vector<int>{0, 1});
  CHECK(column_levels(4, {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 0}}) == std::vector<int>{0, 1, 1, 2});
  CHECK(column_levels(3, {{0, 0}, {0, 7}, {-1, 1}}) == std::vector<int>{0, 0, 0});
  CHECK(column_levels(0, {}).empty());
}

namespace {
const char* kColumns = R"(chainmap: 1
departments:
  desk: {type: frontline, roles: {agent: {}}}
  stock: {type: back-office, roles: {picker: {}}}
partners:
  courier: {agreement: formal}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: customer, next: [b]}
          - {id: b, owner: desk.agent, next: [{to: c, handover: {method: ticket}}]}
          - {id: c, owner: stock.picker, next: [{to: d, handover: {method: email}}]}
          - {id: d, owner: desk.agent, next: [{to: e, handover: {method: api}}]}
          - {id: e, owner: courier, next: [{to: f, handover: {method: edi}}]}
          - {id: f, owner: stock.picker}
)";

// The x of the first text of a node in an SVG (its centre: labels are centred).
double node_x(const std::string& svg, const std::string& node) {
  const auto title = svg.find("<title>" + node + "</title>");
  REQUIRE(title != std::string::npos);
  const auto x = svg.find(" x=\"", title);
  REQUIRE(x != std::string::npos);
  return std::stod(svg.substr(x + 4));
}

double node_y(const std::string& svg, const std::string& node) {
  const auto title = svg.find("<title>" + node + "</title>");
  REQUIRE(title != std::string::npos);
  const auto y = svg.find(" y=\"", title);
  REQUIRE(y != std::string::npos);
  return std::stod(svg.substr(y + 4));
}

// The y of the first point of an edge's first arrowhead (the edge named as in its SVG title).
double arrow_y(const std::string& svg, const std::string& edge) {
  const auto title = svg.find("<title>" + edge + "</title>");
  REQUIRE(title != std::string::npos);
  const auto points = svg.find("points=\"", svg.find("<polygon", title));
  REQUIRE(points != std::string::npos);
  return std::stod(svg.substr(svg.find(',', points) + 1));
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE(
    "chain view: parties in columns, the customer next to the frontline, one edge both ways") {
  auto l = test::load(kColumns);
  const std::string dot = render_one(*l, View::Chain, RenderFormat::Dot);
  // Opposite directions share one edge and a two-sided label, so the labels cannot overlap.
  CHECK(count(dot, "\"dept:desk\" -> \"dept:stock\" [dir") == 1);  // and an invisible one
  CHECK(count(dot, "\"dept:stock\" -> \"dept:desk\"") == 0);
  CHECK(dot.find(
            "\"dept:desk\" -> \"dept:stock\" [dir=\"both\", penwidth=\"2.5\", color=\"#1f4e79\", "
            "label=<1× ticket →<BR/>← 1× email>, tailport=\"e\", headport=\"w\"]") !=
        std::string::npos);
  // An edge against the columns is drawn from left to right with its arrow at the tail.
  CHECK(dot.find("\"partner:courier\" ->") == std::string::npos);
  CHECK(dot.find("\"dept:stock\" -> \"partner:courier\" [dir=\"back\"") != std::string::npos);
  const std::string svg = render_one(*l, View::Chain, RenderFormat::Svg);
  CHECK(node_x(svg, "customer") < node_x(svg, "dept:desk"));
  CHECK(node_x(svg, "dept:desk") < node_x(svg, "dept:stock"));
  CHECK(node_x(svg, "dept:stock") < node_x(svg, "partner:courier"));
}

TEST_CASE("handovers view: owners in the chain's columns, one edge both ways") {
  auto l = test::load(kColumns);
  const std::string dot = render_one(*l, View::Handovers, RenderFormat::Dot);
  CHECK(count(dot, "\"owner:desk.agent\" -> \"owner:stock.picker\" [dir") == 1);
  CHECK(count(dot, "\"owner:stock.picker\" -> \"owner:desk.agent\"") == 0);
  CHECK(dot.find("label=\"1 each way\"") != std::string::npos);
  const std::string svg = render_one(*l, View::Handovers, RenderFormat::Svg);
  CHECK(node_x(svg, "owner:desk.agent") < node_x(svg, "owner:stock.picker"));
  CHECK(node_x(svg, "owner:stock.picker") < node_x(svg, "owner:courier"));
}

TEST_CASE("chain view: two parties of one column that hand over both ways get an edge each side") {
  auto l = test::load(R"(chainmap: 1
departments:
  stock: {type: back-office}
  bill: {type: back-office}
journeys:
  j:
    stages:
      - id: s
        steps:
          - {id: a, owner: stock, next: [{to: b, handover: {method: ticket}}]}
          - {id: b, owner: bill, next: [{to: c, handover: {method: crm}}]}
          - {id: c, owner: stock}
)");
  const std::string dot = render_one(*l, View::Chain, RenderFormat::Dot);
  // One rank: the labels are xlabels (render/dot.h), one edge out to the right, one to the left,
  // each from its own tail (Graphviz drew a flat `dir=back` edge's arrowhead at its head), the
  // one against the column's order without constraining it.
  CHECK(dot.find("\"dept:stock\" -> \"dept:bill\" [dir=\"forward\", penwidth=\"1.8\", "
                 "color=\"#1f4e79\", xlabel=\"1× ticket\", tailport=\"e\", headport=\"e\"]") !=
        std::string::npos);
  CHECK(dot.find("\"dept:bill\" -> \"dept:stock\" [dir=\"forward\", penwidth=\"1.8\", "
                 "color=\"#1f4e79\", xlabel=\"1× crm\", constraint=\"false\", tailport=\"w\", "
                 "headport=\"w\"]") != std::string::npos);
  CHECK(dot.find("dir=\"back\"") == std::string::npos);
  const std::string svg = render_one(*l, View::Chain, RenderFormat::Svg);
  // Each arrowhead is at its handover's receiver.
  CHECK(std::abs(arrow_y(svg, "dept:stock:e&#45;&gt;dept:bill:e") - node_y(svg, "dept:bill")) <
        std::abs(arrow_y(svg, "dept:stock:e&#45;&gt;dept:bill:e") - node_y(svg, "dept:stock")));
  CHECK(std::abs(arrow_y(svg, "dept:bill:w&#45;&gt;dept:stock:w") - node_y(svg, "dept:stock")) <
        std::abs(arrow_y(svg, "dept:bill:w&#45;&gt;dept:stock:w") - node_y(svg, "dept:bill")));
}

namespace {
// True when every `subgraph ... end` holds a node or a subgraph (an empty one breaks
// Mermaid's elk renderer).
bool subgraphs_hold_nodes(const std::string& mmd) {
  std::vector<int> held;  // per open subgraph: the nodes and subgraphs seen in it
  std::size_t pos = 0;
  while (pos < mmd.size()) {
    std::size_t eol = mmd.find('\n', pos);
    if (eol == std::string::npos) eol = mmd.size();
    std::string line = mmd.substr(pos, eol - pos);
    pos = eol + 1;
    line.erase(0, line.find_first_not_of(' '));
    if (line == "end") {
      if (held.empty() || held.back() == 0) return false;
      held.pop_back();
    } else if (!held.empty() && !line.starts_with("direction ")) {
      ++held.back();
    }
    if (line.starts_with("subgraph ")) held.push_back(0);
  }
  return held.empty();
}
}  // namespace

TEST_CASE("mermaid: stages are columns, never empty; conditions keep brackets; loops labelled") {
  auto l = test::load(R"(chainmap: 1
organisation: Org
partners:
  ext: {name: Ext, agreement: formal}
journeys:
  j:
    stages:
      - id: empty
        steps: []
      - id: s
        name: First
        steps:
          - {id: a, owner: customer}
          - {id: b, owner: ext, next: [{to: a, loop: true}, {to: c, when: "it rains"}]}
      - id: t
        name: Second
        steps:
          - {id: c, owner: ext}
)");
  const std::string journey = render_one(*l, View::Journey, RenderFormat::Mermaid);
  CHECK(journey.find("subgraph n0[\"First\"]\n    direction TB\n") != std::string::npos);
  CHECK(journey.find("empty") == std::string::npos);
  CHECK(journey.find("[it rains]") != std::string::npos);
  CHECK(journey.find("-.-|\"loop back to a\"|") != std::string::npos);
  // The flow into the next stage joins the two stage boxes, so each keeps its direction.
  CHECK(journey.find("n0 -->|\"[it rains]\"| n3") != std::string::npos);
  CHECK(journey.find("n0 ~~~ n3") != std::string::npos);
  const std::string blueprint = render_one(*l, View::Blueprint, RenderFormat::Mermaid);
  CHECK(blueprint.find("[\"First\"]") != std::string::npos);
  CHECK(blueprint.find("[\"Second\"]") != std::string::npos);
  CHECK(blueprint.find("[\"Partners (external)\"]") != std::string::npos);
  for (View view : {View::Chain, View::Journey, View::Blueprint, View::Handovers}) {
    CAPTURE(to_string(view));
    CHECK(subgraphs_hold_nodes(render_one(*l, view, RenderFormat::Mermaid)));
  }
}

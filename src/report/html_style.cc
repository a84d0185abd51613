// The HTML report's stylesheet, for a laptop screen and for A4 paper, and its severity icons.
// Severity is never told by colour alone: each has a shape (octagon, triangle, circle) and its
// word. The findings filter is CSS only (`:has`), so the page needs no script.
#include "report/html.h"

namespace chainmap::html {

namespace {

constexpr std::string_view kStylesheet =
    R"css(:root { --error: #b3261e; --warning: #8a5a00; --note: #1f5fa8; --pass: #1e7b34; --line: #d0d0d0;
  --muted: #5c5c5c; --soft: #f5f5f5; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Segoe UI", system-ui, sans-serif; font-size: 15px; line-height: 1.45;
  color: #1d1d1d; background: #fff; }
body { margin: 0 auto; max-width: 80rem; padding: 1.5rem 2rem 3rem; }
h1 { font-size: 1.8rem; margin: 0 0 .2rem; }
h2 { font-size: 1.45rem; border-bottom: 2px solid #333; padding-bottom: .2rem; margin: 2.5rem 0 1rem; }
h3 { font-size: 1.2rem; margin: 1.8rem 0 .5rem; }
h4 { font-size: 1.02rem; margin: 1.2rem 0 .4rem; }
h5 { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; margin: .6rem 0 .1rem; color: var(--muted); }
a { color: #0b57a4; }
code, pre { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .88em; }
p { margin: .4rem 0; }
.subtitle, .muted, .id { color: var(--muted); font-weight: normal; }
.id { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .8em; }
.note { color: var(--muted); }
.icon { width: 1.05em; height: 1.05em; vertical-align: -0.18em; margin-right: .25em; }
.sev { font-weight: bold; white-space: nowrap; }
.sev.sev-error { color: var(--error); }
.sev.sev-warning { color: var(--warning); }
.sev.sev-note { color: var(--note); }
svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }

/* Summary */
.verdict { font-size: 1.15rem; padding: .6rem .9rem; border: 2px solid; border-radius: 6px; margin: .5rem 0 1rem; }
.verdict-pass { color: var(--pass); background: #eef8f0; }
.verdict-fail, .verdict-notrun { color: var(--error); background: #fdf0ef; }
.verdict strong { font-size: 1.2em; }
ul.counts { list-style: none; padding: 0; margin: .5rem 0 1rem; display: flex; flex-wrap: wrap; gap: .5rem 2.5rem;
  font-size: 1.15rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: 1rem 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
ul.files { columns: 2; column-gap: 2rem; margin: .2rem 0 0; padding-left: 1.2rem; }
dl.facts summary { cursor: pointer; }
.unread { border: 2px dashed var(--error); border-radius: 6px; padding: .2rem 1rem .6rem; margin: 1rem 0; }
.unread h3 { margin-top: .6rem; color: var(--error); }

/* Contents */
nav.toc { border: 1px solid var(--line); border-radius: 6px; padding: .3rem 1.2rem .8rem; margin: 1.2rem 0; background: var(--soft); }
nav.toc h2 { border: none; margin: .6rem 0 .3rem; font-size: 1.2rem; }
nav.toc ol { margin: .2rem 0; padding-left: 1.4rem; }
nav.toc > ol > li { margin: .15rem 0; }
nav.toc ol ol { font-size: .92em; }
nav.toc ol.many { columns: 2; column-gap: 2rem; }

/* Findings */
.filter { background: var(--soft); border-radius: 4px; padding: .3rem .7rem; display: inline-block; }
.filter label { margin-right: 1rem; }
body:has(#show-error:not(:checked)) .finding.sev-error,
body:has(#show-warning:not(:checked)) .finding.sev-warning,
body:has(#show-note:not(:checked)) .finding.sev-note { display: none; }
.fgroup > h3 { border-bottom: 1px solid var(--line); padding-bottom: .15rem; }
.rgroup { margin-left: .2rem; }
.rgroup > h4 .summary { font-weight: normal; }
.explain { background: #f1f5fa; border-radius: 4px; padding: .1rem .9rem .3rem; margin: .3rem 0 .7rem; font-size: .93em; }
.explain p { margin: .1rem 0 .4rem; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--note); border-radius: 4px; padding: .45rem .8rem;
  margin: .6rem 0; }
.finding.sev-error { border-left-color: var(--error); }
.finding.sev-warning { border-left-color: #d99a00; border-left-style: dashed; }
.finding.sev-note { border-left-style: dotted; }
.finding .head { margin: 0; }
.finding .msg { margin: .3rem 0; font-weight: 600; }
.finding .num { font-weight: bold; text-decoration: none; margin-right: .3rem; }
.target { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .82em; color: var(--muted); }
pre.src { background: var(--soft); border-left: 3px solid var(--line); padding: .35rem .6rem; margin: .35rem 0;
  overflow-x: auto; white-space: pre; line-height: 1.3; }
.caret { color: var(--error); font-weight: bold; }
ul.related { margin: .3rem 0; padding-left: 1.2rem; }
.note-label { color: var(--note); font-weight: bold; }

/* Journeys */
.legend { color: var(--muted); }
section.journey { border-top: 3px solid #333; margin-top: 2rem; }
section.journey > h3 { font-size: 1.35rem; margin-top: .8rem; }
figure.view { margin: 1rem 0 1.5rem; }
figcaption { font-weight: bold; margin-bottom: .3rem; }
.picture { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; }
.picture svg { display: block; max-width: 100%; height: auto; }
.render-error { color: var(--error); }
.marked ul { list-style: none; padding-left: 0; }
.marked li { margin: .2rem 0; }
.undrawn { border: 1px dashed var(--line); border-radius: 6px; padding: .2rem 1rem .6rem; margin-top: 2rem; }

/* Tables */
table { border-collapse: collapse; }
.wide { overflow-x: auto; margin: .5rem 0 1rem; }
table.data th, table.data td { border: 1px solid var(--line); padding: .25rem .55rem; vertical-align: top; text-align: left; }
table.data thead th { background: #ececec; }
.missing { font-style: italic; color: var(--error); }
ul.plain { list-style: none; margin: 0; padding: 0; }
.raci th, .raci td { border: 1px solid #c8c8c8; padding: .12rem .4rem; font-size: .85rem; }
.raci td.cell { text-align: center; font-family: "DejaVu Sans Mono", ui-monospace, monospace; }
.raci td.a { background: #dbe9ff; font-weight: bold; }
.raci tr.journey th { background: #e4e4e4; text-align: left; }
.raci tr.stage th { background: #f5f5f5; text-align: left; font-weight: normal; font-style: italic; }
.raci tr.problem td { background: #ffe3e3; }
.raci th.idle, .raci td.idle { background: #fff4d6; }
.raci td.check { color: var(--error); font-weight: bold; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85em; border-top: 1px solid var(--line); }

@page { size: A4; margin: 14mm 12mm 16mm; }
/* Journeys are drawn left to right: their pages are landscape. */
@page journey { size: A4 landscape; margin: 12mm 12mm 14mm; }
@media print {
  html { font-size: 9.5pt; }
  body { max-width: none; padding: 0; }
  .filter { display: none; }
  a { color: inherit; text-decoration: none; }
  nav.toc { background: none; }
  #findings, #journeys, #raci, #touchpoints { break-before: page; }
  /* Each journey starts a landscape page; the first shares its page with the heading. */
  #journeys, section.journey { page: journey; }
  section.journey { border-top: none; margin-top: 0; }
  section.journey ~ section.journey, #journeys .undrawn { break-before: page; }
  h2, h3, h4, h5, figcaption { break-after: avoid; }
  .finding, .explain, tr, figure.view, .marked li { break-inside: avoid; }
  pre.src { white-space: pre-wrap; overflow-wrap: anywhere; }
  .picture { overflow: visible; border: none; }
  .picture svg { max-height: 160mm; width: auto; margin: 0 auto; }
  .wide { overflow: visible; }
  .raci th, .raci td { font-size: 6.5pt; padding: 0 .15rem; }
  ul.files, nav.toc ol.many { columns: 2; }
}
)css";

}  // namespace

std::string_view stylesheet() { return kStylesheet; }

std::string_view icon_symbols() {
  return R"svg(<svg class="defs" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
<symbol id="i-error" viewBox="0 0 16 16"><path fill="currentColor" d="M5 .8h6L15.2 5v6L11 15.2H5L.8 11V5z"/><path d="M5.3 5.3l5.4 5.4m0-5.4l-5.4 5.4" stroke="#fff" stroke-width="2"/></symbol>
<symbol id="i-warning" viewBox="0 0 16 16"><path fill="currentColor" d="M8 .6l7.6 14.2H.4z"/><path d="M8 5.6v4.6" stroke="#fff" stroke-width="2"/><circle cx="8" cy="12.4" r="1.1" fill="#fff"/></symbol>
<symbol id="i-note" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7.4" fill="currentColor"/><path d="M8 7v5" stroke="#fff" stroke-width="2"/><circle cx="8" cy="4.4" r="1.1" fill="#fff"/></symbol>
<symbol id="i-pass" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7.4" fill="currentColor"/><path d="M4.4 8.3l2.5 2.5 4.8-5" fill="none" stroke="#fff" stroke-width="2"/></symbol>
</svg>
)svg";
}

}  // namespace chainmap::html

#include "render/flow_edge.h"

#include "render/labels.h"

namespace chainmap::views {

FlowLook flow_look(const Model& model, const JourneyGraph& jg, const Edge& e,
                   const Overlay& overlay) {
  FlowLook look;
  if (e.next && e.next->when.present()) look.condition = e.next->when.value;
  if (e.is_handover()) {
    const Handover* h = e.handover();
    look.handover = true;
    look.declared = h != nullptr;
    look.what = h ? handover_summary(*h) : "undeclared handover";
    look.colour = h ? "#1f4e79" : "#7f0000";
    if (!h) look.style = "dashed";
  } else if (e.kind == EdgeKind::Unjudged) {
    look.style = "dotted";
  }
  look.loop = e.loop || e.back;
  // Findings on an edge use the handover target even where the edge is not judged a
  // handover (e.g. an unknown key in a `handover` whose receiver has no owner).
  look.finding = overlay.colour(handover_target(model, jg, e));
  return look;
}

std::string FlowLook::label() const {
  std::string out = condition.empty() ? "" : "[" + condition + "]";
  if (!what.empty()) out = out.empty() ? what : what + " " + out;
  if (loop) out = out.empty() ? "loop" : out + " (loop)";
  return out;
}

}  // namespace chainmap::views

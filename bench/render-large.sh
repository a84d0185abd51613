#!/usr/bin/env bash
# Render timing on a generated model: one journey of STEPS steps (default 200) in stages of 10,
# owned in turn by the customer, three departments (with roles) and two partners, with
# handovers, a loop and moments of truth. Prints the wall time of each view and format.
#   bench/render-large.sh path/to/chainmap [STEPS]
# Numbers are recorded in docs/render.md ("Large journeys"); this is not a timed test.
set -euo pipefail
bin=${1:?usage: bench/render-large.sh BINARY [STEPS]}
steps=${2:-200}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
[[ -n "${KEEP:-}" ]] && trap - EXIT && echo "model and outputs in $dir"
owners=(customer sales.advisor sales.lead warehouse.picker fastship support vanman)
{
  echo "chainmap: 1"
  echo "organisation: Generated Large Shop"
  echo "information: { ref: { name: Reference } }"
  echo "departments:"
  echo "  sales: { name: Sales, type: frontline, roles: { advisor: { backup: lead }, lead: { backup: advisor } } }"
  echo "  warehouse: { name: Warehouse, type: back-office, roles: { picker: {} } }"
  echo "  support: { name: IT Support, type: back-office }"
  echo "partners:"
  echo "  fastship: { name: FastShip, agreement: formal, contract: C1, channels: [api], feedback: Weekly call, sla: { d: { target: 48h } } }"
  echo "  vanman: { name: Local van, agreement: informal, channels: [api] }"
  echo "journeys:"
  echo "  big:"
  echo "    name: A very long journey"
  echo "    stages:"
  for ((i = 0; i < steps; i++)); do
    if ((i % 10 == 0)); then
      echo "      - id: stage-$((i / 10))"
      echo "        name: Stage $((i / 10 + 1))"
      echo "        steps:"
    fi
    owner=${owners[$((i % ${#owners[@]}))]}
    next=$((i + 1))
    echo "          - id: s$i"
    echo "            name: Step number $i of the long journey"
    echo "            owner: $owner"
    echo "            duration: 1h"
    [[ $((i % 13)) == 0 ]] && echo "            moment-of-truth: true"
    if ((next < steps)); then
      echo "            next:"
      echo "              - to: s$next"
      echo "                handover: { method: api, carries: [ref] }"
      if ((i % 37 == 36)); then
        echo "              - { to: s$((i - 5)), loop: true, when: retry }"
      fi
    fi
  done
} >"$dir/chainmap.yaml"
for view in chain handovers "journey --journey big" "blueprint --journey big"; do
  for fmt in dot svg png; do
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    "$bin" render $view "$dir/chainmap.yaml" -o "$dir/$(echo $view | cut -d" " -f1).$fmt"
    end=$(date +%s.%N)
    printf '%-24s %-4s %6.2f s  %s\n' "$view" "$fmt" "$(echo "$end - $start" | bc)" \
      "$(file -b "$dir/$(echo $view | cut -d" " -f1).$fmt" | cut -c1-60)"
  done
done

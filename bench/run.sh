#!/usr/bin/env bash
# One-command benchmark (bench/README.md): builds a Release chainmap, generates the synthetic
# models, and reports on the same files the yaml-cpp event-parse floor, `chainmap validate`,
# their ratio, the peak memory, and how the time grows from the small to the large model.
#
#   bench/run.sh [SMALL LARGE]       (journeys; default 500 5000)
#
# Environment: BUILD (default build/bench), MODELS (default build/bench/models), RUNS
# (hyperfine runs per measurement, default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-500}
large=${2:-5000}
build=${BUILD:-build/bench}
models=${MODELS:-$build/models}
runs=${RUNS:-5}
for tool in hyperfine python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: '$tool' is missing (scripts/install-deps.sh --dev)" >&2; exit 2; }
done

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCHAINMAP_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target chainmap chainmap_yaml_floor >/dev/null
bin=$build/chainmap
floor=$build/bench/chainmap_yaml_floor

for n in "$small" "$large"; do
  [[ -f "$models/$n/chainmap.yaml" ]] || bench/generate.py "$models/$n" "$n"
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
     "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
for n in "$small" "$large"; do
  dir=$models/$n
  # Exit status 1 (findings) is a normal result: -i.
  hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$results/$n.json" \
    -n floor "$floor $dir" \
    -n validate "$bin validate $dir --format json" \
    -n "validate-1core" "taskset -c 0 $bin validate $dir --format json" >/dev/null
  # One more run of each under time(1): peak memory, and CPU seconds (user + system), which
  # other load on a shared machine disturbs much less than wall-clock time.
  /usr/bin/time -f '%M %U %S' -o "$results/$n.rss" "$bin" validate "$dir" --format json >"$results/$n.out" || true
  /usr/bin/time -f '%M %U %S' -o "$results/$n.floor-rss" "$floor" "$dir" >"$results/$n.floor"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$results" "$small" "$large" "$models" <<'PY'
import json, os, sys
res, small, large, models = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
rows = {}
for n in (small, large):
    data = json.load(open(os.path.join(res, f"{n}.json")))
    t = {r["command"]: (r["median"], r["stddev"] or 0.0) for r in data["results"]}
    def usage(name):
        kb, user, system = open(os.path.join(res, name)).read().split()[-3:]
        return int(kb) / 1024, float(user) + float(system)
    rss, cpu = usage(f"{n}.rss")
    _, floor_cpu = usage(f"{n}.floor-rss")
    out = json.load(open(os.path.join(res, f"{n}.out")))
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(models, n)) for f in fs)
    rows[n] = dict(t=t, rss=rss, cpu=cpu, floor_cpu=floor_cpu, findings=out["summary"], files=len(out["files"]), size=size,
                   floor_info=open(os.path.join(res, f"{n}.floor")).read().strip())
print()
print("| journeys | steps | files | MB | floor s | validate s | ratio | validate 1 core s | ratio 1 core | CPU s floor / validate | CPU ratio | peak MiB | findings (e/w/n) |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for n in (small, large):
    r = rows[n]; t = r["t"]
    f, v, v1 = t["floor"][0], t["validate"][0], t["validate-1core"][0]
    s = r["findings"]
    print(f"| {n} | {int(n) * 20} | {r['files']} | {r['size'] / 1e6:.1f} | {f:.3f} ± {t['floor'][1]:.3f} | "
          f"{v:.3f} ± {t['validate'][1]:.3f} | {v / f:.2f} | {v1:.3f} ± {t['validate-1core'][1]:.3f} | "
          f"{v1 / f:.2f} | {r['floor_cpu']:.2f} / {r['cpu']:.2f} | {r['cpu'] / r['floor_cpu']:.2f} | "
          f"{r['rss']:.0f} | {s['errors']}/{s['warnings']}/{s['notes']} |")
a, b = rows[small]["t"], rows[large]["t"]
scale = int(large) / int(small)
print()
print(f"growth {small} -> {large} journeys ({scale:.0f}x the model): floor {b['floor'][0] / a['floor'][0]:.2f}x, "
      f"validate {b['validate'][0] / a['validate'][0]:.2f}x, validate on 1 core "
      f"{b['validate-1core'][0] / a['validate-1core'][0]:.2f}x, validate CPU {rows[large]['cpu'] / rows[small]['cpu']:.2f}x")
print(f"targets at {large}: ratio <= 1.3, growth <= {1.1 * scale:.0f}x, peak < 400 MiB")
PY

#!/usr/bin/env bash
# Side by side: cwgan (./cwgan bench) and the PyTorch reference (torch_cwgan_gaussians.py) on the same
# training workloads, alternating, in one session, on this machine. Prints both medians, their
# spreads (min..max over rounds) and the ratio cwgan / PyTorch in generator iterations per second.
#
#   bench/compare-with-pytorch.sh            3 rounds, about 10 minutes on a quiet 2-core machine
#
# Workloads (as in ./cwgan bench): the 10-Gaussian seed set-up at batch 32 and at batch 256, and the
# seed set-up with every hidden layer 512 wide (batch 32). Each round runs, per workload, cwgan once
# and PyTorch once per thread count; odd rounds start with PyTorch, even ones with cwgan. PyTorch's
# figure is the best of its thread counts (median over rounds). Settings, as environment variables:
#   ROUNDS=3              rounds
#   ITERS_SMALL=1000      iterations per run of batch32
#   ITERS_LARGE=200       iterations per run of batch256
#   ITERS_WIDE=300        iterations per run of width512
#   WORKLOADS="batch32 batch256 width512"
#   TORCH_THREADS="1 2"   torch.set_num_threads values to try
#   CWGAN_THREADS=1       cwgan's native threads (its default)
#   TORCH_BLAS=openblas   openblas: PyTorch runs with OPENBLAS_NUM_THREADS=1 and LD_PRELOAD of the
#                         OpenBLAS that ND4J unpacked into ~/.javacpp/cache, so both sides use the same
#                         BLAS (Debian's python3-torch otherwise calls the system libblas.so.3, on
#                         these machines the unoptimised reference BLAS); system: leave PyTorch as is
#   PYTHON=/usr/bin/python3
#   REFERENCE=<repo>/../shared/reference/torch_cwgan_gaussians.py (or /work/shared/reference/...)
#   DATA_DIR=<the folder of ten-gaussians.csv and ten-gaussians-params.csv>
#   OUT=out/compare       where the JSON files of every run and summary.json go
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

ROUNDS=${ROUNDS:-3}
ITERS_SMALL=${ITERS_SMALL:-1000}
ITERS_LARGE=${ITERS_LARGE:-200}
ITERS_WIDE=${ITERS_WIDE:-300}
WORKLOADS=${WORKLOADS:-"batch32 batch256 width512"}
TORCH_THREADS=${TORCH_THREADS:-"1 2"}
CWGAN_THREADS=${CWGAN_THREADS:-1}
TORCH_BLAS=${TORCH_BLAS:-openblas}
PYTHON=${PYTHON:-/usr/bin/python3}
OUT=${OUT:-out/compare}

first_existing() {
  for f in "$@"; do
    if [[ -e "$f" ]]; then echo "$f"; return 0; fi
  done
  return 1
}
REFERENCE=${REFERENCE:-$(first_existing "$root/../shared/reference/torch_cwgan_gaussians.py" \
  /work/shared/reference/torch_cwgan_gaussians.py || true)}
DATA_DIR=${DATA_DIR:-$(dirname "$(first_existing "$root/../shared/data/ten-gaussians.csv" \
  /work/shared/data/ten-gaussians.csv "$root/cwgan-examples/src/main/resources/io/github/cwgan/examples/ten-gaussians.csv")")}
[[ -n "$REFERENCE" && -f "$REFERENCE" ]] || { echo "compare: PyTorch reference not found; set REFERENCE" >&2; exit 2; }
[[ -f "$DATA_DIR/ten-gaussians.csv" && -f "$DATA_DIR/ten-gaussians-params.csv" ]] \
  || { echo "compare: ten-gaussians.csv / ten-gaussians-params.csv not found in $DATA_DIR; set DATA_DIR" >&2; exit 2; }
"$PYTHON" -c 'import torch' 2>/dev/null || { echo "compare: $PYTHON cannot import torch (apt-get install python3-torch)" >&2; exit 2; }

mkdir -p "$OUT"
rm -f "$OUT"/cwgan-*.json "$OUT"/torch-*.txt

# The width-512 variant of the reference: every hidden Linear 512 wide, nothing else changed.
wide="$OUT/torch_cwgan_gaussians_512.py"
sed -e 's/nn.Linear(NOISE+K,128)/nn.Linear(NOISE+K,512)/' -e 's/nn.Linear(128,256)/nn.Linear(512,512)/' \
    -e 's/nn.Linear(256,256)/nn.Linear(512,512)/g' -e 's/nn.Linear(2+K,256)/nn.Linear(2+K,512)/' \
    -e 's/nn.Linear(256,2)/nn.Linear(512,2)/' -e 's/nn.Linear(256,1)/nn.Linear(512,1)/' "$REFERENCE" > "$wide"
if [[ $(grep -o 'nn.Linear([^)]*512' "$wide" | wc -l) -ne 8 ]] || grep -q 'nn.Linear([^)]*256' "$wide"; then
  echo "compare: could not widen the reference's layers to 512 (has $REFERENCE changed?)" >&2; exit 2
fi

torch_env=(env OPENBLAS_NUM_THREADS=1)
torch_blas="as installed ($(readlink -f /etc/alternatives/libblas.so.3-x86_64-linux-gnu 2>/dev/null || echo 'system BLAS'))"
if [[ "$TORCH_BLAS" == openblas ]]; then
  lib=$(find "$HOME/.javacpp/cache" -name 'libopenblas_nolapack.so.0' -path '*openblas*' 2>/dev/null | head -1 || true)
  if [[ -n "$lib" ]]; then
    torch_env+=(LD_PRELOAD="$lib")
    torch_blas="OpenBLAS preloaded from $lib (the library cwgan uses)"
  else
    echo "compare: ND4J's OpenBLAS not found under ~/.javacpp/cache (run ./cwgan bench once); PyTorch keeps its BLAS" >&2
  fi
fi

iters_of() { case "$1" in batch32) echo "$ITERS_SMALL" ;; batch256) echo "$ITERS_LARGE" ;; width512) echo "$ITERS_WIDE" ;; esac; }
batch_of() { case "$1" in batch256) echo 256 ;; *) echo 32 ;; esac; }
script_of() { case "$1" in width512) echo "$wide" ;; *) echo "$REFERENCE" ;; esac; }

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || uname -m)
echo "compare: $cpu_model, $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "compare: PyTorch $("$PYTHON" -c 'import torch; print(torch.__version__)') with BLAS $torch_blas"
echo "compare: $ROUNDS rounds of: $WORKLOADS; torch threads: $TORCH_THREADS; cwgan threads: $CWGAN_THREADS"
./cwgan bench --help > /dev/null   # builds the examples first if needed, outside the timings

run_cwgan() { # workload round
  local n; n=$(iters_of "$1")
  ./cwgan bench --workloads "$1" --reps 1 --iterations "$n" --large-iterations "$n" --warmup $(( n / 4 > 50 ? n / 4 : 50 )) \
    --threads "$CWGAN_THREADS" --json "$OUT/cwgan-$1-$2.json" > "$OUT/cwgan-$1-$2.log" 2>&1 \
    || { echo "compare: ./cwgan bench failed, see $OUT/cwgan-$1-$2.log" >&2; exit 1; }
  echo "  round $2 $1 cwgan: $(grep -o '[0-9.]* it/s' "$OUT/cwgan-$1-$2.log" | head -1)"
}
run_torch() { # workload round threads
  local out="$OUT/torch-$1-$2-t$3.txt"
  "${torch_env[@]}" "$PYTHON" "$(script_of "$1")" "$DATA_DIR/ten-gaussians.csv" "$DATA_DIR/ten-gaussians-params.csv" \
    "$(iters_of "$1")" "$(batch_of "$1")" "$3" > "$out" 2>&1 || { echo "compare: PyTorch failed, see $out" >&2; exit 1; }
  echo "  round $2 $1 torch($3 threads): $(grep -o 'it_per_s=[0-9.]*' "$out")"
}

start=$(date +%s)
for (( r = 1; r <= ROUNDS; r++ )); do
  for w in $WORKLOADS; do
    if (( r % 2 == 1 )); then
      for t in $TORCH_THREADS; do run_torch "$w" "$r" "$t"; done
      run_cwgan "$w" "$r"
    else
      run_cwgan "$w" "$r"
      for t in $TORCH_THREADS; do run_torch "$w" "$r" "$t"; done
    fi
  done
done
echo "compare: took $(( $(date +%s) - start )) s; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

"$PYTHON" - "$OUT" "$ROUNDS" "$WORKLOADS" "$TORCH_THREADS" "$cpu_model" "$(nproc)" "$torch_blas" "$CWGAN_THREADS" <<'PY'
import glob, json, re, statistics, sys, datetime
out, rounds, workloads, threads, cpu, cores, blas, cwgan_threads = sys.argv[1:9]
rounds = int(rounds); workloads = workloads.split(); threads = threads.split()
def spread(v): return f"{min(v):.1f}..{max(v):.1f}"
rows = []
for w in workloads:
    c = [json.load(open(f"{out}/cwgan-{w}-{r}.json"))["training"][w]["median"] for r in range(1, rounds + 1)]
    per = {}
    for t in threads:
        per[t] = [float(re.search(r"it_per_s=([0-9.]+)", open(f"{out}/torch-{w}-{r}-t{t}.txt").read()).group(1))
                  for r in range(1, rounds + 1)]
    best = max(per, key=lambda t: statistics.median(per[t]))
    rows.append(dict(workload=w, cwgan_median=statistics.median(c), cwgan_runs=c,
                     torch_best_threads=int(best), torch_median=statistics.median(per[best]),
                     torch_runs={t: v for t, v in per.items()},
                     ratio=statistics.median(c) / statistics.median(per[best])))
print()
print(f"cwgan / PyTorch, generator iterations per second; median (min..max) of {rounds} rounds")
print(f"machine: {cpu}, {cores} cores; PyTorch BLAS: {blas}; cwgan threads: {cwgan_threads}")
fmt = "{:<10} {:>22} {:>26} {:>7}"
print(fmt.format("workload", "cwgan it/s", "PyTorch it/s (threads)", "ratio"))
for r in rows:
    t = r["torch_best_threads"]
    print(fmt.format(r["workload"], f"{r['cwgan_median']:.1f} ({spread(r['cwgan_runs'])})",
                     f"{r['torch_median']:.1f} ({spread(r['torch_runs'][str(t)])}) [{t}]", f"{r['ratio']:.2f}x"))
    others = [f"{k} threads: {statistics.median(v):.1f}" for k, v in r["torch_runs"].items() if k != str(t)]
    if others:
        print(fmt.format("", "", "(" + "; ".join(others) + ")", ""))
json.dump(dict(date=datetime.datetime.now(datetime.timezone.utc).isoformat(), cpu=cpu, cores=int(cores),
               torch_blas=blas, cwgan_threads=int(cwgan_threads), rounds=rounds, workloads=rows),
          open(f"{out}/summary.json", "w"), indent=2)
print(f"\nwrote {out}/summary.json")
PY

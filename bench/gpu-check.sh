#!/usr/bin/env bash
# GPU check for issue 5: builds in Release, runs the kernel-equivalence tests on CUDA, checks every way against the
# scalar reference on the benchmarks' inputs, then runs the benchmarks (short jobs, CUDA included), and leaves
# everything under one results folder. CI never runs this; run it by hand on a machine with
# an NVIDIA GPU. A few minutes on such a machine.
#
# Usage: bench/gpu-check.sh [RESULTS_DIR] [-- BENCHMARK ARGS...]
#   RESULTS_DIR       default bench/results/gpu-<UTC time>
#   BENCHMARK ARGS    passed to the benchmarks instead of the default `--filter '*'` (e.g. -- --filter '*Serving*')
#
# Needs: the .NET 10 SDK, an NVIDIA driver (ILGPU loads libcuda itself; no CUDA toolkit needed), and the NuGet
# packages. The GPU machine may have no internet, so restore where there is one and bring the packages along:
#   - simplest: restore here (`dotnet restore Studio.sln`) and copy the tree with its obj/ folders and the NuGet
#     cache (~/.nuget/packages) to the same paths there: the script then builds with --no-restore;
#   - or set STUDIO_PACKAGES to a copy of a NuGet global packages folder (any path): the script restores from it as
#     a local feed, with no network.
set -euo pipefail
cd "$(dirname "$0")/.."

results="bench/results/gpu-$(date -u +%Y%m%dT%H%M%SZ)"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  results="$1"
  shift
fi
if [ $# -gt 0 ] && [ "$1" == "--" ]; then
  shift
fi
bench_args=("$@")
if [ ${#bench_args[@]} -eq 0 ]; then
  bench_args=(--filter '*')
fi
mkdir -p "$results"
results="$(cd "$results" && pwd)"
log() { echo "gpu-check: $*" | tee -a "$results/gpu-check.log"; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log "results in $results"
{ dotnet --version; uname -a; nproc; grep -m1 'model name' /proc/cpuinfo || true; } > "$results/machine.txt" 2>&1
if command -v nvidia-smi > /dev/null; then
  nvidia-smi > "$results/nvidia-smi.txt" 2>&1 || true
else
  log "warning: no nvidia-smi on PATH; the tests below fail if ILGPU finds no CUDA device"
fi

projects=(tests/Engine.Tests/Engine.Tests.csproj bench/Studio.Benchmarks/Studio.Benchmarks.csproj)
restore=()
if [ -n "${STUDIO_PACKAGES:-}" ]; then
  log "restoring offline from $STUDIO_PACKAGES"
  for p in "${projects[@]}"; do
    dotnet restore "$p" --source "$STUDIO_PACKAGES" 2>&1 | tee -a "$results/build.txt"
  done
  restore=(--no-restore)
elif [ -f tests/Engine.Tests/obj/project.assets.json ] && [ -f bench/Studio.Benchmarks/obj/project.assets.json ]; then
  log "using the restore already in obj/ (--no-restore)"
  restore=(--no-restore)
else
  log "no restore found: restoring from the configured feeds (needs the network)"
fi

for p in "${projects[@]}"; do
  log "building $p (Release)"
  dotnet build "$p" -c Release "${restore[@]}" 2>&1 | tee -a "$results/build.txt"
done

# The equivalence tests on CUDA: the fixture reads STUDIO_TEST_PREFER_GPU and a test checks it really got CUDA.
log "kernel-equivalence tests on CUDA"
tests_rc=0
STUDIO_TEST_PREFER_GPU=1 dotnet test tests/Engine.Tests/Engine.Tests.csproj -c Release --no-build \
  --filter "FullyQualifiedName~Compute" --logger "trx;LogFileName=compute-tests.trx" --results-directory "$results" \
  2>&1 | tee "$results/tests.txt" || tests_rc=$?
log "tests exit code $tests_rc"

# Every way against the scalar reference on the benchmarks' own (larger) inputs, CUDA included.
log "verify: parallel loop, ILGPU CPU and CUDA against the scalar reference on the benchmark inputs"
verify_rc=0
dotnet bench/Studio.Benchmarks/bin/Release/net10.0/Studio.Benchmarks.dll --verify 2>&1 | tee "$results/verify.txt" || verify_rc=$?
log "verify exit code $verify_rc"

# The benchmarks: short jobs in process; the Cuda rows appear when ILGPU sees the GPU. Reports (markdown, CSV, HTML)
# land in $results/benchmarks/results.
log "benchmarks: ${bench_args[*]}"
bench_rc=0
dotnet bench/Studio.Benchmarks/bin/Release/net10.0/Studio.Benchmarks.dll "${bench_args[@]}" --artifacts "$results/benchmarks" \
  2>&1 | tee "$results/benchmarks.txt" || bench_rc=$?
log "benchmarks exit code $bench_rc"

if [ "$tests_rc" -ne 0 ] || [ "$verify_rc" -ne 0 ] || [ "$bench_rc" -ne 0 ]; then
  log "FAILED (tests $tests_rc, verify $verify_rc, benchmarks $bench_rc)"
  exit 1
fi
log "done"

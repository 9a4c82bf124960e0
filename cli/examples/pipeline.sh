#!/usr/bin/env bash
# Chains every dmf step on a small problem (4 agents, 3 x 3 target, depth 3): generate, graph,
# train at two learning rates, stability, both sweeps and the charts.
#
# Usage, from the repository root:  cli/examples/pipeline.sh [OUTPUT_FOLDER]
# DMF selects the launcher (default ./dmf, which builds the jar on first use).
#
# PipelineScriptTest runs the dmf lines of this script in-process and checks their files, so keep
# each argument free of spaces and of quotes other than around "$OUT/...".
set -euo pipefail
DMF="${DMF:-./dmf}"
OUT="${1:-pipeline-out}"

# 1. Problem: Gaussian ground truth, Gaussian sensing, tau_i ~ U(0.1, 0.9).
"$DMF" generate --agents 4 --rows 3 --depth 3 --seed 7 \
  --out "$OUT/problem.csv" --summary "$OUT/problem_agents.csv"

# 2. Graph: Erdos-Renyi G(4, 0.8), redrawn until connected, Metropolis-Hastings weights.
"$DMF" graph --agents 4 --family erdos_renyi --p 0.8 --connectivity resample --rule metropolis_hastings --seed 8 \
  --out "$OUT/edges.csv" --summary "$OUT/graph_summary.csv" --picture "$OUT/graph.png"

# 3. DGD below and above the stability bound (eta_i = c * eta_bar_i); the second run records sharpness.
"$DMF" train --problem "$OUT/problem.csv" --edges "$OUT/edges.csv" --iterations 30 --c 0.9 \
  --out "$OUT/train_c0.9"
"$DMF" train --problem "$OUT/problem.csv" --edges "$OUT/edges.csv" --iterations 30 --c 1.5 --sharpness-every 5 \
  --out "$OUT/train_c1.5"

# 4. Stability at the ground truth (with the critical multiplier c*) and at the trained factors.
"$DMF" stability --problem "$OUT/problem.csv" --edges "$OUT/edges.csv" --c 1 \
  --out "$OUT/stability"
"$DMF" stability --problem "$OUT/problem.csv" --edges "$OUT/edges.csv" --c 0.9 --no-critical \
  --factors "$OUT/train_c0.9/factors.csv" --out "$OUT/stability_trained"

# 5. Sweeps: rho(J) against c, and DGD over graphs of increasing density p.
"$DMF" sweep multipliers --problem "$OUT/problem.csv" --edges "$OUT/edges.csv" --c-values 0.5,1,1.5 --iterations 20 \
  --out "$OUT/sweep_c"
"$DMF" sweep density --problem "$OUT/problem.csv" --p-count 3 --iterations 20 --c 1.2 \
  --out "$OUT/sweep_p"

# 6. Charts (PNG and SVG).
"$DMF" chart --history "$OUT/train_c0.9/history.csv" --label c=0.9 --history "$OUT/train_c1.5/history.csv" --label c=1.5 \
  --figure nmse --out "$OUT/charts/nmse"
"$DMF" chart --history "$OUT/train_c0.9/history.csv" --history "$OUT/train_c1.5/history.csv" \
  --figure consensus_error --out "$OUT/charts/consensus_error"
"$DMF" chart --sharpness "$OUT/train_c1.5/history.csv" --agents "$OUT/train_c1.5/agents.csv" \
  --out "$OUT/charts/sharpness_c1.5"
"$DMF" chart --sweep "$OUT/sweep_c/spectral_radius.csv" --critical "$OUT/sweep_c/critical_multiplier.csv" \
  --out "$OUT/charts/spectral_radius"
"$DMF" chart --density "$OUT/sweep_p/density_sweep.csv" \
  --out "$OUT/charts/density"

echo "Results in $OUT"

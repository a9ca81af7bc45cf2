#!/usr/bin/env bash
# Regenerates the six reference factories in samples/ (100 MW and 1 GW of facility power for Vera Rubin, GB200 and
# GB300 NVL72) from the single-rack samples: run from the repository root after a change to the models moves their
# power. Same layout rule for all: rows of at most 16 racks, halls of at most 20 rows, row CDUs at N+1.
set -euo pipefail
dotnet build -c Release tools/Studio.FactorySizer >/dev/null
sizer=(dotnet tools/Studio.FactorySizer/bin/Release/net10.0/Studio.FactorySizer.dll size --racks-per-row 16 --rows-per-hall 20)
for rack in vera-rubin:"Vera Rubin NVL72" gb200:"GB200 NVL72" gb300:"GB300 NVL72"; do
    id=${rack%%:*}
    name=${rack#*:}
    "${sizer[@]}" --from "samples/$id-nvl72.json" --target-mw 100 --out "samples/$id-factory-100mw.json" --name "$name factory, 100 MW"
    # Over 480,000 ConnectX-7 of 400 Gb/s need more than three tiers of the rack's SN5600 (128 ports at 400 Gb/s):
    # the GB200 gigawatt runs its scale-out on the 144-port Quantum-X800, announced with Blackwell.
    extra=()
    [[ $id == gb200 ]] && extra=(--scale-out-switch net.quantum-x800-q3400)
    "${sizer[@]}" --from "samples/$id-nvl72.json" --target-mw 1000 --out "samples/$id-factory-1gw.json" --name "$name factory, 1 GW" "${extra[@]}"
done

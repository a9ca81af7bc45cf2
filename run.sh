#!/usr/bin/env bash
# Starts the studio as a deployment serves it: published in Release (trimmed WebAssembly, Brotli-compressed and
# fingerprinted assets that browsers cache for a year), on the embedded SQLite store and the CPU engine unless
# configured otherwise. The first publish takes one to three minutes on two cores; later ones only redo what changed.
# Arguments go to the server, e.g. ./run.sh --urls http://0.0.0.0:5180 or --Store:Path=/path/studio.db.
set -euo pipefail
cd "$(dirname "$0")"
root="$PWD"
out="$root/.run/publish"

echo "run.sh: publishing the studio in Release to .run/publish ..."
dotnet publish src/Studio.Server -c Release -o "$out" --nologo -v quiet

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:5180}"
# The same scenario store as `dotnet run --project src/Studio.Server`, so saved work is there either way.
export Store__Path="${Store__Path:-$root/src/Studio.Server/data/studio.db}"
cd "$out"
exec dotnet Studio.Server.dll "$@"

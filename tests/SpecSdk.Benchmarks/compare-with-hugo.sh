#!/usr/bin/env bash
# Builds the handbook of N synthesized classes with specsdk and the same classes as Markdown pages with Hugo,
# side by side, three times each, and prints wall-clock time and peak memory. Needs: apt-get install hugo time.
# Usage: tests/SpecSdk.Benchmarks/compare-with-hugo.sh [N] (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/SpecSdk.Cli -c Release -v quiet
dotnet run -c Release --project tests/SpecSdk.Benchmarks -- synthesize "$work/specs" "$n"
dotnet run -c Release --project tests/SpecSdk.Benchmarks -- hugo "$work/hugo" "$n"
for run in 1 2 3; do
  rm -rf "$work/site" "$work/hugo/public"; sync; sleep 3
  /usr/bin/time -f "specsdk build           %e s, peak %M KB" dotnet src/SpecSdk.Cli/bin/Release/net10.0/specsdk.dll build "$work/specs" -o "$work/site" > /dev/null
  rm -rf "$work/site"; sync; sleep 3
  /usr/bin/time -f "specsdk build --spec-url %e s, peak %M KB" dotnet src/SpecSdk.Cli/bin/Release/net10.0/specsdk.dll build "$work/specs" -o "$work/site" --spec-url https://specs.invalid/ > /dev/null
  sync; sleep 3
  (cd "$work/hugo" && /usr/bin/time -f "hugo                    %e s, peak %M KB" hugo --quiet)
done

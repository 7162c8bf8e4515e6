#!/usr/bin/env bash
# Builds the handbook of N synthesized classes with specsdk and the same classes as Markdown pages with Hugo, side
# by side, RUNS times each in alternating order, and prints every run's wall-clock time and peak memory, then the
# medians. Both write into a fresh output folder each time. A third contender, specsdk-rebuild, is the rebuild after
# one spec changed: before each of its runs a sentence is added to one class's spec (a copy of the specs, so the
# others build the same ones each time), and it builds into the output of its previous run, which the first build
# (not timed) made; REBUILD=0 leaves it out (on disk, its deletes slow the others: see Fairness). Needs: apt-get
# install hugo time.
#
# Usage: tests/SpecSdk.Benchmarks/compare-with-hugo.sh [N] [RUNS] [WORK_PARENT] [COMMITS]
#   N            classes (default 10000)
#   RUNS         runs of each tool (default 5)
#   WORK_PARENT  where specs and sites are written (default: the system's temp folder); /dev/shm measures the tools
#                without the disk.
#   COMMITS      when given, a fourth contender, specsdk-history, builds the same specs kept in a git repository of
#                that many commits (make-history.sh), so pages and What changed list every commit.
#
# Fairness: every run of specsdk and Hugo writes a new output folder and nothing they wrote is deleted until the end;
# each specsdk-rebuild run deletes the previous site it replaces, whose kept files stay (they are links), so on disk
# it frees the inodes of about a quarter of a site. ext4 without a journal (this machine's disk) skips inodes freed
# in the last 5 minutes while their inode-table block is dirty, scanning whole block groups for others, so a tool
# that creates files soon after a large delete pays several times over. Start the script when nothing large was
# deleted in the last 5 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
runs=${2:-5}
work=$(mktemp -d -p "${3:-${TMPDIR:-/tmp}}")
trap 'rm -rf "$work"' EXIT
dotnet build src/SpecSdk.Cli -c Release -v quiet > /dev/null
dotnet run -c Release --project tests/SpecSdk.Benchmarks -- synthesize "$work/specs" "$n" > /dev/null
dotnet run -c Release --project tests/SpecSdk.Benchmarks -- hugo "$work/hugo" "$n" > /dev/null
specsdk=(dotnet "$PWD/src/SpecSdk.Cli/bin/Release/net10.0/specsdk.dll" build --base-url https://jobs.example.gov/)
contenders=(specsdk hugo)
if [[ ${REBUILD:-1} != 0 ]]; then
  cp -r "$work/specs" "$work/specs-edit"
  edited=$(find "$work/specs-edit" -path '*/classes/*.md' | sort | sed -n "$(( (n + 1) / 2 ))p")
  "${specsdk[@]}" "$work/specs-edit" -o "$work/out-specsdk-rebuild" > /dev/null 2>&1
  contenders+=(specsdk-rebuild)
fi
commits=${4:-0}
if ((commits > 0)); then
  cp -r "$work/specs" "$work/specs-git"
  tests/SpecSdk.Benchmarks/make-history.sh "$work/specs-git" "$commits" > /dev/null
  contenders+=(specsdk-history)
fi
echo "$n classes, $runs runs each, in $work ($(nproc) cores)$( ((commits > 0)) && echo ", specs-git with $commits commits")"

measure() { # NAME OUTPUT COMMAND...: one run into the folder OUTPUT; appends "seconds kilobytes" to $work/NAME.times
  local name=$1 output=$2; shift 2
  sync; sleep 5
  (cd "$work/hugo" && /usr/bin/time -o "$work/last" -f "%e %M" "$@" "$output" > /dev/null 2>&1)
  read -r seconds kilobytes < "$work/last"
  echo "$seconds $kilobytes" >> "$work/$name.times"
  printf '%-26s %6.2f s  peak %5d MB\n' "$name" "$seconds" $((kilobytes / 1024))
}

contender() { # NAME RUN
  case $1 in
    specsdk) measure specsdk "$work/out-specsdk-$2" "${specsdk[@]}" "$work/specs" -o ;;
    specsdk-rebuild)
      printf '\nA sentence added before rebuild %d.\n' "$2" >> "$edited"
      measure specsdk-rebuild "$work/out-specsdk-rebuild" "${specsdk[@]}" "$work/specs-edit" -o ;;
    specsdk-history) measure specsdk-history "$work/out-specsdk-history-$2" "${specsdk[@]}" "$work/specs-git" -o ;;
    hugo) measure hugo "$work/out-hugo-$2" hugo --quiet --destination ;;
  esac
}

# Each run starts with the next contender in turn, so none always runs first or last.
for run in $(seq "$runs"); do
  for i in "${!contenders[@]}"; do
    contender "${contenders[$(( (i + run) % ${#contenders[@]} ))]}" "$run"
  done
done

for name in "${contenders[@]}"; do
  sort -n "$work/$name.times" | awk -v name="$name" '{ s[NR] = $1; if ($2 > peak) peak = $2 } END {
    printf "median %-19s %6.2f s (min %.2f, max %.2f), highest peak %d MB\n", name, s[int((NR + 1) / 2)], s[1], s[NR], peak / 1024 }'
done

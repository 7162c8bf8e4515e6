#!/usr/bin/env bash
# Makes the spec folder DIR a git repository of COMMITS commits, as a spec repository that has been kept for years:
# the first adds every file, each later one revises ten class files (a line added to a section), and every tenth
# also retitles one class. Dates are fixed, a day a commit, so the repository is the same on every run.
#
# Usage: tests/SpecSdk.Benchmarks/make-history.sh DIR [COMMITS]   (default 1000)
set -euo pipefail
dir=$1
commits=${2:-1000}
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME="HR Analyst" GIT_AUTHOR_EMAIL=hr@example.gov GIT_COMMITTER_NAME="HR Analyst" GIT_COMMITTER_EMAIL=hr@example.gov
at() { export GIT_AUTHOR_DATE="$(date -u -d "2020-01-01 + $1 days" +%Y-%m-%dT12:00:00Z)" GIT_COMMITTER_DATE="$(date -u -d "2020-01-01 + $1 days" +%Y-%m-%dT12:00:00Z)"; }
cd "$dir"
git init -q -b main
git add -A
at 0
git commit -q -m "Import the specs"
mapfile -t classes < <(grep -rl --include='*.md' -e '^kind: class$' . | sort)
count=${#classes[@]}
for c in $(seq 1 $((commits - 1))); do
  for k in $(seq 0 9); do
    printf '\nRevised in revision %d.\n' "$c" >> "${classes[$(( (c * 10 + k) % count ))]}"
  done
  if ((c % 10 == 0)); then
    sed -i '0,/^title: /s//title: Senior /' "${classes[$(( (c * 7) % count ))]}"
  fi
  at "$c"
  git commit -q -a -m "Revision $c: duties clarified"
done
echo "$dir: $commits commits over $count class files"

#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ (clang++-14, ASan + UBSan) and runs each for a
# bounded time: FUZZ_SECONDS (default 12) per target. Each run starts from the seed corpus
# tests/fuzz/corpus/<name>/ (which also holds the inputs of past crashes, replayed first) and
# writes what it discovers under build/fuzz/, never into the repository.
# Usage: scripts/fuzz.sh [target-name...]   e.g. scripts/fuzz.sh realm_url
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-12}
cmake -S tests/fuzz -B build/fuzz -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/fuzz -j2

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for source in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    names+=("${name#fuzz_}")
  done
fi

for name in "${names[@]}"; do
  work="build/fuzz/corpus/$name"
  mkdir -p "$work" build/fuzz/artifacts
  log="build/fuzz/$name.log"
  if ! "build/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
      -artifact_prefix="build/fuzz/artifacts/$name-" "$work" "tests/fuzz/corpus/$name" >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz: $name FAILED; the input is in build/fuzz/artifacts/ (see $log)" >&2
    exit 1
  fi
  stat() { sed -n "s/^stat::$1: *//p" "$log"; }
  echo "fuzz: $name: $(stat number_of_executed_units) runs in ${seconds} s," \
    "$(stat average_exec_per_sec) execs/s, corpus $(ls "$work" | wc -l) new + $(ls "tests/fuzz/corpus/$name" | wc -l) seeds"
done

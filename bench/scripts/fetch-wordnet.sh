#!/usr/bin/env bash
# Fetches Debian's wordnet-base (WordNet 3.0 data files) into a cache directory for the
# keyword-search benchmark and prints the directory holding data.noun, data.verb, ...
# usage: bench/scripts/fetch-wordnet.sh [cache-dir]   (default: bench/target/data)
set -euo pipefail
cache="${1:-$(dirname "$0")/../target/data}"
mkdir -p "$cache"
cache="$(cd "$cache" && pwd)"
dict="$cache/wordnet/usr/share/wordnet"
if [ ! -f "$dict/data.noun" ]; then
  deb="$(ls "$cache"/wordnet-base_*.deb 2>/dev/null | head -1 || true)"
  if [ -z "$deb" ]; then
    (cd "$cache" && apt-get download wordnet-base >&2) || {
      echo "apt-get download failed; run 'apt-get update' first" >&2; exit 1; }
    deb="$(ls "$cache"/wordnet-base_*.deb | head -1)"
  fi
  dpkg -x "$deb" "$cache/wordnet"
fi
echo "$dict"

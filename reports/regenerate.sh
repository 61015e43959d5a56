#!/usr/bin/env bash
# Regenerate the example reports from seeds/ (run from the project root).
set -euo pipefail
cd "$(dirname "$0")/.."
factdiff check seeds/000_6999be8e8a568ced.txt seeds/001_61bbe8d6133b0473.txt --fail-on never --out reports/seeds.md
factdiff check seeds/000_6999be8e8a568ced.txt seeds/001_61bbe8d6133b0473.txt --fail-on never --format json --out reports/seeds.json
factdiff check seeds/001_61bbe8d6133b0473.txt --against seeds/000_6999be8e8a568ced.txt --fail-on never --out reports/seeds-against.md
factdiff extract seeds/*.txt --format md --out reports/seeds-facts.md

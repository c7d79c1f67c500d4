#!/bin/sh
# tools/format.sh [--lint]
# Formats the Swift sources in place with the committed .swift-format (the toolchain's swift-format).
# With --lint, changes nothing and reports, with its rule, every line that does not follow the
# configuration, including what formatting cannot fix (missing documentation, names); fails if any.
set -eu
cd "$(dirname "$0")/.."
paths="Sources Tests Fuzz Package.swift"
swift=${SWIFT:-swift}
# $paths is split into one argument per path on purpose.
# shellcheck disable=SC2086
case "${1-}" in
    "") exec $swift format format --in-place --parallel --recursive $paths ;;
    --lint) exec $swift format lint --strict --parallel --recursive $paths ;;
    *) echo "usage : tools/format.sh [--lint]" >&2; exit 2 ;;
esac

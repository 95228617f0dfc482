#!/usr/bin/env bash
# Runs ccfw from this checkout, building the product first when it is missing or out of date.
# Example: releng/ccfw.sh describe --sample
set -euo pipefail
# shellcheck source=tools/product.sh
. "$(dirname "$0")/tools/product.sh"
exec "$CCF_PRODUCT/ccfw" "$@"

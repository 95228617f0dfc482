#!/usr/bin/env bash
# Starts CCF Workbench from this checkout, building the product first when it is missing or out of date.
# Needs a display (on a headless machine: xvfb-run releng/workbench.sh). Arguments go to the workbench.
set -euo pipefail
# shellcheck source=tools/product.sh
. "$(dirname "$0")/tools/product.sh"
exec "$CCF_PRODUCT/ccf-workbench" "$@"

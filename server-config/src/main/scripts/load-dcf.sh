#!/usr/bin/env bash
# Load test of POST /api/v1/valuations/dcf on a running Valor IVX, over loopback, with
# ApacheBench (Debian package apache2-utils). Bounded: REQUESTS requests at CONCURRENCY, then it
# stops. Prints ab's report; its "Percentage of the requests served within a certain time" table
# holds p50 and p95.
#
#   server-config/src/main/scripts/load-dcf.sh [base-url]     (default http://localhost:8080)
#   env: VALOR_ADMIN_PASSWORD (else <repo>/.valor/admin-password), REQUESTS (2000), CONCURRENCY (8)
set -euo pipefail

BASE_URL=${1:-http://localhost:8080}
REQUESTS=${REQUESTS:-2000}
CONCURRENCY=${CONCURRENCY:-8}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
PASSWORD=${VALOR_ADMIN_PASSWORD:-$(cat "$REPO/.valor/admin-password")}

case $BASE_URL in
  http://localhost:*|http://127.*) ;;
  *) echo "load-dcf: only loopback targets are allowed, not $BASE_URL" >&2; exit 2 ;;
esac
command -v ab >/dev/null || { echo "load-dcf: needs ab (apt-get install apache2-utils)" >&2; exit 2; }

token=$(curl -sf -X POST "$BASE_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "load-dcf: could not sign in as admin" >&2; exit 1; }

body=$(mktemp)
trap 'rm -f "$body"' EXIT
cat > "$body" <<'JSON'
{"name":"Load test","freeCashFlows":[100,110,121,133.1,146.41],"discountRate":0.10,
 "terminal":{"method":"GORDON","growth":0.03},"netDebt":200,"sharesOutstanding":100}
JSON

# Warm the JIT and the pools first, so the figures describe the steady state.
ab -q -n 200 -c "$CONCURRENCY" -k -p "$body" -T application/json -H "Authorization: Bearer $token" \
  "$BASE_URL/api/v1/valuations/dcf" >/dev/null
ab -n "$REQUESTS" -c "$CONCURRENCY" -k -p "$body" -T application/json -H "Authorization: Bearer $token" \
  "$BASE_URL/api/v1/valuations/dcf"

#!/usr/bin/env bash
# Audit append throughput of a running Valor IVX, over loopback: REQUESTS audited mutations
# (POST /api/v1/valuations/dcf: one run stored + one audit entry appended in the same transaction,
# all in one tenant, so every append queues on the same chain head lock) sent CONCURRENCY at a time
# with curl, then the number of new audit entries divided by the wall time, and a verification of
# the chain (concurrent appends must not fork it).
#
#   server-config/src/main/scripts/load-audit.sh [base-url]     (default http://localhost:8080)
#   env: VALOR_ADMIN_PASSWORD (else <repo>/.valor/admin-password), REQUESTS (1000), CONCURRENCY (8)
set -euo pipefail

BASE_URL=${1:-http://localhost:8080}
REQUESTS=${REQUESTS:-1000}
CONCURRENCY=${CONCURRENCY:-8}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
PASSWORD=${VALOR_ADMIN_PASSWORD:-$(cat "$REPO/.valor/admin-password")}

case $BASE_URL in
  http://localhost:*|http://127.*) ;;
  *) echo "load-audit: only loopback targets are allowed, not $BASE_URL" >&2; exit 2 ;;
esac

token=$(curl -sf -X POST "$BASE_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "load-audit: could not sign in as admin" >&2; exit 1; }

body='{"name":"Audit load","freeCashFlows":[100,110,121,133.1,146.41],"discountRate":0.10,"terminal":{"method":"GORDON","growth":0.03},"netDebt":200,"sharesOutstanding":100}'
total() {
  curl -sf "$BASE_URL/api/v1/admin/audit?size=1" -H "Authorization: Bearer $token" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'
}
fire() {
  seq "$1" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST \
    "$BASE_URL/api/v1/valuations/dcf" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "$body"
}

fire 200 >/dev/null   # warm the JIT and the pools
before=$(total)
start=$(date +%s%N)
codes=$(fire "$REQUESTS")
end=$(date +%s%N)
after=$(total)
ms=$(( (end - start) / 1000000 ))
appended=$((after - before))
echo "requests: $REQUESTS at concurrency $CONCURRENCY, answers: $(sort <<<"$codes" | uniq -c | tr '\n' ' ')"
echo "audit entries appended: $appended in $ms ms = $(( appended * 1000 / (ms > 0 ? ms : 1) )) entries/s"
echo "verify: $(curl -sf "$BASE_URL/api/v1/admin/audit/verify" -H "Authorization: Bearer $token")"

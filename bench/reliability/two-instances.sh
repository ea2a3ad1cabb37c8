#!/usr/bin/env bash
# Two instances over one PostgreSQL (issue #8, item 4), started at the same time, with nginx round-robin in front:
#   (a) concurrent If-Match updates through both instances and nginx: one 200 per ETag generation, the rest 412,
#       no update lost;
#   (b) one Idempotency-Key sent 20 times at once, alternating between the instances: one claim, one id;
#   (c) one link created 20 times at once across the instances: one 201, the rest 409, one claim_links row;
#   (d) a key used (so cached) on instance b and revoked through instance a is refused on b within moments.
# Prints a table; exits non-zero on a failed check.
#
# Settings: A_PORT (19081), B_PORT (19082), NGINX_PORT (19080), CLIENTS (8, for a), PARALLEL (20, for b and c),
# ROUNDS (5, of each), PG_PORT (55432), REL_POOL_OPTS (see lib.sh).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

A_PORT=${A_PORT:-19081}
B_PORT=${B_PORT:-19082}
NGINX_PORT=${NGINX_PORT:-19080}
CLIENTS=${CLIENTS:-8}
PARALLEL=${PARALLEL:-20}
ROUNDS=${ROUNDS:-5}

rel_init
rel_need postgresql nginx
rel_build
rel_keys
pg_init_and_start
# Both at once, as in a rolling deployment: Flyway and the bootstrap ADMIN key must cope with a concurrent start.
svc_start a "$A_PORT"
a_pid=$SVC_PID
svc_start b "$B_PORT"
b_pid=$SVC_PID
svc_wait_ready a "$A_PORT" "$a_pid" 120
svc_wait_ready b "$B_PORT" "$b_pid" 120
nginx_start "$NGINX_PORT" "$A_PORT" "$B_PORT"

A="http://127.0.0.1:$A_PORT"
B="http://127.0.0.1:$B_PORT"
P="http://127.0.0.1:$NGINX_PORT"
KEY=$(rel_editor_key "$P")

python3 "$REL_DIR/reltool.py" two-instances --direct "$A,$B" --proxy "$P" --key "$KEY" --clients "$CLIENTS" \
  --parallel "$PARALLEL" --rounds "$ROUNDS" --admin-key "$ADMIN_KEY" --nginx-log "$WORK/nginx/access.log" --logs "$WORK/a.log,$WORK/b.log"

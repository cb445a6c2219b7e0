-- wrk script for bench/viewer_load.sh: POST /api/attention with the JSON body in
-- $ATTN_LOAD_BODY on every request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("ATTN_LOAD_BODY")

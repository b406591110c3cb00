-- One scenario of `make bench`, for wrk: the request, and a JSON summary when it ends.
-- Set by tests/bench/run.py through the environment:
--   BENCH_METHOD     GET (default) or POST
--   BENCH_HEADERS    extra headers, one "Name: value" per line (cookies, CSRF token)
--   BENCH_BODY_FILE  a body to POST, in which each {{id}} becomes a fresh UUID
--   BENCH_RUN_ID     15 hex digits unique to the run, so those UUIDs never repeat a run's
--   BENCH_EXPECT     the status every answer must have (default 200); others are errors

wrk.method = os.getenv("BENCH_METHOD") or "GET"
for line in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^\n]+") do
  local name, value = string.match(line, "^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end
local expected = tonumber(os.getenv("BENCH_EXPECT") or "200")
local body_file = os.getenv("BENCH_BODY_FILE") or ""
local run_id = os.getenv("BENCH_RUN_ID") or "000000000000000"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  queries, counted, unexpected, last_unexpected, sent = 0, 0, 0, 0, 0
end

if body_file ~= "" then
  local file = assert(io.open(body_file, "r"))
  local template = file:read("*a")
  file:close()

  -- Unique within the run (thread and counter) and across runs (run_id); version 4 form.
  function request()
    sent = sent + 1
    local id = string.format(
      "%08x-%04x-4%s-8%s-%s",
      sent, thread_number, run_id:sub(1, 3), run_id:sub(4, 6), run_id:sub(7, 15) .. "000"
    )
    return wrk.format(nil, nil, nil, (string.gsub(template, "{{id}}", id)))
  end
end

function response(status, headers, body)
  local count = tonumber(headers["X-SQL-Queries"])
  if count then
    queries, counted = queries + count, counted + 1
  end
  if status ~= expected then
    unexpected, last_unexpected = unexpected + 1, status
  end
end

function done(summary, latency, requests)
  local queries, counted, unexpected, last_unexpected = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    queries = queries + thread:get("queries")
    counted = counted + thread:get("counted")
    unexpected = unexpected + thread:get("unexpected")
    if thread:get("last_unexpected") ~= 0 then
      last_unexpected = thread:get("last_unexpected")
    end
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, '
      .. '"p99_us": %d, "socket_errors": %d, "unexpected_status": %d, '
      .. '"last_unexpected_status": %d, "queries": %d, "counted": %d}\n',
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    errors.connect + errors.read + errors.write + errors.timeout,
    unexpected, last_unexpected, queries, counted
  ))
end

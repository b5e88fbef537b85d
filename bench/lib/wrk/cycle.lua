-- Cycles through fixed requests (DATA.requests: method, path, headers, body); each thread starts
-- at its own offset, shifted by the `start` argument. DATA.think > 0: each connection waits that
-- many ms before each request (a client that reads what it got).

local formatted = {}
local n = 0

function init(args)
  local start = tonumber(args[1]) or 0
  for i, r in ipairs(DATA.requests) do
    formatted[i] = wrk.format(r.method, r.path, r.headers, r.body)
  end
  n = start + (thread_index or 0) * 7919
end

function request()
  n = n + 1
  return formatted[(n % #formatted) + 1]
end

if (DATA.think or 0) > 0 then
  function delay()
    return DATA.think
  end
end

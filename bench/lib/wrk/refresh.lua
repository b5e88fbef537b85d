-- Refresh with rotation: each request takes an unused token from this thread's pool and each
-- 200 answer puts back its rotated successor, so no token is ever replayed (a replay would only
-- measure reuse detection). A failed answer loses its token (wrk does not say which request it
-- answers); an empty pool sends an invalid token, counted as non-2xx.

local pool = {}

function init(args)
  local threads = tonumber(args[2]) or 1
  for i, token in ipairs(DATA.tokens) do
    if (i - 1) % threads == (thread_index or 0) then
      pool[#pool + 1] = token
    end
  end
end

function request()
  local token = table.remove(pool, 1) or "exhausted"
  return wrk.format("POST", "/api/auth/refresh/", { ["Content-Type"] = "application/json" },
    '{"refresh":"' .. token .. '"}')
end

function response(status, headers, body)
  if status == 200 then
    local token = string.match(body, '"refresh"%s*:%s*"([^"]+)"')
    if token then
      pool[#pool + 1] = token
    end
  end
end

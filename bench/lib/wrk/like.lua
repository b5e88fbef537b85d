-- Likes: request n has user n % #tokens like post floor(n / #tokens) % #posts, so with 50 users
-- and 500 posts the first 25,000 requests are distinct pairs. The `start` argument moves the
-- sequence (the measured run continues where the warm-up stopped); threads take disjoint residues.

local n = 0
local step = 1

function init(args)
  local threads = tonumber(args[2]) or 1
  n = (tonumber(args[1]) or 0) + (thread_index or 0)
  step = threads
end

function request()
  local users = #DATA.tokens
  local user = DATA.tokens[(n % users) + 1]
  local post = DATA.posts[(math.floor(n / users) % #DATA.posts) + 1]
  n = n + step
  return wrk.format("POST", "/api/post/" .. post .. "/like/", { ["Authorization"] = "Bearer " .. user })
end

/**
 * The ceiling of an idle event stream on this machine: a bare `node:http` server that answers
 * `GET /api/events/` with the same head and first frame as MentalMuse and holds the response
 * open — no framework, no authentication, no bookkeeping beyond the response itself. What one
 * such stream costs is the runtime's floor; `bench/live.ts` measures it in the same run.
 *
 * Environment: PORT.
 */
import http from 'node:http';

const open = new Set<http.ServerResponse>();
const server = http.createServer((request, response) => {
  if (request.url === '/health/') {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    return;
  }
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  response.write('retry: 3000\n\n');
  open.add(response);
  response.on('close', () => open.delete(response));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');

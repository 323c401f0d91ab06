import type http from 'node:http';
import net from 'node:net';

/**
 * Stops an HTTP server gracefully. Node's own `close()` also drops every idle connection at
 * once, including ones accepted a moment ago whose request has not arrived yet: those clients
 * would see their request fail. So: stop accepting, keep serving what arrives on open
 * connections for `graceMs` (responses then carry `Connection: close`), close idle connections,
 * and only at `deadlineMs` cut whatever is left.
 */
export async function drainHttpServer(server: http.Server, graceMs: number, deadlineMs: number): Promise<void> {
  const started = Date.now();
  const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let done = false;
  void closed.then(() => (done = true));
  while (!done && Date.now() - started < deadlineMs) {
    if (Date.now() - started >= graceMs) server.closeIdleConnections();
    await Promise.race([closed, sleep(50)]);
  }
  if (!done) {
    server.closeAllConnections();
    await closed;
  }
}

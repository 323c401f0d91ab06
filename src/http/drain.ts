import type http from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';

interface SocketState {
  active: number;
  served: number;
}

/**
 * Graceful stopping for an HTTP server. Node's own `close()` drops every idle connection at
 * once, including ones accepted a moment ago whose request has not arrived yet: those clients
 * would see their request fail. `drain()` instead stops accepting, closes keep-alive connections
 * that sit between requests, gives just-accepted connections `graceMs` to deliver their request
 * (served with `Connection: close`), and cuts whatever is left at `deadlineMs`.
 */
export function drainableServer(server: http.Server) {
  const sockets = new Map<Socket, SocketState>();
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { active: 0, served: 0 });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const state = sockets.get(req.socket);
    if (!state) return;
    state.active++;
    res.once('close', () => {
      state.active--;
      state.served++;
    });
  });

  const closeBetweenRequests = (includeFresh: boolean) => {
    for (const [socket, state] of sockets) {
      if (state.active === 0 && (includeFresh || state.served > 0)) socket.destroy();
    }
  };

  return {
    async drain(graceMs: number, deadlineMs: number): Promise<void> {
      const started = Date.now();
      let done = false;
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve())).then(() => {
        done = true;
      });
      while (!done && Date.now() - started < deadlineMs) {
        closeBetweenRequests(Date.now() - started >= graceMs);
        await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 25))]);
      }
      if (!done) {
        server.closeAllConnections();
        await closed;
      }
    },
  };
}

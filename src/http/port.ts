import net from 'node:net';

/** Start-up refused because the HTTP port is taken: the message names PORT. */
export class PortInUseError extends Error {}

/**
 * Fails at once when the port is taken, before PostgreSQL, the migrations and the seed start
 * (a second `npm start` would otherwise do all that, then fail). The port is bound and released
 * here; the server binds it again at the end of the start-up.
 */
export async function checkPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(portError(error, host, port)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

export function portError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new PortInUseError(
      `PORT ${port} is already in use on ${host} (another server, or a second npm start?): stop it, or set PORT to a free port (PORT=0 picks one)`,
    );
  }
  if (error.code === 'EACCES')
    return new PortInUseError(`PORT ${port} on ${host} needs privileges this process lacks: set PORT above 1023`);
  return error;
}

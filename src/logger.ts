import pino from 'pino';
import type { Config } from './config';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout; credentials are redacted wherever they appear. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', 'authorization', 'password', 'databaseUrl'],
      censor: '[redacted]',
    },
    base: { service: 'alliance-api' },
  });
}

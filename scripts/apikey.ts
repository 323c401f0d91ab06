import 'reflect-metadata';
import { connectDatabase } from '../src/app';
import { issueApiKey, listApiKeys, revokeApiKeyLocally } from '../src/auth/api-key.service';
import { Role } from '../src/auth/role';
import { DomainError } from '../src/common/errors';
import { ConfigError, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';

const USAGE = `Usage:
  npm run apikey -- create <name> [--role READER|EDITOR|ADMIN]   (default EDITOR; prints the key once)
  npm run apikey -- list
  npm run apikey -- revoke <name>`;

class UsageError extends Error {}

function parse(argv: string[]): { command: string; name?: string; role: Role } {
  const [command, ...rest] = argv;
  let role = Role.EDITOR;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--role') {
      const value = rest[++i]?.toUpperCase();
      if (!value || !(value in Role)) throw new UsageError(`--role must be READER, EDITOR or ADMIN (got ${rest[i] ?? 'nothing'})`);
      role = value as Role;
    } else {
      positional.push(rest[i]);
    }
  }
  const needsName = command === 'create' || command === 'revoke';
  if (!['create', 'list', 'revoke'].includes(command) || positional.length !== (needsName ? 1 : 0)) throw new UsageError(USAGE);
  return { command, name: positional[0], role };
}

/** `npm run apikey`: the same services (and audit entries) as the admin mutations, acting as the local user. */
async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const config = { ...loadConfig(), seedWhenEmpty: false };
  // stdout carries the key alone, so scripts can capture it; logs stay quiet.
  const { db, embedded } = await connectDatabase(config, createLogger({ logLevel: 'warn' }), { shareEmbedded: true });
  try {
    if (args.command === 'create') {
      const { apiKey, key } = await issueApiKey(db, config, { name: args.name!, role: args.role });
      process.stdout.write(`${key}\n`);
      process.stderr.write(`Created API key "${apiKey.name}" (${apiKey.role}, ${apiKey.prefix}…). Store it now: it is not shown again.\n`);
    } else if (args.command === 'revoke') {
      const apiKey = await revokeApiKeyLocally(db, config, { name: args.name! });
      process.stdout.write(`Revoked API key "${apiKey.name}" (${apiKey.prefix}…) at ${apiKey.revokedAt!.toISOString()}\n`);
    } else {
      const keys = await listApiKeys(db);
      const rows = keys.map((k) => [
        k.name,
        k.role,
        `${k.prefix}…`,
        k.createdAt.toISOString(),
        k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active',
      ]);
      const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), 4));
      for (const row of rows) process.stdout.write(`${row.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join('  ')}\n`);
      if (rows.length === 0) process.stdout.write('No API keys yet.\n');
    }
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  const known = error instanceof ConfigError || error instanceof DomainError;
  console.error(known ? `Error: ${error.message}` : error);
  process.exit(1);
});

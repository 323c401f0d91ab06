import { registerEnumType, type AuthChecker } from 'type-graphql';
import type { Context } from '../context';
import { forbidden, unauthenticated } from '../common/errors';

/** Each role can do everything the ones before it can. */
export enum Role {
  READER = 'READER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may do; each role includes the ones before it.',
  valuesConfig: {
    READER: { description: 'Read, when the server requires a key for reads; no writes.' },
    EDITOR: { description: 'Record and correct calls, statements, sources, officials and the rest.' },
    ADMIN: { description: 'Also delete, maintain reference data (treaties, territories, topics), manage keys and read the audit log.' },
  },
});

const RANK: Record<Role, number> = { [Role.READER]: 0, [Role.EDITOR]: 1, [Role.ADMIN]: 2 };

/** Who is calling: the API key a request was made with. */
export interface Principal {
  /** Null for the command line, which acts without a key. */
  keyId: number | null;
  name: string;
  role: Role;
}

export function hasRole(principal: Principal, role: Role): boolean {
  return RANK[principal.role] >= RANK[role];
}

/** The caller, when their key has at least `role`; `what` names the operation in the error. Used by authChecker. */
export function requireRole(ctx: Pick<Context, 'principal'>, role: Role, what: string): Principal {
  const principal = ctx.principal;
  if (!principal) throw unauthenticated(`${what} needs an API key with the ${role} role: send "Authorization: Bearer <key>"`);
  if (!hasRole(principal, role)) throw forbidden(`${what} needs the ${role} role; the key "${principal.name}" has ${principal.role}`);
  return principal;
}

/**
 * type-graphql's `authChecker` (see createSchema): every query and mutation that needs a role
 * declares it with `@Authorized(Role.X)`, and this checks it before the resolver runs. It throws
 * rather than answering false so that clients keep hearing UNAUTHENTICATED (no key) or FORBIDDEN
 * (a key without the role), with the field's name, instead of type-graphql's generic errors.
 */
export const authChecker: AuthChecker<Pick<Context, 'principal'>, Role> = ({ context, info }, roles) => {
  if (roles.length !== 1)
    throw new Error(
      `@Authorized on ${info.parentType.name}.${info.fieldName} must name exactly one role (each includes the ones before it)`,
    );
  requireRole(context, roles[0], info.fieldName);
  return true;
};

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  parse,
  print,
  stripIgnoredCharacters,
  visit,
  type ASTNode,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { hasRole, Role, type Principal } from '../auth/role';
import { ErrorCode } from '../common/errors';
import type { TrustedDocumentsMode } from '../config';
import type { Context } from '../context';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const byPrint = (a: ASTNode, b: ASTNode) => (print(a) < print(b) ? -1 : print(a) > print(b) ? 1 : 0);
const byName = <T extends { name: { value: string } }>(a: T, b: T) =>
  a.name.value < b.name.value ? -1 : a.name.value > b.name.value ? 1 : 0;

/**
 * One text for every way of writing the same operation: selections, arguments, object fields,
 * variable definitions and definitions in a fixed order, no ignored characters. graphql-codegen
 * writes persisted documents in a normalized form of its own, and clients send the document as
 * they print it; both sides brought to this form compare equal.
 */
export function canonicalDocument(document: DocumentNode): string {
  const sorted = visit(document, {
    leave(node: ASTNode) {
      switch (node.kind) {
        case Kind.SELECTION_SET:
          return { ...node, selections: [...node.selections].sort(byPrint) };
        case Kind.FIELD:
        case Kind.DIRECTIVE:
          return node.arguments?.length ? { ...node, arguments: [...node.arguments].sort(byName) } : undefined;
        case Kind.OBJECT:
          return { ...node, fields: [...node.fields].sort(byName) };
        case Kind.OPERATION_DEFINITION:
          return node.variableDefinitions?.length
            ? { ...node, variableDefinitions: [...node.variableDefinitions].sort((a, b) => byName(a.variable, b.variable)) }
            : undefined;
        case Kind.DOCUMENT:
          return { ...node, definitions: [...node.definitions].sort(byPrint) };
        default:
          return undefined;
      }
    },
  }) as DocumentNode;
  return stripIgnoredCharacters(print(sorted));
}

/**
 * graphql-codegen's persisted documents (the client preset with `persistedDocuments`):
 * `{ "sha256:<hex>": "<document>" }` (older versions: `{ "<hex>": "<document>" }`). A document is
 * found by its id, with or without the `sha256:` prefix, or recognised by its text.
 */
export class TrustedDocuments {
  private readonly texts = new Map<string, string>();
  private readonly textHashes = new Set<string>();
  private readonly canonical = new Set<string>();
  private readonly names = new Set<string>();

  constructor(manifest: unknown, where = 'the trusted documents') {
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
      throw new Error(`${where}: expected a JSON object of id → document (graphql-codegen's persisted-documents.json)`);
    }
    for (const [id, text] of Object.entries(manifest)) {
      if (typeof text !== 'string') throw new Error(`${where}: the document of "${id}" is not a string`);
      let document: DocumentNode;
      try {
        document = parse(text, { noLocation: true });
      } catch (error) {
        throw new Error(`${where}: the document of "${id}" is not GraphQL (${(error as Error).message})`, { cause: error });
      }
      this.texts.set(bareId(id), text);
      this.textHashes.add(sha256(text));
      this.canonical.add(canonicalDocument(document));
      for (const definition of document.definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) this.names.add(definition.name.value);
      }
    }
  }

  static fromFile(file: string): TrustedDocuments {
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`TRUSTED_DOCUMENTS: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, {
        cause: error,
      });
    }
    let manifest: unknown;
    try {
      manifest = JSON.parse(raw);
    } catch (error) {
      throw new Error(`TRUSTED_DOCUMENTS: ${file} is not JSON`, { cause: error });
    }
    return new TrustedDocuments(manifest, `TRUSTED_DOCUMENTS (${file})`);
  }

  get size(): number {
    return this.texts.size;
  }

  /** The document with this id (`sha256:<hex>` or `<hex>`). */
  lookup(id: string): string | undefined {
    return this.texts.get(bareId(id));
  }

  /** Whether a document is on the list: its exact text (`sha256` of it, as Apollo computes), else its canonical form. */
  includes(document: DocumentNode, textHash?: string): boolean {
    return (textHash !== undefined && this.textHashes.has(textHash)) || this.canonical.has(canonicalDocument(document));
  }

  /** The names of the list's operations: the metrics give each a series of its own. */
  get operationNames(): ReadonlySet<string> {
    return this.names;
  }

  /** For metrics: whether an operation name is one of the list's (a name a client chose cannot push them out). */
  isTrustedOperationName(name: string | null | undefined): boolean {
    return !!name && this.names.has(name);
  }
}

const bareId = (id: string) => id.replace(/^sha256:/i, '').toLowerCase();

/** Only `__schema`, `__type` and `__typename` at the root of every operation: what an IDE asks to learn the schema. */
export function isIntrospectionOnly(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((operation) =>
      operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && /^__(schema|type|typename)$/.test(s.name.value)),
    )
  );
}

/**
 * What runs when trusted documents are on (`allowlist` or `ids-only`):
 * - the documents of the list, by id (`documentId`, `extensions.persistedQuery.sha256Hash`), or,
 *   in `allowlist` mode, by their text;
 * - where INTROSPECTION is on, introspection (so the explorer and codegen learn the schema) and,
 *   for an API key with the EDITOR role or more, any operation: the explorer stays usable for the
 *   people the operator gave keys to, while anonymous and READER clients run only the list.
 */
export class TrustedDocumentsPolicy {
  constructor(
    readonly mode: TrustedDocumentsMode,
    readonly documents: TrustedDocuments | null,
    private readonly introspection: boolean,
  ) {}

  /**
   * For metrics (operation-name labels): whether a name is one of the trusted documents'. False
   * when there is no list.
   */
  isTrustedOperationName(name: string | null | undefined): boolean {
    return this.documents?.isTrustedOperationName(name) ?? false;
  }

  /**
   * The refusal for an operation about to run, or null. `byId`: the request named a document of
   * the list. `textAllowed`: a listed document may come as text (`allowlist` mode; always on the
   * WebSocket, whose protocol carries the text).
   */
  refusal(
    document: DocumentNode,
    principal: Principal | null | undefined,
    byId: boolean,
    { textHash, textAllowed = this.mode === 'allowlist' }: { textHash?: string; textAllowed?: boolean } = {},
  ): GraphQLError | null {
    if (this.mode === 'off' || byId) return null;
    if (this.introspection && (isIntrospectionOnly(document) || (principal && hasRole(principal, Role.EDITOR)))) return null;
    if (textAllowed && this.documents?.includes(document, textHash)) return null;
    return new GraphQLError(
      this.mode === 'ids-only'
        ? 'This server runs only its trusted documents, sent by id: send "documentId" (or extensions.persistedQuery.sha256Hash) from your persisted-documents.json instead of the query text'
        : 'This server runs only its trusted documents (the operations its frontends ship), and this operation is not one of them',
      { extensions: { code: ErrorCode.TRUSTED_DOCUMENT_REQUIRED } },
    );
  }
}

/** The id a GraphQL-over-HTTP request names its document by: `documentId` (body or query string), or the APQ hash. */
function requestedId(request: {
  query?: string;
  extensions?: Record<string, unknown>;
  http?: { body: unknown; search: string };
}): { id: string; apq: boolean } | undefined {
  if (request.query !== undefined) return undefined;
  const body = request.http?.body;
  const documentId =
    body && typeof body === 'object' && 'documentId' in body
      ? (body as { documentId: unknown }).documentId
      : new URLSearchParams(request.http?.search ?? '').get('documentId');
  if (typeof documentId === 'string' && documentId) return { id: documentId, apq: false };
  const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  return typeof hash === 'string' && hash ? { id: hash, apq: true } : undefined;
}

/**
 * Apollo plugin: a request naming a document of the list by id runs that document (Apollo's own
 * automatic persisted queries are left to answer the other ids: PERSISTED_QUERY_NOT_FOUND); then
 * the policy decides whether the operation may run.
 */
export function trustedDocumentsPlugin(policy: TrustedDocumentsPolicy): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const named = requestedId(request);
      let byId = false;
      if (named) {
        const text = policy.documents?.lookup(named.id);
        const { persistedQuery: _apq, ...extensions } = request.extensions ?? {};
        if (text !== undefined) {
          request.query = text;
          request.extensions = extensions;
          byId = true;
        } else if (!named.apq) {
          // Not ours: Apollo's persisted-query cache answers (PERSISTED_QUERY_NOT_FOUND unless a client registered it).
          request.extensions = { ...extensions, persistedQuery: { version: 1, sha256Hash: named.id.replace(/^sha256:/i, '') } };
        }
      }
      if (policy.mode === 'off') return;
      return {
        async didResolveOperation({ document, queryHash }) {
          const refused = policy.refusal(document, contextValue.principal, byId, { textHash: queryHash });
          if (refused) throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 403 } } });
        },
      };
    },
  };
}

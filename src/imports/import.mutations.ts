import { Role } from '../auth/role';
import { mutation } from '../write/mutation-resolvers';
import {
  AcceptDraftInput,
  AcceptDraftPayload,
  AddAliasInput,
  RemoveAliasInput,
  AliasPayload,
  ImportDocumentInput,
  ImportDocumentPayload,
  RejectDraftInput,
  RejectDraftPayload,
  RemoveTextVariantInput,
  RemoveTextVariantPayload,
  AddTextVariantInput,
  TextVariantPayload,
  DraftSentenceInput,
  DraftSentencePayload,
} from './import.inputs';
import { acceptDraft, addTextVariant, changeAlias, draftSentence, importDocument, rejectDraft, removeTextVariant } from './import.service';

export const importMutations = [
  mutation({
    name: 'importDocument',
    description:
      'Reads a document (text or saved HTML) and stores the draft statements found in it, with the evidence for each guess; nothing becomes a statement until a draft is accepted. The same content imported again (typography aside) is a CONFLICT naming the earlier import (extensions.existingId); a document recorded as a source already is a CONFLICT naming it (extensions.sourceId) unless allowRecordedSource is true. Parsing and extraction run in a worker thread: a document too slow to read within the import deadline is stopped, with a TIMEOUT error.',
    role: Role.EDITOR,
    input: ImportDocumentInput,
    inputDescription: 'The document and what is known about it.',
    payload: ImportDocumentPayload,
    write: importDocument,
  }),
  mutation({
    name: 'acceptDraft',
    description:
      'Records a draft (with corrections, if given) as a statement through addStatement: its source (matched or created), the officials and organization it proposes, and the imported document as a source that reports it.',
    role: Role.EDITOR,
    input: AcceptDraftInput,
    inputDescription: 'The draft and corrections.',
    payload: AcceptDraftPayload,
    write: acceptDraft,
  }),
  mutation({
    name: 'draftSentence',
    description:
      'Turns a sentence the import skipped (see ImportDocument.sentences) into a pending draft: its words (or the text given), the document as source, its publisher as author; review and accept it like any other draft. A sentence already drafted is a CONFLICT naming its drafts.',
    role: Role.EDITOR,
    input: DraftSentenceInput,
    inputDescription: 'The sentence, and the kind and words of the draft if not as the document has them.',
    payload: DraftSentencePayload,
    write: draftSentence,
  }),
  mutation({
    name: 'rejectDraft',
    description: 'Marks a draft rejected; nothing is recorded.',
    role: Role.EDITOR,
    input: RejectDraftInput,
    inputDescription: 'The draft.',
    payload: RejectDraftPayload,
    write: rejectDraft,
  }),
  mutation({
    name: 'addAlias',
    description: 'Adds an alias to an official, organization, country, commitment or topic; the next import matches it.',
    role: Role.EDITOR,
    input: AddAliasInput,
    inputDescription: 'The entity and the alias.',
    payload: AliasPayload,
    write: (tx, input: AddAliasInput) => changeAlias(tx, input, true),
  }),
  mutation({
    name: 'removeAlias',
    description: 'Removes an alias from an official, organization, country, commitment or topic.',
    role: Role.EDITOR,
    input: RemoveAliasInput,
    inputDescription: 'The entity and the alias.',
    payload: AliasPayload,
    write: (tx, input: RemoveAliasInput) => changeAlias(tx, input, false),
  }),
  mutation({
    name: 'addTextVariant',
    description: 'Adds wording a synonym spinner produces, with the real wording the import restores in its place.',
    role: Role.EDITOR,
    input: AddTextVariantInput,
    inputDescription: 'The variant.',
    payload: TextVariantPayload,
    write: addTextVariant,
  }),
  mutation({
    name: 'removeTextVariant',
    description: 'Removes a text variant.',
    role: Role.EDITOR,
    input: RemoveTextVariantInput,
    inputDescription: 'The variant.',
    payload: RemoveTextVariantPayload,
    write: removeTextVariant,
  }),
];

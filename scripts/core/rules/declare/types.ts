/**
 * The format of jobld's content rules: one module per rule (scripts/core/rules/<name>.ts), listed
 * once in scripts/core/rules/registry.ts. A rule declares its check for each layer it runs in, its
 * messages (id, severity, English and Dutch words), a one-line doc for the README and examples
 * that must pass and must fail (tests/rules.test.ts runs them for every rule).
 *
 * The layers: `document` (one document: in the zod model and in the Studio's form), `studio`
 * (a check that needs the Content Lake, in the Studio's form), `across` (the build's checks
 * across documents) and `jsonld` (the JSON-LD the build writes, node by node).
 */
import type { Path, Severity } from '../../issue.ts'
import type { MessageParams, Words } from '../../messages/wording.ts'
import type { DocumentType } from '../../model/documentTypes.ts'
import type { AcrossView, ReferenceGraph } from './acrossView.ts'
import type { SlimDocument } from '../../model/slimDocument.ts'
import type { JsonObject } from '../../jsonObject.ts'
import type { JsonLdScope } from './jsonLdScope.ts'
import type { TranslationGroup } from '../../translations/translationGroups.ts'

/** Where a rule runs. */
export type Layer = 'document' | 'studio' | 'across' | 'jsonld'

/** One message of a rule, by its id. */
export interface RuleMessage {
  /** How bad it is; the rule's severity when not given. */
  readonly severity?: Severity
  /** The code when several wordings share one (`google.required.telecommute` is a `google.required`); else the id. */
  readonly code?: string
  readonly en: Words
  readonly nl: Words
}

/** A rule's messages, by id. */
export type RuleMessages = Readonly<Record<string, RuleMessage>>

/** A broken rule, before it is worded: the Studio words it in its language, the build in English. */
export interface Violation<C extends string = string> {
  /** The id of the rule's message (also the code, unless the message names another). */
  code: C
  /** Field path inside the document the rule was checked on. */
  path: Path
  params: MessageParams
  /** Set when the rule spans documents (tier ladder): the document the violation belongs to. */
  docId?: string
}

/** A violation found across documents or in JSON-LD: it names the document it belongs to. */
export type Finding<C extends string = string> = Violation<C> & { docId: string; docType: string }

/**
 * A rule about one field of a document type: it gets the field's text (a slug's `current`), and
 * runs on the field alone (in the zod model and on the Studio's field), even when other fields fail.
 */
export interface FieldEntry<C extends string = string> {
  readonly type: DocumentType
  readonly field: string
  check(text: string): Violation<C> | undefined
}

/**
 * A rule about a whole document of a type: in the zod model once its fields are valid, in the
 * Studio on the form as it is (half filled: the check reads what it needs and skips what is missing).
 */
export interface WholeDocumentEntry<C extends string = string> {
  readonly type: DocumentType
  readonly field?: undefined
  check(document: unknown): Violation<C>[]
}

/** The document layer of a rule: on a field, or on the whole document. */
export type DocumentEntry<C extends string = string> = FieldEntry<C> | WholeDocumentEntry<C>

/** The Studio's checks that query the Content Lake or read an option of the plugin; schemas/lib/studioChecks.ts supplies them. */
export type StudioCheckId = 'profileLadder' | 'tierLadder' | 'payTransparency' | 'confidentialEmployer' | 'translations'

/** A Studio check of a rule, on a document type (or one of its fields). */
export interface StudioEntry {
  readonly type: DocumentType
  readonly field?: string
  readonly check: StudioCheckId
}

/**
 * The phases of the checks across documents, in the order the report gives them: references,
 * slugs, profiles, vacancies, organisations, then the notices said only of documents the export
 * keeps (`kept`: a document refused for any error hears nothing of them). Within a phase, the
 * issues of one document come in the order of the rules' `order`.
 */
export type AcrossPhase = 'references' | 'slug' | 'profile' | 'vacancy' | 'organization' | 'kept'

/** The layer across documents: one valid document at a time, reading the others through the view. */
export interface DocumentAcrossEntry<C extends string = string> {
  readonly phase: AcrossPhase
  /** Its place among the rules of its phase on one document (lower first; tens, to leave room between). */
  readonly order: number
  /**
   * Findings on other documents that several documents may find (a tier on the ladders of two
   * profiles) are reported once for each document, path and message.
   */
  readonly once?: boolean
  check(document: SlimDocument, view: AcrossView): Finding<C>[]
}

/** The layer across documents on the references of the whole dataset at once (cycles). */
export interface GraphAcrossEntry<C extends string = string> {
  readonly phase: 'graph'
  check(graph: ReferenceGraph): Finding<C>[]
}

/**
 * The layer across documents on a translation metadata document (`@sanity/document-internationalization`):
 * its group of members, each read through the view (a change to any member checks the group again).
 */
export interface TranslationsAcrossEntry<C extends string = string> {
  readonly phase: 'translations'
  check(group: TranslationGroup, view: AcrossView): Finding<C>[]
}

/** A rule's layer across documents. */
export type AcrossEntry<C extends string = string> = DocumentAcrossEntry<C> | GraphAcrossEntry<C> | TranslationsAcrossEntry<C>

/** The JSON-LD layer: each node of these schema.org types, as the build writes it. */
export interface JsonLdEntry<C extends string = string> {
  readonly types: readonly string[]
  check(node: JsonObject, scope: JsonLdScope<C>): void
}

/** An input of an example: documents (the document and across layers) or a JSON-LD graph. */
export type ExampleInput =
  | { readonly documents: ReadonlyArray<Readonly<Record<string, unknown>>> }
  | {
      readonly jsonld: Readonly<Record<string, unknown>>
      /** The names the page keeps back, as the build gives them (JsonLdScope.withheld); none when not given. */
      readonly withheld?: readonly string[]
    }

/**
 * An input the rule refuses, with every line its messages give, as the report writes them
 * (`<_id> <path>: <severity: >message`, the path left out when empty, the `_id` for JSON-LD;
 * English) and the same lines in Dutch.
 */
export type FailingExample = ExampleInput & { readonly report: readonly string[]; readonly nl: readonly string[] }

/** Examples that become the rule's tests. */
export interface Examples {
  /** Inputs that give none of the rule's messages. */
  readonly pass: readonly ExampleInput[]
  /** Inputs that give exactly these lines of the rule's messages. */
  readonly fail: readonly FailingExample[]
}

/**
 * One content rule: everything about it, in one module. `C` is the ids of its messages, which its
 * checks report; a rule of the registry is a `Rule` (any messages, any ids).
 */
export interface Rule<M extends RuleMessages = RuleMessages, C extends string = keyof M & string> {
  /** The rule's name: its module's and its export's. */
  readonly name: string
  /** What it asks of the content, in one line (the README's "Content rules" table). */
  readonly doc: string
  /** How bad a broken rule is, unless a message says otherwise. */
  readonly severity: Severity
  readonly messages: M
  readonly document?: ReadonlyArray<DocumentEntry<C>>
  readonly studio?: readonly StudioEntry[]
  readonly across?: AcrossEntry<C>
  readonly jsonld?: ReadonlyArray<JsonLdEntry<C>>
  readonly examples: Examples
}

/**
 * The format of jobld's content model: one declaration per document and object type, pure data
 * (no Sanity, no React), from which the zod model (here), the Studio's schema types (schemas/),
 * the slim projections and reference fields (core/validate), the importer's front matter map
 * (import/lib), the Studio's "Problemen" lists (studio/plugin) and the README's front matter
 * table are derived. A field is declared with a builder of `field` (field.ts), a type with
 * defineDocument or defineObject. A vacancy field that Markdown can set is one entry in
 * `fields` and one in `frontMatter` of vacancy.ts:
 *
 *   directApply: field.boolean({ group: 'publication', nl: { title: 'Direct solliciteren', … }, en: { title: 'Direct apply', … } }),
 *   …
 *   directApply: { field: 'directApply', expected: 'true or false', doc: 'true when candidates apply directly' },
 */
import type { z } from 'zod'
import type { Path } from '../../issue.ts'
import type { FormatHint } from '../../messages/issueMessages.ts'
import type { StudioMessageId } from '../../messages/studioMessages.ts'
import type { Language, Wording } from '../../messages/wording.ts'
import type { StudioCheckId, Violation } from '../../rules/declare/types.ts'
import type { DocumentType } from '../documentTypes.ts'
import type { GroupId } from '../groups.ts'
import type { OptionListId } from '../optionLists.ts'
import type { OrderingId } from '../orderings.ts'

/** A type's or field's title and description in one language. */
export interface FieldWords {
  title: string
  description?: string
}

/** A title and description in Dutch and English. */
export type Words = Wording<FieldWords>

/** A pattern a string must match, with its words for the build (a format hint) and the Studio (a message). */
export interface Pattern {
  regex: RegExp
  /** What the build says is expected. */
  hint: FormatHint
  /** The name Sanity shows when it words the pattern itself. */
  name: string
  /** The Studio's message when the value does not match. */
  studioMessage: StudioMessageId
}

/** The document as a Studio callback sees it (hidden, reference filters). */
export interface StudioFieldContext {
  document?: Record<string, unknown> | undefined
}

/** The facts a field's Studio validation is made of, in the order Sanity's rule chain gets them. */
export interface FieldRules {
  required?: boolean
  integer?: boolean
  /** Smallest number, or fewest items. */
  min?: number
  unique?: boolean
  uri?: { scheme: readonly string[]; allowRelative?: boolean }
  pattern?: Pattern
  /** The content rules of the field (scripts/core/rules, set by defineDocument), run by the zod model and by the Studio on a non-empty value. */
  check?: (text: string) => Violation[]
  /** A content rule's Studio check of the field (set by defineDocument). */
  studioCheck?: StudioCheckId
}

/** One kind of array item as the Studio declares it. */
export interface StudioItem {
  /** A Sanity type (`string`, `url`, `reference`) or the name of one of jobld's object types. */
  type: string
  /** A reference's target. */
  to?: DocumentType
  /** Rules on each item (a country code, a URL). */
  rules?: FieldRules
}

/** A field as the Studio shows it, without its name, words and validation (the derivation adds those). */
export interface StudioField {
  /** A Sanity type, or the name of one of jobld's object or array types. */
  type: string
  rows?: number
  /** A reference's target, as jobld names the type (the Studio may name it otherwise). */
  to?: DocumentType
  of?: readonly StudioItem[]
  /** The option list whose values the field takes (titled in the Studio's language). */
  list?: OptionListId
  layout?: 'radio' | 'grid' | 'tags'
  direction?: 'horizontal'
  /** A slug's source field and how it is made from it. */
  slug?: { source: string; slugify: (source: string) => string; maxLength: number }
  /** Which documents a reference may point at, given the document being edited. */
  filter?: (context: StudioFieldContext) => { filter?: string; params?: Record<string, unknown> }
  initialValue?: string | number | boolean | (() => string)
  /** The file types an image field's picker offers (MIME types, comma-separated). */
  accept?: string
  hidden?: boolean | ((context: StudioFieldContext) => boolean)
  readOnly?: boolean
}

/**
 * One field of a document or object type.
 * @typeParam S the zod schema of the field's value in a valid document (optional unless required)
 * @typeParam L the zod schema of its value in the slim form, or undefined when the slim form leaves it out
 */
export interface FieldDeclaration<S extends z.ZodType = z.ZodType, L extends z.ZodType | undefined = z.ZodType | undefined> {
  readonly schema: S
  /**
   * The field in the slim form that checks across documents read (core/model/slimDocument.ts):
   * a reference keeps its `_ref`, an object its slim fields (or all of it when it has none).
   */
  readonly slimSchema: L
  readonly required: boolean
  readonly words: Words
  readonly studio: StudioField
  readonly rules: FieldRules
  /** The field group of the document's form. */
  readonly group?: GroupId | undefined
  /** The document type a reference field (or a list of references) points at. */
  readonly reference?: { readonly to: DocumentType; readonly many: boolean } | undefined
  /** The object type the field holds (or holds a list of). */
  readonly object?: ObjectDeclaration | undefined
  /**
   * Text that may be given per language in one document (`sanity-plugin-internationalized-array`),
   * when the `fieldLanguages` option is on: the export makes one version of the document per language.
   */
  readonly translatable?: true | undefined
}

/** The fields of a type, in the order the Studio shows them and documents hold them. */
export type Fields = Readonly<Record<string, FieldDeclaration>>

/** A preview: the fields it selects, and how it words them in the Studio's language. */
export interface PreviewDeclaration {
  select: Readonly<Record<string, string>>
  prepare?: (selection: Record<string, unknown>, language: Language) => { title?: string | undefined; subtitle?: string | undefined }
}

/** An object type (a named type used inside documents); its `_type` carries jobld's prefix. */
export interface ObjectDeclaration<N extends string = string, F extends Fields = Fields, S extends z.ZodType = z.ZodType, L extends z.ZodType = z.ZodType> {
  readonly kind: 'object'
  readonly name: N
  readonly words: Words
  readonly fields: F
  /** True for items of arrays: each has a `_key`. */
  readonly keyed: boolean
  readonly preview?: PreviewDeclaration | undefined
  /** The zod schema of one object, derived from the fields. */
  readonly schema: S
  /** The object in a slim form: its slim fields, or all of it when none is slim. */
  readonly slimSchema: L
}

/**
 * The content rules of a whole document (the registry's entry point for its type,
 * core/rules/layers/documentRules.ts): the zod model calls it on the parsed document, the Studio on
 * the document its form holds (half-filled, so each rule reads what it needs and skips what is not
 * there yet). Paths are the document's own.
 */
export type CrossFieldCheck = (document: unknown) => Violation[]

/** One key of a Markdown file's front matter (import/lib/readFrontMatter.ts). */
export interface FrontMatterKey {
  /** The document field the value fills as it is; without it the importer fills the fields itself. */
  field?: string
  /** The field the key is about, for messages and positions. */
  fieldPath?: Path
  /** How the value is read; the field's own schema when not given. */
  read?: z.ZodType
  /** What the key takes, for messages ("Unexpected …, expected <expected>"). */
  expected: string
  required?: boolean
  /** What the key means, for the README's front matter table. */
  doc: string
}

/** The front matter keys of one kind of Markdown file, in the order messages list them. */
export type FrontMatterKeys = Readonly<Record<string, FrontMatterKey>>

/** A field that refers to other documents: a reference, or a list of them (`many`). */
export interface ReferenceField {
  field: string
  type: DocumentType
  many: boolean
}

/** A document type of jobld. */
export interface DocumentDeclaration<
  N extends DocumentType = DocumentType,
  F extends Fields = Fields,
  S extends z.ZodType = z.ZodType,
  L extends z.ZodType = z.ZodType,
  M extends FrontMatterKeys = FrontMatterKeys,
> {
  readonly kind: 'document'
  readonly name: N
  readonly words: Words
  readonly fields: F
  /** The form's field groups; the first is the default. */
  readonly groups?: readonly GroupId[] | undefined
  /** The content rules of the whole document (set by defineDocument from the rules' registry). */
  readonly check?: CrossFieldCheck | undefined
  /**
   * Rules that only warn (the page is still written): warnings in the Studio's form, and in the
   * build's report from the checks across documents, on the document's slim form.
   */
  readonly warnings?: CrossFieldCheck | undefined
  /** Studio-only rules on the whole document. */
  readonly studioChecks?: readonly StudioCheckId[] | undefined
  readonly orderings?: readonly OrderingId[] | undefined
  readonly preview?: PreviewDeclaration | undefined
  /** The front matter of the Markdown files the importer turns into this type. */
  readonly frontMatter?: M | undefined
  /** A "Problemen" list of the documents with a required field left empty. */
  readonly incomplete?: { id: string; title: StudioMessageId } | undefined
  /** Its reference fields and the type each points at, in the fields' order. */
  readonly references: readonly ReferenceField[]
  /** The zod schema of one document, derived from the fields. */
  readonly schema: S
  /** The document's slim form: `_id`, `_type` and its slim fields (core/model/slimDocument.ts). */
  readonly slimSchema: L
}

import { z } from 'zod'
import { expectedHint } from '../../messages/expectedHint.ts'
import { checkSlug } from '../../rules/checkSlug.ts'
import { slugify } from '../../rules/slugify.ts'
import { HttpUrl, KeyedReference, Reference, Slug } from '../common.ts'
import type { DocumentType } from '../documentTypes.ts'
import type { GroupId } from '../groups.ts'
import { optionValues, type OptionListId, type OptionValue } from '../optionLists.ts'
import { addViolation } from './addViolation.ts'
import type { FieldDeclaration, FieldRules, FieldWords, ObjectDeclaration, Pattern, StudioCheckId, StudioField } from './types.ts'

/** What every field declares: its words in both languages, and where it sits in the form. */
interface Common<R extends boolean> {
  nl: FieldWords
  en: FieldWords
  required?: R
  group?: GroupId
  /** Kept in the slim form that checks across documents read. */
  slim?: boolean
  hidden?: StudioField['hidden']
}

/** The schema of a field in its document: optional unless required. */
type Held<S extends z.ZodType, R extends boolean> = R extends true ? S : z.ZodOptional<S>

type Extra = Partial<Pick<FieldDeclaration, 'reference' | 'object'>>

function declare<S extends z.ZodType, R extends boolean>(
  schema: S,
  common: Common<R>,
  studio: StudioField,
  rules: FieldRules,
  extra: Extra = {},
): FieldDeclaration<Held<S, R>> {
  const required = common.required === true
  const { nl, en, group, slim, hidden } = common
  return {
    // The type says what `required` makes of the schema; zod's own types cannot carry the flag.
    schema: (required ? schema : schema.optional()) as Held<S, R>,
    required,
    words: { nl, en },
    studio: hidden === undefined ? studio : { ...studio, hidden },
    rules: required ? { required, ...rules } : rules,
    ...(group ? { group } : {}),
    ...(slim ? { slim } : {}),
    ...extra,
  }
}

/** A string's zod schema: trimmed and non-empty when `nonEmpty`, matching its pattern, passing its own rule. */
function stringSchema(o: { nonEmpty?: boolean | undefined; pattern?: Pattern | undefined; check?: FieldRules['check'] }): z.ZodString {
  let schema = z.string()
  if (o.nonEmpty) schema = schema.trim().min(1)
  if (o.pattern) schema = schema.regex(o.pattern.regex, expectedHint(o.pattern.hint))
  const { check } = o
  if (check) schema = schema.superRefine((value, ctx) => addViolation(ctx, check(value), []))
  return schema
}

/** The rules a string item or field takes to the Studio. */
const stringRules = (o: { pattern?: Pattern | undefined; check?: FieldRules['check'] }): FieldRules => ({
  ...(o.pattern ? { pattern: o.pattern } : {}),
  ...(o.check ? { check: o.check } : {}),
})

const httpSchemes = ['http', 'https'] as const

/** A slug made from the title with the importer's slugify, checked with the slug rule. */
const slugSchema = Slug.superRefine((slug, ctx) => addViolation(ctx, checkSlug(slug.current), ['current']))

/**
 * The builders of jobld's fields: each gives the field's zod schema, its Studio field and the
 * facts of its Studio validation at once, from one declaration.
 */
export const field = {
  /** Text: one line, or `rows` lines. `nonEmpty` trims it and refuses it empty. */
  string<R extends boolean = false>(
    o: Common<R> & { nonEmpty?: boolean; pattern?: Pattern; check?: FieldRules['check']; rows?: number; initialValue?: string },
  ) {
    const studio: StudioField = { type: o.rows ? 'text' : 'string', ...(o.rows ? { rows: o.rows } : {}), ...(o.initialValue !== undefined ? { initialValue: o.initialValue } : {}) }
    return declare(stringSchema(o), o, studio, stringRules(o))
  },

  /** One value of an option list, titled in the Studio's language. */
  choice<L extends OptionListId, R extends boolean = false>(list: L, o: Common<R> & { layout?: 'radio'; initialValue?: OptionValue<L> }) {
    const studio: StudioField = {
      type: 'string',
      list,
      ...(o.layout ? { layout: o.layout, direction: 'horizontal' } : {}),
      ...(o.initialValue !== undefined ? { initialValue: o.initialValue } : {}),
    }
    return declare(z.enum(optionValues[list]), o, studio, {})
  },

  /** Values of an option list, each at most once. */
  choices<L extends OptionListId, R extends boolean = false>(list: L, o: Common<R> & { min?: number; unique?: boolean }) {
    const items = z.array(z.enum(optionValues[list]))
    const studio: StudioField = { type: 'array', of: [{ type: 'string' }], list, layout: 'grid' }
    return declare(o.min ? items.min(o.min) : items, o, studio, { ...(o.min ? { min: o.min } : {}), ...(o.unique ? { unique: true } : {}) })
  },

  /** Texts, one per line (tags when `tags`). */
  strings<R extends boolean = false>(o: Common<R> & { nonEmpty?: boolean; pattern?: Pattern; min?: number; tags?: boolean }) {
    const items = z.array(stringSchema(o))
    const studio: StudioField = { type: 'array', of: [{ type: 'string', ...(o.pattern ? { rules: stringRules(o) } : {}) }], ...(o.tags ? { layout: 'tags' } : {}) }
    return declare(o.min ? items.min(o.min) : items, o, studio, o.min ? { min: o.min } : {})
  },

  /** A number; `integer` and `min` restrict it. */
  number<R extends boolean = false>(o: Common<R> & { integer?: boolean; min?: number; initialValue?: number }) {
    let schema = z.number()
    if (o.integer) schema = schema.int()
    if (o.min !== undefined) schema = schema.min(o.min)
    const studio: StudioField = { type: 'number', ...(o.initialValue !== undefined ? { initialValue: o.initialValue } : {}) }
    return declare(schema, o, studio, { ...(o.integer ? { integer: true } : {}), ...(o.min !== undefined ? { min: o.min } : {}) })
  },

  /** Yes or no. */
  boolean<R extends boolean = false>(o: Common<R>) {
    return declare(z.boolean(), o, { type: 'boolean' }, {})
  },

  /** An ISO 8601 date. */
  date<R extends boolean = false>(o: Common<R>) {
    return declare(z.iso.date(), o, { type: 'date' }, {})
  },

  /** An ISO 8601 date or date-time with offset; the Studio's input is a date or a date-time picker. */
  dateOrDateTime<R extends boolean = false>(o: Common<R> & { input: 'date' | 'datetime'; initialValue?: () => string }) {
    const schema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: expectedHint('isoDate') })
    return declare(schema, o, { type: o.input, ...(o.initialValue ? { initialValue: o.initialValue } : {}) }, {})
  },

  /** An absolute http(s) URL. */
  url<R extends boolean = false>(o: Common<R>) {
    return declare(HttpUrl, o, { type: 'url' }, { uri: { scheme: httpSchemes } })
  },

  /** Absolute http(s) URLs. */
  urls<R extends boolean = false>(o: Common<R>) {
    return declare(z.array(HttpUrl), o, { type: 'array', of: [{ type: 'url', rules: { uri: { scheme: httpSchemes } } }] }, {})
  },

  /** The last part of the page's URL, made from the title. */
  slug(o: { group?: GroupId; slim?: boolean }) {
    const words = {
      nl: { title: 'Slug', description: 'Laatste deel van de URL, zoals customer-service-medewerker. Klik op "Genereer" om hem uit de titel te maken.' },
      en: { title: 'Slug', description: 'The last part of the URL, such as customer-service-medewerker. Click "Generate" to make it from the title.' },
    }
    const studio: StudioField = { type: 'slug', slug: { source: 'title', slugify: (source) => slugify(source), maxLength: 96 } }
    return declare(slugSchema, { ...words, ...o, required: true }, studio, { check: checkSlug })
  },

  /** A reference to a document of another type. */
  reference<R extends boolean = false>(to: DocumentType, o: Common<R> & { filter?: StudioField['filter'] }) {
    const studio: StudioField = { type: 'reference', to, ...(o.filter ? { filter: o.filter } : {}) }
    return declare(Reference, o, studio, {}, { reference: { to, many: false } })
  },

  /** References to documents of another type, each once. */
  references<R extends boolean = false>(to: DocumentType, o: Common<R> & { studioCheck?: StudioCheckId }) {
    const studio: StudioField = { type: 'array', of: [{ type: 'reference', to }] }
    return declare(z.array(KeyedReference), o, studio, { unique: true, ...(o.studioCheck ? { studioCheck: o.studioCheck } : {}) }, { reference: { to, many: true } })
  },

  /** One object of one of jobld's object types. */
  object<D extends ObjectDeclaration, R extends boolean = false>(object: D, o: Common<R>) {
    return declare(object.schema, o, { type: object.name }, {}, { object })
  },

  /** Objects of one of jobld's object types. */
  objects<D extends ObjectDeclaration, R extends boolean = false>(object: D, o: Common<R> & { min?: number }) {
    const items = z.array(object.schema)
    return declare(o.min ? items.min(o.min) : items, o, { type: 'array', of: [{ type: object.name }] }, o.min ? { min: o.min } : {}, { object })
  },

  /** Rich text of one of jobld's Portable Text types (an array type: its value is the list of blocks). */
  portableText<S extends z.ZodArray, R extends boolean = false>(text: { name: string; schema: S }, o: Common<R> & { min?: number }) {
    return declare(o.min ? text.schema.min(o.min) : text.schema, o, { type: text.name }, o.min ? { min: o.min } : {})
  },
}


import { z } from 'zod'
import { expectedHint } from '../../messages/expectedHint.ts'
import { invisibleText } from '../../invisibleText.ts'
import { slugify } from '../../slugify.ts'
import { HttpUrl, KeyedReference, Reference, SanityImage, Slug } from '../common.ts'
import type { DocumentType } from '../documentTypes.ts'
import type { GroupId } from '../groups.ts'
import { optionValues, type OptionListId, type OptionValue } from '../optionLists.ts'
import type { FieldDeclaration, FieldRules, FieldWords, Fields, ObjectDeclaration, Pattern, StudioField } from './types.ts'

/** What every field declares: its words in both languages, and where it sits in the form. */
interface Common<R extends boolean, L extends boolean> {
  nl: FieldWords
  en: FieldWords
  required?: R
  group?: GroupId
  /** Kept in the slim form that checks across documents read. */
  slim?: L
  hidden?: StudioField['hidden']
}

/** The schema of a field in its document: optional unless required. */
type Held<S extends z.ZodType, R extends boolean> = R extends true ? S : z.ZodOptional<S>

/** The schema of a field in the slim form, when the slim form keeps it. */
type Slim<S extends z.ZodType, R extends boolean, L extends boolean> = L extends true ? Held<S, R> : undefined

type Extra = Partial<Pick<FieldDeclaration, 'reference' | 'object' | 'translatable'>>

/** A reference as the slim form keeps it: its target's id. */
const SlimRef = z.object({ _ref: z.string() })

/**
 * One field from what its builder knows.
 * @param schema the value's schema (required form)
 * @param common words, required, group, slim, hidden
 * @param studio the Studio's field
 * @param rules the facts of its Studio validation
 * @param extra what a reference or object field adds
 * @param slimSchema the value's schema in the slim form, when it is not `schema`
 * @returns the field's declaration
 */
function declare<S extends z.ZodType, R extends boolean, L extends boolean, T extends z.ZodType = S>(
  schema: S,
  common: Common<R, L>,
  studio: StudioField,
  rules: FieldRules,
  extra: Extra = {},
  slimSchema?: T,
): FieldDeclaration<Held<S, R>, Slim<T, R, L>> {
  const required = common.required === true
  const { nl, en, group, slim, hidden } = common
  const hold = (held: z.ZodType) => (required ? held : held.optional())
  return {
    // The types say what `required` and `slim` make of the schemas; zod's own types cannot carry the flags.
    schema: hold(schema) as Held<S, R>,
    slimSchema: (slim ? hold(slimSchema ?? schema) : undefined) as Slim<T, R, L>,
    required,
    words: { nl, en },
    studio: hidden === undefined ? studio : { ...studio, hidden },
    rules: required ? { required, ...rules } : rules,
    ...(group ? { group } : {}),
    ...extra,
  }
}

/**
 * A string's zod schema: trimmed and non-empty when `nonEmpty` (a text of invisible characters
 * only counts as empty: it would be published as a blank title), matching its pattern.
 */
function stringSchema(o: { nonEmpty?: boolean | undefined; pattern?: Pattern | undefined }): z.ZodString {
  let schema = z.string()
  if (o.nonEmpty) {
    schema = schema
      .trim()
      .min(1)
      .superRefine((value, ctx) => {
        if (value !== '' && !invisibleText.visible.test(value)) ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: value })
      })
  }
  if (o.pattern) schema = schema.regex(o.pattern.regex, expectedHint(o.pattern.hint))
  return schema
}

/** The rules a string item or field takes to the Studio. */
const stringRules = (o: { pattern?: Pattern | undefined }): FieldRules => (o.pattern ? { pattern: o.pattern } : {})

const httpSchemes = ['http', 'https'] as const

/**
 * The builders of jobld's fields: each gives the field's zod schema (and its slim form), its
 * Studio field and the facts of its Studio validation at once, from one declaration.
 */
export const field = {
  /** Text: one line, or `rows` lines. `nonEmpty` trims it and refuses it empty; `translatable` lets it be given per language (see FieldDeclaration). */
  string<R extends boolean = false, L extends boolean = false>(
    o: Common<R, L> & { nonEmpty?: boolean; pattern?: Pattern; rows?: number; initialValue?: string; translatable?: boolean },
  ) {
    const studio: StudioField = { type: o.rows ? 'text' : 'string', ...(o.rows ? { rows: o.rows } : {}), ...(o.initialValue !== undefined ? { initialValue: o.initialValue } : {}) }
    return declare(stringSchema(o), o, studio, stringRules(o), o.translatable ? { translatable: true } : {})
  },

  /** One value of an option list, titled in the Studio's language. */
  choice<K extends OptionListId, R extends boolean = false, L extends boolean = false>(list: K, o: Common<R, L> & { layout?: 'radio'; initialValue?: OptionValue<K> }) {
    const studio: StudioField = {
      type: 'string',
      list,
      ...(o.layout ? { layout: o.layout, direction: 'horizontal' } : {}),
      ...(o.initialValue !== undefined ? { initialValue: o.initialValue } : {}),
    }
    return declare(z.enum(optionValues[list]), o, studio, {})
  },

  /** Values of an option list (each at most once when `unique`). */
  choices<K extends OptionListId, R extends boolean = false, L extends boolean = false>(list: K, o: Common<R, L> & { min?: number; unique?: boolean }) {
    const items = z.array(z.enum(optionValues[list]))
    const studio: StudioField = { type: 'array', of: [{ type: 'string' }], list, layout: 'grid' }
    return declare(o.min ? items.min(o.min) : items, o, studio, { ...(o.min ? { min: o.min } : {}), ...(o.unique ? { unique: true } : {}) })
  },

  /** Texts, one per line (tags when `tags`). */
  strings<R extends boolean = false, L extends boolean = false>(o: Common<R, L> & { nonEmpty?: boolean; pattern?: Pattern; min?: number; tags?: boolean }) {
    const items = z.array(stringSchema(o))
    const studio: StudioField = { type: 'array', of: [{ type: 'string', ...(o.pattern ? { rules: stringRules(o) } : {}) }], ...(o.tags ? { layout: 'tags' } : {}) }
    return declare(o.min ? items.min(o.min) : items, o, studio, o.min ? { min: o.min } : {})
  },

  /** A number; `integer` and `min` restrict it. */
  number<R extends boolean = false, L extends boolean = false>(o: Common<R, L> & { integer?: boolean; min?: number; initialValue?: number }) {
    let schema = z.number()
    if (o.integer) schema = schema.int()
    if (o.min !== undefined) schema = schema.min(o.min)
    const studio: StudioField = { type: 'number', ...(o.initialValue !== undefined ? { initialValue: o.initialValue } : {}) }
    return declare(schema, o, studio, { ...(o.integer ? { integer: true } : {}), ...(o.min !== undefined ? { min: o.min } : {}) })
  },

  /** Yes or no. */
  boolean<R extends boolean = false, L extends boolean = false>(o: Common<R, L>) {
    return declare(z.boolean(), o, { type: 'boolean' }, {})
  },

  /** An ISO 8601 date. */
  date<R extends boolean = false, L extends boolean = false>(o: Common<R, L>) {
    return declare(z.iso.date(), o, { type: 'date' }, {})
  },

  /** An ISO 8601 date or date-time with offset; the Studio's input is a date or a date-time picker. */
  dateOrDateTime<R extends boolean = false, L extends boolean = false>(o: Common<R, L> & { input: 'date' | 'datetime'; initialValue?: () => string }) {
    const schema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: expectedHint('isoDate') })
    return declare(schema, o, { type: o.input, ...(o.initialValue ? { initialValue: o.initialValue } : {}) }, {})
  },

  /** An absolute http(s) URL. */
  url<R extends boolean = false, L extends boolean = false>(o: Common<R, L>) {
    return declare(HttpUrl, o, { type: 'url' }, { uri: { scheme: httpSchemes } })
  },

  /**
   * A picture: an image uploaded to Sanity (the Studio's image field, offering `accept`), or, in
   * a dataset made elsewhere, the absolute http(s) URL of an image.
   */
  image<R extends boolean = false, L extends boolean = false>(o: Common<R, L> & { accept: string }) {
    return declare(z.union([HttpUrl, SanityImage], { error: expectedHint('logo') }), o, { type: 'image', accept: o.accept }, {})
  },

  /** Absolute http(s) URLs. */
  urls<R extends boolean = false, L extends boolean = false>(o: Common<R, L>) {
    return declare(z.array(HttpUrl), o, { type: 'array', of: [{ type: 'url', rules: { uri: { scheme: httpSchemes } } }] }, {})
  },

  /** The last part of the page's URL, made from the title with the importer's slugify (the rule slugFormat checks it). */
  slug<L extends boolean = false>(o: { group?: GroupId; slim?: L }) {
    const words = {
      nl: { title: 'Slug', description: 'Laatste deel van de URL, zoals customer-service-medewerker. Klik op "Genereer" om hem uit de titel te maken.' },
      en: { title: 'Slug', description: 'The last part of the URL, such as customer-service-medewerker. Click "Generate" to make it from the title.' },
    }
    const studio: StudioField = { type: 'slug', slug: { source: 'title', slugify: (source) => slugify(source), maxLength: 96 } }
    return declare(Slug, { ...words, ...o, required: true }, studio, {})
  },

  /** A reference to a document of another type; the slim form keeps its `_ref`. */
  reference<R extends boolean = false, L extends boolean = false>(to: DocumentType, o: Common<R, L> & { filter?: StudioField['filter'] }) {
    const studio: StudioField = { type: 'reference', to, ...(o.filter ? { filter: o.filter } : {}) }
    return declare(Reference, o, studio, {}, { reference: { to, many: false } }, SlimRef)
  },

  /** References to documents of another type, each once; the slim form keeps their `_ref`s. */
  references<R extends boolean = false, L extends boolean = false>(to: DocumentType, o: Common<R, L>) {
    const studio: StudioField = { type: 'array', of: [{ type: 'reference', to }] }
    return declare(z.array(KeyedReference), o, studio, { unique: true }, { reference: { to, many: true } }, z.array(SlimRef))
  },

  /** One object of one of jobld's object types; the slim form keeps its slim fields. */
  object<S extends z.ZodType, T extends z.ZodType, R extends boolean = false, L extends boolean = false>(object: ObjectDeclaration<string, Fields, S, T>, o: Common<R, L>) {
    return declare(object.schema, o, { type: object.name }, {}, { object }, object.slimSchema)
  },

  /** Objects of one of jobld's object types. */
  objects<S extends z.ZodType, T extends z.ZodType, R extends boolean = false, L extends boolean = false>(object: ObjectDeclaration<string, Fields, S, T>, o: Common<R, L> & { min?: number }) {
    const items = z.array(object.schema)
    const slimItems = z.array(object.slimSchema)
    return declare(o.min ? items.min(o.min) : items, o, { type: 'array', of: [{ type: object.name }] }, o.min ? { min: o.min } : {}, { object }, o.min ? slimItems.min(o.min) : slimItems)
  },

  /** Rich text of one of jobld's Portable Text types (an array type: its value is the list of blocks). */
  portableText<S extends z.ZodArray, R extends boolean = false, L extends boolean = false>(text: { name: string; schema: S }, o: Common<R, L> & { min?: number }) {
    return declare(o.min ? text.schema.min(o.min) : text.schema, o, { type: text.name }, o.min ? { min: o.min } : {})
  },
}

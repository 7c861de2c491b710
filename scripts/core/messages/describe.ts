/**
 * Values inside messages, as data: the checks record what they found (`valueKind`, `value`,
 * `count`) and each language words it. English keeps the words the build's report has always used.
 */
import type { Language, MessageParams } from './wording.ts'

/** The kinds of value a message can quote. */
type ValueKind = 'nothing' | 'emptyList' | 'list' | 'anObject' | 'object' | 'literal' | 'text' | 'number' | 'boolean' | 'null' | 'node' | 'untypedNode'

const cut = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text)

/**
 * A document value as params (what describeValue wrote): strings quoted and cut at 60 characters,
 * other values as JSON, NaN and undefined by name, lists by their length.
 * @param value any value from a document
 * @param prefix the params' name prefix, for messages that quote two values
 * @returns the params
 */
export function valueParams(value: unknown, prefix = 'value'): Record<string, string | number> {
  if (value === undefined) return { [`${prefix}Kind`]: 'nothing' }
  if (typeof value === 'number' && !Number.isFinite(value)) return { [`${prefix}Kind`]: 'literal', [prefix]: String(value) }
  if (typeof value === 'string') return { [`${prefix}Kind`]: 'literal', [prefix]: cut(value) }
  if (Array.isArray(value)) return value.length === 0 ? { [`${prefix}Kind`]: 'emptyList' } : { [`${prefix}Kind`]: 'list', [`${prefix}Count`]: value.length }
  if (value !== null && typeof value === 'object') return { [`${prefix}Kind`]: 'anObject' }
  return { [`${prefix}Kind`]: 'literal', [prefix]: JSON.stringify(value) ?? String(value) }
}

/**
 * A JSON-LD value as params (what the JSON-LD checks wrote): `text "Acme"`, `number 5`, `Place node`,
 * `node without @type`, `null`, `list`, `object`.
 * @param value the value found
 * @param prefix the params' name prefix
 * @returns the params
 */
export function jsonValueParams(value: unknown, prefix = 'value'): Record<string, string | number> {
  const kind = `${prefix}Kind`
  if (typeof value === 'string') return { [kind]: 'text', [prefix]: cut(value) }
  if (typeof value === 'number' || typeof value === 'boolean') return { [kind]: typeof value, [prefix]: String(value) }
  if (value === null) return { [kind]: 'null' }
  if (Array.isArray(value)) return { [kind]: 'list' }
  if (typeof value === 'object') {
    const raw = Reflect.get(value, '@type')
    const name = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.filter((t) => typeof t === 'string').join(', ') : ''
    return name ? { [kind]: 'node', [prefix]: name } : { [kind]: 'untypedNode' }
  }
  return { [kind]: 'object', [prefix]: typeof value }
}

const english: Record<ValueKind, (v: string, count: number) => string> = {
  nothing: () => 'nothing',
  emptyList: () => 'an empty list',
  list: (_, count) => (count > 0 ? `a list of ${count}` : 'list'),
  anObject: () => 'an object',
  object: (v) => (v && v !== 'object' ? v : 'object'),
  literal: (v) => v,
  text: (v) => `text ${v}`,
  number: (v) => `number ${v}`,
  boolean: (v) => `boolean ${v}`,
  null: () => 'null',
  node: (v) => `${v} node`,
  untypedNode: () => 'node without @type',
}

const dutch: Record<ValueKind, (v: string, count: number) => string> = {
  nothing: () => 'niets',
  emptyList: () => 'een lege lijst',
  list: (_, count) => (count > 0 ? `een lijst van ${count}` : 'een lijst'),
  anObject: () => 'een object',
  object: (v) => (v && v !== 'object' ? v : 'een object'),
  literal: (v) => v,
  text: (v) => `tekst ${v}`,
  number: (v) => `getal ${v}`,
  boolean: (v) => `waarheidswaarde ${v}`,
  null: () => 'null',
  node: (v) => `${v}-node`,
  untypedNode: () => 'node zonder @type',
}

const isKind = (kind: unknown): kind is ValueKind => typeof kind === 'string' && Object.hasOwn(english, kind)

/**
 * Words a value recorded by valueParams or jsonValueParams.
 * @param p the message's params
 * @param language the language
 * @param prefix the params' name prefix
 * @returns the words
 */
export function valueWords(p: MessageParams, language: Language, prefix = 'value'): string {
  const kind = p[`${prefix}Kind`]
  const value = p[prefix]
  const count = p[`${prefix}Count`]
  if (!isKind(kind)) return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
  return (language === 'nl' ? dutch : english)[kind](typeof value === 'string' || typeof value === 'number' ? String(value) : '', typeof count === 'number' ? count : 0)
}

/**
 * A JSON value that is not a node, as params (what the vocabulary check wrote): `number 5`,
 * `text "x"`, `boolean true`, `null`, `list`, `object`.
 * @param value the value found
 * @param prefix the params' name prefix
 * @returns the params
 */
export function literalParams(value: unknown, prefix = 'value'): Record<string, string | number> {
  const kind = `${prefix}Kind`
  if (typeof value === 'string') return { [kind]: 'text', [prefix]: cut(value) }
  if (typeof value === 'number' || typeof value === 'boolean') return { [kind]: typeof value, [prefix]: String(value) }
  if (value === null) return { [kind]: 'null' }
  if (Array.isArray(value)) return { [kind]: 'list' }
  return { [kind]: 'object', [prefix]: typeof value }
}

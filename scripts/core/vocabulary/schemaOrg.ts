/**
 * The compact schema.org vocabulary as lookup tables, built once when the module loads:
 * each type's set of ancestors, each property's domain set and a summary of its range.
 * Validators ask it questions; they never walk the class tree themselves.
 */
import committed from './schemaorg.json' with { type: 'json' }
import { CompactVocabulary } from './CompactVocabulary.ts'

/** A type with everything a validator asks about it. */
export interface TypeInfo {
  name: string
  /** The type itself and every class it inherits from (`rdfs:subClassOf`, transitively). */
  ancestors: ReadonlySet<string>
  /** A data type (Text, Number, Date, … or a subclass such as URL and Duration). */
  datatype: boolean
  /** A subclass of Enumeration, whose values are its members. */
  enumeration: boolean
  pending: boolean
  supersededBy: string | undefined
}

/** What a property's `rangeIncludes` accepts, by kind of JSON value. */
export interface RangeInfo {
  /** The range as written, for messages. */
  names: readonly string[]
  /** Text or one of its text-like subclasses (not URL): any string fits. */
  text: boolean
  url: boolean
  number: boolean
  /** Integer is in the range but Number and Float are not. */
  integerOnly: boolean
  boolean: boolean
  date: boolean
  dateTime: boolean
  time: boolean
  /** Duration: an ISO 8601 duration string. */
  duration: boolean
  /** Quantity or Distance, Energy, Mass: schema.org gives these as text ("5 kg"). */
  quantity: boolean
  /** The non-data-type classes of the range (nodes, references and enumeration members fit these). */
  classes: readonly string[]
}

/** A property with its domain and range. */
export interface PropertyInfo {
  name: string
  /** `domainIncludes`; empty means the release gives none (only superseded terms). */
  domains: readonly string[]
  range: RangeInfo
  pending: boolean
  supersededBy: string | undefined
}

/** An enumeration member such as `EventScheduled`. */
export interface MemberInfo {
  name: string
  types: readonly string[]
  pending: boolean
  supersededBy: string | undefined
}

const vocabulary = CompactVocabulary.parse(committed)

const types = new Map<string, TypeInfo>()
const ancestorsOf = (name: string, seen: Set<string>): Set<string> => {
  if (seen.has(name)) return seen
  seen.add(name)
  for (const parent of vocabulary.types[name]?.parents ?? []) ancestorsOf(parent, seen)
  return seen
}
const datatypeRoots = new Set(Object.entries(vocabulary.types).flatMap(([name, t]) => (t.datatype ? [name] : [])))
for (const [name, entry] of Object.entries(vocabulary.types)) {
  const ancestors = ancestorsOf(name, new Set())
  let datatype = false
  for (const a of ancestors) if (datatypeRoots.has(a)) datatype = true
  types.set(name, {
    name,
    ancestors,
    datatype,
    enumeration: ancestors.has('Enumeration'),
    pending: entry.pending === true,
    supersededBy: entry.supersededBy,
  })
}

const textLike = new Set(['Text', 'CssSelectorType', 'XPathType', 'PronounceableText'])
const quantityLike = new Set(['Quantity', 'Distance', 'Energy', 'Mass'])
function rangeInfo(names: readonly string[]): RangeInfo {
  const has = (n: string) => names.includes(n)
  return {
    names,
    text: names.some((n) => textLike.has(n)),
    url: has('URL'),
    number: has('Number') || has('Float'),
    integerOnly: has('Integer') && !has('Number') && !has('Float'),
    boolean: has('Boolean'),
    date: has('Date'),
    dateTime: has('DateTime'),
    time: has('Time'),
    duration: has('Duration'),
    quantity: names.some((n) => quantityLike.has(n)),
    classes: names.filter((n) => types.get(n)?.datatype === false),
  }
}

const properties = new Map<string, PropertyInfo>()
for (const [name, entry] of Object.entries(vocabulary.properties))
  properties.set(name, {
    name,
    domains: entry.domains,
    range: rangeInfo(entry.ranges),
    pending: entry.pending === true,
    supersededBy: entry.supersededBy,
  })

const members = new Map<string, MemberInfo>()
for (const [name, entry] of Object.entries(vocabulary.members))
  members.set(name, { name, types: entry.types, pending: entry.pending === true, supersededBy: entry.supersededBy })

/** Built on the first miss only: a valid document never needs them. */
const lowerCaseIndex = (names: Iterable<string>) => {
  let index: Map<string, string> | undefined
  return (name: string): string | undefined => {
    if (!index) {
      index = new Map()
      for (const known of names) index.set(known.toLowerCase(), known)
    }
    return index.get(name.toLowerCase())
  }
}
const typeLike = lowerCaseIndex(types.keys())
const propertyLike = lowerCaseIndex(properties.keys())

/**
 * The schema.org namespaces a document may use: `https://schema.org/` (the release file and
 * the recommended context) and `http://schema.org/` (the JSON-LD context's own IRIs).
 */
const prefixes = ['https://schema.org/', 'http://schema.org/', 'schema:']

/** Lookups in the compact schema.org vocabulary. */
export const schemaOrg = {
  /** The schema.org release the vocabulary was derived from. */
  release: vocabulary.release,

  /**
   * The local name of a term written as `Occupation`, `schema:Occupation`,
   * `https://schema.org/Occupation` or `http://schema.org/Occupation`.
   * @param term a type, property or member as written in a document
   * @returns the name without namespace
   */
  localName(term: string): string {
    // Most terms are bare names; only those with a colon can carry a namespace.
    if (!term.includes(':')) return term
    for (const prefix of prefixes) if (term.startsWith(prefix)) return term.slice(prefix.length)
    return term
  },

  /** The type of that name, or undefined. */
  type: (name: string): TypeInfo | undefined => types.get(name),
  /** The property of that name, or undefined. */
  property: (name: string): PropertyInfo | undefined => properties.get(name),
  /** The enumeration member of that name, or undefined. */
  member: (name: string): MemberInfo | undefined => members.get(name),

  /**
   * Whether a type is one of the classes or a subclass of one.
   * @param type a known type
   * @param classes class names, such as a range or a domain
   * @returns true when an ancestor of the type is listed
   */
  isA(type: TypeInfo, classes: readonly string[]): boolean {
    for (const c of classes) if (type.ancestors.has(c)) return true
    return false
  },

  /**
   * A type whose name differs only in case, to suggest in a message.
   * @param name an unknown type name
   * @returns the known name, or undefined
   */
  suggestType: (name: string): string | undefined => typeLike(name),

  /**
   * A property whose name differs only in case, to suggest in a message.
   * @param name an unknown property name
   * @returns the known name, or undefined
   */
  suggestProperty: (name: string): string | undefined => propertyLike(name),
}

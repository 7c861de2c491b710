/**
 * The names jobld's document types have in a Studio. jobld's own names (`jobProfile`,
 * `salaryTier`, `faqEntry`, `organization`, `vacancy`) are the model's; a Studio that already has a
 * type of that name gives jobld's another one (`jobld({ types: { jobProfile: 'careerProfile' } })`,
 * or its own organisation type), and the export reads those documents under the same names
 * (`--types jobProfile=careerProfile`), mapping them onto the model here, in one place.
 */
import { cleanStegaText } from '../stega/cleanStega.ts'

/** jobld's document types, in the order the Studio lists them. */
export const documentTypes = ['jobProfile', 'salaryTier', 'faqEntry', 'organization', 'vacancy'] as const

/** The name of one of jobld's document types. */
export type DocumentType = (typeof documentTypes)[number]

/** The name each jobld document type has in the Studio and its dataset. */
export type DocumentTypeNames = Readonly<Record<DocumentType, string>>

/** jobld's own names: the Studio and the dataset use the model's. */
export const defaultTypeNames: DocumentTypeNames = {
  jobProfile: 'jobProfile',
  salaryTier: 'salaryTier',
  faqEntry: 'faqEntry',
  organization: 'organization',
  vacancy: 'vacancy',
}

/**
 * What Sanity accepts as a type name that GROQ filters and GraphQL can also use: a letter or `_`,
 * then letters, digits and `_` (no dots: `sanity.` names are Sanity's own).
 */
const typeNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Names Sanity keeps for its own types; a document type named so would not compile. */
const reservedNames: ReadonlySet<string> = new Set([
  'any', 'array', 'block', 'boolean', 'crossDatasetReference', 'date', 'datetime', 'document', 'email', 'file',
  'geopoint', 'globalDocumentReference', 'image', 'number', 'object', 'reference', 'slug', 'span', 'string',
  'text', 'time', 'type', 'url',
])

const isDocumentTypeKey = (key: string): key is DocumentType => (documentTypes as readonly string[]).includes(key)

/**
 * Completes and checks the names a Studio gives jobld's document types.
 * @param given a name per type to rename (the others keep jobld's)
 * @returns the names, or the sentence saying which one is wrong ("Unexpected …, expected …")
 */
export function resolveTypeNames(given: Partial<Record<string, string>> = {}): { names: DocumentTypeNames } | { error: string } {
  const names: Record<DocumentType, string> = { ...defaultTypeNames }
  for (const [key, name] of Object.entries(given)) {
    if (name === undefined) continue
    if (!isDocumentTypeKey(key)) return { error: `Unexpected type "${key}", expected one of ${documentTypes.join(', ')}` }
    if (!typeNamePattern.test(name) || reservedNames.has(name))
      return { error: `Unexpected type name "${name}" for ${key}, expected letters, digits and "_", starting with a letter, and not one of Sanity's own type names` }
    names[key] = name
  }
  const seen = new Map<string, DocumentType>()
  for (const key of documentTypes) {
    const first = seen.get(names[key])
    if (first) return { error: `Unexpected type name "${names[key]}" for both ${first} and ${key}, expected a name of its own for each` }
    seen.set(names[key], key)
  }
  return { names }
}

/**
 * Reads a document made under a Studio's type names as jobld's model has it: its `_type` becomes
 * jobld's own name. Other documents are returned as they are (the export reports unknown types).
 * A `_type` that carries stega encoding is read without it (the export cleans every string later).
 * @param doc a document as the source gave it
 * @param names the Studio's names of jobld's types
 * @returns the same object when nothing changes, else a copy with jobld's `_type`
 */
export function normaliseTypes(doc: Record<string, unknown>, names: DocumentTypeNames): Record<string, unknown> {
  const type = typeof doc._type === 'string' ? cleanStegaText(doc._type) : undefined
  if (type === undefined) return doc
  for (const key of documentTypes) if (names[key] === type) return key === doc._type ? doc : { ...doc, _type: key }
  return doc
}

/**
 * The Studio's name of one of jobld's types, for messages and links that lead back into the Studio.
 * @param type jobld's name (as issues carry it), or any other type
 * @param names the Studio's names
 * @returns the Studio's name, or the type as given
 */
export function studioTypeName(type: string, names: DocumentTypeNames): string {
  return isDocumentTypeKey(type) ? names[type] : type
}

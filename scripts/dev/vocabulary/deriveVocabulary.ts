/**
 * Turns a schema.org release file (`schemaorg-current-https.jsonld`) into the compact
 * vocabulary jobld validates against. Pure: the caller reads and writes the files.
 */
import { z } from 'zod'
import type { CompactVocabulary, VocabularyMember, VocabularyProperty, VocabularyType } from '../../core/vocabulary/CompactVocabulary.ts'

const IdRef = z.object({ '@id': z.string() })
const IdRefs = z.union([IdRef, z.array(IdRef)]).optional()

/** The parts of a release node the compact form keeps; every other key is dropped. */
const ReleaseNode = z.object({
  '@id': z.string(),
  '@type': z.union([z.string(), z.array(z.string())]),
  'rdfs:subClassOf': IdRefs,
  'schema:domainIncludes': IdRefs,
  'schema:rangeIncludes': IdRefs,
  'schema:supersededBy': IdRefs,
  'schema:isPartOf': IdRefs,
})
type ReleaseNode = z.infer<typeof ReleaseNode>

const Release = z.object({
  '@context': z.record(z.string(), z.unknown()),
  '@graph': z.array(ReleaseNode),
})

/** The outcome of a derivation: the vocabulary, or why the input is not a schema.org release. */
export type DeriveResult = { ok: true; vocabulary: CompactVocabulary } | { ok: false; message: string }

/**
 * The release file uses `https://schema.org/` while the JSON-LD context (and older releases)
 * use `http://schema.org/`; both name the same term, so both are accepted here.
 * See the schema.org FAQ (https://schema.org/docs/faq.html) on http and https.
 */
const schemaNamespaces = ['https://schema.org/', 'http://schema.org/']
const pendingLayers = new Set(['https://pending.schema.org', 'http://pending.schema.org'])

const toArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Derives the compact vocabulary from a parsed schema.org release file.
 * @param release the parsed `schemaorg-current-https.jsonld`
 * @param version the release number it came from, written into the result
 * @returns the vocabulary with sorted keys and lists, or a message saying what was wrong
 */
export function deriveVocabulary(release: unknown, version = '30.0'): DeriveResult {
  const parsed = Release.safeParse(release)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? first.path.join('.') : ''
    return {
      ok: false,
      message: `Unexpected file shape at ${where || 'the top level'} (${first?.message ?? 'invalid'}), expected a schema.org release with @context and @graph`,
    }
  }
  const context = parsed.data['@context']
  // Expands a compact IRI (`schema:Thing`) with the file's own prefixes, then keeps the
  // local name of schema.org terms; terms of other vocabularies give undefined.
  const localName = (iri: string): string | undefined => {
    const colon = iri.indexOf(':')
    const prefix = colon > 0 ? context[iri.slice(0, colon)] : undefined
    const full = typeof prefix === 'string' ? prefix + iri.slice(colon + 1) : iri
    for (const ns of schemaNamespaces) if (full.startsWith(ns)) return full.slice(ns.length)
    return undefined
  }
  const names = (refs: ReleaseNode['rdfs:subClassOf']) =>
    toArray(refs).flatMap((ref) => {
      const name = localName(ref['@id'])
      return name === undefined ? [] : [name]
    })

  const classes: ReleaseNode[] = []
  const properties: ReleaseNode[] = []
  const members: ReleaseNode[] = []
  for (const node of parsed.data['@graph']) {
    if (localName(node['@id']) === undefined) continue
    const types = toArray(node['@type'])
    if (types.includes('rdfs:Class')) classes.push(node)
    else if (types.includes('rdf:Property')) properties.push(node)
    else members.push(node)
  }
  const classNames = new Set(classes.map((node) => localName(node['@id']) ?? ''))
  if (!classNames.has('Thing'))
    return { ok: false, message: 'Unexpected release without the class Thing, expected the schema.org vocabulary' }
  // Only classes defined in the release count as parents, domains and ranges: 30.0 names
  // a few (DeliveryTimeSettings) that it never defines, and those could never match a node.
  const knownClasses = (refs: ReleaseNode['rdfs:subClassOf']) =>
    [...new Set(names(refs).filter((name) => classNames.has(name)))].sort(byCodeUnit)
  const flags = (node: ReleaseNode) => {
    const pending = toArray(node['schema:isPartOf']).some((ref) => pendingLayers.has(ref['@id']))
    const [supersededBy] = names(node['schema:supersededBy'])
    return { ...(pending ? { pending: true as const } : {}), ...(supersededBy ? { supersededBy } : {}) }
  }

  const typeEntries = classes.map((node): [string, VocabularyType] => {
    const datatype = toArray(node['@type']).some((type) => localName(type) === 'DataType')
    return [
      localName(node['@id']) ?? '',
      { parents: knownClasses(node['rdfs:subClassOf']), ...(datatype ? { datatype: true as const } : {}), ...flags(node) },
    ]
  })
  const propertyEntries = properties.map((node): [string, VocabularyProperty] => [
    localName(node['@id']) ?? '',
    { domains: knownClasses(node['schema:domainIncludes']), ranges: knownClasses(node['schema:rangeIncludes']), ...flags(node) },
  ])
  const memberEntries = members.flatMap((node): Array<[string, VocabularyMember]> => {
    const types = [...new Set(toArray(node['@type']).flatMap((type) => toArray(localName(type))))]
      .filter((name) => classNames.has(name))
      .sort(byCodeUnit)
    return types.length ? [[localName(node['@id']) ?? '', { types, ...flags(node) }]] : []
  })

  const sorted = <T>(entries: Array<[string, T]>): Record<string, T> =>
    Object.fromEntries(entries.sort(([a], [b]) => byCodeUnit(a, b)))
  return {
    ok: true,
    vocabulary: {
      licence: `Apache-2.0. Derived from the schema.org vocabulary, release ${version}, which the schema.org project publishes under the Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0); reduced to classes, properties, domains, ranges and enumeration members. Not an official schema.org file.`,
      members: sorted(memberEntries),
      properties: sorted(propertyEntries),
      release: version,
      source: `https://github.com/schemaorg/schemaorg/blob/main/data/releases/${version}/schemaorg-current-https.jsonld`,
      types: sorted(typeEntries),
    },
  }
}

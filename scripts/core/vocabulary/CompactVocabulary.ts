/**
 * The compact schema.org vocabulary jobld reads offline: only what the JSON-LD validator
 * needs (class tree, property domains and ranges, enumeration members, superseded and
 * pending terms), keyed by the term's local name (`Occupation`, not `schema:Occupation`).
 * It is derived from a schema.org release by `npm run vocab` and committed.
 */
import { z } from 'zod'

/** A schema.org class (`rdfs:Class`), including the data types. */
export const VocabularyType = z.strictObject({
  /** Direct `rdfs:subClassOf` parents inside schema.org, sorted. */
  parents: z.array(z.string()),
  /** Set on the classes that are themselves instances of `schema:DataType` (Text, Number, …). */
  datatype: z.literal(true).optional(),
  /** Set on terms of the pending area (`schema:isPartOf` https://pending.schema.org). */
  pending: z.literal(true).optional(),
  /** The term that replaces this one (`schema:supersededBy`). */
  supersededBy: z.string().optional(),
})
export type VocabularyType = z.infer<typeof VocabularyType>

/** A schema.org property (`rdf:Property`). */
export const VocabularyProperty = z.strictObject({
  /** `schema:domainIncludes`: the classes the property is expected on, sorted. */
  domains: z.array(z.string()),
  /** `schema:rangeIncludes`: the classes (or data types) its values are expected to be, sorted. */
  ranges: z.array(z.string()),
  pending: z.literal(true).optional(),
  supersededBy: z.string().optional(),
})
export type VocabularyProperty = z.infer<typeof VocabularyProperty>

/** An enumeration member (an instance such as `EventScheduled`, or `True` of Boolean). */
export const VocabularyMember = z.strictObject({
  /** The classes it is an instance of, sorted. */
  types: z.array(z.string()),
  pending: z.literal(true).optional(),
  supersededBy: z.string().optional(),
})
export type VocabularyMember = z.infer<typeof VocabularyMember>

/** The whole compact vocabulary, with the release it came from and its licence notice. */
export const CompactVocabulary = z.strictObject({
  release: z.string(),
  source: z.string(),
  licence: z.string(),
  types: z.record(z.string(), VocabularyType),
  properties: z.record(z.string(), VocabularyProperty),
  members: z.record(z.string(), VocabularyMember),
})
export type CompactVocabulary = z.infer<typeof CompactVocabulary>

/**
 * Checks JSON-LD against the schema.org vocabulary (release in scripts/core/vocabulary):
 * every type and property exists, each property is expected on its node's type
 * (`domainIncludes`, with inheritance), and each value fits the property's `rangeIncludes`.
 * Superseded terms give warnings; pending terms give notices, once per term and document.
 *
 * Leniencies, chosen to match how schema.org is used (https://schema.org/docs/datamodel.html):
 * - A string that is an absolute IRI fits any class: it names the node instead of embedding it.
 *   A reference `{"@id": …}` fits any class range as well.
 * - Plain text where only classes are expected (hiringOrganization: "Acme") is tolerated by
 *   schema.org's data model but loses the structure, so it is a warning (`vocab.text_for_node`),
 *   not an error. Where only enumerations are expected, text must name a member, and where a data
 *   type is in the range too (Duration or QuantitativeValue), text must fit the data type: errors.
 * - Enumeration members may be written bare (`EventScheduled`), as `schema:EventScheduled`, or as
 *   an http or https schema.org IRI, as a string or as `{"@id": …}`.
 * - Numbers written as numeric strings ("60") fit Number, as in schema.org's own examples;
 *   "true"/"false" strings do not fit Boolean (only JSON booleans and the True/False members do).
 * - Quantity, Distance, Energy and Mass take any text ("5 kg"); Duration takes an ISO 8601 duration.
 * - A JSON number or boolean never fits Text: in JSON-LD it is a typed literal, not a string.
 * Keywords (`@id`, `@type`, `@context`, `@graph`, and any other `@…` key) are not properties.
 */
import type { Issue, Severity } from '../issue.ts'
import { schemaOrg, type MemberInfo, type PropertyInfo, type RangeInfo, type TypeInfo } from '../vocabulary/schemaOrg.ts'
import { isIsoDate, isIsoDateTime, isIsoDuration, isIsoTime } from '../isoDates.ts'
import { literalParams } from '../messages/describe.ts'
import { issueText } from '../catalogue/issueText.ts'
import type { MessageParams } from '../messages/wording.ts'
import { isJsonObject, type JsonObject } from '../jsonObject.ts'
import { quote, type IssueOwner } from './_json.ts'

/** The walk's state: one mutable path, copied only when an issue is reported. */
interface Walk {
  owner: IssueOwner
  issues: Issue[]
  path: Array<string | number>
  /** Pending terms already noted: one notice per term and document, at its first use. */
  pendingSeen: Set<TypeInfo | PropertyInfo | MemberInfo> | undefined
}

const numericText = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
const integerText = /^-?\d+$/
const iriScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/

/** An absolute IRI (`https://…`, `urn:…`), as opposed to free text. */
const isAbsoluteIri = (text: string) => iriScheme.test(text) && URL.canParse(text)

/** Whether a pending term is used here for the first time in the document. */
function firstPendingUse(walk: Walk, term: TypeInfo | PropertyInfo | MemberInfo) {
  walk.pendingSeen ??= new Set()
  if (walk.pendingSeen.has(term)) return false
  walk.pendingSeen.add(term)
  return true
}

function report(walk: Walk, severity: Severity, code: string, params: MessageParams, last?: string | number, messageId?: string) {
  const path = walk.path.slice()
  if (last !== undefined) path.push(last)
  walk.issues.push({ severity, code, docId: walk.owner.docId, docType: walk.owner.docType, path, ...issueText(code, params, messageId) })
}

/**
 * Checks the types, properties and values of a JSON-LD document against schema.org.
 * @param doc a parsed document: `{"@context", "@graph": [...]}` or a single node
 * @param owner the source document the issues belong to
 * @returns the issues, in document order; empty when the document fits the vocabulary
 */
export function validateVocabulary(doc: unknown, owner: IssueOwner): Issue[] {
  const walk: Walk = { owner, issues: [], path: [], pendingSeen: undefined }
  if (isJsonObject(doc) && '@graph' in doc) {
    const graph = doc['@graph']
    walk.path.push('@graph')
    if (Array.isArray(graph))
      for (let i = 0; i < graph.length; i++) {
        walk.path.push(i)
        checkTopNode(walk, graph[i])
        walk.path.pop()
      }
    else checkTopNode(walk, graph)
    walk.path.pop()
  } else checkTopNode(walk, doc)
  return walk.issues
}

function checkTopNode(walk: Walk, node: unknown) {
  if (!isJsonObject(node)) {
    report(walk, 'error', 'vocab.not_a_node', literalParams(node))
    return
  }
  const types = resolveTypes(walk, node)
  if (types === undefined)
    report(walk, 'warning', 'vocab.missing_type', {})
  checkProperties(walk, node, types)
}

/**
 * Resolves a node's `@type`, reporting unknown, superseded and pending types.
 * @returns the known types (possibly none), or undefined when the node has no @type
 */
function resolveTypes(walk: Walk, node: JsonObject): TypeInfo[] | undefined {
  const raw = node['@type']
  if (raw === undefined) return undefined
  const known: TypeInfo[] = []
  if (Array.isArray(raw)) {
    walk.path.push('@type')
    for (let i = 0; i < raw.length; i++) resolveType(walk, raw[i], i, known)
    walk.path.pop()
  } else resolveType(walk, raw, '@type', known)
  return known
}

function resolveType(walk: Walk, raw: unknown, at: string | number, known: TypeInfo[]) {
  if (typeof raw !== 'string') {
    report(walk, 'error', 'vocab.unknown_type', literalParams(raw), at)
    return
  }
  const name = schemaOrg.localName(raw)
  const type = schemaOrg.type(name)
  if (!type) {
    const hint = schemaOrg.suggestType(name)
    report(walk, 'error', 'vocab.unknown_type', { name: quote(raw), ...(hint ? { hint } : {}) }, at)
    return
  }
  if (type.supersededBy)
    report(walk, 'warning', 'vocab.superseded_type', { name, by: type.supersededBy }, at)
  if (type.pending && firstPendingUse(walk, type))
    report(walk, 'notice', 'vocab.pending_type', { name }, at)
  known.push(type)
}

function checkProperties(walk: Walk, node: JsonObject, types: TypeInfo[] | undefined) {
  for (const key in node) {
    if (key.charCodeAt(0) === 64 /* @ */) continue
    walk.path.push(key)
    checkProperty(walk, key, node[key], types)
    walk.path.pop()
  }
}

function checkProperty(walk: Walk, key: string, value: unknown, types: TypeInfo[] | undefined) {
  const name = schemaOrg.localName(key)
  const property = schemaOrg.property(name)
  if (!property) {
    const hint = schemaOrg.suggestProperty(name)
    report(walk, 'error', 'vocab.unknown_property', { name: quote(key), ...(hint ? { hint } : {}) })
    // Nodes below an unknown property still get their own checks, without a range.
    checkValues(walk, value, undefined)
    return
  }
  if (property.supersededBy)
    report(walk, 'warning', 'vocab.superseded_property', { name, by: property.supersededBy })
  if (property.pending && firstPendingUse(walk, property))
    report(walk, 'notice', 'vocab.pending_property', { name })
  if (types && types.length > 0 && property.domains.length > 0 && !expectedOn(property, types))
    report(walk, 'error', 'vocab.unexpected_property', { name, types: types.map((t) => t.name), domains: property.domains })
  checkValues(walk, value, property)
}

function expectedOn(property: PropertyInfo, types: TypeInfo[]) {
  for (const type of types) if (schemaOrg.isA(type, property.domains)) return true
  return false
}

function checkValues(walk: Walk, value: unknown, property: PropertyInfo | undefined) {
  if (!Array.isArray(value)) {
    checkValue(walk, value, property)
    return
  }
  for (let i = 0; i < value.length; i++) {
    walk.path.push(i)
    checkValue(walk, value[i], property)
    walk.path.pop()
  }
}

function checkValue(walk: Walk, value: unknown, property: PropertyInfo | undefined) {
  const range = property && property.range.names.length > 0 ? property.range : undefined
  if (!isJsonObject(value)) {
    if (range) checkLiteral(walk, value, range)
    return
  }
  if ('@value' in value) {
    if (range) checkLiteral(walk, value['@value'], range)
    return
  }
  if ('@list' in value || '@set' in value) {
    const items = value['@list'] ?? value['@set']
    walk.path.push('@list' in value ? '@list' : '@set')
    checkValues(walk, items, property)
    walk.path.pop()
    return
  }
  const types = resolveTypes(walk, value)
  if (types === undefined) {
    if (isReference(value)) {
      if (range) checkReference(walk, value['@id'], range)
      return
    }
    report(walk, 'warning', 'vocab.missing_type', range ? { range: range.classes.length ? range.classes : range.names } : {})
  } else if (range && types.length > 0 && !types.some((t) => schemaOrg.isA(t, range.names))) {
    report(walk, 'error', 'vocab.unexpected_value', { types: types.map((t) => t.name), range: range.names }, undefined, 'vocab.unexpected_value.node')
  }
  checkProperties(walk, value, types)
}

/** A node object with `@id` and no properties: a reference to a node. */
function isReference(node: JsonObject) {
  if (!('@id' in node)) return false
  for (const key in node) if (key.charCodeAt(0) !== 64) return false
  return true
}

function checkReference(walk: Walk, id: unknown, range: RangeInfo) {
  if (typeof id !== 'string') {
    report(walk, 'error', 'vocab.unexpected_value', literalParams(id), undefined, 'vocab.unexpected_value.id')
    return
  }
  const member = memberNamed(id)
  if (member && (range.classes.length > 0 || range.boolean)) {
    checkMember(walk, member, range)
    return
  }
  if (range.classes.length > 0 || range.url) return
  report(walk, 'error', 'vocab.unexpected_value', { id: quote(id), range: range.names }, undefined, 'vocab.unexpected_value.reference')
}

/** The enumeration member a string or IRI names, if any. */
function memberNamed(text: string): MemberInfo | undefined {
  return schemaOrg.member(schemaOrg.localName(text))
}

function checkMember(walk: Walk, member: MemberInfo, range: RangeInfo) {
  const fits = member.types.some((name) => {
    const type = schemaOrg.type(name)
    return type !== undefined && schemaOrg.isA(type, range.names)
  })
  if (!fits) {
    report(walk, 'error', 'vocab.unexpected_value', { name: member.name, memberOf: member.types, range: range.names }, undefined, 'vocab.unexpected_value.member')
    return
  }
  if (member.supersededBy)
    report(walk, 'warning', 'vocab.superseded_value', { name: member.name, by: member.supersededBy })
  if (member.pending && firstPendingUse(walk, member))
    report(walk, 'notice', 'vocab.pending_value', { name: member.name })
}

function checkLiteral(walk: Walk, value: unknown, range: RangeInfo) {
  switch (typeof value) {
    case 'string':
      checkText(walk, value, range)
      return
    case 'number':
      if (range.number || (range.integerOnly && Number.isInteger(value))) return
      break
    case 'boolean':
      if (range.boolean) return
      break
    case 'object':
      // null: JSON-LD drops the value, so there is nothing to check.
      if (value === null) return
      break
    default:
      break
  }
  report(walk, 'error', 'vocab.unexpected_value', { ...literalParams(value), range: range.names })
}

function checkText(walk: Walk, text: string, range: RangeInfo) {
  if (range.text || range.quantity) return
  if (range.url && isAbsoluteIri(text)) return
  if (range.date && isIsoDate(text)) return
  if (range.dateTime && isIsoDateTime(text)) return
  if (range.time && isIsoTime(text)) return
  if (range.number && numericText.test(text)) return
  if (range.integerOnly && integerText.test(text)) return
  if (range.duration && isIsoDuration(text)) return
  if (range.classes.length > 0 || range.boolean) {
    const member = memberNamed(text)
    if (member) {
      checkMember(walk, member, range)
      return
    }
  }
  if (range.classes.length > 0) {
    if (isAbsoluteIri(text)) return
    const things = range.classes.filter((name) => schemaOrg.type(name)?.enumeration === false)
    // Only when no data type is in the range: text next to Date or Duration is a malformed
    // literal, not a node written as text.
    if (things.length > 0 && range.classes.length === range.names.length) {
      report(walk, 'warning', 'vocab.text_for_node', { text: quote(text), things })
      return
    }
  }
  report(walk, 'error', 'vocab.unexpected_value', { ...literalParams(text), range: range.names })
}

/**
 * The build's messages besides the content rules (each rule has its own, scripts/core/rules): reading
 * documents, the zod model, the JSON-LD shape and the schema.org vocabulary (Google's rules are rules of the registry).
 * One message id, two wordings: the build prints English (the report's words, unchanged), the
 * Studio's JSON-LD view shows the Studio's language. Part of jobld's one message catalogue.
 */
import { maxIdLength } from '../constants.ts'
import { valueWords } from './describe.ts'
import { joinList, names, text } from './params.ts'
import type { Language, MessageParams, Wording, Words } from './wording.ts'

const or = (p: MessageParams, key: string, language: Language) => joinList(names(p, key), language === 'nl' ? 'of' : 'or')
const and = (p: MessageParams, key: string, language: Language) => joinList(names(p, key), language === 'nl' ? 'en' : 'and')
const v = (p: MessageParams, language: Language, prefix = 'value') => valueWords(p, language, prefix)

/** Names of what a field expects, for zod's type messages. */
const expectedWords: Record<string, Wording<string>> = {
  string: { en: 'text', nl: 'tekst' },
  number: { en: 'a number', nl: 'een getal' },
  int: { en: 'a whole number', nl: 'een geheel getal' },
  boolean: { en: 'true or false', nl: 'waar of onwaar' },
  array: { en: 'a list', nl: 'een lijst' },
  object: { en: 'an object', nl: 'een object' },
}
const expected = (p: MessageParams, language: Language) => expectedWords[text(p, 'expected')]?.[language] ?? text(p, 'expected')

/** Names of what a value is, for zod's type messages. */
const kindWords: Record<string, string> = { string: 'tekst', number: 'getal', boolean: 'waarheidswaarde', object: 'object', list: 'lijst', null: 'null', NaN: 'NaN' }
const kind = (p: MessageParams, language: Language) => (language === 'nl' ? (kindWords[text(p, 'kind')] ?? text(p, 'kind')) : text(p, 'kind'))

/**
 * The expectations jobld's own zod checks state (its format and union messages). The model
 * states them in English ("Expected …"); the Dutch is here, keyed like the model's.
 */
export const formatHints = {
  documentId: {
    en: 'a Sanity document id: letters, digits, "_" and "-", in parts separated by "."',
    nl: 'een Sanity-document-id: letters, cijfers, "_" en "-", in delen gescheiden door "."',
  },
  countryCode: { en: 'an ISO 3166-1 alpha-2 code such as NL', nl: 'een ISO 3166-1-landcode van twee letters, zoals NL' },
  httpUrl: { en: 'an absolute http(s) URL', nl: 'een volledig http(s)-adres' },
  iscoCode: { en: 'a four-digit ISCO-08 unit group code such as 4222', nl: 'een ISCO-08-code van vier cijfers, zoals 4222' },
  isoDate: { en: 'an ISO 8601 date (2026-11-26) or date-time with offset', nl: 'een ISO 8601-datum (2026-11-26) of datum met tijd en tijdzone' },
  imageAsset: {
    en: 'a Sanity image asset id such as image-<id>-400x200-png',
    nl: 'een Sanity-afbeelding-id zoals image-<id>-400x200-png',
  },
  logo: {
    en: 'an absolute http(s) URL or a Sanity image ({_type: "image", asset: {_ref: "image-<id>-400x200-png"}})',
    nl: 'een volledig http(s)-adres of een Sanity-afbeelding ({_type: "image", asset: {_ref: "image-<id>-400x200-png"}})',
  },
} as const satisfies Record<string, Wording<string>>

/** The id of one of jobld's format hints. */
export type FormatHint = keyof typeof formatHints

/**
 * Tells a format hint's id from any other string.
 * @param id a param's value
 * @returns true for an id of {@link formatHints}
 */
export function isFormatHint(id: string): id is FormatHint {
  return Object.hasOwn(formatHints, id)
}

const hint = (p: MessageParams, language: Language) => {
  const id = text(p, 'hint')
  if (isFormatHint(id)) return formatHints[id][language]
  return language === 'nl' ? `een geldige ${text(p, 'format')}` : `a valid ${text(p, 'format')}`
}

/** Every build message other than the content rules, keyed by message id. */
export const issueMessages = {
  // Reading documents (validate/checkDocument.ts, validate/checkAcross.ts)
  'document.text_too_long': {
    en: (p) => `Unexpected text of ${Number(p.length).toLocaleString('en')} characters, expected at most ${Number(p.max).toLocaleString('en')}`,
    nl: (p) => `Deze tekst is ${Number(p.length).toLocaleString('nl')} tekens lang; de export neemt hoogstens ${Number(p.max).toLocaleString('nl')} tekens`,
  },
  'document.missing_id': {
    en: (p) => `Unexpected ${v(p, 'en', 'id')} as _id, expected a non-empty string of at most ${maxIdLength} characters`,
    nl: (p) => `Onverwacht ${v(p, 'nl', 'id')} als _id; verwacht een niet-lege tekst van hoogstens ${maxIdLength} tekens`,
  },
  'document.duplicate_id': {
    en: (p) => `Unexpected second document with _id "${text(p, 'id')}"${p.firstFile ? `, first at ${text(p, 'firstFile')}:${text(p, 'firstLine')}` : ''}, expected unique ids`,
    nl: (p) => `Er is al een document met _id "${text(p, 'id')}"${p.firstFile ? ` (eerst in ${text(p, 'firstFile')}:${text(p, 'firstLine')})` : ''}; elk document heeft een eigen id`,
  },
  'document.unknown_type': {
    en: (p) => `Ignored ${text(p, 'count')} document${p.count === 1 ? '' : 's'} of unknown type "${text(p, 'type')}", expected one of ${names(p, 'types').join(', ')}`,
    nl: (p) => `${text(p, 'count')} document${p.count === 1 ? '' : 'en'} van het onbekende type "${text(p, 'type')}" overgeslagen; jobld kent ${joinList(names(p, 'types'), 'en')}`,
  },
  'release.stack': {
    en: (p) =>
      p.by === 'unknown'
        ? `Checked release "${text(p, 'release')}" alone over the published documents: the dataset has no release document "_.releases.${text(p, 'release')}" to say when it ships, so no release is stacked under it (name a stack with --release <first>,<next>,…)`
        : names(p, 'under').length === 0
          ? `Checked as the dataset will be once release "${text(p, 'release')}" ships: no other release ships before it`
          : `Checked as the dataset will be once release "${text(p, 'release')}" ships after ${and(p, 'under', 'en')}, ${p.by === 'given' ? 'the stack given' : 'the releases that ship before it (ASAP ones first, then scheduled ones by their time)'}, in that order`,
    nl: (p) =>
      p.by === 'unknown'
        ? `Release "${text(p, 'release')}" alleen gecontroleerd, boven de gepubliceerde documenten: de dataset heeft geen releasedocument "_.releases.${text(p, 'release')}" dat zegt wanneer die live gaat, dus er ligt geen release onder (noem een stapel met --release <eerste>,<volgende>,…)`
        : names(p, 'under').length === 0
          ? `Gecontroleerd zoals de dataset is zodra release "${text(p, 'release')}" live gaat: geen andere release gaat eerder live`
          : `Gecontroleerd zoals de dataset is zodra release "${text(p, 'release')}" live gaat na ${and(p, 'under', 'nl')}, ${p.by === 'given' ? 'de opgegeven stapel' : 'de releases die eerder live gaan (eerst ASAP, dan geplande op hun tijdstip)'}, in die volgorde`,
  },
  'release.unpublishes': {
    en: (p) => `Unpublished by release "${text(p, 'release')}": once it ships, this document is gone and every reference to it is missing`,
    nl: (p) => `Release "${text(p, 'release')}" depubliceert dit document: zodra die live gaat, bestaat het niet meer en verwijst niets er meer naar`,
  },
  'translation.field_missing': {
    en: (p) =>
      `Unexpected ${text(p, 'field')} without a value in ${text(p, 'language')}, expected one for each of the field languages (${and(p, 'languages', 'en')}): each language is a page of its own`,
    nl: (p) => `${text(p, 'field')} heeft geen waarde in het ${text(p, 'language')}; verwacht een waarde voor elke taal (${and(p, 'languages', 'nl')}): elke taal wordt een eigen pagina`,
  },
  'translation.field_reference': {
    en: (p) =>
      `Unexpected reference from a document in ${text(p, 'language')} to "${text(p, 'target')}", whose text is per language, expected a document in one of its languages (${or(p, 'languages', 'en')})`,
    nl: (p) => `Dit document in het ${text(p, 'language')} verwijst naar "${text(p, 'target')}", waarvan de tekst per taal is; verwacht een document in een van die talen (${or(p, 'languages', 'nl')})`,
  },
  'stega.cleaned': {
    en: (p) =>
      `Removed the stega encoding of Visual Editing (invisible characters) from ${text(p, 'strings')} string${p.strings === 1 ? '' : 's'} in ${text(p, 'count')} document${p.count === 1 ? '' : 's'}: the JSON-LD holds the clean text (fetch with stega off for builds to skip this)`,
    nl: (p) =>
      `Stega-codering van Visual Editing (onzichtbare tekens) verwijderd uit ${text(p, 'strings')} tekst${p.strings === 1 ? '' : 'en'} in ${text(p, 'count')} document${p.count === 1 ? '' : 'en'}: de JSON-LD bevat de schone tekst (haal voor builds op zonder stega om dit over te slaan)`,
  },

  // The zod model (validate/zodIssueToIssue.ts)
  'schema.missing': {
    en: (p) => `Missing required field, expected ${expected(p, 'en')}`,
    nl: (p) => `Dit veld is verplicht: vul ${expected(p, 'nl')} in`,
  },
  'schema.invalid_type': {
    en: (p) => `Unexpected ${kind(p, 'en')} ${v(p, 'en')}, expected ${expected(p, 'en')}`,
    nl: (p) => `Onverwacht: ${kind(p, 'nl')} ${v(p, 'nl')}; verwacht ${expected(p, 'nl')}`,
  },
  'schema.invalid_value': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${or(p, 'values', 'en')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; kies ${or(p, 'values', 'nl')}`,
  },
  'schema.too_small.empty': {
    en: (p) => `Unexpected empty ${p.origin === 'string' ? 'text' : 'list'}, expected at least 1 ${p.origin === 'string' ? 'character' : 'item'}`,
    nl: (p) => (p.origin === 'string' ? 'Deze tekst is leeg; vul hem in' : 'Deze lijst is leeg; voeg er minstens één toe'),
  },
  'schema.too_small.count': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected at least ${text(p, 'minimum')} ${p.origin === 'string' ? 'character' : 'item'}s`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht minstens ${text(p, 'minimum')} ${p.origin === 'string' ? 'tekens' : 'items'}`,
  },
  'schema.too_small': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${p.inclusive ? 'at least' : 'more than'} ${text(p, 'minimum')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht ${p.inclusive ? 'minstens' : 'meer dan'} ${text(p, 'minimum')}`,
  },
  'schema.too_big': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${p.inclusive ? 'at most' : 'less than'} ${text(p, 'maximum')}${p.unit ? ` ${text(p, 'unit')}s` : ''}`,
    nl: (p) =>
      `Onverwacht: ${v(p, 'nl')}; verwacht ${p.inclusive ? 'hoogstens' : 'minder dan'} ${text(p, 'maximum')}${p.unit ? (p.unit === 'character' ? ' tekens' : ' items') : ''}`,
  },
  'schema.invalid_format': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${hint(p, 'en')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht ${hint(p, 'nl')}`,
  },
  'schema.invalid_union': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${p.hint ? hint(p, 'en') : p.discriminator ? `a known ${text(p, 'discriminator')}` : 'one of the allowed forms'}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht ${p.hint ? hint(p, 'nl') : p.discriminator ? `een bekende ${text(p, 'discriminator')}` : 'een van de toegestane vormen'}`,
  },
  'schema.other': {
    en: (p) => `Unexpected ${v(p, 'en')}: ${text(p, 'zodMessage')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')} (${text(p, 'zodCode')})`,
  },

  // The JSON-LD document (jsonld/validateJsonLd.ts)
  'jsonld.not_object': {
    en: () => 'Unexpected JSON-LD that is not an object, expected {"@context": "https://schema.org", "@graph": [...]}',
    nl: () => 'Deze JSON-LD is geen object; verwacht {"@context": "https://schema.org", "@graph": [...]}',
  },
  'jsonld.context': {
    en: (p) => `Unexpected @context ${p.context !== undefined ? text(p, 'context') : p.contextKind === 'missing' ? 'missing' : 'object'}, expected "https://schema.org"`,
    nl: (p) => `Onverwachte @context ${p.context !== undefined ? text(p, 'context') : p.contextKind === 'missing' ? '(ontbreekt)' : '(een object)'}; verwacht "https://schema.org"`,
  },

  // The schema.org vocabulary (jsonld/validateVocabulary.ts)
  'vocab.not_a_node': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected a node object with @type`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht een node met @type`,
  },
  'vocab.missing_type': {
    en: (p) => `Unexpected node without @type, expected ${p.range === undefined ? 'a schema.org type' : or(p, 'range', 'en')}`,
    nl: (p) => `Node zonder @type; verwacht ${p.range === undefined ? 'een schema.org-type' : or(p, 'range', 'nl')}`,
  },
  'vocab.unknown_type': {
    en: (p) =>
      p.name === undefined
        ? `Unexpected @type ${v(p, 'en')}, expected a schema.org type name`
        : `Unexpected type ${text(p, 'name')}, expected a schema.org type${p.hint ? ` (did you mean "${text(p, 'hint')}"?)` : ''}`,
    nl: (p) =>
      p.name === undefined
        ? `Onverwacht @type: ${v(p, 'nl')}; verwacht de naam van een schema.org-type`
        : `Onbekend type ${text(p, 'name')}; verwacht een schema.org-type${p.hint ? ` (bedoel je "${text(p, 'hint')}"?)` : ''}`,
  },
  'vocab.superseded_type': {
    en: (p) => `Unexpected superseded type "${text(p, 'name')}", expected "${text(p, 'by')}"`,
    nl: (p) => `Het type "${text(p, 'name')}" is vervangen; gebruik "${text(p, 'by')}"`,
  },
  'vocab.pending_type': {
    en: (p) => `Unexpected pending type "${text(p, 'name')}", expected a stable term (pending terms may still change)`,
    nl: (p) => `Het type "${text(p, 'name')}" is nog in voorbereiding (pending) en kan nog veranderen`,
  },
  'vocab.unknown_property': {
    en: (p) => `Unexpected property ${text(p, 'name')}, expected a schema.org property${p.hint ? ` (did you mean "${text(p, 'hint')}"?)` : ''}`,
    nl: (p) => `Onbekende eigenschap ${text(p, 'name')}; verwacht een schema.org-eigenschap${p.hint ? ` (bedoel je "${text(p, 'hint')}"?)` : ''}`,
  },
  'vocab.superseded_property': {
    en: (p) => `Unexpected superseded property "${text(p, 'name')}", expected "${text(p, 'by')}"`,
    nl: (p) => `De eigenschap "${text(p, 'name')}" is vervangen; gebruik "${text(p, 'by')}"`,
  },
  'vocab.pending_property': {
    en: (p) => `Unexpected pending property "${text(p, 'name')}", expected a stable term (pending terms may still change)`,
    nl: (p) => `De eigenschap "${text(p, 'name')}" is nog in voorbereiding (pending) en kan nog veranderen`,
  },
  'vocab.unexpected_property': {
    en: (p) => `Unexpected property "${text(p, 'name')}" on ${and(p, 'types', 'en')}, expected it on ${or(p, 'domains', 'en')}`,
    nl: (p) => `De eigenschap "${text(p, 'name')}" hoort niet bij ${and(p, 'types', 'nl')}, maar bij ${or(p, 'domains', 'nl')}`,
  },
  'vocab.unexpected_value': {
    en: (p) => `Unexpected ${v(p, 'en')}, expected ${or(p, 'range', 'en')}`,
    nl: (p) => `Onverwacht: ${v(p, 'nl')}; verwacht ${or(p, 'range', 'nl')}`,
  },
  'vocab.unexpected_value.node': {
    en: (p) => `Unexpected ${and(p, 'types', 'en')} node, expected ${or(p, 'range', 'en')}`,
    nl: (p) => `Onverwachte ${and(p, 'types', 'nl')}-node; verwacht ${or(p, 'range', 'nl')}`,
  },
  'vocab.unexpected_value.id': {
    en: (p) => `Unexpected @id ${v(p, 'en')}, expected an IRI`,
    nl: (p) => `Onverwacht @id: ${v(p, 'nl')}; verwacht een IRI`,
  },
  'vocab.unexpected_value.reference': {
    en: (p) => `Unexpected reference ${text(p, 'id')}, expected ${or(p, 'range', 'en')}`,
    nl: (p) => `Onverwachte verwijzing ${text(p, 'id')}; verwacht ${or(p, 'range', 'nl')}`,
  },
  'vocab.unexpected_value.member': {
    en: (p) => `Unexpected member "${text(p, 'name')}" of ${or(p, 'memberOf', 'en')}, expected ${or(p, 'range', 'en')}`,
    nl: (p) => `"${text(p, 'name')}" hoort bij ${or(p, 'memberOf', 'nl')}; verwacht ${or(p, 'range', 'nl')}`,
  },
  'vocab.superseded_value': {
    en: (p) => `Unexpected superseded value "${text(p, 'name')}", expected "${text(p, 'by')}"`,
    nl: (p) => `De waarde "${text(p, 'name')}" is vervangen; gebruik "${text(p, 'by')}"`,
  },
  'vocab.pending_value': {
    en: (p) => `Unexpected pending value "${text(p, 'name')}", expected a stable term (pending terms may still change)`,
    nl: (p) => `De waarde "${text(p, 'name')}" is nog in voorbereiding (pending) en kan nog veranderen`,
  },
  'vocab.text_for_node': {
    en: (p) => `Unexpected text ${text(p, 'text')}, expected ${or(p, 'things', 'en')} as a node`,
    nl: (p) => `Tekst ${text(p, 'text')} waar ${or(p, 'things', 'nl')} als node hoort`,
  },
} as const satisfies Record<string, Wording<Words>>

/** The id of one of the build's messages (besides the content rules). */
export type IssueMessageId = keyof typeof issueMessages

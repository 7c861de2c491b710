import type { Issue, Position } from '../issue.ts'
import { documentDeclarations } from '../model/index.ts'
import type { SlimDocument } from '../model/slimDocument.ts'
import type { AcrossView } from '../rules/declare/acrossView.ts'
import { acrossRules, translationRules } from '../rules/layers/acrossRules.ts'
import { findingToIssue } from '../rules/layers/findingToIssue.ts'
import { isExpired } from '../rules/lib/isExpired.ts'
import { issueText } from '../catalogue/issueText.ts'
import type { SanityProject } from '../sanityProject.ts'
import type { CrossUnit, CrossView } from './crossView.ts'
import { validDocument } from './validDocument.ts'
import type { PayTransparency } from '../rules/lib/checkPayTransparency.ts'

/**
 * The checks across documents for one `_id`: duplicates, then the content rules across documents
 * (the registry's layer, scripts/core/rules) on its valid document: its references, its slug
 * against the others of its type, a profile's tier ladder and FAQ languages, a vacancy's tier,
 * pay (net, pay transparency) and expiry, an organisation's logo, and the warnings of the rules of one document, on its
 * slim form; and, on a translation metadata document, the rules of its members (the facts they state). Reads the documents it refers to, and the owners of its slug, through the view; a
 * change to any of those can change the result, and to nothing else (apart from cycles, found by
 * the rules of the whole dataset's references, and the duplicate ladder issues of profiles
 * sharing a tier, kept once by assembleCrossIssues). Issues carry no position yet.
 * @param id the `_id`
 * @param view the dataset
 * @param options the clock vacancies expire against, the Sanity project images are published from, and per country the day pay transparency applies (the resolved option)
 * @returns what was found, by phase
 */
export function checkAcross(id: string, view: CrossView, options: { now: Date; project?: SanityProject | undefined; payTransparency: PayTransparency }): CrossUnit {
  const unit: CrossUnit = { own: [], duplicates: [], references: [], slug: [], profile: [], vacancy: [], organization: [], translations: [], estimate: undefined, unknownType: undefined, expired: false, wrongType: false }
  const entries = view.entries(id)
  const first = entries[0]
  if (!first) return unit
  const firstCheck = first.check
  if (firstCheck.kind === 'unknownType') unit.unknownType = { typeKey: firstCheck.typeKey, order: first.order, position: first.position }
  // A translation metadata document: its members must agree on their facts (read through the view, so a change to one checks the group again).
  else if (firstCheck.kind === 'translations' && entries.length === 1)
    unit.translations = translationRules({ id, members: firstCheck.members }, acrossView(view, options))
  // Copies: --strict and positions change issues, and a stored verdict must stay as it was.
  else if (firstCheck.kind === 'invalid') for (const issue of firstCheck.issues) unit.own.push({ ...issue })
  for (const entry of entries.slice(1)) {
    const check = entry.check
    unit.duplicates.push(duplicateIssue(id, 'type' in check ? (check.type ?? '(unknown)') : '(unknown)', first.position, entry.position))
  }
  const doc = validDocument(view, id)
  if (!doc) return unit
  const found = acrossRules(doc, acrossView(view, options))
  unit.references = found.references
  unit.wrongType = found.references.some((issue) => issue.code === 'reference.wrong_type')
  unit.slug = found.slug
  unit.profile = found.profile.map(({ onceKey, ...issue }) => (onceKey === undefined ? issue : { ...issue, ladderKey: onceKey }))
  unit.vacancy = found.vacancy
  unit.organization = [...documentWarnings(doc), ...found.organization]
  unit.estimate = found.kept[0]
  unit.expired = doc._type === 'vacancy' && isExpired(doc.validThrough, options.now)
  return unit
}

/**
 * The issue of a second entry with an `_id`: it names where the first one is, and is placed at
 * its own entry. Made again when a report places stored issues, as entries move.
 * @param id the `_id`
 * @param docType the type the second entry states
 * @param first where the first entry is
 * @param at where the second entry is
 * @returns the issue
 */
export function duplicateIssue(id: string, docType: string, first: Position | undefined, at: Position | undefined): Issue {
  return {
    severity: 'error',
    code: 'document.duplicate_id',
    docId: id,
    docType,
    path: ['_id'],
    ...issueText('document.duplicate_id', { id, ...(first ? { firstFile: first.file, firstLine: first.line } : {}) }),
    ...(at ? { position: at } : {}),
  }
}

/** The warnings of the rules of one document (an organisation's logo), on its slim form: the page is still written. */
function documentWarnings(doc: SlimDocument) {
  const warnings = documentDeclarations[doc._type].warnings
  return (warnings?.(doc) ?? []).map((v) => findingToIssue({ ...v, docId: doc._id, docType: doc._type }))
}

/** The dataset as the rules across documents read it. */
function acrossView(view: CrossView, options: { now: Date; project?: SanityProject | undefined; payTransparency: PayTransparency }): AcrossView {
  return {
    valid: (id) => validDocument(view, id),
    has: (id) => view.entries(id).length > 0,
    typeOf: (id) => typeOf(view, id),
    slugOwners: (type, slug) => view.slugOwners(type, slug),
    references: (type) => documentDeclarations[type].references,
    now: options.now,
    project: options.project,
    payTransparency: options.payTransparency,
  }
}

/**
 * The type an `_id` was given: that of its last entry that has one, whatever became of the
 * document (references are checked against it even when the document itself is refused).
 * @param view the dataset
 * @param id the `_id`
 * @returns the type, or undefined
 */
export function typeOf(view: CrossView, id: string): string | undefined {
  let found: string | undefined
  for (const entry of view.entries(id)) if ('type' in entry.check && entry.check.type !== undefined) found = entry.check.type
  return found
}

/**
 * The targets of a document's references, in field order, as the cycle search follows them.
 * @param doc a valid document
 * @returns the `_ref`s (empty for types without references)
 */
export function referenceTargets(doc: SlimDocument): string[] {
  const targets: string[] = []
  for (const { field, many } of documentDeclarations[doc._type].references) {
    const value: unknown = Reflect.get(doc, field)
    if (many && Array.isArray(value)) {
      for (const ref of value) if (isRef(ref)) targets.push(ref._ref)
    } else if (!Array.isArray(value) && isRef(value)) targets.push(value._ref)
  }
  return targets
}

function isRef(value: unknown): value is { _ref: string } {
  return typeof value === 'object' && value !== null && '_ref' in value && typeof value._ref === 'string'
}

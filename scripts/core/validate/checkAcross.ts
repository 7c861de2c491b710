import type { Issue, Path } from '../issue.ts'
import { documentDeclarations } from '../model/index.ts'
import { checkTierLadder } from '../rules/checkTier.ts'
import { estimateSalary } from '../rules/estimateSalary.ts'
import { isExpired } from '../rules/isExpired.ts'
import type { Violation } from '../rules/violation.ts'
import { issueText } from '../messages/issueText.ts'
import { toDotPath } from '../toDotPath.ts'
import type { CrossUnit, CrossView } from './crossView.ts'
import type { SlimDocument, SlimOrganization, SlimProfile, SlimTier, SlimVacancy } from './slimDocument.ts'
import { organization } from '../model/organization.ts'
import type { SanityProject } from '../sanityProject.ts'
import { validDocument } from './validDocument.ts'
import { checkTranslations } from '../translations/checkTranslations.ts'
import { checkPayTransparency, type PayTransparency } from '../rules/checkPayTransparency.ts'
import { checkConfidential } from '../rules/checkConfidential.ts'

const isUnpublished = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.')

/**
 * The checks across documents for one `_id`: duplicates, its references, its slug against the
 * others of its type, a profile's tier ladder and FAQ languages, a vacancy's tier, pay, pay
 * transparency, links that would reveal a confidential employer, and expiry, the facts a translation
 * metadata document's members state. Reads the documents it refers to, and the owners of its slug, through the view; a
 * change to any of those can change the result, and to nothing else (apart from cycles, found
 * by findCycles, and the duplicate ladder issues of profiles sharing a tier, kept once by
 * assembleCrossIssues). Issues carry no position yet.
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
    unit.translations = checkTranslations([{ id, members: firstCheck.members }], (member) => validDocument(view, member))
  // Copies: --strict and positions change issues, and a stored verdict must stay as it was.
  else if (firstCheck.kind === 'invalid') for (const issue of firstCheck.issues) unit.own.push({ ...issue })
  for (const entry of entries.slice(1)) {
    const check = entry.check
    const where = first.position
    unit.duplicates.push({
      severity: 'error',
      code: 'document.duplicate_id',
      docId: id,
      docType: 'type' in check ? (check.type ?? '(unknown)') : '(unknown)',
      path: ['_id'],
      ...issueText('document.duplicate_id', { id, ...(where ? { firstFile: where.file, firstLine: where.line } : {}) }),
      ...(entry.position ? { position: entry.position } : {}),
    })
  }
  const doc = validDocument(view, id)
  if (!doc) return unit
  checkReferences(doc, view, unit)
  if (doc._type === 'jobProfile' || doc._type === 'vacancy') checkSlug(doc, view, unit)
  if (doc._type === 'jobProfile') checkProfile(doc, view, unit)
  if (doc._type === 'vacancy') checkVacancy(doc, view, options, unit)
  if (doc._type === 'organization') checkOrganization(doc, options.project, unit)
  return unit
}

/**
 * An organisation's warnings (its logo against what Google can know of it), and an image uploaded
 * to Sanity can be published only when the export knows the project it is stored in.
 */
function checkOrganization(org: SlimOrganization, project: SanityProject | undefined, unit: CrossUnit): void {
  const base = { docId: org._id, docType: 'organization' }
  for (const v of organization.warnings?.(org) ?? []) unit.organization.push({ severity: 'warning', code: v.code, ...base, path: v.path, ...ruleText(v) })
  if (!project && typeof org.logo === 'object' && org.logo.asset)
    unit.organization.push({ severity: 'error', code: 'organization.logo_no_project', ...base, path: ['logo'], ...issueText('organization.logo_no_project', {}) })
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

/** Every reference must resolve to a published document of the right type. */
function checkReferences(doc: SlimDocument, view: CrossView, unit: CrossUnit): void {
  for (const { field, type, many } of documentDeclarations[doc._type].references) {
    const value: unknown = Reflect.get(doc, field)
    // Paths are made only for an issue: a valid dataset has hundreds of thousands of references.
    const check = (ref: unknown, path: () => Path) => {
      if (!isRef(ref)) return
      const target = ref._ref
      if (isUnpublished(target)) {
        unit.references.push({ severity: 'error', docId: doc._id, docType: doc._type, path: path(), code: 'reference.draft', ...issueText('reference.draft', { target, type }) })
        return
      }
      const entries = view.entries(target)
      if (entries.length === 0) {
        unit.references.push({ severity: 'error', docId: doc._id, docType: doc._type, path: path(), code: 'reference.missing', ...issueText('reference.missing', { target, type }) })
        return
      }
      const found = typeOf(view, target)
      if (found !== type) {
        unit.wrongType = true
        unit.references.push({
          severity: 'error',
          docId: doc._id,
          docType: doc._type,
          path: path(),
          code: 'reference.wrong_type',
          ...issueText('reference.wrong_type', { target, type, ...(found ? { found } : {}) }),
        })
      }
    }
    if (many && Array.isArray(value)) value.forEach((ref: unknown, i) => check(ref, () => [field, i, '_ref']))
    else if (value !== undefined) check(value, () => [field, '_ref'])
  }
}

/** Slugs are unique per type: the smallest `_id` keeps it. */
function checkSlug(doc: SlimProfile | SlimVacancy, view: CrossView, unit: CrossUnit): void {
  const slug = doc.slug.current
  let first: string | undefined
  for (const owner of view.slugOwners(doc._type, slug)) {
    const other = validDocument(view, owner)
    if (other?._type !== doc._type || other.slug.current !== slug) continue
    if (first === undefined || owner < first) first = owner
  }
  if (first === undefined || first === doc._id) return
  unit.slug.push({
    severity: 'error',
    code: 'slug.duplicate',
    docId: doc._id,
    docType: doc._type,
    path: ['slug', 'current'],
    ...issueText('slug.duplicate', { slug, first }),
  })
}

/** The profile's tier ladder, its net tiers that will not be exported, and its FAQ languages. */
function checkProfile(profile: SlimProfile, view: CrossView, unit: CrossUnit): void {
  const tiers = (profile.salaryTiers ?? []).flatMap((r): SlimTier[] => {
    const t = validDocument(view, r._ref)
    return t && t._type === 'salaryTier' ? [t] : []
  })
  const reported = new Set<string>()
  for (const v of checkTierLadder(tiers)) {
    const tier = tiers.find((t) => t._id === v.docId)
    const key = `${v.docId}|${toDotPath(v.path)}|${v.code}`
    if (!tier || reported.has(key)) continue
    reported.add(key)
    unit.profile.push({ severity: 'error', code: v.code, docId: tier._id, docType: 'salaryTier', path: v.path, ...ruleText(v), ladderKey: key })
  }
  for (const tier of tiers)
    if (tier.basis === 'net')
      unit.profile.push({
        severity: 'notice',
        code: 'tier.net_not_exported',
        docId: tier._id,
        docType: 'salaryTier',
        path: ['basis'],
        ...issueText('tier.net_not_exported', { level: tier.level, profile: profile._id }),
      })
  ;(profile.faq ?? []).forEach((r, i) => {
    const faq = validDocument(view, r._ref)
    if (faq && faq._type === 'faqEntry' && faq.language !== profile.language)
      unit.profile.push({
        severity: 'warning',
        code: 'faq.language_mismatch',
        docId: profile._id,
        docType: 'jobProfile',
        path: ['faq', i, '_ref'],
        ...issueText('faq.language_mismatch', { faqLanguage: faq.language, faq: faq._id, profileLanguage: profile.language }),
      })
  })
}

/**
 * A vacancy's tier belongs to its own profile; an expired vacancy is left out and reported. A
 * current vacancy paid by a tier gets one notice that its JobPosting states the tier as an
 * estimate for its hours (estimateSalary), never as baseSalary; it is kept apart, for the
 * assembly to drop when the vacancy is refused anyway.
 */
function checkVacancy(vacancy: SlimVacancy, view: CrossView, { now, payTransparency }: { now: Date; payTransparency: PayTransparency }, unit: CrossUnit): void {
  const profile = validDocument(view, vacancy.jobProfile._ref)
  let tierOfProfile = true
  if (vacancy.salaryTier && profile && profile._type === 'jobProfile') {
    const ref = vacancy.salaryTier._ref
    tierOfProfile = (profile.salaryTiers ?? []).some((r) => r._ref === ref)
    if (!tierOfProfile)
      unit.vacancy.push({
        severity: 'error',
        code: 'vacancy.tier_not_in_profile',
        docId: vacancy._id,
        docType: 'vacancy',
        path: ['salaryTier', '_ref'],
        ...issueText('vacancy.tier_not_in_profile', { tier: ref, profile: profile._id, tiers: (profile.salaryTiers ?? []).map((r) => r._ref) }),
      })
  }
  const tier = vacancy.salaryTier ? validDocument(view, vacancy.salaryTier._ref) : undefined
  if ((tier?._type === 'salaryTier' && tier.basis === 'net') || vacancy.salary?.basis === 'net')
    unit.vacancy.push({
      severity: 'warning',
      code: 'vacancy.net_salary',
      docId: vacancy._id,
      docType: 'vacancy',
      path: [vacancy.salary ? 'salary' : 'salaryTier'],
      ...issueText('vacancy.net_salary', {}),
    })
  const employer = validDocument(view, vacancy.hiringOrganization._ref)
  for (const v of checkConfidential(vacancy, employer?._type === 'organization' ? employer : undefined))
    unit.vacancy.push({ severity: 'error', code: v.code, docId: vacancy._id, docType: 'vacancy', path: v.path, ...ruleText(v) })
  const payViolation = checkPayTransparency(vacancy, payTransparency)
  if (payViolation) unit.vacancy.push({ severity: 'error', code: payViolation.code, docId: vacancy._id, docType: 'vacancy', path: payViolation.path, ...ruleText(payViolation) })
  const isOver = isExpired(vacancy.validThrough, now)
  if (!vacancy.salary && tier?._type === 'salaryTier' && tierOfProfile && !isOver) {
    const estimate = estimateSalary(tier, vacancy)
    if (estimate)
      unit.estimate = {
        severity: 'notice',
        code: estimate.violation.code,
        docId: vacancy._id,
        docType: 'vacancy',
        path: estimate.violation.path,
        ...ruleText(estimate.violation),
      }
  }
  if (isOver) {
    unit.expired = true
    unit.vacancy.push({
      severity: 'notice',
      code: 'vacancy.expired',
      docId: vacancy._id,
      docType: 'vacancy',
      path: ['validThrough'],
      ...issueText('vacancy.expired', { validThrough: vacancy.validThrough ?? '', now: now.toISOString().slice(0, 10) }),
    })
  }
  if (!vacancy.validThrough)
    unit.vacancy.push({
      severity: 'warning',
      code: 'vacancy.no_valid_through',
      docId: vacancy._id,
      docType: 'vacancy',
      path: ['validThrough'],
      ...issueText('vacancy.no_valid_through', {}),
    })
  // Applicant countries belong to remote work: the JobPosting of any other vacancy leaves them out.
  if (vacancy.remote !== true && vacancy.applicantCountries?.length)
    unit.vacancy.push({
      severity: 'warning',
      code: 'vacancy.applicant_countries_dropped',
      docId: vacancy._id,
      docType: 'vacancy',
      path: ['applicantCountries'],
      ...issueText('vacancy.applicant_countries_dropped', { countries: vacancy.applicantCountries }),
    })
}

/** A rule's violation as an issue's words: the rule's code is the message id. */
function ruleText(v: Violation) {
  return issueText(v.code, v.params)
}

import type { Issue, Path, Position } from '../issue.ts'
import { documentDeclarations, documentSchemas } from '../model/index.ts'
import { checkTierLadder } from '../rules/checkTier.ts'
import { estimateSalary } from '../rules/estimateSalary.ts'
import { issueText } from '../messages/issueText.ts'
import { toDotPath } from '../toDotPath.ts'
import type { DocumentCheck } from './checkDocument.ts'
import type { Violation } from '../rules/violation.ts'
import type { DocumentOrigin } from './contentIndex.ts'
import type { SlimDocument, SlimOrganization, SlimProfile, SlimTier, SlimVacancy } from './slimDocument.ts'
import { organization } from '../model/organization.ts'
import type { SanityProject } from '../sanityProject.ts'
import { isExpired } from '../rules/isExpired.ts'

/** One document's own verdict with the place it came from. */
export interface CheckedDocument<D extends SlimDocument> {
  check: DocumentCheck<D>
  position?: Position | undefined
  fieldPositions?: ReadonlyMap<string, Position> | undefined
}

/** What the checks across documents find. */
export interface CrossCheckResult<D extends SlimDocument> {
  issues: Issue[]
  /** The valid documents by `_id` (duplicates left out). */
  byId: Map<string, D>
  origins: Map<string, DocumentOrigin>
  /** Valid job profiles and vacancies, each in `_id` order: the pages to build. */
  profileIds: string[]
  vacancyIds: string[]
  /** Vacancies left out because they expired (reported as notices). */
  expired: Set<string>
}

const isUnpublished = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.')

/**
 * The second layer of validation: compares documents that passed (or failed) their own checks —
 * duplicate ids, references, cycles, slugs, tier ladders, vacancy rules — and places every issue.
 * Reads only the fields of {@link SlimDocument}, so cached slim documents give the same result
 * as full ones. Every issue is collected; nothing throws.
 * @param entries each document's own verdict and position, in source order
 * @param options the clock, and the Sanity project images are published from
 * @returns the issues (own and across documents, positioned) and the valid documents
 */
export function checkAcrossDocuments<D extends SlimDocument>(
  entries: ReadonlyArray<CheckedDocument<D>>,
  options: { now: Date; project?: SanityProject | undefined },
): CrossCheckResult<D> {
  const issues: Issue[] = []
  const byId = new Map<string, D>()
  const origins = new Map<string, DocumentOrigin>()
  const seen = new Map<string, Position | undefined>()
  const typeOf = new Map<string, string>()
  const unknownTypes = new Map<string, { count: number; first: string; position?: Position }>()

  for (const { check, position, fieldPositions } of entries) {
    if (check.kind === 'unreadable') {
      // A cached verdict may come from the same bytes on another line: the place is this entry's.
      issues.push({ ...check.issue, ...(position ? { docId: `(line ${position.line})`, position } : {}) })
      continue
    }
    if (check.kind === 'missingId') {
      issues.push({
        severity: 'error',
        code: 'document.missing_id',
        docId: position ? `(line ${position.line})` : '(unknown)',
        docType: check.docType,
        path: ['_id'],
        // The verdict keeps the id as worded (cached verdicts too); "nothing" is the one word it can hold.
        ...issueText('document.missing_id', check.idText === 'nothing' ? { idKind: 'nothing' } : { idKind: 'literal', id: check.idText }),
        ...(position ? { position } : {}),
      })
      continue
    }
    const id = check.id
    // References are checked against the type each id was given, whatever became of the document.
    if (check.type !== undefined) typeOf.set(id, check.type)
    if (check.kind === 'unpublished') continue // drafts and release versions are never exported
    if (seen.has(id)) {
      const first = seen.get(id)
      issues.push({
        severity: 'error',
        code: 'document.duplicate_id',
        docId: id,
        docType: check.type ?? '(unknown)',
        path: ['_id'],
        ...issueText('document.duplicate_id', { id, ...(first ? { firstFile: first.file, firstLine: first.line } : {}) }),
        ...(position ? { position } : {}),
      })
      byId.delete(id)
      continue
    }
    seen.set(id, position)
    if (check.kind === 'unknownType') {
      const entry = unknownTypes.get(check.typeKey)
      if (entry) entry.count++
      else unknownTypes.set(check.typeKey, { count: 1, first: id, ...(position ? { position } : {}) })
      continue
    }
    // Built directly rather than by spreads: this runs once per document, 300,000 times in a big export.
    const origin: DocumentOrigin = {}
    if (position) origin.position = position
    if (fieldPositions) origin.fieldPositions = fieldPositions
    origins.set(id, origin)
    // Copies: locate() and --strict change issues, and a cached verdict must stay as it was.
    if (check.kind === 'invalid') for (const issue of check.issues) issues.push({ ...issue })
    else byId.set(id, check.doc)
  }
  for (const [type, { count, first, position }] of unknownTypes)
    issues.push({
      severity: 'notice',
      code: 'document.unknown_type',
      docId: first,
      docType: type,
      path: ['_type'],
      ...issueText('document.unknown_type', { count, type, types: Object.keys(documentSchemas) }),
      ...(position ? { position } : {}),
    })

  const slim: ReadonlyMap<string, SlimDocument> = byId
  checkReferences(slim, seen, typeOf, issues)
  const profiles: SlimProfile[] = []
  const vacancies: SlimVacancy[] = []
  const organizations: SlimOrganization[] = []
  for (const doc of slim.values()) {
    if (doc._type === 'jobProfile') profiles.push(doc)
    else if (doc._type === 'vacancy') vacancies.push(doc)
    else if (doc._type === 'organization') organizations.push(doc)
  }
  profiles.sort(byIdOrder)
  vacancies.sort(byIdOrder)
  checkSlugs([...profiles, ...vacancies], issues)
  checkProfiles(profiles, slim, issues)
  checkOrganizations(organizations, options.project, issues)
  const { expired, estimates } = checkVacancies(vacancies, slim, options, issues)
  // A vacancy refused for another reason gets no page, so nothing to say about its JobPosting's pay.
  const refused = new Set<string>()
  for (const issue of issues) if (issue.severity === 'error') refused.add(issue.docId)
  for (const notice of estimates) if (!refused.has(notice.docId)) issues.push(notice)

  for (const issue of issues) locate(issue, origins)
  return { issues, byId, origins, profileIds: profiles.map((p) => p._id), vacancyIds: vacancies.map((v) => v._id), expired }
}

const byIdOrder = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)

/** Every reference must resolve to a published document of the right type; cycles are refused. */
function checkReferences(
  byId: ReadonlyMap<string, SlimDocument>,
  seen: Map<string, Position | undefined>,
  typeOf: ReadonlyMap<string, string>,
  issues: Issue[],
) {
  const edges = new Map<string, string[]>()
  let wronglyTyped = false
  for (const doc of byId.values()) {
    // The reference fields of the type and the type each must point at, from its declaration.
    const fields = documentDeclarations[doc._type].references
    if (fields.length === 0) continue // no references: never on a cycle
    const targets: string[] = []
    for (const { field, type, many } of fields) {
      const value: unknown = (doc as Record<string, unknown>)[field]
      // Paths are made only for an issue: a valid dataset has hundreds of thousands of references.
      const check = (ref: unknown, path: () => Path) => {
        if (!ref || typeof ref !== 'object' || !('_ref' in ref) || typeof ref._ref !== 'string') return
        const target = ref._ref
        targets.push(target)
        if (isUnpublished(target))
          issues.push({ severity: 'error', docId: doc._id, docType: doc._type, path: path(), code: 'reference.draft', ...issueText('reference.draft', { target, type }) })
        else if (!seen.has(target))
          issues.push({ severity: 'error', docId: doc._id, docType: doc._type, path: path(), code: 'reference.missing', ...issueText('reference.missing', { target, type }) })
        else if (typeOf.get(target) !== type) {
          wronglyTyped = true
          const found = typeOf.get(target)
          issues.push({ severity: 'error', docId: doc._id, docType: doc._type, path: path(), code: 'reference.wrong_type', ...issueText('reference.wrong_type', { target, type, ...(found ? { found } : {}) }) })
        }
      }
      if (many && Array.isArray(value)) value.forEach((ref: unknown, i) => check(ref, () => [field, i, '_ref']))
      else if (value !== undefined) check(value, () => [field, '_ref'])
    }
    edges.set(doc._id, targets)
  }
  // Every cycle has a wrongly typed reference (types only point "down": vacancy → profile → tier,
  // FAQ, organisation), so without one there is nothing to look for.
  if (!wronglyTyped) return
  // A cycle can only form through wrongly typed references; report it once per cycle, at its smallest id.
  const state = new Map<string, 1 | 2>()
  const reported = new Set<string>()
  for (const start of [...edges.keys()].sort()) {
    if (state.has(start)) continue
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }]
    const onPath: string[] = [start]
    state.set(start, 1)
    while (stack.length) {
      const top = stack[stack.length - 1]
      if (!top) break
      const out = edges.get(top.id) ?? []
      if (top.next >= out.length) {
        state.set(top.id, 2)
        stack.pop()
        onPath.pop()
        continue
      }
      const next = out[top.next++]
      if (next === undefined) continue
      const s = state.get(next)
      if (s === 1) {
        const cycle = onPath.slice(onPath.indexOf(next))
        const first = [...cycle].sort()[0] ?? next
        const key = [...cycle].sort().join('|')
        if (!reported.has(key)) {
          reported.add(key)
          const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first]
          const doc = byId.get(first)
          issues.push({
            severity: 'error',
            code: 'reference.cycle',
            docId: first,
            docType: doc?._type ?? '(unknown)',
            path: [],
            ...issueText('reference.cycle', { cycle: rotated }),
          })
        }
      } else if (s === undefined && edges.has(next)) {
        state.set(next, 1)
        stack.push({ id: next, next: 0 })
        onPath.push(next)
      }
    }
  }
}

/** Slugs are unique per type. */
function checkSlugs(docs: ReadonlyArray<SlimProfile | SlimVacancy>, issues: Issue[]) {
  const bySlug = new Map<string, string>()
  for (const doc of docs) {
    const key = `${doc._type}:${doc.slug.current}`
    const first = bySlug.get(key)
    if (first)
      issues.push({
        severity: 'error',
        code: 'slug.duplicate',
        docId: doc._id,
        docType: doc._type,
        path: ['slug', 'current'],
        ...issueText('slug.duplicate', { slug: doc.slug.current, first }),
      })
    else bySlug.set(key, doc._id)
  }
}

/** Tier ladders per profile, FAQ language, and net tiers that will not be exported. */
function checkProfiles(profiles: ReadonlyArray<SlimProfile>, byId: ReadonlyMap<string, SlimDocument>, issues: Issue[]) {
  const ladderReported = new Set<string>()
  for (const profile of profiles) {
    const tiers = (profile.salaryTiers ?? []).flatMap((r): SlimTier[] => {
      const t = byId.get(r._ref)
      return t && t._type === 'salaryTier' ? [t] : []
    })
    for (const v of checkTierLadder(tiers)) {
      const tier = tiers.find((t) => t._id === v.docId)
      const key = `${v.docId}|${toDotPath(v.path)}|${v.code}`
      if (!tier || ladderReported.has(key)) continue
      ladderReported.add(key)
      issues.push({ severity: 'error', code: v.code, docId: tier._id, docType: 'salaryTier', path: v.path, ...ruleText(v) })
    }
    for (const tier of tiers)
      if (tier.basis === 'net')
        issues.push({
          severity: 'notice',
          code: 'tier.net_not_exported',
          docId: tier._id,
          docType: 'salaryTier',
          path: ['basis'],
          ...issueText('tier.net_not_exported', { level: tier.level, profile: profile._id }),
        })
    ;(profile.faq ?? []).forEach((r, i) => {
      const faq = byId.get(r._ref)
      if (faq && faq._type === 'faqEntry' && faq.language !== profile.language)
        issues.push({
          severity: 'warning',
          code: 'faq.language_mismatch',
          docId: profile._id,
          docType: 'jobProfile',
          path: ['faq', i, '_ref'],
          ...issueText('faq.language_mismatch', { faqLanguage: faq.language, faq: faq._id, profileLanguage: profile.language }),
        })
    })
  }
}

/**
 * A vacancy's tier belongs to its own profile; expired vacancies are left out and reported. A
 * current vacancy paid by a tier gets one notice (returned apart, for the caller to drop when the
 * vacancy is refused anyway) that its JobPosting states the tier as an estimate for its hours
 * (estimateSalary), never as baseSalary.
 */
function checkVacancies(
  vacancies: ReadonlyArray<SlimVacancy>,
  byId: ReadonlyMap<string, SlimDocument>,
  { now }: { now: Date },
  issues: Issue[],
): { expired: Set<string>; estimates: Issue[] } {
  const expired = new Set<string>()
  const estimates: Issue[] = []
  for (const vacancy of vacancies) {
    const profile = byId.get(vacancy.jobProfile._ref)
    let tierOfProfile = true
    if (vacancy.salaryTier && profile && profile._type === 'jobProfile') {
      const ref = vacancy.salaryTier._ref
      tierOfProfile = (profile.salaryTiers ?? []).some((r) => r._ref === ref)
      if (!tierOfProfile)
        issues.push({
          severity: 'error',
          code: 'vacancy.tier_not_in_profile',
          docId: vacancy._id,
          docType: 'vacancy',
          path: ['salaryTier', '_ref'],
          ...issueText('vacancy.tier_not_in_profile', { tier: ref, profile: profile._id, tiers: (profile.salaryTiers ?? []).map((r) => r._ref) }),
        })
    }
    const tier = vacancy.salaryTier ? byId.get(vacancy.salaryTier._ref) : undefined
    if ((tier?._type === 'salaryTier' && tier.basis === 'net') || vacancy.salary?.basis === 'net')
      issues.push({
        severity: 'warning',
        code: 'vacancy.net_salary',
        docId: vacancy._id,
        docType: 'vacancy',
        path: [vacancy.salary ? 'salary' : 'salaryTier'],
        ...issueText('vacancy.net_salary', {}),
      })
    const isOver = isExpired(vacancy.validThrough, now)
    // Once per exported vacancy: a tier is an estimate (estimatedSalary), never the employer's baseSalary.
    if (!vacancy.salary && tier?._type === 'salaryTier' && tierOfProfile && !isOver) {
      const estimate = estimateSalary(tier, vacancy)
      if (estimate)
        estimates.push({
          severity: 'notice',
          code: estimate.violation.code,
          docId: vacancy._id,
          docType: 'vacancy',
          path: estimate.violation.path,
          ...ruleText(estimate.violation),
        })
    }
    if (isOver) {
      expired.add(vacancy._id)
      issues.push({
        severity: 'notice',
        code: 'vacancy.expired',
        docId: vacancy._id,
        docType: 'vacancy',
        path: ['validThrough'],
        ...issueText('vacancy.expired', { validThrough: vacancy.validThrough ?? '', now: now.toISOString().slice(0, 10) }),
      })
    }
    if (!vacancy.validThrough)
      issues.push({
        severity: 'warning',
        code: 'vacancy.no_valid_through',
        docId: vacancy._id,
        docType: 'vacancy',
        path: ['validThrough'],
        ...issueText('vacancy.no_valid_through', {}),
      })
    // Applicant countries belong to remote work: the JobPosting of any other vacancy leaves them out.
    if (vacancy.remote !== true && vacancy.applicantCountries?.length)
      issues.push({
        severity: 'warning',
        code: 'vacancy.applicant_countries_dropped',
        docId: vacancy._id,
        docType: 'vacancy',
        path: ['applicantCountries'],
        ...issueText('vacancy.applicant_countries_dropped', { countries: vacancy.applicantCountries }),
      })
  }
  return { expired, estimates }
}

/**
 * An organisation's warnings (its logo against what Google can know of it), and an image uploaded
 * to Sanity can be published only when the export knows the project it is stored in.
 */
function checkOrganizations(organizations: ReadonlyArray<SlimOrganization>, project: SanityProject | undefined, issues: Issue[]) {
  for (const org of organizations) {
    const base = { docId: org._id, docType: 'organization' }
    for (const v of organization.warnings?.(org) ?? []) issues.push({ severity: 'warning', code: v.code, ...base, path: v.path, ...ruleText(v) })
    if (!project && typeof org.logo === 'object' && org.logo.asset)
      issues.push({ severity: 'error', code: 'organization.logo_no_project', ...base, path: ['logo'], ...issueText('organization.logo_no_project', {}) })
  }
}

/** A rule's violation as an issue's words: the rule's code is the message id. */
function ruleText(v: Violation) {
  return issueText(v.code, v.params)
}

/** Adds the most precise known source position to an issue: its field's, else its document's. */
function locate(issue: Issue, origins: ReadonlyMap<string, DocumentOrigin>) {
  if (issue.position) return
  const origin = origins.get(issue.docId)
  if (!origin) return
  const fields = origin.fieldPositions
  if (fields) {
    const path = [...issue.path]
    while (path.length) {
      const found = fields.get(toDotPath(path))
      if (found) {
        issue.position = found
        return
      }
      path.pop()
    }
  }
  if (origin.position) issue.position = origin.position
}

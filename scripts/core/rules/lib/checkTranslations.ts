import type { Path } from '../../issue.ts'
import { languageTagFault } from '../../translations/languageTagFault.ts'
import { TRANSLATION_METADATA, type TranslationGroup } from '../../translations/translationGroups.ts'
import type { Finding } from '../declare/types.ts'

/**
 * The facts a translation must state as its original does, per document type: a vacancy's pay,
 * dates, employer (and whether it stays confidential), place and terms; a job profile's country, occupation code, publisher and tiers.
 * Each is a path into the document; references compare by `_ref`.
 */
const translationFacts: Readonly<Record<string, ReadonlyArray<Path>>> = {
  vacancy: [
    ['salary', 'minValue'],
    ['salary', 'maxValue'],
    ['salary', 'value'],
    ['salary', 'currency'],
    ['salary', 'period'],
    ['salary', 'basis'],
    ['salary', 'holidayAllowanceIncluded'],
    ['salaryTier', '_ref'],
    ['datePosted'],
    ['validThrough'],
    ['hiringOrganization', '_ref'],
    ['location', 'country'],
    ['location', 'locality'],
    ['location', 'region'],
    ['location', 'postalCode'],
    ['location', 'streetAddress'],
    ['remote'],
    ['applicantCountries'],
    ['employmentTypes'],
    ['hoursPerWeek'],
    ['identifier'],
    // A translation that drops it would name the employer its original keeps anonymous.
    ['confidential'],
  ],
  jobProfile: [['country'], ['iscoCode'], ['publisher', '_ref']],
}

/**
 * Facts that are off unless true: an unset switch and one set to false agree (the Studio stores
 * false once a switch was on; a translation made before the switch existed has none).
 */
const offUnlessTrue: ReadonlySet<string> = new Set(['confidential', 'remote'])

/** The message ids the check reports. */
type TranslationCode = 'translation.disagrees' | 'translation.language_tag'

/**
 * Checks that translations agree on the facts that must not differ between languages (amounts,
 * dates, employer, location, employment type): each member of a group is compared with the
 * group's first member, and every fact that differs is a finding on the member, naming both values
 * and languages. Each member's language key must be an hreflang code (languageTagFault), else the
 * metadata document gets the finding.
 * @param group a translation group (a translation metadata document's members)
 * @param get a document by `_id`, as it will be exported (undefined when absent or invalid)
 * @returns the findings, one per bad language key and one per differing fact
 */
export function checkTranslations(group: TranslationGroup, get: (id: string) => object | undefined): Array<Finding<TranslationCode>> {
  const findings: Array<Finding<TranslationCode>> = []
  // Each key becomes an hreflang in the sitemaps: a key that is no language code is the metadata document's error.
  for (const member of group.members) {
    const expected = languageTagFault(member.language)
    if (expected === undefined) continue
    findings.push({ code: 'translation.language_tag', docId: group.id, docType: TRANSLATION_METADATA, path: ['translations'], params: { language: member.language, member: member.id, expected } })
  }
  const present = group.members.flatMap((member) => {
    const doc = get(member.id)
    return doc ? [{ ...member, doc }] : []
  })
  const [first, ...others] = present
  if (!first) return findings
  const type = Reflect.get(first.doc, '_type')
  const facts = typeof type === 'string' ? translationFacts[type] : undefined
  if (!facts) return findings
  for (const other of others) {
    if (Reflect.get(other.doc, '_type') !== type) continue
    for (const path of facts) {
      const expected = fact(first.doc, path)
      const found = fact(other.doc, path)
      if (same(expected, found)) continue
      findings.push({
        code: 'translation.disagrees',
        docId: other.id,
        docType: String(type),
        path,
        params: { found: shown(found), expected: shown(expected), language: other.language, original: first.id, originalLanguage: first.language },
      })
    }
  }
  return findings
}

/** A fact of a document: its value at the path, a switch that is off unless true as true or false. */
function fact(doc: unknown, path: Path): unknown {
  const value = at(doc, path)
  return path.length === 1 && offUnlessTrue.has(String(path[0])) ? value === true : value
}

function at(value: unknown, path: Path): unknown {
  let node = value
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = Reflect.get(node, key)
  }
  return node
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function shown(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value)
}

import { isRecord } from '../../isRecord.ts'
import type { Violation } from '../declare/types.ts'

/** What the rule reads of a vacancy (a whole document, a slim one, or a form being edited). */
export interface ConfidentialFacts {
  confidential?: unknown
  applyUrl?: unknown
  canonicalUrl?: unknown
}

/** What the rule reads of the employer: its website and its profiles elsewhere. */
export interface EmployerSites {
  url?: unknown
  sameAs?: unknown
}

/** The vacancy's links that are published, in field order. */
const linkFields = ['applyUrl', 'canonicalUrl'] as const

/** A URL's host without a leading `www.`, lowercased; undefined when it is not a URL. */
function siteOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined
  return new URL(url).hostname.toLowerCase().replace(/^www\./u, '')
}

/** The employer's own website's host, and the addresses of its profiles elsewhere (a LinkedIn page is the employer's, LinkedIn is not). */
function employerPlaces(employer: EmployerSites): { site: string | undefined; profiles: string[] } {
  const site = typeof employer.url === 'string' ? siteOf(employer.url) : undefined
  const profiles = Array.isArray(employer.sameAs) ? employer.sameAs.filter((u): u is string => typeof u === 'string' && URL.canParse(u)) : []
  return { site, profiles }
}

/**
 * Checks that a confidential vacancy (a staffing agency's, for an employer that stays anonymous)
 * publishes no link that gives the employer away: its application link and canonical URL are not
 * on the employer's website (same host, `www.` aside) nor under one of its profiles elsewhere
 * (`sameAs`). The JSON-LD leaves the employer out; these links are the vacancy's own.
 * @param vacancy the vacancy
 * @param employer the organisation it references as hiringOrganization (undefined: not known)
 * @returns a violation per link that reveals the employer, on that field
 */
export function checkConfidentialLink(vacancy: ConfidentialFacts, employer: EmployerSites | undefined): Violation<'vacancy.confidential_link'>[] {
  if (vacancy.confidential !== true || !isRecord(employer)) return []
  const { site, profiles } = employerPlaces(employer)
  const out: Violation<'vacancy.confidential_link'>[] = []
  for (const field of linkFields) {
    const link = vacancy[field]
    if (typeof link !== 'string') continue
    const linkSite = siteOf(link)
    const profile = profiles.find((p) => link.startsWith(p))
    if (profile !== undefined) out.push({ code: 'vacancy.confidential_link', path: [field], params: { field, url: link, place: profile } })
    else if (site !== undefined && linkSite === site) out.push({ code: 'vacancy.confidential_link', path: [field], params: { field, url: link, place: site } })
  }
  return out
}

import type { CategoryCode, Country, DefinedTerm, EducationalOccupationalCredential, Organization } from 'schema-dts'
import { cleanText } from '../html/cleanText.ts'
import type { JobProfileDoc, OrganizationDoc } from '../model/index.ts'
import { educationLevels, type EducationLevel } from '../constants.ts'
import { organizationId, type IdOptions } from './ids.ts'
import { logoUrl } from './logoUrl.ts'
import { sanityProjectOf } from '../sanityProject.ts'

/** Cleans a list of texts, dropping the ones that end up empty. */
export function cleanList(items: ReadonlyArray<string> | undefined): string[] {
  return (items ?? []).map((s) => cleanText(s)).filter((s) => s !== '')
}

/** schema.org's Organization itself (schema-dts's Organization also admits its subtypes and a bare reference text). */
export type OrganizationNode = Extract<Organization, { '@type': 'Organization' }>

/**
 * The Organization node of a publisher or employer.
 * @param org the organisation
 * @param options the Sanity project its uploaded logo is stored in
 * @returns the node
 */
export function organizationNode(org: OrganizationDoc, options: IdOptions): OrganizationNode {
  const logo = logoUrl(org, sanityProjectOf(options))
  return {
    '@type': 'Organization',
    '@id': organizationId(org),
    name: cleanText(org.name),
    ...(org.url ? { url: org.url } : {}),
    ...(logo ? { logo } : {}),
    ...(org.sameAs?.length ? { sameAs: [...org.sameAs] } : {}),
  }
}

/**
 * The ISCO-08 code of a profile as a schema.org CategoryCode in the ISCO-08 code set.
 * https://www.ilo.org/public/english/bureau/stat/isco/isco08/
 */
export function occupationalCategory(profile: JobProfileDoc): CategoryCode | undefined {
  if (!profile.iscoCode) return undefined
  return {
    '@type': 'CategoryCode',
    codeValue: profile.iscoCode,
    inCodeSet: { '@type': 'CategoryCodeSet', name: 'ISCO-08' },
  }
}

/** Competencies as DefinedTerms (name and explanation). */
export function skills(profile: JobProfileDoc): DefinedTerm[] {
  return (profile.competencies ?? []).map((c) => ({
    '@type': 'DefinedTerm',
    name: cleanText(c.name),
    ...(c.explanation ? { description: cleanText(c.explanation) } : {}),
  }))
}

/**
 * Education levels as EducationalOccupationalCredentials with Google's credentialCategory,
 * the Dutch level name, and its fields of study as `about`: the fields given for that level
 * (`levelFields`) and the fields given for every level (`fieldsOfStudy`).
 */
export function educationRequirements(profile: JobProfileDoc): EducationalOccupationalCredential[] {
  const shared = cleanList(profile.education?.fieldsOfStudy)
  return (profile.education?.levels ?? []).map((level) => {
    const own = cleanList((profile.education?.levelFields ?? []).filter((entry) => entry.level === level).flatMap((entry) => entry.fieldsOfStudy))
    const fields = [...new Set([...own, ...shared])]
    const known = educationLevels[level as EducationLevel]
    return {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: known.credential,
      educationalLevel: known.title,
      ...(fields.length ? { about: fields.map((name) => ({ '@type': 'DefinedTerm' as const, name })) } : {}),
    }
  })
}

/** A country as schema.org Country, named by its ISO 3166-1 alpha-2 code (as Google's examples do). */
export function country(code: string): Country {
  return { '@type': 'Country', name: code }
}

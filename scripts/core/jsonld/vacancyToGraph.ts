import type { JobPosting, OccupationalExperienceRequirements, Place } from 'schema-dts'
import { cleanText } from '../html/cleanText.ts'
import { portableTextToHtml } from '../html/portableTextToHtml.ts'
import type { JobProfileDoc, OrganizationDoc, SalaryTierDoc, VacancyDoc } from '../model/index.ts'
import type { JsonLdGraph } from './jsonLdGraph.ts'
import { remember, type RenderMemo } from './renderMemo.ts'
import { nodeId, pageUrl, type IdOptions } from './ids.ts'
import { estimateSalary } from '../rules/lib/estimateSalary.ts'
import { baseSalary, estimateToEstimatedSalary } from './salary.ts'
import { cleanList, country, educationRequirements, occupationalCategory, organizationNode } from './shared.ts'
import { googleConfidentialEmployer } from '../googleConstants.ts'

/** A vacancy with the documents its JobPosting is built from. */
export interface VacancyParts {
  vacancy: VacancyDoc
  profile: JobProfileDoc
  tier: SalaryTierDoc | undefined
  employer: OrganizationDoc
}

const headings = {
  nl: { about: 'Over het beroep', tasks: 'Wat je doet', hours: (h: number) => `${h} uur per week` },
  en: { about: 'About the occupation', tasks: 'What you do', hours: (h: number) => `${h} hours a week` },
} as const

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Builds the JobPosting of a real opening, from the vacancy and its job profile. The
 * description is the vacancy's own text followed by the profile's summary and tasks, rendered
 * with Google's description tags only. The vacancy's own salary is the baseSalary; a tier gives an
 * estimatedSalary for the vacancy's hours, never a baseSalary. A net salary is left out rather
 * than shown as gross.
 * @param parts the vacancy, its profile, its tier (if any) and its employer
 * @param options base URL for `@id`s
 * @param memo what was built already for other pages of the export (the employer, the profile's part of the description)
 * @returns the graph with one JobPosting
 */
export function vacancyToGraph({ vacancy, profile, tier, employer }: VacancyParts, options: IdOptions, memo?: RenderMemo): JsonLdGraph {
  const lang = vacancy.language
  const tasks = cleanList(profile.tasks)
  const about = remember(memo?.profileDescriptions, `${profile._id}\u0000${lang}`, () => {
    return [
      `<h3>${headings[lang].about}</h3><p>${escapeText(cleanText(profile.summary))}</p>`,
      tasks.length ? `<h3>${headings[lang].tasks}</h3><ul>${tasks.map((t) => `<li>${escapeText(t)}</li>`).join('')}</ul>` : '',
    ].join('')
  })
  const descriptionHtml = `${vacancy.body?.length ? portableTextToHtml(vacancy.body, { blockquotes: false }) : ''}${about}`

  // Only the employer's own (gross) salary is a baseSalary; a tier is an estimate, prorated to the
  // vacancy's hours (rules/lib/estimateSalary.ts). A net amount is neither.
  const salary = vacancy.salary && vacancy.salary.basis === 'gross' ? baseSalary(vacancy.salary, lang) : undefined
  const estimate = !vacancy.salary && tier ? estimateSalary(tier, vacancy) : undefined
  const estimated = estimate?.kind === 'estimate' ? estimateToEstimatedSalary(estimate, lang) : undefined

  const location = vacancy.location
  const place: Place | undefined = location
    ? {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          ...(location.streetAddress ? { streetAddress: cleanText(location.streetAddress) } : {}),
          ...(location.locality ? { addressLocality: cleanText(location.locality) } : {}),
          ...(location.region ? { addressRegion: cleanText(location.region) } : {}),
          ...(location.postalCode ? { postalCode: cleanText(location.postalCode) } : {}),
          addressCountry: location.country,
        },
      }
    : undefined
  const months = tier?.experienceMonths
  const experience: OccupationalExperienceRequirements | undefined =
    months !== undefined && months > 0 ? { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: months } : undefined
  const education = educationRequirements(profile)
  const skillNames = cleanList((profile.competencies ?? []).map((c) => c.name))
  const sectors = cleanList(profile.sectors)
  const category = occupationalCategory(profile)
  const url = pageUrl(options, vacancy.slug.current, 'vacatures')
  // A confidential employer (a staffing agency's vacancy) is Google's value "confidential", and
  // nothing else names it: no Organization node, no name in the identifier.
  const confidential = vacancy.confidential === true
  const employerNode = confidential ? googleConfidentialEmployer : remember(memo?.organizations, employer._id, () => organizationNode(employer, options))
  // A vacancy published elsewhere too points at the original posting.
  const postingUrl = vacancy.canonicalUrl ?? url

  const posting: JobPosting = {
    '@type': 'JobPosting',
    '@id': nodeId(options, vacancy._id, vacancy.slug.current, 'jobposting', 'vacatures'),
    title: cleanText(vacancy.title),
    // Rendered and escaped by jobld itself (portableTextToHtml, escapeText): safe by construction.
    description: descriptionHtml,
    ...(postingUrl ? { url: postingUrl } : {}),
    datePosted: vacancy.datePosted,
    ...(vacancy.validThrough ? { validThrough: vacancy.validThrough } : {}),
    employmentType: vacancy.employmentTypes.length === 1 ? vacancy.employmentTypes[0] : [...vacancy.employmentTypes],
    hiringOrganization: employerNode,
    ...(place ? { jobLocation: place } : {}),
    ...(vacancy.remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: (vacancy.applicantCountries ?? []).map(country),
        }
      : {}),
    ...(vacancy.hoursPerWeek !== undefined ? { workHours: headings[lang].hours(vacancy.hoursPerWeek) } : {}),
    ...(salary ? { baseSalary: salary } : {}),
    ...(estimated ? { estimatedSalary: estimated } : {}),
    ...(vacancy.identifier
      ? { identifier: { '@type': 'PropertyValue', ...(confidential ? {} : { name: cleanText(employer.name) }), value: cleanText(vacancy.identifier) } }
      : {}),
    ...(vacancy.directApply !== undefined ? { directApply: vacancy.directApply } : {}),
    ...(education.length ? { educationRequirements: education } : {}),
    ...(experience ? { experienceRequirements: experience } : {}),
    ...(skillNames.length ? { skills: skillNames } : {}),
    ...(tasks.length ? { responsibilities: tasks } : {}),
    ...(category ? { occupationalCategory: category } : {}),
    ...(sectors.length ? { industry: sectors } : {}),
    relevantOccupation: { '@id': nodeId(options, profile._id, profile.slug.current, 'occupation') },
    ...(vacancy.applyUrl ? { potentialAction: { '@type': 'ApplyAction', target: vacancy.applyUrl } } : {}),
  }
  return { '@context': 'https://schema.org', '@graph': [posting] }
}

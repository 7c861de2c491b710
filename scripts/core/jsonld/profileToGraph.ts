import type { FAQPage, Occupation, OccupationalExperienceRequirements, Question } from 'schema-dts'
import { cleanText } from '../html/cleanText.ts'
import { portableTextToHtml } from '../html/portableTextToHtml.ts'
import type { FaqEntryDoc, JobProfileDoc, OrganizationDoc, SalaryTierDoc } from '../model/index.ts'
import type { JsonLdGraph } from './jsonLdGraph.ts'
import { nodeId, organizationId, pageUrl, type IdOptions } from './ids.ts'
import { remember, type RenderMemo } from './renderMemo.ts'
import { tierToEstimatedSalary } from './salary.ts'
import { cleanList, country, educationRequirements, occupationalCategory, organizationNode, skills, type OrganizationNode } from './shared.ts'

/** A profile with the documents its page is built from. */
export interface ProfileParts {
  profile: JobProfileDoc
  tiers: ReadonlyArray<SalaryTierDoc>
  faq: ReadonlyArray<FaqEntryDoc>
  publisher: OrganizationDoc | undefined
}

/**
 * Builds the JSON-LD of a career page: an Occupation, a FAQPage when the profile has FAQ
 * entries, and the publisher Organization, linked by `@id`. Never a JobPosting: a career
 * page is not an opening.
 * @param parts the profile and the documents it references (tiers in rank order)
 * @param options base URL for `@id`s
 * @param memo what was built already for other pages of the export (answers, tiers, organisations)
 * @returns the graph
 */
export function profileToGraph({ profile, tiers, faq, publisher }: ProfileParts, options: IdOptions, memo?: RenderMemo): JsonLdGraph {
  const slug = profile.slug.current
  const occupationId = nodeId(options, profile._id, slug, 'occupation')
  const url = pageUrl(options, slug)
  const ranked = [...tiers].sort((a, b) => a.rank - b.rank)
  const estimatedSalary = ranked.flatMap((tier) => remember(memo?.tierSalaries, `${tier._id}\u0000${profile.language}`, () => tierToEstimatedSalary(tier, profile.language)))
  const education = educationRequirements(profile)
  const minMonths = ranked.find((t) => t.basis === 'gross' && t.experienceMonths !== undefined)?.experienceMonths
  const experience: OccupationalExperienceRequirements | undefined =
    minMonths !== undefined && minMonths > 0 ? { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: minMonths } : undefined
  const category = occupationalCategory(profile)
  const alternateNames = cleanList(profile.alternativeTitles)
  const responsibilities = cleanList(profile.tasks)
  const qualifications = cleanList(profile.certificates)
  const skillTerms = skills(profile)

  const occupation: Occupation = {
    '@type': 'Occupation',
    '@id': occupationId,
    name: cleanText(profile.title),
    ...(alternateNames.length ? { alternateName: alternateNames } : {}),
    description: cleanText(profile.summary),
    ...(url ? { url } : {}),
    ...(category ? { occupationalCategory: category } : {}),
    ...(skillTerms.length ? { skills: skillTerms } : {}),
    ...(responsibilities.length ? { responsibilities } : {}),
    ...(education.length ? { educationRequirements: education } : {}),
    ...(qualifications.length ? { qualifications } : {}),
    ...(experience ? { experienceRequirements: experience } : {}),
    occupationLocation: [country(profile.country)],
    ...(estimatedSalary.length ? { estimatedSalary } : {}),
  }

  // Each node is checked against schema-dts's schema.org type; the graph is jobld's own public type.
  const graph: Array<Occupation | FAQPage | OrganizationNode> = [occupation]
  if (faq.length) {
    const page: FAQPage = {
      '@type': 'FAQPage',
      '@id': nodeId(options, profile._id, slug, 'faq'),
      ...(url ? { url } : {}),
      inLanguage: profile.language,
      about: { '@id': occupationId },
      ...(publisher ? { publisher: { '@id': organizationId(publisher) } } : {}),
      mainEntity: faq.map(
        (entry): Question => ({
          '@type': 'Question',
          name: cleanText(entry.question),
          // Rendered by jobld from Portable Text: safe by construction, within Google's answer tags.
          acceptedAnswer: { '@type': 'Answer', text: remember(memo?.answers, entry._id, () => portableTextToHtml(entry.answer, { blockquotes: false })) },
        }),
      ),
    }
    graph.push(page)
  }
  if (publisher) graph.push(remember(memo?.organizations, publisher._id, () => organizationNode(publisher, options)))
  return { '@context': 'https://schema.org', '@graph': graph }
}

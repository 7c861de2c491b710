import type { FaqEntryDoc, JobProfileDoc, OrganizationDoc, SalaryTierDoc, VacancyDoc, ContentDocument } from '../model/index.ts'

/** A reference as checks across documents read it. */
export type SlimRef = { _ref: string }

/** The fields of a job profile that checks across documents and page planning read. */
export type SlimProfile = Pick<JobProfileDoc, '_id' | '_type' | 'slug' | 'language'> & {
  salaryTiers?: SlimRef[] | undefined
  faq?: SlimRef[] | undefined
  publisher: SlimRef
}
/** The fields of a salary tier that the tier ladder and the vacancy's salary estimate read. */
export type SlimTier = Pick<SalaryTierDoc, '_id' | '_type' | 'level' | 'rank' | 'amounts' | 'basis' | 'currency' | 'hoursPerWeek' | 'statistic'>
/** The fields of an FAQ entry that the language check reads. */
export type SlimFaq = Pick<FaqEntryDoc, '_id' | '_type' | 'language'>
/** An organisation is referenced; its logo is checked against Google's rules. */
export type SlimOrganization = Pick<OrganizationDoc, '_id' | '_type' | 'logo' | 'logoUrl'>
/** The fields of a vacancy that the vacancy checks and page planning read. */
export type SlimVacancy = Pick<VacancyDoc, '_id' | '_type' | 'slug' | 'validThrough' | 'hoursPerWeek' | 'employmentTypes' | 'remote' | 'applicantCountries'> & {
  jobProfile: SlimRef
  salaryTier?: SlimRef | undefined
  hiringOrganization: SlimRef
  salary?: Pick<NonNullable<VacancyDoc['salary']>, 'basis'> | undefined
}

/**
 * A valid document reduced to what checks across documents need: small enough to keep for
 * 300,000 documents and to cache between exports. Every full document is also a slim one.
 */
export type SlimDocument = (SlimProfile | SlimTier | SlimFaq | SlimOrganization | SlimVacancy) & {
  /** When the document last changed in the Content Lake (Sanity's `_updatedAt`), for the manifest and sitemaps. */
  _updatedAt?: string | undefined
}

/**
 * Reduces a valid document to its slim form.
 * @param doc the document as the zod model returned it
 * @returns a new object with only the fields checks across documents read
 */
export function slimDocument(doc: ContentDocument): SlimDocument {
  switch (doc._type) {
    case 'jobProfile': {
      const { _id, _type, slug, language, salaryTiers, faq, publisher } = doc
      return { _id, _type, slug: { _type: slug._type, current: slug.current }, language, salaryTiers: salaryTiers?.map(ref), faq: faq?.map(ref), publisher: ref(publisher) }
    }
    case 'salaryTier': {
      const { _id, _type, level, rank, amounts, basis, currency, hoursPerWeek, statistic } = doc
      return {
        _id,
        _type,
        level,
        rank,
        amounts,
        basis,
        currency,
        ...(hoursPerWeek !== undefined ? { hoursPerWeek } : {}),
        ...(statistic !== undefined ? { statistic } : {}),
      }
    }
    case 'faqEntry':
      return { _id: doc._id, _type: doc._type, language: doc.language }
    case 'organization': {
      const { _id, _type, logo, logoUrl } = doc
      return { _id, _type, ...(logo !== undefined ? { logo } : {}), ...(logoUrl !== undefined ? { logoUrl } : {}) }
    }
    case 'vacancy': {
      const { _id, _type, slug, jobProfile, salaryTier, hiringOrganization, validThrough, salary, hoursPerWeek, employmentTypes, remote, applicantCountries } = doc
      return {
        _id,
        _type,
        slug: { _type: slug._type, current: slug.current },
        employmentTypes: [...employmentTypes],
        ...(hoursPerWeek !== undefined ? { hoursPerWeek } : {}),
        jobProfile: ref(jobProfile),
        ...(salaryTier ? { salaryTier: ref(salaryTier) } : {}),
        hiringOrganization: ref(hiringOrganization),
        ...(validThrough !== undefined ? { validThrough } : {}),
        ...(salary ? { salary: { basis: salary.basis } } : {}),
        ...(remote !== undefined ? { remote } : {}),
        ...(applicantCountries?.length ? { applicantCountries: [...applicantCountries] } : {}),
      }
    }
  }
}

function ref(reference: SlimRef): SlimRef {
  return { _ref: reference._ref }
}

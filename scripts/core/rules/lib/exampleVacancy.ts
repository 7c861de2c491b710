import { exampleProfile } from './exampleProfile.ts'
import { exampleTier } from './exampleTier.ts'

/**
 * A vacancy, its profile, tier and employer as the examples of the vacancy rules across documents
 * give them (the slim form: only what those rules read).
 * @param fields what the example changes of the vacancy
 * @returns the vacancy and the documents it refers to
 */
export function exampleVacancy(fields: Readonly<Record<string, unknown>> = {}): Array<Readonly<Record<string, unknown>>> {
  return [
    { _id: 'organization.a', _type: 'organization' },
    exampleProfile({ salaryTiers: [{ _ref: 'salaryTier.a' }] }),
    exampleTier(),
    {
      _id: 'vacancy.a',
      _type: 'vacancy',
      slug: { _type: 'slug', current: 'kok-utrecht' },
      jobProfile: { _ref: 'jobProfile.a' },
      hiringOrganization: { _ref: 'organization.a' },
      employmentTypes: ['FULL_TIME'],
      datePosted: '2026-10-01',
      validThrough: '2026-12-31',
      ...fields,
    },
  ]
}

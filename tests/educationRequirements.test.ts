import { describe, expect, it } from 'vitest'
import { educationRequirements } from '../scripts/core/jsonld/shared.ts'
import { JobProfileDoc } from '../scripts/core/model/index.ts'

const profile = (education: unknown) =>
  JobProfileDoc.parse({
    _id: 'jobProfile.kok',
    _type: 'jobProfile',
    title: 'Kok',
    slug: { _type: 'slug', current: 'kok' },
    summary: 'Een kok kookt.',
    country: 'NL',
    language: 'nl',
    publisher: { _type: 'reference', _ref: 'organization.x' },
    education,
  })
const about = (credentials: ReturnType<typeof educationRequirements>) =>
  credentials.map((c) => [c.educationalLevel, (Array.isArray(c.about) ? c.about : []).map((t: { name?: unknown }) => t.name)])

describe('educationRequirements', () => {
  it('gives each level its own fields of study, and the fields for every level to each', () => {
    const credentials = educationRequirements(
      profile({
        _type: 'jobldEducation',
        levels: ['mbo', 'hbo'],
        fieldsOfStudy: ['horeca'],
        levelFields: [
          { _key: 'a', _type: 'jobldLevelFields', level: 'mbo', fieldsOfStudy: ['koken', 'horeca'] },
          { _key: 'b', _type: 'jobldLevelFields', level: 'hbo', fieldsOfStudy: ['hotelmanagement'] },
        ],
      }),
    )
    expect(about(credentials)).toEqual([
      ['mbo', ['koken', 'horeca']],
      ['hbo (bachelor)', ['hotelmanagement', 'horeca']],
    ])
  })

  it('keeps the profile-wide fields of study on every level when no level has its own', () => {
    expect(about(educationRequirements(profile({ _type: 'jobldEducation', levels: ['mbo', 'hbo'], fieldsOfStudy: ['koken'] })))).toEqual([
      ['mbo', ['koken']],
      ['hbo (bachelor)', ['koken']],
    ])
  })
})

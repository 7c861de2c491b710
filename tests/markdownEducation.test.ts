import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { markdownToDocuments } from '../scripts/import/lib/markdownToDocuments.ts'

function education(lines: string[], language: 'nl' | 'en' = 'nl') {
  const text = ['---', 'organization: X', 'country: NL', `language: ${language}`, '---', '', '# Kok', '', 'Een kok kookt.', '', language === 'nl' ? '## Opleiding' : '## Education', '', ...lines, ''].join('\n')
  const { documents } = markdownToDocuments(new VFile({ path: 'kok.md', value: text }))
  const value = documents.find((doc) => doc.value._type === 'jobProfile')?.value.education
  if (!value || typeof value !== 'object' || !('levelFields' in value) || !Array.isArray(value.levelFields)) return value
  return { ...value, levelFields: value.levelFields.map((entry: { level: string; fieldsOfStudy: string[] }) => `${entry.level}: ${entry.fieldsOfStudy.join(', ')}`) }
}

describe('education levels and their fields of study', () => {
  it('gives each level the fields named with it, not those of another level', () => {
    expect(education(['- Een mbo-opleiding, bijvoorbeeld koken of gastronomie', '- Een hbo-opleiding zoals hotelmanagement helpt om door te groeien'])).toEqual({
      _type: 'jobldEducation',
      levels: ['mbo', 'hbo'],
      levelFields: ['mbo: koken, gastronomie', 'hbo: hotelmanagement'],
    })
  })

  it('gives levels named together the fields after them', () => {
    expect(education(['Werkgevers vragen een hbo- of wo-opleiding, bijvoorbeeld in voeding of bedrijfskunde.'])).toMatchObject({
      levels: ['hbo', 'wo'],
      levelFields: ['hbo: voeding, bedrijfskunde', 'wo: voeding, bedrijfskunde'],
    })
  })

  it('gives the fields to the level named last before them when the levels are not named together', () => {
    expect(education(['A high school diploma is enough; a vocational course such as catering or food safety helps.'], 'en')).toMatchObject({
      levels: ['havo', 'mbo'],
      levelFields: ['mbo: catering, food safety'],
    })
  })
})

import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import { namesIn } from './lib/namesIn.ts'

const graph = (...nodes: ReadonlyArray<Readonly<Record<string, unknown>>>) => ({ '@context': 'https://schema.org', '@graph': nodes })

/** A confidential posting as the build writes it, to change one text at a time. */
const posting = {
  '@type': 'JobPosting',
  title: 'Kok',
  description: '<p>Voor een restaurant in Utrecht zoeken wij een kok.</p>',
  datePosted: '2026-11-01',
  hiringOrganization: 'confidential',
}
const withheld = ['Voorbeeld B.V.']

/** The texts of a JobPosting a reader sees, by property; the Dutch words for them. */
const texts = { title: 'de titel', description: 'de vacaturetekst' } as const

/** A confidential vacancy's own title and text do not name the employer it keeps anonymous. */
export const vacancyConfidentialName = defineRule({
  name: 'vacancyConfidentialName',
  doc: "A confidential vacancy's JobPosting does not name its employer in its `title` or `description` (the organisation's name, any case, as a whole word); a warning: the page is still written.",
  severity: 'warning',
  messages: {
    'vacancy.confidential_name': {
      en: (p) =>
        `Unexpected employer name "${text(p, 'name')}" in the ${text(p, 'field')} of a confidential vacancy, expected a text that does not name the employer (its JobPosting names it only as "confidential")`,
      nl: (p) =>
        `Deze vacature houdt de werkgever vertrouwelijk, maar ${text(p, 'field') === 'title' ? texts.title : texts.description} noemt "${text(p, 'name')}". Laat de naam van de werkgever weg`,
    },
  },
  jsonld: [
    {
      types: ['JobPosting'],
      check(node, scope) {
        if (scope.withheld.length === 0) return
        for (const field of Object.keys(texts) as Array<keyof typeof texts>) {
          const value = node[field]
          if (typeof value !== 'string') continue
          for (const name of namesIn(value, scope.withheld, field === 'description')) scope.report('vacancy.confidential_name', [...scope.path, field], { field, name })
        }
      },
    },
  ],
  examples: {
    pass: [
      { jsonld: graph(posting), withheld },
      // Not confidential: the build withholds nothing, and the posting may name its employer.
      { jsonld: graph({ ...posting, title: 'Kok bij Voorbeeld B.V.' }) },
      // A word that only contains the name is not the name.
      { jsonld: graph({ ...posting, description: '<p>Je werkt voorbeeldig.</p>' }), withheld: ['Voorbeeld'] },
    ],
    fail: [
      {
        jsonld: graph({ ...posting, title: 'Kok bij VOORBEELD B.V.', description: '<p>Bij <strong>Voorbeeld B.V.</strong> kook je voor 80 gasten.</p>' }),
        withheld,
        report: [
          '@graph[0].description: warning: Unexpected employer name "Voorbeeld B.V." in the description of a confidential vacancy, expected a text that does not name the employer (its JobPosting names it only as "confidential")',
          '@graph[0].title: warning: Unexpected employer name "Voorbeeld B.V." in the title of a confidential vacancy, expected a text that does not name the employer (its JobPosting names it only as "confidential")',
        ],
        nl: [
          '@graph[0].description: warning: Deze vacature houdt de werkgever vertrouwelijk, maar de vacaturetekst noemt "Voorbeeld B.V.". Laat de naam van de werkgever weg',
          '@graph[0].title: warning: Deze vacature houdt de werkgever vertrouwelijk, maar de titel noemt "Voorbeeld B.V.". Laat de naam van de werkgever weg',
        ],
      },
    ],
  },
})

import { text } from '../messages/params.ts'
import { defineRule } from './declare/defineRule.ts'
import { checkTranslations } from './lib/checkTranslations.ts'
import { exampleVacancy } from './lib/exampleVacancy.ts'

/** The example vacancy's pay, as the Dutch original states it. */
const salary = { _type: 'jobldVacancySalary', minValue: 2700, maxValue: 3000, period: 'MONTH', currency: 'EUR', basis: 'gross' }

/**
 * The example vacancy in Dutch and its English translation, linked by a translation metadata
 * document as `@sanity/document-internationalization` stores it.
 * @param original what the Dutch vacancy changes
 * @param translation what the English one changes
 * @param english the English translation's language key
 */
const translated = (original: Readonly<Record<string, unknown>>, translation: Readonly<Record<string, unknown>>, english = 'en') => {
  const documents = exampleVacancy({ language: 'nl', salary, ...original })
  const dutch = documents.find((doc) => doc._id === 'vacancy.a') ?? {}
  return [
    ...documents,
    { ...dutch, _id: 'vacancy.b', slug: { _type: 'slug', current: 'cook-utrecht' }, language: 'en', ...translation },
    {
      _id: 'translation.metadata.a',
      _type: 'translation.metadata',
      translations: [
        { _key: 'nl', _type: 'internationalizedArrayReferenceValue', value: { _type: 'reference', _ref: 'vacancy.a' } },
        { _key: english, _type: 'internationalizedArrayReferenceValue', value: { _type: 'reference', _ref: 'vacancy.b' } },
      ],
    },
  ]
}

/** Translations of one vacancy or job profile state the same facts; their language keys are hreflang codes. */
export const translationFacts = defineRule({
  name: 'translationFacts',
  doc: "Documents linked as translations (a translation metadata document of `@sanity/document-internationalization`) state what the first of them states: a vacancy's pay, tier, dates, employer, place, remote work, applicant countries, employment types, hours, identifier and confidentiality; a job profile's country, ISCO code and publisher (a switch left unset and one set to false agree). Each language key is a BCP 47 tag of the form hreflang takes (`en`, `en-GB`).",
  severity: 'error',
  messages: {
    'translation.disagrees': {
      en: (p) =>
        `Unexpected ${text(p, 'found')} in the ${text(p, 'language')} translation, expected ${text(p, 'expected')} as the ${text(p, 'originalLanguage')} original "${text(p, 'original')}" states (translations must agree on amounts, dates, employer, location and terms)`,
      nl: (p) =>
        `In de ${text(p, 'language')}-vertaling staat ${text(p, 'found')}, maar het ${text(p, 'originalLanguage')}-origineel "${text(p, 'original')}" zegt ${text(p, 'expected')}; vertalingen moeten dezelfde bedragen, data, werkgever, plaats en voorwaarden noemen`,
    },
    'translation.language_tag': {
      en: (p) => `Unexpected language "${text(p, 'language')}" for translation "${text(p, 'member')}", expected ${text(p, 'expected')} (the sitemaps give it as hreflang)`,
      nl: (p) => `De taal "${text(p, 'language')}" van vertaling "${text(p, 'member')}" is geen taalcode die hreflang kent; verwacht ${text(p, 'expected')}`,
    },
  },
  // The other translations are other documents: the Studio's check fetches them (schemas/lib/validateTranslations.ts).
  studio: [
    { type: 'vacancy', check: 'translations' },
    { type: 'jobProfile', check: 'translations' },
  ],
  across: {
    phase: 'translations',
    check: (group, view) => checkTranslations(group, (id) => view.valid(id)),
  },
  examples: {
    pass: [
      { documents: translated({}, {}) },
      // A translation made before "Remote" was switched on and off again has no value for it: off either way.
      { documents: translated({ remote: false }, { remote: undefined }) },
      { documents: translated({ confidential: false }, { confidential: undefined }, 'en-GB') },
    ],
    fail: [
      {
        documents: translated({ remote: true }, { remote: false, salary: { ...salary, minValue: 2900 } }),
        report: [
          'vacancy.b remote: Unexpected false in the en translation, expected true as the nl original "vacancy.a" states (translations must agree on amounts, dates, employer, location and terms)',
          'vacancy.b salary.minValue: Unexpected 2900 in the en translation, expected 2700 as the nl original "vacancy.a" states (translations must agree on amounts, dates, employer, location and terms)',
        ],
        nl: [
          'vacancy.b remote: In de en-vertaling staat false, maar het nl-origineel "vacancy.a" zegt true; vertalingen moeten dezelfde bedragen, data, werkgever, plaats en voorwaarden noemen',
          'vacancy.b salary.minValue: In de en-vertaling staat 2900, maar het nl-origineel "vacancy.a" zegt 2700; vertalingen moeten dezelfde bedragen, data, werkgever, plaats en voorwaarden noemen',
        ],
      },
      {
        documents: translated({}, {}, 'en_UK'),
        report: [
          'translation.metadata.a translations: Unexpected language "en_UK" for translation "vacancy.b", expected a BCP 47 language tag such as "en" or "en-GB" (the sitemaps give it as hreflang)',
        ],
        nl: ['translation.metadata.a translations: De taal "en_UK" van vertaling "vacancy.b" is geen taalcode die hreflang kent; verwacht a BCP 47 language tag such as "en" or "en-GB"'],
      },
    ],
  },
})

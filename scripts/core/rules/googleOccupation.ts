import type { JsonObject } from '../jsonObject.ts'
import { defineRule } from './declare/defineRule.ts'
import { checkRequirements } from './lib/google/checkRequirements.ts'
import { googleMessages as m } from './lib/google/googleMessages.ts'
import { forEach, recommended, required, type GoogleScope } from './lib/google/googleScope.ts'
import { checkEstimatedSalary } from './lib/google/salaryChecks.ts'

function checkOccupation(scope: GoogleScope, occupation: JsonObject) {
  const { path } = scope
  required(scope, occupation, path, 'Occupation', 'name')
  if (recommended(scope, occupation, path, 'Occupation', 'estimatedSalary'))
    forEach(occupation.estimatedSalary, [...path, 'estimatedSalary'], (item, itemPath) => checkEstimatedSalary(scope, item, itemPath))
  recommended(scope, occupation, path, 'Occupation', 'occupationLocation')
  checkRequirements(scope, occupation, path)
}

const graph = (occupation: Readonly<Record<string, unknown>>) => ({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Occupation', ...occupation }] })

/** An Occupation as Google's former Estimated Salary result read it (https://developers.google.com/search/docs/appearance/structured-data/estimated-salary), now guidance. */
export const googleOccupation = defineRule({
  name: 'googleOccupation',
  doc: "An Occupation has a name and, recommended, an estimatedSalary and an occupationLocation. Every estimatedSalary (here and on a JobPosting) has a currency, a period and an amount, or is a MonetaryAmountDistribution whose median and percentiles ascend (p10 ≤ p25 ≤ median ≤ p75 ≤ p90); education and experience are nodes Google can read. Schema.org's and other consumers' guidance: Google's Estimated Salary result ended on 9 September 2025.",
  severity: 'error',
  messages: {
    'google.required': m['google.required'],
    'google.recommended': m['google.recommended'],
    'google.required.quantity': m['google.required.quantity'],
    'google.required.estimate_period': m['google.required.estimate_period'],
    'google.required.estimate_value': m['google.required.estimate_value'],
    'google.required.distribution': m['google.required.distribution'],
    'google.invalid_value': m['google.invalid_value'],
    'google.invalid_value.min_above_max': m['google.invalid_value.min_above_max'],
    'google.invalid_value.below': m['google.invalid_value.below'],
    'google.invalid_value.requirements': m['google.invalid_value.requirements'],
  },
  jsonld: [{ types: ['Occupation'], check: (node, scope) => checkOccupation(scope, node) }],
  examples: {
    pass: [
      {
        jsonld: graph({
          name: 'Kok',
          occupationLocation: { '@type': 'Country', name: 'NL' },
          estimatedSalary: [
            { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 2450, unitText: 'MONTH' } },
            { '@type': 'MonetaryAmountDistribution', currency: 'EUR', duration: 'P1M', percentile10: 2200, median: 2600, percentile90: 3100 },
          ],
          educationRequirements: 'no requirements',
        }),
      },
    ],
    fail: [
      {
        jsonld: graph({
          estimatedSalary: [
            { '@type': 'MonetaryAmount', currency: 'EURO', value: { '@type': 'QuantitativeValue', minValue: 3000, maxValue: 2800, unitText: 'MONTHLY' } },
            { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue' }, duration: 'P1M' },
            { '@type': 'MonetaryAmount', currency: 'EUR' },
            { '@type': 'MonetaryAmountDistribution', currency: 'EUR', duration: 'P1M' },
            { '@type': 'MonetaryAmountDistribution', currency: 'EUR', duration: 'P1M', median: 2600, percentile25: 2800, percentile90: '3100' },
          ],
          educationRequirements: 'mbo 2',
          experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: -1 },
        }),
        report: [
          "@graph[0].estimatedSalary[0].currency: Unexpected currency text \"EURO\", expected an ISO 4217 code such as EUR",
          "@graph[0].estimatedSalary[0].value.minValue: Unexpected minValue 3000 above maxValue 2800, expected minValue at most maxValue",
          "@graph[0].estimatedSalary[0].value.unitText: Unexpected unitText text \"MONTHLY\", expected HOUR, DAY, WEEK, MONTH or YEAR",
          "@graph[0].estimatedSalary[1].value.value: Unexpected QuantitativeValue without value, minValue or maxValue, expected an amount (required by schema.org and other consumers' guidance, not a Google result)",
          "@graph[0].estimatedSalary[2].duration: Unexpected estimatedSalary without duration or unitText, expected the period the amount is for (required by schema.org and other consumers' guidance, not a Google result)",
          "@graph[0].estimatedSalary[2].value: Unexpected estimatedSalary without value, expected a QuantitativeValue with value or minValue and maxValue, or a MonetaryAmountDistribution with median or percentiles (required by schema.org and other consumers' guidance, not a Google result)",
          "@graph[0].estimatedSalary[3].median: Unexpected MonetaryAmountDistribution without median or percentiles, expected at least one of percentile10, percentile25, median, percentile75 or percentile90 (required by schema.org and other consumers' guidance, not a Google result)",
          "@graph[0].estimatedSalary[4].median: Unexpected median 2600 below percentile25 2800, expected percentile10 ≤ percentile25 ≤ median ≤ percentile75 ≤ percentile90",
          "@graph[0].estimatedSalary[4].percentile90: Unexpected percentile90 text \"3100\", expected a number",
          "@graph[0].experienceRequirements.monthsOfExperience: Unexpected monthsOfExperience number -1, expected a number of months, 0 or more",
          "@graph[0].name: Unexpected Occupation without name, expected name (required by schema.org and other consumers' guidance, not a Google result)",
          "@graph[0].educationRequirements: warning: Unexpected educationRequirements text \"mbo 2\", expected an EducationalOccupationalCredential node with credentialCategory, or \"no requirements\"",
          "@graph[0].occupationLocation: warning: Unexpected Occupation without occupationLocation, expected occupationLocation (recommended by schema.org and other consumers' guidance, not a Google result)",
        ],
        nl: [
          "@graph[0].estimatedSalary[0].currency: Onverwachte currency: tekst \"EURO\"; verwacht een ISO 4217-code zoals EUR",
          "@graph[0].estimatedSalary[0].value.minValue: minValue 3000 is hoger dan maxValue 2800; minValue mag hoogstens maxValue zijn",
          "@graph[0].estimatedSalary[0].value.unitText: Onverwachte unitText: tekst \"MONTHLY\"; verwacht HOUR, DAY, WEEK, MONTH of YEAR",
          "@graph[0].estimatedSalary[1].value.value: QuantitativeValue zonder value, minValue of maxValue: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt een bedrag",
          "@graph[0].estimatedSalary[2].duration: estimatedSalary zonder duration of unitText: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt de periode waarvoor het bedrag geldt",
          "@graph[0].estimatedSalary[2].value: estimatedSalary zonder value: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt een QuantitativeValue met value of minValue en maxValue, of een MonetaryAmountDistribution met een mediaan of percentielen",
          "@graph[0].estimatedSalary[3].median: MonetaryAmountDistribution zonder mediaan of percentielen: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt minstens één van percentile10, percentile25, median, percentile75 of percentile90",
          "@graph[0].estimatedSalary[4].median: median 2600 is lager dan percentile25 2800; verwacht percentile10 ≤ percentile25 ≤ median ≤ percentile75 ≤ percentile90",
          "@graph[0].estimatedSalary[4].percentile90: Onverwachte percentile90: tekst \"3100\"; verwacht een getal",
          "@graph[0].experienceRequirements.monthsOfExperience: Onverwachte monthsOfExperience: getal -1; verwacht een aantal maanden, 0 of meer",
          "@graph[0].name: Occupation zonder name: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt name",
          "@graph[0].educationRequirements: warning: Onverwachte educationRequirements: tekst \"mbo 2\"; verwacht een EducationalOccupationalCredential-node met credentialCategory, of \"no requirements\"",
          "@graph[0].occupationLocation: warning: Occupation zonder occupationLocation: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) raadt occupationLocation aan",
        ],
      },
    ],
  },
})

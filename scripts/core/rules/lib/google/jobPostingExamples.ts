import type { Examples } from '../../declare/types.ts'

const graph = (...nodes: ReadonlyArray<Readonly<Record<string, unknown>>>) => ({ '@context': 'https://schema.org', '@graph': nodes })

/** A JobPosting with everything Google asks for, to change one thing at a time. */
const posting = {
  '@type': 'JobPosting',
  title: 'Kok',
  description: '<p>Wij zoeken een kok.</p>',
  datePosted: '2026-11-01',
  validThrough: '2026-12-31',
  identifier: { '@type': 'PropertyValue', name: 'Restaurant De Kok', value: 'kok-utrecht' },
  directApply: true,
  employmentType: ['FULL_TIME'],
  hiringOrganization: { '@id': '#org' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Utrecht', addressCountry: 'NL' } },
  baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 2450, maxValue: 2800, unitText: 'MONTH' } },
  educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'high school' },
}
const organization = { '@id': '#org', '@type': 'Organization', name: 'Restaurant De Kok' }

/** The examples of googleJobPosting: a posting that passes, and postings that break each of its messages. */
export const jobPostingExamples: Examples = {
  pass: [
    { jsonld: graph(posting, organization) },
    // Remote, paid by an estimate only: no location and no baseSalary needed.
    {
      jsonld: graph(
        {
          ...posting,
          jobLocation: undefined,
          baseSalary: undefined,
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: { '@type': 'Country', name: 'NL' },
          estimatedSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 1470, unitText: 'MONTH' } },
        },
        organization,
      ),
    },
    // An employer that stays anonymous (a staffing agency hiring for it).
    { jsonld: graph({ ...posting, hiringOrganization: 'confidential' }) },
  ],
  fail: [
    {
      jsonld: graph({ '@type': 'JobPosting', datePosted: '1 november', hiringOrganization: { '@id': '#org' }, employmentType: 'FULLTIME', educationRequirements: 'mbo 2' }, { '@id': '#org', '@type': 'Organization' }),
      report: [
        "@graph[0].datePosted: Unexpected datePosted text \"1 november\", expected an ISO 8601 date (2026-11-26) or date-time (2026-11-26T09:00:00+01:00)",
        "@graph[0].description: Unexpected JobPosting without description, expected description (required by Google)",
        "@graph[0].employmentType: Unexpected employmentType text \"FULLTIME\", expected FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM or OTHER",
        "@graph[0].jobLocation: Unexpected JobPosting without jobLocation, expected jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements (required by Google)",
        "@graph[0].title: Unexpected JobPosting without title, expected title (required by Google)",
        "@graph[1].name: Unexpected hiringOrganization without name, expected name (required by Google)",
        "@graph[0].baseSalary: warning: Unexpected JobPosting without baseSalary, expected baseSalary (recommended by Google)",
        "@graph[0].directApply: warning: Unexpected JobPosting without directApply, expected directApply (recommended by Google)",
        "@graph[0].educationRequirements: warning: Unexpected educationRequirements text \"mbo 2\", expected an EducationalOccupationalCredential node with credentialCategory, or \"no requirements\"",
        "@graph[0].identifier: warning: Unexpected JobPosting without identifier, expected identifier (recommended by Google)",
        "@graph[0].validThrough: warning: Unexpected JobPosting without validThrough, expected validThrough (recommended by Google)",
      ],
      nl: [
        "@graph[0].datePosted: Onverwachte datePosted: tekst \"1 november\"; verwacht een ISO 8601-datum (2026-11-26) of datum met tijd (2026-11-26T09:00:00+01:00)",
        "@graph[0].description: JobPosting zonder description: Google vereist description",
        "@graph[0].employmentType: Onverwachte employmentType: tekst \"FULLTIME\"; verwacht FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM of OTHER",
        "@graph[0].jobLocation: JobPosting zonder jobLocation: Google vereist jobLocation, of jobLocationType TELECOMMUTE met applicantLocationRequirements",
        "@graph[0].title: JobPosting zonder title: Google vereist title",
        "@graph[1].name: hiringOrganization zonder name: Google vereist name",
        "@graph[0].baseSalary: warning: JobPosting zonder baseSalary: Google raadt baseSalary aan",
        "@graph[0].directApply: warning: JobPosting zonder directApply: Google raadt directApply aan",
        "@graph[0].educationRequirements: warning: Onverwachte educationRequirements: tekst \"mbo 2\"; verwacht een EducationalOccupationalCredential-node met credentialCategory, of \"no requirements\"",
        "@graph[0].identifier: warning: JobPosting zonder identifier: Google raadt identifier aan",
        "@graph[0].validThrough: warning: JobPosting zonder validThrough: Google raadt validThrough aan",
      ],
    },
    {
      jsonld: graph(
        {
          ...posting,
          jobLocation: undefined,
          jobLocationType: 'TELECOMMUTE',
          baseSalary: { '@type': 'MonetaryAmountDistribution', currency: 'EUR', median: 2600 },
          estimatedSalary: [
            { '@type': 'MonetaryAmount', currency: 'EUR' },
            { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue' }, duration: 'P1M' },
            { '@type': 'MonetaryAmountDistribution', currency: 'EUR', duration: 'P1M' },
            { '@type': 'MonetaryAmountDistribution', currency: 'EUR', duration: 'P1M', median: 2600, percentile25: 2800 },
          ],
        },
        organization,
      ),
      report: [
        "@graph[0].applicantLocationRequirements: Unexpected TELECOMMUTE JobPosting without applicantLocationRequirements, expected the countries applicants may work from (required by Google)",
        "@graph[0].baseSalary: Unexpected MonetaryAmountDistribution as baseSalary, expected a MonetaryAmount with the employer's own salary (a distribution is an estimate: estimatedSalary)",
        "@graph[0].estimatedSalary[0].duration: Unexpected estimatedSalary without duration or unitText, expected the period the amount is for (required by schema.org and other consumers' guidance, not a Google result)",
        "@graph[0].estimatedSalary[0].value: Unexpected estimatedSalary without value, expected a QuantitativeValue with value or minValue and maxValue, or a MonetaryAmountDistribution with median or percentiles (required by schema.org and other consumers' guidance, not a Google result)",
        "@graph[0].estimatedSalary[1].value.value: Unexpected QuantitativeValue without value, minValue or maxValue, expected an amount (required by schema.org and other consumers' guidance, not a Google result)",
        "@graph[0].estimatedSalary[2].median: Unexpected MonetaryAmountDistribution without median or percentiles, expected at least one of percentile10, percentile25, median, percentile75 or percentile90 (required by schema.org and other consumers' guidance, not a Google result)",
        "@graph[0].estimatedSalary[3].median: Unexpected median 2600 below percentile25 2800, expected percentile10 ≤ percentile25 ≤ median ≤ percentile75 ≤ percentile90",
      ],
      nl: [
        "@graph[0].applicantLocationRequirements: JobPosting op afstand (TELECOMMUTE) zonder applicantLocationRequirements: Google vereist de landen van waaruit kandidaten mogen werken",
        "@graph[0].baseSalary: Een MonetaryAmountDistribution kan geen baseSalary zijn: dat is een MonetaryAmount met het eigen salaris van de werkgever (een verdeling is een schatting: estimatedSalary)",
        "@graph[0].estimatedSalary[0].duration: estimatedSalary zonder duration of unitText: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt de periode waarvoor het bedrag geldt",
        "@graph[0].estimatedSalary[0].value: estimatedSalary zonder value: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt een QuantitativeValue met value of minValue en maxValue, of een MonetaryAmountDistribution met een mediaan of percentielen",
        "@graph[0].estimatedSalary[1].value.value: QuantitativeValue zonder value, minValue of maxValue: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt een bedrag",
        "@graph[0].estimatedSalary[2].median: MonetaryAmountDistribution zonder mediaan of percentielen: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt minstens één van percentile10, percentile25, median, percentile75 of percentile90",
        "@graph[0].estimatedSalary[3].median: median 2600 is lager dan percentile25 2800; verwacht percentile10 ≤ percentile25 ≤ median ≤ percentile75 ≤ percentile90",
      ],
    },
    {
      jsonld: graph({ ...posting, jobLocation: undefined, baseSalary: { ...posting.baseSalary, value: { '@type': 'QuantitativeValue', minValue: 3000, maxValue: 2800, unitText: 'MONTH' } } }, organization),
      report: [
        "@graph[0].baseSalary.value.minValue: Unexpected minValue 3000 above maxValue 2800, expected minValue at most maxValue",
        "@graph[0].jobLocation: Unexpected JobPosting without jobLocation, expected jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements (required by Google)",
      ],
      nl: [
        "@graph[0].baseSalary.value.minValue: minValue 3000 is hoger dan maxValue 2800; minValue mag hoogstens maxValue zijn",
        "@graph[0].jobLocation: JobPosting zonder jobLocation: Google vereist jobLocation, of jobLocationType TELECOMMUTE met applicantLocationRequirements",
      ],
    },
    {
      jsonld: graph({ ...posting, description: ' Kok ', experienceInPlaceOfEducation: 'yes' }, organization),
      report: [
        '@graph[0].description: Unexpected description that only repeats the title "Kok", expected the full description of the job (required by Google)',
        '@graph[0].experienceInPlaceOfEducation: Unexpected experienceInPlaceOfEducation text "yes", expected true or false',
      ],
      nl: [
        '@graph[0].description: De description herhaalt alleen de titel "Kok": Google vereist de volledige beschrijving van de baan',
        '@graph[0].experienceInPlaceOfEducation: Onverwachte experienceInPlaceOfEducation: tekst "yes"; verwacht true of false',
      ],
    },
  ],
}

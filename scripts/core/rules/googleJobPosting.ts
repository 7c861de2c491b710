import type { Path } from '../issue.ts'
import { employmentTypes } from '../constants.ts'
import { googleConfidentialEmployer, googleJobLocationTypes } from '../googleConstants.ts'
import type { JsonObject } from '../jsonObject.ts'
import { isIsoDate, isIsoDateTime } from '../isoDates.ts'
import { defineRule } from './declare/defineRule.ts'
import { checkRequirements } from './lib/google/checkRequirements.ts'
import { jobPostingExamples } from './lib/google/jobPostingExamples.ts'
import { googleMessages as m } from './lib/google/googleMessages.ts'
import { expecting, forEach, found, given, recommended, required, type GoogleScope } from './lib/google/googleScope.ts'
import { hasType } from './lib/google/hasType.ts'
import { checkCurrencyCode, checkEstimatedSalary, checkQuantity, checkUnitText } from './lib/google/salaryChecks.ts'

const employmentTypeSet: ReadonlySet<string> = new Set(employmentTypes)
const jobLocationTypeSet: ReadonlySet<string> = new Set(googleJobLocationTypes)

function checkDate(scope: GoogleScope, value: unknown, path: Path, property: string) {
  if (typeof value === 'string' && (isIsoDate(value) || isIsoDateTime(value))) return
  expecting(scope, path, property, value, 'date')
}

function checkHiringOrganization(scope: GoogleScope, value: unknown, path: Path) {
  // Google's value for an employer that stays anonymous (a staffing agency hiring for it).
  if (value === googleConfidentialEmployer) return
  const organization = scope.nodeOf(value, path)
  if (!organization) expecting(scope, path, 'hiringOrganization', value, 'hiringOrganization')
  else required(scope, organization.node, organization.path, 'hiringOrganization', 'name')
}

/** Checks jobLocationType and says whether the job is fully remote. */
function checkJobLocationType(scope: GoogleScope, value: unknown, path: Path): boolean {
  let telecommute = false
  if (value === undefined) return telecommute
  forEach(value, path, (item, itemPath) => {
    if (typeof item === 'string' && jobLocationTypeSet.has(item)) telecommute = true
    else scope.report('google.invalid_value', itemPath, { property: 'jobLocationType', ...found(item), allowed: googleJobLocationTypes, quote: 1 })
  })
  return telecommute
}

function checkApplicantLocations(scope: GoogleScope, value: unknown, path: Path) {
  forEach(value, path, (item, itemPath) => {
    const area = scope.nodeOf(item, itemPath)
    if (!area) expecting(scope, itemPath, 'applicantLocationRequirements', item, 'applicantLocation')
    else required(scope, area.node, area.path, 'applicantLocationRequirements', 'name')
  })
}

function checkJobLocations(scope: GoogleScope, value: unknown, path: Path) {
  forEach(value, path, (item, itemPath) => {
    const place = scope.nodeOf(item, itemPath)
    if (!place) return expecting(scope, itemPath, 'jobLocation', item, 'jobLocation')
    if (!required(scope, place.node, place.path, 'jobLocation', 'address')) return
    forEach(place.node.address, [...place.path, 'address'], (address, at) => {
      const postal = scope.nodeOf(address, at)
      if (!postal) expecting(scope, at, 'address', address, 'address')
      else required(scope, postal.node, postal.path, 'address', 'addressCountry')
    })
  })
}

/** The employer's own salary: a MonetaryAmount (never a distribution) with a currency and a QuantitativeValue. */
function checkBaseSalary(scope: GoogleScope, value: unknown, path: Path) {
  const amount = scope.nodeOf(value, path)
  if (!amount) return expecting(scope, path, 'baseSalary', value, 'baseSalary')
  if (hasType(amount.node, 'MonetaryAmountDistribution')) return scope.report('google.invalid_value.distribution_as_base', amount.path, {})
  if (required(scope, amount.node, amount.path, 'baseSalary', 'currency')) checkCurrencyCode(scope, amount.node.currency, [...amount.path, 'currency'])
  if (!required(scope, amount.node, amount.path, 'baseSalary', 'value')) return
  const valuePath = [...amount.path, 'value']
  const quantity = scope.nodeOf(amount.node.value, valuePath)
  if (!quantity) return expecting(scope, valuePath, 'baseSalary value', amount.node.value, 'baseSalaryValue')
  checkQuantity(scope, quantity.node, quantity.path)
  if (required(scope, quantity.node, quantity.path, 'QuantitativeValue', 'unitText')) checkUnitText(scope, quantity.node.unitText, [...quantity.path, 'unitText'])
}

function checkJobPosting(scope: GoogleScope, posting: JsonObject) {
  const { path } = scope
  const type = 'JobPosting'
  required(scope, posting, path, type, 'title')
  if (required(scope, posting, path, type, 'description') && typeof posting.title === 'string' && typeof posting.description === 'string')
    if (posting.description.trim() === posting.title.trim()) scope.report('google.invalid_value.description_is_title', [...path, 'description'], { title: posting.title })
  if (required(scope, posting, path, type, 'datePosted')) checkDate(scope, posting.datePosted, [...path, 'datePosted'], 'datePosted')
  if (required(scope, posting, path, type, 'hiringOrganization')) checkHiringOrganization(scope, posting.hiringOrganization, [...path, 'hiringOrganization'])
  const telecommute = checkJobLocationType(scope, posting.jobLocationType, [...path, 'jobLocationType'])
  if (telecommute) {
    // Fully remote: the countries applicants may live in replace the job's location.
    if (given(posting.applicantLocationRequirements)) checkApplicantLocations(scope, posting.applicantLocationRequirements, [...path, 'applicantLocationRequirements'])
    else scope.report('google.required.telecommute', [...path, 'applicantLocationRequirements'], {})
  }
  if (given(posting.jobLocation)) checkJobLocations(scope, posting.jobLocation, [...path, 'jobLocation'])
  else if (!telecommute) scope.report('google.required.job_location', [...path, 'jobLocation'], {})
  // A JobPosting with only an estimatedSalary is legitimate (the employer states no salary): the
  // export says so once per vacancy (salaryEstimate, a notice), so it is not also a warning here.
  // Without either, the missing baseSalary is.
  const estimated = given(posting.estimatedSalary)
  if ((given(posting.baseSalary) || !estimated) && recommended(scope, posting, path, type, 'baseSalary')) checkBaseSalary(scope, posting.baseSalary, [...path, 'baseSalary'])
  // Google's JobPosting documentation has no estimatedSalary: its checks are the guidance's.
  if (estimated) forEach(posting.estimatedSalary, [...path, 'estimatedSalary'], (item, itemPath) => checkEstimatedSalary(scope.under('Occupation'), item, itemPath))
  if (recommended(scope, posting, path, type, 'employmentType'))
    forEach(posting.employmentType, [...path, 'employmentType'], (item, itemPath) => {
      if (typeof item !== 'string' || !employmentTypeSet.has(item))
        scope.report('google.invalid_value', itemPath, { property: 'employmentType', ...found(item), allowed: employmentTypes })
    })
  recommended(scope, posting, path, type, 'identifier')
  if (recommended(scope, posting, path, type, 'validThrough')) checkDate(scope, posting.validThrough, [...path, 'validThrough'], 'validThrough')
  recommended(scope, posting, path, type, 'directApply')
  // Beta in Google's documentation: checked when given, never asked for.
  checkRequirements(scope, posting, path)
  if (posting.experienceInPlaceOfEducation !== undefined && typeof posting.experienceInPlaceOfEducation !== 'boolean')
    expecting(scope, [...path, 'experienceInPlaceOfEducation'], 'experienceInPlaceOfEducation', posting.experienceInPlaceOfEducation, 'boolean')
}

/**
 * A JobPosting as Google's job search documents it
 * (https://developers.google.com/search/docs/appearance/structured-data/job-posting).
 */
export const googleJobPosting = defineRule({
  name: 'googleJobPosting',
  doc: "A JobPosting has what Google requires (title, a description that is more than the title, datePosted, hiringOrganization with a name or \"confidential\", a location or TELECOMMUTE with applicant countries) and what it recommends (baseSalary unless there is an estimatedSalary, employmentType, identifier, validThrough, directApply); a baseSalary is a MonetaryAmount, never a distribution; every value is one Google can read (experienceInPlaceOfEducation a boolean).",
  severity: 'error',
  messages: {
    'google.required': m['google.required'],
    'google.recommended': m['google.recommended'],
    'google.required.telecommute': m['google.required.telecommute'],
    'google.required.job_location': m['google.required.job_location'],
    'google.required.quantity': m['google.required.quantity'],
    'google.required.estimate_period': m['google.required.estimate_period'],
    'google.required.estimate_value': m['google.required.estimate_value'],
    'google.required.distribution': m['google.required.distribution'],
    'google.invalid_value': m['google.invalid_value'],
    'google.invalid_value.description_is_title': m['google.invalid_value.description_is_title'],
    'google.invalid_value.distribution_as_base': m['google.invalid_value.distribution_as_base'],
    'google.invalid_value.min_above_max': m['google.invalid_value.min_above_max'],
    'google.invalid_value.below': m['google.invalid_value.below'],
    'google.invalid_value.requirements': m['google.invalid_value.requirements'],
  },
  jsonld: [{ types: ['JobPosting'], check: (node, scope) => checkJobPosting(scope, node) }],
  examples: jobPostingExamples,
})

/**
 * Checks a JSON-LD node against what Google Search documents for its rich results: JobPosting
 * (https://developers.google.com/search/docs/appearance/structured-data/job-posting), FAQPage
 * (…/faqpage) and, more loosely, Occupation (…/estimated-salary). Other node types pass.
 *
 * Severities: a missing required property is an error, a missing recommended one a warning.
 * A value that is present but unusable (an unknown employmentType, a salary without unitText,
 * a disallowed tag in an answer) is an error even inside a recommended property: the exporter
 * wrote it, so it is a bug to fix rather than a gap to accept. Free text where Google wants a
 * credential or an experience node is only a warning, because Google reads it as plain text.
 * Vocabulary-level problems (unknown terms, wrong ranges) are validateVocabulary's job.
 *
 * Salaries: a JobPosting's baseSalary is the employer's own (a MonetaryAmount, never a
 * distribution); its estimatedSalary, like an Occupation's, is a MonetaryAmount with a value or a
 * MonetaryAmountDistribution with its median or percentiles in ascending order. A JobPosting that
 * gives an estimatedSalary and no baseSalary is not warned about: the export reports that once per
 * vacancy with the tier and hours it came from.
 */
import type { Issue, Path, Severity } from '../issue.ts'
import { isCurrencyCode } from '../rules/lib/isCurrencyCode.ts'
import { credentialCategories, employmentTypes, salaryPeriods } from '../constants.ts'
import { schemaOrg } from '../vocabulary/schemaOrg.ts'
import { isIsoDate, isIsoDateTime, isIsoDuration } from './_iso.ts'
import { jsonValueParams } from '../messages/describe.ts'
import { issueText } from '../catalogue/issueText.ts'
import type { MessageParams } from '../messages/wording.ts'
import { isJsonObject, type JsonObject } from '../jsonObject.ts'
import type { IssueOwner } from './_json.ts'
import { googleAnswerTags, googleJobLocationTypes, googleNoRequirements } from './googleConstants.ts'

/** A node of the document with the path it sits at, to follow `{"@id": …}` references. */
export interface IndexedNode {
  node: JsonObject
  path: Path
}

/** The document's nodes by `@id`. */
export type NodeIndex = ReadonlyMap<string, IndexedNode>

interface Check {
  owner: IssueOwner
  issues: Issue[]
  index: NodeIndex | undefined
}

const answerTags: ReadonlySet<string> = new Set(googleAnswerTags)
const employmentTypeSet: ReadonlySet<string> = new Set(employmentTypes)
const credentialCategorySet: ReadonlySet<string> = new Set(credentialCategories)
const salaryPeriodSet: ReadonlySet<string> = new Set(salaryPeriods)
const jobLocationTypeSet: ReadonlySet<string> = new Set(googleJobLocationTypes)
const tagPattern = /<\/?([a-zA-Z][a-zA-Z0-9-]*)/g


/**
 * Checks one top-level node against Google's structured-data rules for its type.
 * @param node a node of the graph (JobPosting, FAQPage, Occupation; other types give no issues)
 * @param owner the source document the issues belong to
 * @param path where the node sits, such as `['@graph', 0]`
 * @param index the document's nodes by `@id`, to follow references such as hiringOrganization
 * @returns the issues, empty when the node meets the rules
 */
export function validateGoogle(node: unknown, owner: IssueOwner, path: Path, index?: NodeIndex): Issue[] {
  const check: Check = { owner, issues: [], index }
  if (!isJsonObject(node)) return check.issues
  if (hasType(node, 'JobPosting')) checkJobPosting(check, node, path)
  if (hasType(node, 'FAQPage')) checkFaqPage(check, node, path)
  if (hasType(node, 'Occupation')) checkOccupation(check, node, path)
  return check.issues
}

function report(check: Check, severity: Severity, code: string, path: Path, params: MessageParams, messageId?: string) {
  check.issues.push({ severity, code, docId: check.owner.docId, docType: check.owner.docType, path, ...issueText(code, params, messageId) })
}

/** A value found where another was expected, as message params (`text "Acme"`, `Place node`, …). */
function found(value: unknown): Record<string, string | number> {
  // The report has always called an absent value a "list" here; kept, so its English stays as it was.
  return value === undefined ? { valueKind: 'list' } : jsonValueParams(value)
}

function hasType(node: JsonObject, name: string) {
  const raw = node['@type']
  if (typeof raw === 'string') return schemaOrg.localName(raw) === name
  return Array.isArray(raw) && raw.some((t) => typeof t === 'string' && schemaOrg.localName(t) === name)
}

/** A value counts as given unless it is absent, null, blank text or an empty list. */
function given(value: unknown) {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  return !Array.isArray(value) || value.length > 0
}

/** Calls `each` for a value or every item of a list, with its path. */
function forEach(value: unknown, path: Path, each: (item: unknown, itemPath: Path) => void) {
  if (Array.isArray(value)) value.forEach((item, i) => each(item, [...path, i]))
  else each(value, path)
}

/** The node a value is, or refers to by `@id` inside the document; undefined for literals. */
function nodeOf(check: Check, value: unknown, path: Path): IndexedNode | undefined {
  if (!isJsonObject(value)) return undefined
  const id = value['@id']
  if (typeof id === 'string' && check.index && Object.keys(value).every((k) => k.startsWith('@'))) {
    const target = check.index.get(id)
    if (target) return target
  }
  return { node: value, path }
}

function required(check: Check, node: JsonObject, path: Path, type: string, property: string) {
  if (given(node[property])) return true
  report(check, 'error', 'google.required', [...path, property], { type, property })
  return false
}

function recommended(check: Check, node: JsonObject, path: Path, type: string, property: string) {
  if (given(node[property])) return true
  report(check, 'warning', 'google.recommended', [...path, property], { type, property })
  return false
}

/**
 * A value that is there but unusable: `property` and the value found, and what Google expects
 * (an `expectation` of the catalogue, or the `allowed` values).
 */
function invalid(check: Check, path: Path, params: MessageParams, severity: Severity = 'error', messageId?: string) {
  report(check, severity, 'google.invalid_value', path, params, messageId)
}

/** `invalid` for a value of `property`, against one of the catalogue's expectations. */
function expecting(check: Check, path: Path, property: string, value: unknown, expectation: string) {
  invalid(check, path, { property, ...found(value), expectation })
}

// JobPosting ------------------------------------------------------------------------------

function checkJobPosting(check: Check, posting: JsonObject, path: Path) {
  const type = 'JobPosting'
  required(check, posting, path, type, 'title')
  required(check, posting, path, type, 'description')
  if (required(check, posting, path, type, 'datePosted')) checkDate(check, posting.datePosted, [...path, 'datePosted'], 'datePosted')
  if (required(check, posting, path, type, 'hiringOrganization')) checkHiringOrganization(check, posting.hiringOrganization, [...path, 'hiringOrganization'])

  const telecommute = checkJobLocationType(check, posting.jobLocationType, [...path, 'jobLocationType'])
  if (telecommute) {
    // Fully remote: the countries applicants may live in replace the job's location.
    if (given(posting.applicantLocationRequirements))
      checkApplicantLocations(check, posting.applicantLocationRequirements, [...path, 'applicantLocationRequirements'])
    else
      report(check, 'error', 'google.required', [...path, 'applicantLocationRequirements'], {}, 'google.required.telecommute')
  }
  if (given(posting.jobLocation)) checkJobLocations(check, posting.jobLocation, [...path, 'jobLocation'])
  else if (!telecommute)
    report(check, 'error', 'google.required', [...path, 'jobLocation'], {}, 'google.required.job_location')

  // A JobPosting with only an estimatedSalary is legitimate (the employer states no salary): the
  // export says so once per vacancy (vacancy.salary_estimated*, a notice), so it is not also a
  // warning here. Without either, the missing baseSalary is.
  const estimated = given(posting.estimatedSalary)
  if ((given(posting.baseSalary) || !estimated) && recommended(check, posting, path, type, 'baseSalary'))
    checkBaseSalary(check, posting.baseSalary, [...path, 'baseSalary'])
  if (estimated) forEach(posting.estimatedSalary, [...path, 'estimatedSalary'], (item, itemPath) => checkEstimatedSalary(check, item, itemPath))
  if (recommended(check, posting, path, type, 'employmentType')) checkEmploymentTypes(check, posting.employmentType, [...path, 'employmentType'])
  recommended(check, posting, path, type, 'identifier')
  if (recommended(check, posting, path, type, 'validThrough')) checkDate(check, posting.validThrough, [...path, 'validThrough'], 'validThrough')
  recommended(check, posting, path, type, 'directApply')
  checkRequirements(check, posting, path)
}

function checkDate(check: Check, value: unknown, path: Path, property: string) {
  if (typeof value === 'string' && (isIsoDate(value) || isIsoDateTime(value))) return
  expecting(check, path, property, value, 'date')
}

function checkHiringOrganization(check: Check, value: unknown, path: Path) {
  const organization = nodeOf(check, value, path)
  if (!organization) {
    expecting(check, path, 'hiringOrganization', value, 'hiringOrganization')
    return
  }
  required(check, organization.node, organization.path, 'hiringOrganization', 'name')
}

/** Checks jobLocationType and says whether the job is fully remote. */
function checkJobLocationType(check: Check, value: unknown, path: Path): boolean {
  let telecommute = false
  if (value === undefined) return telecommute
  forEach(value, path, (item, itemPath) => {
    if (typeof item === 'string' && jobLocationTypeSet.has(item)) telecommute = true
    else invalid(check, itemPath, { property: 'jobLocationType', ...found(item), allowed: googleJobLocationTypes, quote: 1 })
  })
  return telecommute
}

function checkApplicantLocations(check: Check, value: unknown, path: Path) {
  forEach(value, path, (item, itemPath) => {
    const area = nodeOf(check, item, itemPath)
    if (!area) expecting(check, itemPath, 'applicantLocationRequirements', item, 'applicantLocation')
    else required(check, area.node, area.path, 'applicantLocationRequirements', 'name')
  })
}

function checkJobLocations(check: Check, value: unknown, path: Path) {
  forEach(value, path, (item, itemPath) => {
    const place = nodeOf(check, item, itemPath)
    if (!place) {
      expecting(check, itemPath, 'jobLocation', item, 'jobLocation')
      return
    }
    if (!required(check, place.node, place.path, 'jobLocation', 'address')) return
    const addressPath = [...place.path, 'address']
    forEach(place.node.address, addressPath, (address, at) => {
      const postal = nodeOf(check, address, at)
      if (!postal) expecting(check, at, 'address', address, 'address')
      else required(check, postal.node, postal.path, 'address', 'addressCountry')
    })
  })
}

function checkEmploymentTypes(check: Check, value: unknown, path: Path) {
  forEach(value, path, (item, itemPath) => {
    if (typeof item !== 'string' || !employmentTypeSet.has(item))
      invalid(check, itemPath, { property: 'employmentType', ...found(item), allowed: employmentTypes })
  })
}

function checkCurrencyCode(check: Check, value: unknown, path: Path) {
  if (typeof value === 'string' && isCurrencyCode(value)) return
  expecting(check, path, 'currency', value, 'currency')
}

function checkUnitText(check: Check, value: unknown, path: Path) {
  if (typeof value === 'string' && salaryPeriodSet.has(value)) return
  invalid(check, path, { property: 'unitText', ...found(value), allowed: salaryPeriods })
}

function checkBaseSalary(check: Check, value: unknown, path: Path) {
  const amount = nodeOf(check, value, path)
  if (!amount) {
    expecting(check, path, 'baseSalary', value, 'baseSalary')
    return
  }
  if (hasType(amount.node, 'MonetaryAmountDistribution')) {
    invalid(check, amount.path, {}, 'error', 'google.invalid_value.distribution_as_base')
    return
  }
  if (required(check, amount.node, amount.path, 'baseSalary', 'currency')) checkCurrencyCode(check, amount.node.currency, [...amount.path, 'currency'])
  if (!required(check, amount.node, amount.path, 'baseSalary', 'value')) return
  const valuePath = [...amount.path, 'value']
  const quantity = nodeOf(check, amount.node.value, valuePath)
  if (!quantity) {
    expecting(check, valuePath, 'baseSalary value', amount.node.value, 'baseSalaryValue')
    return
  }
  checkQuantity(check, quantity.node, quantity.path)
  if (required(check, quantity.node, quantity.path, 'QuantitativeValue', 'unitText')) checkUnitText(check, quantity.node.unitText, [...quantity.path, 'unitText'])
}

/** A QuantitativeValue holds a value, or a minimum and/or maximum, as numbers with min ≤ max. */
function checkQuantity(check: Check, quantity: JsonObject, path: Path) {
  const { value, minValue, maxValue } = quantity
  if (!given(value) && !given(minValue) && !given(maxValue)) {
    report(check, 'error', 'google.required', [...path, 'value'], {}, 'google.required.quantity')
    return
  }
  for (const [key, amount] of [['value', value], ['minValue', minValue], ['maxValue', maxValue]] as const)
    if (given(amount) && (typeof amount !== 'number' || !Number.isFinite(amount)))
      expecting(check, [...path, key], key, amount, 'number')
  if (typeof minValue === 'number' && typeof maxValue === 'number' && minValue > maxValue)
    invalid(check, [...path, 'minValue'], { min: minValue, max: maxValue }, 'error', 'google.invalid_value.min_above_max')
}

// Education and experience (JobPosting and Occupation) ------------------------------------------

function checkRequirements(check: Check, node: JsonObject, path: Path) {
  if (node.educationRequirements !== undefined)
    forEach(node.educationRequirements, [...path, 'educationRequirements'], (item, itemPath) => checkEducation(check, item, itemPath))
  if (node.experienceRequirements !== undefined)
    forEach(node.experienceRequirements, [...path, 'experienceRequirements'], (item, itemPath) => checkExperience(check, item, itemPath))
}

function checkEducation(check: Check, value: unknown, path: Path) {
  if (value === googleNoRequirements) return
  const credential = nodeOf(check, value, path)
  if (!credential) {
    invalid(
      check,
      path,
      { property: 'educationRequirements', ...found(value), node: 'EducationalOccupationalCredential', needs: 'credentialCategory', none: googleNoRequirements },
      'warning',
      'google.invalid_value.requirements',
    )
    return
  }
  if (!required(check, credential.node, credential.path, 'EducationalOccupationalCredential', 'credentialCategory')) return
  forEach(credential.node.credentialCategory, [...credential.path, 'credentialCategory'], (category, at) => {
    if (typeof category !== 'string' || !credentialCategorySet.has(category))
      invalid(check, at, { property: 'credentialCategory', ...found(category), allowed: credentialCategories, quote: 1 })
  })
}

function checkExperience(check: Check, value: unknown, path: Path) {
  if (value === googleNoRequirements) return
  const experience = nodeOf(check, value, path)
  if (!experience) {
    invalid(
      check,
      path,
      { property: 'experienceRequirements', ...found(value), node: 'OccupationalExperienceRequirements', needs: 'monthsOfExperience', none: googleNoRequirements },
      'warning',
      'google.invalid_value.requirements',
    )
    return
  }
  if (!required(check, experience.node, experience.path, 'OccupationalExperienceRequirements', 'monthsOfExperience')) return
  const months = experience.node.monthsOfExperience
  if (typeof months !== 'number' || !Number.isFinite(months) || months < 0)
    expecting(check, [...experience.path, 'monthsOfExperience'], 'monthsOfExperience', months, 'months')
}

// FAQPage -------------------------------------------------------------------------------------

function checkFaqPage(check: Check, page: JsonObject, path: Path) {
  if (!required(check, page, path, 'FAQPage', 'mainEntity')) return
  forEach(page.mainEntity, [...path, 'mainEntity'], (item, itemPath) => {
    const question = nodeOf(check, item, itemPath)
    if (!question || !hasType(question.node, 'Question')) {
      expecting(check, itemPath, 'mainEntity', item, 'question')
      return
    }
    required(check, question.node, question.path, 'Question', 'name')
    if (!required(check, question.node, question.path, 'Question', 'acceptedAnswer')) return
    forEach(question.node.acceptedAnswer, [...question.path, 'acceptedAnswer'], (answerValue, answerPath) => {
      const answer = nodeOf(check, answerValue, answerPath)
      if (!answer || !hasType(answer.node, 'Answer')) {
        expecting(check, answerPath, 'acceptedAnswer', answerValue, 'answer')
        return
      }
      if (!required(check, answer.node, answer.path, 'Answer', 'text')) return
      checkAnswerText(check, answer.node.text, [...answer.path, 'text'])
    })
  })
}

/** Reports each tag outside Google's list once per answer, in order of first use. */
function checkAnswerText(check: Check, text: unknown, path: Path) {
  if (typeof text !== 'string') {
    expecting(check, path, 'answer text', text, 'answerText')
    return
  }
  if (!text.includes('<')) return
  let reported: Set<string> | undefined
  for (const match of text.matchAll(tagPattern)) {
    const tag = (match[1] ?? '').toLowerCase()
    if (answerTags.has(tag) || reported?.has(tag)) continue
    ;(reported ??= new Set()).add(tag)
    report(check, 'error', 'google.answer_tag', path, { tag, allowed: googleAnswerTags.map((t) => `<${t}>`) })
  }
}

// Occupation ----------------------------------------------------------------------------------

function checkOccupation(check: Check, occupation: JsonObject, path: Path) {
  required(check, occupation, path, 'Occupation', 'name')
  if (recommended(check, occupation, path, 'Occupation', 'estimatedSalary'))
    forEach(occupation.estimatedSalary, [...path, 'estimatedSalary'], (item, itemPath) => checkEstimatedSalary(check, item, itemPath))
  recommended(check, occupation, path, 'Occupation', 'occupationLocation')
  checkRequirements(check, occupation, path)
}

/** One salary estimate: a currency and the period it covers (duration, or unitText on the amount). */
function checkEstimatedSalary(check: Check, value: unknown, path: Path) {
  const estimate = nodeOf(check, value, path)
  if (!estimate) {
    expecting(check, path, 'estimatedSalary', value, 'estimatedSalary')
    return
  }
  const { node } = estimate
  if (required(check, node, estimate.path, 'estimatedSalary', 'currency')) checkCurrencyCode(check, node.currency, [...estimate.path, 'currency'])
  const quantity = isJsonObject(node.value) ? node.value : undefined
  if (given(node.duration)) {
    if (typeof node.duration !== 'string' || !isIsoDuration(node.duration))
      expecting(check, [...estimate.path, 'duration'], 'duration', node.duration, 'duration')
  } else if (given(node.unitText)) checkUnitText(check, node.unitText, [...estimate.path, 'unitText'])
  else if (quantity && given(quantity.unitText)) checkUnitText(check, quantity.unitText, [...estimate.path, 'value', 'unitText'])
  else
    report(check, 'error', 'google.required', [...estimate.path, 'duration'], {}, 'google.required.estimate_period')
  if (hasType(node, 'MonetaryAmountDistribution')) checkDistribution(check, node, estimate.path)
  else if (quantity) checkQuantity(check, quantity, [...estimate.path, 'value'])
  else if (!given(node.value))
    report(check, 'error', 'google.required', [...estimate.path, 'value'], {}, 'google.required.estimate_value')
}

/** The statistics of a distribution, in the order their values must ascend. */
const distributionKeys = ['percentile10', 'percentile25', 'median', 'percentile75', 'percentile90'] as const

/** A MonetaryAmountDistribution states at least one statistic; each is a number, in ascending order. */
function checkDistribution(check: Check, node: JsonObject, path: Path) {
  const present = distributionKeys.filter((key) => given(node[key]))
  if (present.length === 0) {
    report(check, 'error', 'google.required', [...path, 'median'], { keys: distributionKeys }, 'google.required.distribution')
    return
  }
  let previous: { key: string; value: number } | undefined
  for (const key of present) {
    const value = node[key]
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      expecting(check, [...path, key], key, value, 'number')
      continue
    }
    if (previous && value < previous.value)
      invalid(check, [...path, key], { key, value, previousKey: previous.key, previousValue: previous.value, keys: distributionKeys }, 'error', 'google.invalid_value.below')
    previous = { key, value }
  }
}

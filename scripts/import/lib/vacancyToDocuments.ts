import { compareById } from './compareById.ts'
import type { VFile } from 'vfile'
import type { Position } from '../../core/issue.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { slugify } from '../../core/rules/slugify.ts'
import type { ImportedFile } from './articleToDocuments.ts'
import { mdastToPortableText } from './mdastToPortableText.ts'
import { organizationDocument } from './organizationDocument.ts'
import { parseMarkdownFile, type ParsedMarkdown } from './parseMarkdownFile.ts'
import { plainText } from './plainText.ts'
import { readFrontMatter } from './readFrontMatter.ts'
import { reportMessage } from './reportMessage.ts'
import { toPosition } from './toPosition.ts'
import { vacancyFrontMatter } from './vacancyFrontMatter.ts'

/**
 * Turns a vacancy (Markdown with `type: vacancy` front matter) into a `vacancy` document
 * that references its job profile (`jobProfile.<profile>`), the salary tier of its level
 * (`salaryTier.<profile>.<level slug>`) or holds its own `salary`, and its employer
 * (`organization.<name slug>`), plus
 * the employer's `organization` document. The text after the front matter (without the
 * `#` title) is the vacancy's body. A remote vacancy without an address gets no location
 * and is open to applicants from its country unless `applicantCountries` says otherwise.
 * @param file the vacancy file; its value is text or bytes (decoded as strict UTF-8)
 * @param parsed the file already parsed, when the caller has done so
 * @returns the documents, sorted by `_id`; none when the file has errors
 */
export function vacancyToDocuments(file: VFile, parsed: ParsedMarkdown | undefined = parseMarkdownFile(file)): ImportedFile {
  if (!parsed) return { documents: [] }
  const fm = readFrontMatter(parsed, vacancyFrontMatter, file, undefined)
  if (!fm) return { documents: [] }
  const h1 = parsed.tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = fm.title ?? (h1 ? plainText(h1) : undefined)
  if (title === undefined || title === '') {
    reportMessage(file, 'Unexpected vacancy without title, expected `title` in front matter or a `# heading`', {
      place: parsed.frontMatter ?? { line: 1, column: 1 },
      ruleId: 'title',
      level: 'error',
    })
    return { documents: [] }
  }
  const slug = fm.slug ?? slugify(title)
  const id = `vacancy.${slug}`
  const organization = organizationDocument(fm.organization, fm.organizationUrl, toPosition(file, parsed.keyPoints.get('organization')))
  const bodyNodes = parsed.tree.children.filter((node) => node !== h1 && node.type !== 'yaml')
  const body = mdastToPortableText(bodyNodes, { file, docId: id, fieldPath: ['body'], allowTables: true })

  const address = {
    ...(fm.locality !== undefined ? { locality: fm.locality } : {}),
    ...(fm.region !== undefined ? { region: fm.region } : {}),
    ...(fm.postalCode !== undefined ? { postalCode: fm.postalCode } : {}),
    ...(fm.streetAddress !== undefined ? { streetAddress: fm.streetAddress } : {}),
  }
  const hasAddress = Object.keys(address).length > 0
  // Google reads a fully remote job from applicantLocationRequirements; an address is only for a place to work.
  const location = hasAddress || !fm.remote ? { location: { _type: 'jobldJobLocation', country: fm.country, ...address } } : {}
  const applicantCountries = fm.applicantCountries ?? (fm.remote ? [fm.country] : undefined)

  const positions = new Map<string, Position>()
  for (const [key, field] of Object.entries(vacancyFrontMatter)) {
    const position = toPosition(file, parsed.keyPoints.get(key))
    if (position && 'fieldPath' in field) positions.set(field.fieldPath.join('.'), position)
  }
  const titlePosition = toPosition(file, fm.title !== undefined ? parsed.keyPoints.get('title') : h1)
  if (titlePosition) positions.set('title', titlePosition)
  const bodyPosition = toPosition(file, bodyNodes[0])
  if (bodyPosition) positions.set('body', bodyPosition)

  const vacancy: RawDocument = {
    value: {
      _id: id,
      _type: 'vacancy',
      title,
      slug: { _type: 'slug', current: slug },
      jobProfile: { _type: 'reference', _ref: `jobProfile.${fm.profile}` },
      ...(fm.level !== undefined ? { salaryTier: { _type: 'reference', _ref: `salaryTier.${fm.profile}.${slugify(fm.level)}` } } : {}),
      hiringOrganization: { _type: 'reference', _ref: String(organization.value._id) },
      employmentTypes: fm.employmentType,
      ...(fm.hoursPerWeek !== undefined ? { hoursPerWeek: fm.hoursPerWeek } : {}),
      ...(fm.salary !== undefined ? { salary: { _type: 'jobldVacancySalary', ...fm.salary } } : {}),
      ...location,
      ...(fm.remote !== undefined ? { remote: fm.remote } : {}),
      ...(applicantCountries ? { applicantCountries } : {}),
      datePosted: fm.datePosted,
      ...(fm.validThrough !== undefined ? { validThrough: fm.validThrough } : {}),
      ...(fm.identifier !== undefined ? { identifier: fm.identifier } : {}),
      ...(fm.directApply !== undefined ? { directApply: fm.directApply } : {}),
      ...(fm.applyUrl !== undefined ? { applyUrl: fm.applyUrl } : {}),
      ...(body.length > 0 ? { body } : {}),
      language: fm.language,
    },
    ...(titlePosition ? { position: toPosition(file, parsed.frontMatter ?? h1) ?? titlePosition } : {}),
    fieldPositions: positions,
  }
  const documents = [vacancy, organization]
  return { documents: documents.sort(compareById) }
}

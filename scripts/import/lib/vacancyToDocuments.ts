import { vacancy } from '../../core/model/vacancy.ts'
import { compareById } from './compareById.ts'
import { directFields } from './directFields.ts'
import { documentValue } from './documentValue.ts'
import { frontMatterSpec } from './frontMatterSpec.ts'
import type { VFile } from 'vfile'
import type { Position } from '../../core/issue.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { slugify } from '../../core/slugify.ts'
import type { ImportedFile } from './articleToDocuments.ts'
import { mdastToPortableText } from './mdastToPortableText.ts'
import { organizationDocument } from './organizationDocument.ts'
import { parseMarkdownFile, type ParsedMarkdown } from './parseMarkdownFile.ts'
import { plainText } from './plainText.ts'
import { readFrontMatter } from './readFrontMatter.ts'
import { reportMessage } from './reportMessage.ts'
import { toPosition } from './toPosition.ts'
import { translationMetadataDocument } from './translationMetadataDocument.ts'

/** The front matter of a vacancy, as its declaration gives it (scripts/core/model/vacancy.ts). */
const spec = frontMatterSpec(vacancy)

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
  const fm = readFrontMatter(parsed, spec, file, undefined)
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
  const location = hasAddress || !fm.remote ? { _type: 'jobldJobLocation', country: fm.country, ...address } : undefined
  const applicantCountries = fm.applicantCountries ?? (fm.remote ? [fm.country] : undefined)

  const positions = new Map<string, Position>()
  for (const [key, field] of Object.entries(spec)) {
    const position = toPosition(file, parsed.keyPoints.get(key))
    if (position && field.fieldPath) positions.set(field.fieldPath.join('.'), position)
  }
  const titlePosition = toPosition(file, fm.title !== undefined ? parsed.keyPoints.get('title') : h1)
  if (titlePosition) positions.set('title', titlePosition)
  const bodyPosition = toPosition(file, bodyNodes[0])
  if (bodyPosition) positions.set('body', bodyPosition)

  const document: RawDocument = {
    value: documentValue(vacancy, id, {
      // The keys that fill a field as they are (the declaration's `field`); the others are made here.
      ...directFields(vacancy, fm),
      title,
      slug: { _type: 'slug', current: slug },
      jobProfile: { _type: 'reference', _ref: `jobProfile.${fm.profile}` },
      salaryTier: fm.level !== undefined ? { _type: 'reference', _ref: `salaryTier.${fm.profile}.${slugify(fm.level)}` } : undefined,
      hiringOrganization: { _type: 'reference', _ref: String(organization.value._id) },
      location,
      applicantCountries,
      body: body.length > 0 ? body : undefined,
    }),
    ...(titlePosition ? { position: toPosition(file, parsed.frontMatter ?? h1) ?? titlePosition } : {}),
    fieldPositions: positions,
  }
  const translation =
    fm.translationOf === undefined ? [] : [translationMetadataDocument('vacancy', id, fm.language, `vacancy.${fm.translationOf}`, toPosition(file, parsed.keyPoints.get('translationOf')))]
  const documents = [document, organization, ...translation]
  return { documents: documents.sort(compareById) }
}

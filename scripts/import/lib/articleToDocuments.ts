import { quoteText } from '../../core/messages/quoteText.ts'
import { compareById } from './compareById.ts'
import type { Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Node, Point } from 'unist'
import type { VFile } from 'vfile'
import type { Position } from '../../core/issue.ts'
import { jobProfile } from '../../core/model/jobProfile.ts'
import type { Block } from '../../core/model/portableText.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { maxTextLength } from '../../core/constants.ts'
import { slugify } from '../../core/slugify.ts'
import { directFields } from './directFields.ts'
import { documentValue } from './documentValue.ts'
import { frontMatterSpec } from './frontMatterSpec.ts'
import { translationMetadataDocument } from './translationMetadataDocument.ts'
import type { ArticleContext } from './articleContext.ts'
import { deriveJobTitle } from './deriveJobTitle.ts'
import { extractAlternativeTitles } from './extractAlternativeTitles.ts'
import { extractEducation } from './extractEducation.ts'
import { extractFacts } from './extractFacts.ts'
import { readFaq } from './faq/readFaq.ts'
import { liftHtml } from './html/liftHtml.ts'
import { extractListItems } from './extractListItems.ts'
import { extractNamedItems } from './extractNamedItems.ts'
import { extractSalaryTiers } from './extractSalaryTiers.ts'
import { extractWorkplaces } from './extractWorkplaces.ts'
import { mdastToPortableText } from './mdastToPortableText.ts'
import { organizationDocument } from './organizationDocument.ts'
import { parseMarkdownFile, type ParsedMarkdown } from './parseMarkdownFile.ts'
import { plainText } from './plainText.ts'
import { readFrontMatter } from './readFrontMatter.ts'
import { reportMessage } from './reportMessage.ts'
import { sectionsOfKind } from './sectionsOfKind.ts'
import { splitSections, type Section } from './splitSections.ts'
import { stableKey } from './stableKey.ts'
import { toPosition } from './toPosition.ts'
import { unsafeLinkMessage, unsafeScheme } from './unsafeScheme.ts'

/** What an importer returns for one file; its messages are on the file. */
export interface ImportedFile {
  documents: RawDocument[]
}

const reference = (id: string) => ({ _key: stableKey(id), _type: 'reference' as const, _ref: id })
const isBlock = (item: { _type: string }): item is Block => item._type === 'block'

/** The front matter of a career article, as the job profile's declaration gives it (scripts/core/model/jobProfile.ts). */
const spec = frontMatterSpec(jobProfile)

/**
 * Turns a career article (Markdown with front matter) into Sanity documents: a `jobProfile`
 * that references its `salaryTier`s, its `faqEntry`s and its publisher `organization`.
 * Sections are recognised by meaning (Dutch and English keywords); what is mapped to fields
 * is also kept in the profile's `body`, except the title, the summary and the FAQ; what
 * cannot be mapped is reported on the file with its line and column. `_id`s and `_key`s
 * derive from the slug and positions, so the same file always gives the same documents.
 * @param file the article; its value is text or bytes (decoded as strict UTF-8)
 * @param parsed the file already parsed, when the caller has done so
 * @returns the documents, sorted by `_id`; none when the file has errors
 */
export function articleToDocuments(file: VFile, parsed: ParsedMarkdown | undefined = parseMarkdownFile(file)): ImportedFile {
  if (!parsed || parsed.broken) return { documents: [] }
  const fm = readFrontMatter(parsed, spec, file, undefined)
  if (!fm) return { documents: [] }
  // HTML blocks are read as the Markdown they stand for, so every reader sees one kind of tree.
  const tree: Root = { ...parsed.tree, children: liftHtml(parsed.tree.children) }
  const titleSplit = splitSections(tree, fm.language)
  const start: Point = { line: 1, column: 1 }
  // A heading longer than any text the export takes is refused before the title is derived from it.
  const headingText = titleSplit.title ? plainText(titleSplit.title) : ''
  if (fm.title === undefined && headingText.length > maxTextLength) {
    reportMessage(file, `Unexpected title of ${headingText.length.toLocaleString('en')} characters, expected at most ${maxTextLength.toLocaleString('en')} (the export refuses longer texts)`, {
      place: titleSplit.title,
      ruleId: 'text-length',
      level: 'error',
      fieldPath: ['title'],
    })
    return { documents: [] }
  }
  const title = fm.title ?? (titleSplit.title ? deriveJobTitle(headingText, plainText(tree.children.filter((node) => node !== titleSplit.title && node.type !== 'yaml')), fm.language) : undefined)
  if (title === undefined) {
    reportMessage(file, 'Unexpected article without title, expected a `# heading` or `title` in front matter', { place: start, ruleId: 'title', level: 'error' })
    return { documents: [] }
  }
  const slug = fm.slug ?? slugify(title)
  if (slug === '') {
    reportMessage(file, `Unexpected title ${quoteText(title)} without letters or digits, expected a title to derive the slug from, or \`slug\` in front matter`, {
      place: titleSplit.title ?? start,
      ruleId: 'title',
      level: 'error',
    })
    return { documents: [] }
  }
  const profileId = `jobProfile.${slug}`
  const ctx: ArticleContext = { file, language: fm.language, country: fm.country, slug, profileId, title }
  // The questions and answers, wherever and however the article asks them; they leave the body.
  const faq = readFaq(
    tree.children.filter((node) => node !== titleSplit.title && node.type !== 'yaml'),
    ctx,
  )
  const split = splitSections({ ...tree, children: tree.children.filter((node) => !faq.consumed.has(node)) }, fm.language)
  const summaryNode = split.intro.find((node): node is Paragraph => node.type === 'paragraph')
  if (!summaryNode) {
    reportMessage(file, 'Unexpected article without intro paragraph, expected a paragraph after the title (it becomes the summary)', {
      place: split.title ?? start,
      ruleId: 'summary',
      level: 'error',
      docId: profileId,
      fieldPath: ['summary'],
    })
    return { documents: [] }
  }
  for (const heading of split.extraTitles)
    reportMessage(file, 'Unexpected second `#` heading, expected one title per article; read as a `##` section', {
      place: heading,
      ruleId: 'title',
      level: 'warning',
      docId: profileId,
    })
  if (fm.datePosted !== undefined)
    reportMessage(file, 'Unexpected `datePosted` for an article, expected it only on vacancies; a job profile has no date field, ignored', {
      place: parsed.keyPoints.get('datePosted'),
      ruleId: 'front-matter',
      level: 'info',
      docId: profileId,
    })
  reportUnmappedSections(split.sections, ctx)

  // The summary is plain text, so its links go; one the export would refuse is reported all the same.
  for (const link of linksIn(summaryNode)) {
    const scheme = unsafeScheme(link.url)
    if (scheme) reportMessage(file, unsafeLinkMessage(link.url, scheme), { place: link, ruleId: 'unsupported-markdown', level: 'warning', docId: profileId, fieldPath: ['summary'] })
  }
  const summary = plainText(summaryNode)
  const organization = organizationDocument(fm.organization, fm.organizationUrl, toPosition(file, parsed.keyPoints.get('organization')))
  const orgId = String(organization.value._id)
  const positions = new Map<string, Position>()
  const at = (path: string, node: Node | Point | undefined) => {
    const position = toPosition(file, node)
    if (position) positions.set(path, position)
  }
  for (const key of ['country', 'language', 'iscoCode', 'slug', 'alternativeTitles'] as const) at(key, parsed.keyPoints.get(key))
  at('publisher', parsed.keyPoints.get('organization'))
  at('title', fm.title !== undefined ? parsed.keyPoints.get('title') : split.title)
  at('summary', summaryNode)

  // Salary tiers
  const tierDrafts = extractSalaryTiers(split.sections, ctx)
  const tiers: RawDocument[] = tierDrafts.map((tier, i) => {
    const id = `salaryTier.${slug}.${tier.levelSlug}`
    const fieldPositions = new Map<string, Position>()
    const levelPosition = toPosition(file, tier.node)
    if (levelPosition) fieldPositions.set('level', levelPosition)
    tier.amounts.forEach((amount, j) => {
      const position = toPosition(file, amount.node)
      if (position) fieldPositions.set(`amounts[${j}]`, position)
    })
    at(`salaryTiers[${i}]`, tier.node)
    return {
      value: {
        _id: id,
        _type: 'salaryTier',
        level: tier.level,
        rank: tier.rank,
        amounts: tier.amounts.map(({ period, node: _node, ...numbers }) => ({
          _key: stableKey(`${id}|amounts|${period}`),
          _type: 'jobldSalaryAmount',
          period,
          ...numbers,
        })),
        basis: tier.basis,
        currency: tier.currency,
        ...(tier.statistic ? { statistic: tier.statistic } : {}),
        ...(tier.hoursPerWeek !== undefined ? { hoursPerWeek: tier.hoursPerWeek } : {}),
      },
      ...withPosition(toPosition(file, tier.node)),
      fieldPositions,
    }
  })

  // FAQ
  const faqDocs: RawDocument[] = []
  for (const entry of faq.entries) {
    const id = `faqEntry.${slug}.${entry.n}`
    const answer = mdastToPortableText(entry.answer, { file, docId: id, fieldPath: ['answer'], allowTables: false }).filter(isBlock)
    if (answer.length === 0) {
      reportMessage(file, `Unexpected answer to ${quoteText(entry.question)} without text, expected a paragraph or list; left out`, {
        place: entry.questionNode,
        ruleId: 'faq-answer',
        level: 'warning',
        docId: id,
      })
      continue
    }
    const fieldPositions = new Map<string, Position>()
    const q = toPosition(file, entry.questionNode)
    const a = toPosition(file, entry.answer[0])
    if (q) fieldPositions.set('question', q)
    if (a) fieldPositions.set('answer', a)
    at(`faq[${faqDocs.length}]`, entry.questionNode)
    faqDocs.push({
      value: { _id: id, _type: 'faqEntry', question: entry.question, answer, language: fm.language },
      ...withPosition(q),
      fieldPositions,
    })
  }

  // Fields from the other sections
  const specialisations = extractNamedItems(sectionsOfKind(split.sections, 'kinds'), ctx, 'specialisations')
  const competencies = extractNamedItems(sectionsOfKind(split.sections, 'competencies'), ctx, 'competencies')
  const tasks = extractListItems(sectionsOfKind(split.sections, 'tasks'), ctx, 'tasks')
  const whereSections = sectionsOfKind(split.sections, 'where')
  const sectors = whereSections.length > 0 ? extractListItems(whereSections, ctx, 'sectors') : []
  const education = extractEducation(sectionsOfKind(split.sections, 'education'))
  const workplaces = extractWorkplaces(whereSections)
  const facts = extractFacts(sectionsOfKind(split.sections, 'facts'), ctx)
  specialisations.forEach((item, i) => at(`specialisations[${i}]`, item.node))
  competencies.forEach((item, i) => at(`competencies[${i}]`, item.node))
  tasks.forEach((item, i) => at(`tasks[${i}]`, item.node))
  sectors.forEach((item, i) => at(`sectors[${i}]`, item.node))
  at('education', education?.node)
  at('workingConditions.shiftWork', facts.shiftWork?.node)
  at('workingConditions.workplaces', workplaces?.node)
  at('certificates', facts.certificates?.node)

  // Body: everything but the title, the summary and the questions and answers.
  const bodyNodes: RootContent[] = split.intro.filter((node) => node !== summaryNode)
  const addSection = (section: Section) => {
    bodyNodes.push(section.heading, ...section.nodes)
    section.children.forEach(addSection)
  }
  split.sections.forEach(addSection)
  const body = mdastToPortableText(bodyNodes, { file, docId: profileId, fieldPath: ['body'], allowTables: true })
  at('body', bodyNodes[0])

  const alternativeTitles = fm.alternativeTitles ?? extractAlternativeTitles(summary, title)
  const workingConditions = {
    ...(facts.shiftWork ? { shiftWork: facts.shiftWork.value } : {}),
    ...(workplaces ? { workplaces: workplaces.workplaces } : {}),
  }
  const profile: RawDocument = {
    value: documentValue(jobProfile, profileId, {
      // The keys that fill a field as they are (the declaration's `field`); the others are made here.
      ...directFields(jobProfile, fm),
      title,
      slug: { _type: 'slug', current: slug },
      alternativeTitles: alternativeTitles.length > 0 ? alternativeTitles : undefined,
      summary,
      body: body.length > 0 ? body : undefined,
      specialisations:
        specialisations.length > 0
          ? specialisations.map((item, i) => ({
              _key: stableKey(`${profileId}|specialisations|${i}`),
              _type: 'jobldSpecialisation',
              name: item.name,
              ...(item.detail ? { description: item.detail } : {}),
            }))
          : undefined,
      tasks: tasks.length > 0 ? tasks.map((item) => item.text) : undefined,
      competencies:
        competencies.length > 0
          ? competencies.map((item, i) => ({
              _key: stableKey(`${profileId}|competencies|${i}`),
              _type: 'jobldCompetency',
              name: item.name,
              ...(item.detail ? { explanation: item.detail } : {}),
            }))
          : undefined,
      education: education
        ? {
            _type: 'jobldEducation',
            levels: education.levels,
            ...(education.levelFields.length > 0
              ? {
                  levelFields: education.levelFields.map((entry) => ({
                    _key: stableKey(`${profileId}|education.levelFields|${entry.level}`),
                    _type: 'jobldLevelFields',
                    ...entry,
                  })),
                }
              : {}),
          }
        : undefined,
      sectors: sectors.length > 0 ? sectors.map((item) => item.text) : undefined,
      workingConditions: Object.keys(workingConditions).length > 0 ? { _type: 'jobldWorkingConditions', ...workingConditions } : undefined,
      certificates: facts.certificates && facts.certificates.values.length > 0 ? facts.certificates.values : undefined,
      salaryTiers: tiers.length > 0 ? tiers.map((tier) => reference(String(tier.value._id))) : undefined,
      faq: faqDocs.length > 0 ? faqDocs.map((entry) => reference(String(entry.value._id))) : undefined,
      publisher: { _type: 'reference', _ref: orgId },
    }),
    ...withPosition(toPosition(file, split.title ?? start)),
    fieldPositions: positions,
  }
  const translation =
    fm.translationOf === undefined
      ? []
      : [translationMetadataDocument('jobProfile', profileId, fm.language, `jobProfile.${fm.translationOf}`, toPosition(file, parsed.keyPoints.get('translationOf')))]
  const documents = [profile, ...tiers, ...faqDocs, organization, ...translation]
  return { documents: documents.sort(compareById) }
}

const withPosition = (position: Position | undefined) => (position ? { position } : {})

/** The links inside a paragraph, in order. */
function linksIn(node: Paragraph): Link[] {
  const out: Link[] = []
  const visit = (children: ReadonlyArray<PhrasingContent>) => {
    for (const child of children) {
      if (child.type === 'link') out.push(child)
      if ('children' in child) visit(child.children)
    }
  }
  visit(node.children)
  return out
}

/** Reports sections no field maps and that are not known to be body-only (a table of contents, a day at work). */
function reportUnmappedSections(sections: ReadonlyArray<Section>, ctx: ArticleContext) {
  for (const section of sections) {
    if (section.kind === 'other')
      reportMessage(ctx.file, `Unexpected section ${quoteText(section.title)}, expected a known section (salaris, taken, competenties, opleiding, FAQ, …); kept in body only`, {
        place: section.heading,
        ruleId: 'section',
        level: 'info',
        docId: ctx.profileId,
        fieldPath: ['body'],
      })
    else reportUnmappedSections(section.children, ctx)
  }
}

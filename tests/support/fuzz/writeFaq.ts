import type { Language } from '../../../scripts/core/constants.ts'
import type { FaqMarkup } from './recipe.ts'
import type { Choice, Page } from './page.ts'

/** One question and its answer, as the article gives them. */
export interface FaqFact {
  question: string
  /** The answer's first paragraph. */
  answer: string
  /** A second paragraph, or a list, after it. */
  more: { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] } | undefined
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const moreMarkdown = (more: FaqFact['more'], indent = '') =>
  more === undefined ? [] : more.kind === 'paragraph' ? [`${indent}${more.text}`] : [more.items.map((item) => `${indent}- ${item}`).join('\n')]
const moreHtml = (more: FaqFact['more']) => (more === undefined ? '' : more.kind === 'paragraph' ? `<p>${escapeHtml(more.text)}</p>` : `<ul>${more.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`)

/**
 * Writes a FAQ in one markup: questions as headings (at the usual level, deeper, at the FAQ
 * heading's own level, or under a FAQ heading at the title's level or in bold), bold paragraphs, a
 * bold lead with the answer after it, bullet or numbered items, `<details>` blocks on one line or
 * several, a definition list in HTML or Markdown, "V:/A:" prefixes, or HTML headings.
 * @param page the page to write on
 * @param markup the markup
 * @param heading the FAQ heading's text
 * @param facts the questions and answers
 * @param language the article's language
 * @param choice the wording
 */
export function writeFaq(page: Page, markup: FaqMarkup, heading: string, facts: ReadonlyArray<FaqFact>, language: Language, choice: Choice): void {
  const sectionHeading = () => page.add(`## ${heading}`)
  const questionHeadings = (level: number) => {
    for (const f of facts) {
      page.add(`${'#'.repeat(level)} ${f.question}`)
      page.add(f.answer)
      for (const block of moreMarkdown(f.more)) page.add(block)
    }
  }
  switch (markup) {
    case 'headings':
      sectionHeading()
      questionHeadings(3)
      return
    case 'headings-deeper':
      sectionHeading()
      questionHeadings(4)
      return
    case 'headings-same-level':
      sectionHeading()
      questionHeadings(2)
      return
    case 'headings-under-title-level':
      page.add(`# ${heading}`)
      questionHeadings(2)
      return
    case 'bold-heading-paragraph':
      page.add(`**${heading}**`)
      questionHeadings(3)
      return
    case 'bold-questions':
      sectionHeading()
      for (const f of facts) {
        page.add(choice.chance(0.5) ? `**${f.question}**` : `*${f.question}*`)
        page.add(f.answer)
        for (const block of moreMarkdown(f.more)) page.add(block)
      }
      return
    case 'bold-lead':
      sectionHeading()
      for (const f of facts) {
        page.add(choice.chance(0.5) ? `**${f.question}** ${f.answer}` : `**${f.question}**\n${f.answer}`)
        for (const block of moreMarkdown(f.more)) page.add(block)
      }
      return
    case 'bullets': {
      sectionHeading()
      const loose = facts.some((f) => f.more !== undefined) || choice.chance(0.5)
      const items = facts.map((f) =>
        loose ? [`- **${f.question}**`, '', `  ${f.answer}`, ...moreMarkdown(f.more, '  ').flatMap((b) => ['', b.replaceAll('\n', '\n  ')])].join('\n') : `- **${f.question}** ${f.answer}`,
      )
      page.add(items.join(loose ? '\n\n' : '\n'))
      return
    }
    case 'numbered': {
      sectionHeading()
      const items = facts.map((f, i) => [`${i + 1}. ${f.question}`, '', `   ${f.answer}`, ...moreMarkdown(f.more, '   ').flatMap((b) => ['', b.replaceAll('\n', '\n   ')])].join('\n'))
      page.add(items.join('\n\n'))
      return
    }
    case 'details-one-line':
      sectionHeading()
      for (const f of facts) page.add(`<details><summary>${escapeHtml(f.question)}</summary><p>${escapeHtml(f.answer)}</p>${moreHtml(f.more)}</details>`)
      return
    case 'details-multiline':
      sectionHeading()
      for (const f of facts) {
        page.add(`<details>\n<summary>${escapeHtml(f.question)}</summary>`)
        page.add(f.answer)
        for (const block of moreMarkdown(f.more)) page.add(block)
        page.add('</details>')
      }
      return
    case 'definition-list-html':
      sectionHeading()
      page.add(['<dl>', ...facts.flatMap((f) => [`  <dt>${escapeHtml(f.question)}</dt>`, `  <dd>${escapeHtml(f.answer)}${f.more ? ` ${moreHtml(f.more)}` : ''}</dd>`]), '</dl>'].join('\n'))
      return
    case 'definition-list-markdown':
      sectionHeading()
      for (const f of facts) {
        page.add(`${f.question}\n: ${f.answer}`)
        for (const block of moreMarkdown(f.more)) page.add(block)
      }
      return
    case 'question-answer-prefix': {
      sectionHeading()
      const [q, a] = language === 'nl' ? choice.pick([['V:', 'A:'], ['Vraag:', 'Antwoord:']]) : choice.pick([['Q:', 'A:'], ['Question:', 'Answer:']])
      for (const f of facts) {
        page.add(choice.chance(0.5) ? `**${q}** ${f.question}\n**${a}** ${f.answer}` : `**${q} ${f.question}**\n\n${a} ${f.answer}`)
        for (const block of moreMarkdown(f.more)) page.add(block)
      }
      return
    }
    case 'html-headings':
      sectionHeading()
      page.add(facts.map((f) => `<h3>${escapeHtml(f.question)}</h3>\n<p>${escapeHtml(f.answer)}</p>${f.more ? `\n${moreHtml(f.more)}` : ''}`).join('\n'))
      return
  }
}

import type { Heading, Root, RootContent } from 'mdast'
import type { Language } from '../../core/constants.ts'
import { classifySection } from './classifySection.ts'
import { plainText } from './plainText.ts'
import type { SectionKind } from './sectionKeywords.ts'

/** A part of an article under one heading, with its subsections. */
export interface Section {
  heading: Heading
  /** The heading as plain text. */
  title: string
  kind: SectionKind
  /** Content before the first subsection. */
  nodes: RootContent[]
  children: Section[]
}

/** An article split at its headings. */
export interface SplitArticle {
  /** The first level-1 heading, if any. */
  title: Heading | undefined
  /** Content between the title and the first section. */
  intro: RootContent[]
  sections: Section[]
  /** Level-1 headings after the first, handled as sections. */
  extraTitles: Heading[]
}

/**
 * Splits an article at its headings into a tree of sections and gives each a kind:
 * its own by its heading, else its parent's. Subsections of an FAQ section are its
 * questions and get no kind of their own.
 * @param tree the Markdown syntax tree
 * @param language the article's language, for the heading keywords
 * @returns title, intro and sections
 */
export function splitSections(tree: Root, language: Language): SplitArticle {
  const out: SplitArticle = { title: undefined, intro: [], sections: [], extraTitles: [] }
  const stack: Section[] = []
  for (const node of tree.children) {
    if (node.type === 'yaml') continue
    if (node.type === 'heading' && node.depth === 1 && out.title === undefined && out.sections.length === 0) {
      out.title = node
      continue
    }
    if (node.type === 'heading') {
      if (node.depth === 1) out.extraTitles.push(node)
      const depth = Math.max(node.depth, 2)
      while (stack.length > 0 && (stack[stack.length - 1]?.heading.depth ?? 0) >= depth) stack.pop()
      const parent = stack[stack.length - 1]
      const title = plainText(node)
      const own = classifySection(title, language)
      const kind: SectionKind = parent?.kind === 'faq' ? 'faq' : own !== 'other' ? own : (parent?.kind ?? 'other')
      const section: Section = { heading: { ...node, depth: depth as Heading['depth'] }, title, kind, nodes: [], children: [] }
      if (parent) parent.children.push(section)
      else out.sections.push(section)
      stack.push(section)
      continue
    }
    const current = stack[stack.length - 1]
    if (current) current.nodes.push(node)
    else out.intro.push(node)
  }
  return out
}

import type { SectionKind } from './sectionKeywords.ts'
import type { Section } from './splitSections.ts'

/**
 * Every section (at any depth) of one kind, in document order.
 * @param sections the top-level sections
 * @param kind the kind wanted
 * @returns the matching sections; each one's `nodes` are its own content only
 */
export function sectionsOfKind(sections: ReadonlyArray<Section>, kind: SectionKind): Section[] {
  const out: Section[] = []
  const visit = (section: Section) => {
    if (section.kind === kind) out.push(section)
    for (const child of section.children) visit(child)
  }
  for (const section of sections) visit(section)
  return out
}

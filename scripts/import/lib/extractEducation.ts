import type { Nodes } from 'mdast'
import type { EducationLevel } from '../../core/constants.ts'
import { educationLevelKeys } from '../../core/constants.ts'
import { plainText } from './plainText.ts'
import type { Section } from './splitSections.ts'

/** Education levels and fields of study read from an article. */
export interface EducationDraft {
  levels: EducationLevel[]
  /** The fields of study each level is named with, in the order of the levels; a level named without fields has none. */
  levelFields: Array<{ level: EducationLevel; fieldsOfStudy: string[] }>
  /** The first paragraph or list item that names a level. */
  node: Nodes
}

/**
 * How texts name each level. The keys are Dutch levels (see core/constants.ts); English
 * wording maps to the Dutch level with the same Google credential category: a bachelor's
 * degree to hbo (a university bachelor says "university", which maps to wo).
 */
const levelWords = {
  vmbo: /\bvmbo/iu,
  // "High school" names no single Dutch level; havo, the middle one, shares Google's category with the others.
  havo: /\bhavo|\bhigh\s+school|\bsecondary\s+school/iu,
  vwo: /\bvwo/iu,
  mbo: /\bmbo|\bvocational\b/iu,
  ad: /\bassociate\s+degree|\bad-(?:opleiding|programma)/iu,
  hbo: /\bhbo|\bbachelor/iu,
  wo: /\bwo\b|\bwo-|\buniversit/iu,
  master: /\bmaster/iu,
} as const satisfies Record<EducationLevel, RegExp>

// What introduces the fields of study after a level: longest first, so "in de richting van" wins over "in".
const fieldsIntro = /\b(?:in\s+de\s+richting\s+van|in\s+de\s+richting|richting|bijvoorbeeld(?:\s+in)?|zoals|such\s+as|for\s+example(?:\s+in)?|e\.g\.|like|in)\s+/iu
// What may stand between two levels named together: "mbo of hbo", "hbo- en wo-", "vmbo/havo".
const coordinated = /^[\s\u00a0]*[-–]?[\s\u00a0]*(?:,|\/|of|en|or|and|en\/of|and\/or)?[\s\u00a0]*(?:een\s+|a\s+|an\s+)?$/iu
// A list of fields ends where the sentence goes on ("…, is een pluspunt", "… helps").
const verbs = 'is|zijn|geldt|gelden|wordt|worden|helpt|telt|kan|kun|past|are|counts?|helps?|matters?|works?|will|would|can|may'
const sentenceGoesOn = new RegExp(`^(?:${verbs})\\b`, 'iu')
const verbInside = new RegExp(`\\s+(?:${verbs})\\b.*$`, 'iu')

/** The fields of study a sentence lists after its level: "mbo in de richting van a, b of c" → a, b, c. */
function fieldsIn(text: string, from: number): string[] {
  const rest = text.slice(from)
  const intro = fieldsIntro.exec(rest)
  if (!intro) return []
  const list = rest.slice(intro.index + intro[0].length).split(/[.;:()]/u)[0] ?? ''
  const out: string[] = []
  for (const raw of list.split(/,\s*|\s+(?:of|en|or|and)\s+/iu)) {
    const part = raw.trim()
    if (part === '' || sentenceGoesOn.test(part)) break
    const cut = part.replace(verbInside, '').trim()
    if (cut === '' || cut.split(/\s+/u).length > 4) break
    out.push(cut)
    if (cut !== part) break
  }
  return out
}

/**
 * Reads the education levels (mbo, hbo, …) and fields of study an article's education
 * section names: each paragraph or list item that names a level adds it, and the fields
 * listed after it ("in de richting van …", "bijvoorbeeld …", "such as …") go with the levels
 * that paragraph or item names, so the hbo fields do not become mbo fields.
 * @param sections the education sections
 * @returns levels in the order of the Dutch system, each with its fields in the order named, or undefined when no level is named
 */
export function extractEducation(sections: ReadonlyArray<Section>): EducationDraft | undefined {
  const blocks: Nodes[] = []
  const collect = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'tableRow') blocks.push(node)
    else if ('children' in node) for (const child of node.children) collect(child)
  }
  for (const section of sections) for (const node of section.nodes) collect(node)
  const levels = new Set<EducationLevel>()
  const fields = new Map<EducationLevel, string[]>()
  let first: Nodes | undefined
  for (const block of blocks) {
    const text = plainText(block)
    const found = educationLevelKeys
      .flatMap((level) => {
        const match = levelWords[level].exec(text)
        return match ? [{ level, index: match.index, end: match.index + match[0].length }] : []
      })
      .sort((a, b) => a.index - b.index)
    if (found.length === 0) continue
    first ??= block
    // Levels named together ("mbo of hbo", "hbo- of wo-opleiding") share the fields after them;
    // otherwise the fields go with the level named last before them ("high school is enough; a vocational course such as …").
    const groups: Array<typeof found> = []
    for (const f of found) {
      const group = groups[groups.length - 1]
      const last = group?.[group.length - 1]
      if (group && last && coordinated.test(text.slice(last.end, f.index))) group.push(f)
      else groups.push([f])
    }
    groups.forEach((group, g) => {
      const from = group[0]?.index ?? 0
      const to = groups[g + 1]?.[0]?.index ?? text.length
      const named = fieldsIn(text.slice(0, to), from)
      for (const f of group) {
        levels.add(f.level)
        const own = fields.get(f.level) ?? []
        for (const field of named) if (!own.some((o) => o.toLowerCase() === field.toLowerCase())) own.push(field)
        fields.set(f.level, own)
      }
    })
  }
  if (!first) return undefined
  const ordered = educationLevelKeys.filter((level) => levels.has(level))
  return {
    levels: ordered,
    levelFields: ordered.flatMap((level) => {
      const own = fields.get(level) ?? []
      return own.length > 0 ? [{ level, fieldsOfStudy: own }] : []
    }),
    node: first,
  }
}

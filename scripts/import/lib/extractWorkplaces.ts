import type { Nodes } from 'mdast'
import { workplaceValues } from '../../core/constants.ts'
import { plainText } from './plainText.ts'
import type { Section } from './splitSections.ts'

type Workplace = (typeof workplaceValues)[number]

const workplaceWords = {
  onsite: /\bop\s+(?:kantoor|locatie|de\s+werkvloer)|\bon[-\s]?site\b|\b(?:in|at)\s+the\s+office\b/iu,
  hybrid: /\bhybride?\b|\bhybrid\b/iu,
  remote: /\bvanuit\s+huis|\bthuis(?:werk|\s+werk|\b)|\bop\s+afstand\b|\bremote(?:ly)?\b|\bfrom\s+home\b/iu,
} as const satisfies Record<Workplace, RegExp>

/**
 * Reads where the work is done (on site, hybrid, remote) from the text of the sections
 * about where people in the job work.
 * @param sections the "where" sections
 * @returns the workplaces the text names, in the model's order, with the first paragraph naming one
 */
export function extractWorkplaces(sections: ReadonlyArray<Section>): { workplaces: Workplace[]; node: Nodes } | undefined {
  let node: Nodes | undefined
  const found = new Set<Workplace>()
  for (const section of sections)
    for (const block of section.nodes) {
      const text = plainText(block)
      for (const workplace of workplaceValues)
        if (workplaceWords[workplace].test(text)) {
          found.add(workplace)
          node ??= block
        }
    }
  if (!node) return undefined
  return { workplaces: workplaceValues.filter((w) => found.has(w)), node }
}

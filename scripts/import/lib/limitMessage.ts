import { limitDefinitions, type LimitName, type Limits } from '../../core/limits.ts'

const count = (n: number) => n.toLocaleString('en')

/**
 * Words a limit that an input is over: what was found, the limit, its name and the variable that
 * raises it ("Unexpected front matter with 1,200 keys, expected at most 1,000 keys
 * (frontMatterKeys); raise the limit with JOBLD_MAX_FRONT_MATTER_KEYS").
 * @param what the thing and how it relates to the count ("Markdown file of", "front matter with")
 * @param found how much was found
 * @param unit what is counted ("bytes", "keys")
 * @param name the limit
 * @param limits the limits in force
 * @returns the sentence
 */
export function limitMessage(what: string, found: number, unit: string, name: LimitName, limits: Limits): string {
  return `Unexpected ${what} ${count(found)} ${unit}, expected at most ${count(limits[name])} ${unit} (${name}); raise the limit with ${limitDefinitions[name].env}`
}

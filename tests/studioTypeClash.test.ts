/**
 * The bare `plugins: [jobld()]` in a Studio that already has a type of one of jobld's names,
 * resolved as the Studio resolves its configuration (Sanity's own resolveSchemaTypes and
 * createSchema): a type from a plugin listed before jobld stops in jobld's words; the Studio's own
 * types Sanity reads after every plugin's, so there its duplicate message is what stops.
 */
import { createSchema, defineField, definePlugin, defineType, resolveSchemaTypes, type SchemaTypeDefinition } from 'sanity'
import { describe, expect, it } from 'vitest'
import { jobld } from '../studio/plugin/index.ts'

const organization = defineType({ name: 'organization', type: 'document', fields: [defineField({ name: 'name', type: 'string', validation: (rule) => rule.required() })] })
const post = defineType({ name: 'post', type: 'document', fields: [defineField({ name: 'title', type: 'string' })] })
const seo = definePlugin({ name: 'seo-organization', schema: { types: [organization] } })

/** The Studio's types as Sanity resolves them, or the message that stopped it (the cause Sanity wraps). */
function resolve(plugins: ReturnType<typeof seo>[], types: SchemaTypeDefinition[] = []): { types: SchemaTypeDefinition[] } | { message: string } {
  try {
    return { types: resolveSchemaTypes({ config: { name: 'default', plugins, schema: { types } }, context: { projectId: 'p', dataset: 'd' } }) }
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined
    return { message: cause instanceof Error ? cause.message : String(error) }
  }
}

/** Sanity's schema errors, one line per problem: `<type>: <message>`. */
function schemaErrors(types: SchemaTypeDefinition[]): string[] {
  const groups = createSchema({ name: 'default', types })._validation ?? []
  return groups.flatMap((group) => group.problems.filter((problem) => problem.severity === 'error').map((problem) => `${group.path[0]?.name ?? ''}: ${problem.message}`))
}

describe('the bare jobld() beside a type of one of its names', () => {
  it('stops with jobld\'s message naming organizationType and types.organization when a plugin before jobld registers organization', () => {
    expect(resolve([seo(), jobld()])).toEqual({
      message:
        "jobld: Unexpected type \"organization\" registered before jobld's (by a plugin listed before jobld()), expected the name free for jobld's organization type: give jobld({ organizationType: 'organization' }) to use that type as the organisation (checked when the Studio starts), or jobld({ types: { organization: 'jobldOrganization' } }) to register jobld's under another name",
    })
  })

  it('names types.<type> for another document type of jobld\'s', () => {
    const profiles = definePlugin({ name: 'profiles', schema: { types: [defineType({ name: 'jobProfile', type: 'document', fields: [defineField({ name: 'title', type: 'string' })] })] } })
    expect(resolve([profiles(), jobld()])).toEqual({
      message:
        "jobld: Unexpected type \"jobProfile\" registered before jobld's (by a plugin listed before jobld()), expected the name free for jobld's jobProfile type: give jobld({ types: { jobProfile: 'jobldJobProfile' } }) to register jobld's under another name",
    })
  })

  it('builds a schema without errors with either option the message names', () => {
    for (const options of [{ organizationType: 'organization' }, { types: { organization: 'jobldOrganization' } }]) {
      const resolved = resolve([seo(), jobld(options)], [post])
      expect('types' in resolved ? schemaErrors(resolved.types) : resolved).toEqual([])
    }
  })

  it("cannot see the Studio's own types, which Sanity reads after every plugin's: there Sanity's duplicate message stops", () => {
    const resolved = resolve([jobld()], [organization, post])
    expect('types' in resolved ? schemaErrors(resolved.types) : resolved).toEqual([
      'organization: Invalid type name: A type with name "organization" is already defined in the schema.',
    ])
  })
})

import { createSchema, defineField, defineType, type SchemaTypeDefinition } from 'sanity'
import { describe, expect, it } from 'vitest'
import { jobldSchemaTypes } from '../schemas/index.ts'
import { ownOrganizationProblems } from '../studio/plugin/ownOrganizationProblems.ts'
import { resolveJobldOptions } from '../studio/plugin/options.ts'

/** A Studio's schema as Sanity compiles it: jobld's types (with organizationType "company") and the Studio's own company type. */
function studioWith(company: SchemaTypeDefinition) {
  const types = [...jobldSchemaTypes(resolveJobldOptions({ organizationType: 'company' })), company]
  return createSchema({ name: 'studio', types })
}

const required = defineField({ name: 'name', type: 'string', validation: (rule) => rule.required() })

describe("the Studio's own organisation type, checked when the Studio starts", () => {
  it('passes a document type with a required name and a logo that is an image', () => {
    const company = defineType({ name: 'company', type: 'document', fields: [required, defineField({ name: 'logo', type: 'image' }), defineField({ name: 'vat', type: 'string' })] })
    expect(ownOrganizationProblems(studioWith(company), 'company')).toEqual([])
  })

  it('passes a logo that is a URL field, and a logoUrl that is one', () => {
    const company = defineType({ name: 'company', type: 'document', fields: [required, defineField({ name: 'logo', type: 'url' }), defineField({ name: 'logoUrl', type: 'url' })] })
    expect(ownOrganizationProblems(studioWith(company), 'company')).toEqual([])
  })

  it('says that name must be required when the Studio leaves it optional', () => {
    const company = defineType({ name: 'company', type: 'document', fields: [defineField({ name: 'name', type: 'string' })] })
    expect(ownOrganizationProblems(studioWith(company), 'company')).toEqual([
      'Unexpected optional company → name, expected it required (validation: (rule) => rule.required()): the export refuses an organisation without it',
    ])
  })

  it('says that name is missing, and that a logo the export cannot read is one', () => {
    const company = defineType({ name: 'company', type: 'document', fields: [defineField({ name: 'title', type: 'string' }), defineField({ name: 'logo', type: 'file' })] })
    expect(ownOrganizationProblems(studioWith(company), 'company')).toEqual([
      'Unexpected company without a field name, expected a required string field name: the export refuses an organisation without it',
      'Unexpected company → logo of type file, expected a field of type image or url: the export reads logo as jobld\'s organisation type has it',
    ])
  })

  it('says when organizationType names no document type of the Studio', () => {
    const company = defineType({ name: 'company', type: 'object', fields: [required] })
    expect(ownOrganizationProblems(studioWith(company), 'company')).toEqual(['Unexpected organizationType "company", a object type, expected a document type'])
    expect(ownOrganizationProblems(studioWith(company), 'firm')).toEqual([
      'Unexpected organizationType "firm": the Studio has no type of that name, expected the name of its own organisation document type',
    ])
  })
})

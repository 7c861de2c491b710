/**
 * The job profile of the rules' examples: the cook, in Dutch, in the Netherlands, published by
 * organization.a, with what an example changes of it (its tiers, FAQ entries, publisher).
 * @param fields what the example changes
 * @returns the profile document
 */
export function exampleProfile(fields: Readonly<Record<string, unknown>> = {}): Readonly<Record<string, unknown>> {
  return { _id: 'jobProfile.a', _type: 'jobProfile', slug: { _type: 'slug', current: 'kok' }, language: 'nl', country: 'NL', publisher: { _ref: 'organization.a' }, ...fields }
}

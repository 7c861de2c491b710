import { z } from 'zod'
import { HttpUrl, systemFields } from './common.ts'

/** A publisher or employer (schema.org Organization). */
export const OrganizationDoc = z.object({
  ...systemFields,
  /** Fingerprint the importer stores (hidden in the Studio). */
  importHash: z.string().optional(),
  _type: z.literal('organization'),
  name: z.string().trim().min(1),
  url: HttpUrl.optional(),
  logo: HttpUrl.optional(),
  sameAs: z.array(HttpUrl).optional(),
})
export type OrganizationDoc = z.infer<typeof OrganizationDoc>

import { z } from 'zod'
import { expectedHint } from '../messages/expectedHint.ts'
import { HttpUrl, SanityImage, systemFields } from './common.ts'

/** A publisher or employer (schema.org Organization). */
export const OrganizationDoc = z.object({
  ...systemFields,
  /** Fingerprint the importer stores (hidden in the Studio). */
  importHash: z.string().optional(),
  _type: z.literal('organization'),
  name: z.string().trim().min(1),
  url: HttpUrl.optional(),
  /** The logo: an image uploaded to Sanity (published as its CDN URL), or the URL of an image. */
  logo: z.union([HttpUrl, SanityImage], { error: expectedHint('logo') }).optional(),
  /** The URL of a logo kept elsewhere, for a Studio whose `logo` is an image field; `logo` wins when both are set. */
  logoUrl: HttpUrl.optional(),
  sameAs: z.array(HttpUrl).optional(),
})
export type OrganizationDoc = z.infer<typeof OrganizationDoc>

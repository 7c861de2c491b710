import { z } from 'zod'
import { languages, maxIdLength } from '../constants.ts'
import { expectedHint } from '../messages/expectedHint.ts'
import { imageAssetRefPattern } from '../readImageAsset.ts'
import { patterns } from './patterns.ts'

/**
 * A Sanity document id: letters, digits, `_` and `-` in path segments separated by `.`, no
 * segment starting with `-` (https://www.sanity.io/docs/ids). The Content Lake refuses any
 * other id, and ids reach the output (`urn:jobld:<_id>` identifiers, the manifest), so an
 * NDJSON file with a space, markup or a bidi override in an id is refused too.
 */
const documentIdPattern = /^[A-Za-z0-9_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_][A-Za-z0-9_-]*)*$/

/** Fields every Sanity document has; `_rev` and timestamps are set by the Content Lake. */
export const systemFields = {
  _id: z.string().min(1).regex(documentIdPattern, expectedHint('documentId')),
  _rev: z.string().optional(),
  _createdAt: z.string().optional(),
  _updatedAt: z.string().optional(),
}

/** A strong or weak reference to another document, as Sanity stores it. */
export const Reference = z.object({
  _type: z.literal('reference'),
  _ref: z.string().min(1).max(maxIdLength),
  _key: z.string().optional(),
  _weak: z.boolean().optional(),
})
export type Reference = z.infer<typeof Reference>

/** A reference inside an array: Sanity gives every array item a `_key`. */
export const KeyedReference = Reference.extend({ _key: z.string().min(1) })

/** Sanity's slug object. */
export const Slug = z.object({ _type: z.literal('slug'), current: z.string().min(1) })

/**
 * A Sanity image as an image field stores it: its asset reference names the file
 * (`image-<id>-<width>x<height>-<format>`). Sanity also keeps the editor's crop and hotspot; the
 * export publishes the image as uploaded, so they are not read. An image field whose file was
 * removed holds no asset: no image.
 */
export const SanityImage = z.object({
  _type: z.string().min(1),
  asset: z.object({ _type: z.literal('reference').optional(), _ref: z.string().regex(imageAssetRefPattern, expectedHint('imageAsset')) }).optional(),
})
export type SanityImage = z.infer<typeof SanityImage>

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().regex(patterns.countryCode.regex, expectedHint(patterns.countryCode.hint))

/** Content language. */
export const Language = z.enum(languages)

/** An absolute http(s) URL. */
export const HttpUrl = z.url({ protocol: /^https?$/, error: expectedHint('httpUrl') })

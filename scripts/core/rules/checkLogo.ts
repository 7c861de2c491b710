import { googleLogoFormats, googleLogoMinPixels } from '../jsonld/googleConstants.ts'
import { readImageAsset, type ImageAsset } from './readImageAsset.ts'
import type { Violation } from './violation.ts'

const logoFormats: ReadonlySet<string> = new Set(googleLogoFormats)

/** Image file extensions a URL may end in; any other ending says nothing about the format. */
const imageExtensions: ReadonlySet<string> = new Set([...googleLogoFormats, 'tif', 'tiff', 'heic', 'heif', 'ico', 'jxl', 'psd'])

/** A Sanity CDN image URL: `https://cdn.sanity.io/images/<projectId>/<dataset>/<id>-<width>x<height>.<format>`. */
const cdnImagePattern = /^https:\/\/cdn\.sanity\.io\/images\/[^/]+\/[^/]+\/([A-Za-z0-9]+)-([1-9]\d{0,5})x([1-9]\d{0,5})\.([a-z0-9]{1,8})(?:[?#]|$)/

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What a logo's URL or asset reference tells about the file: its format, and its size when Sanity stores it. */
function logoFile(logo: unknown): Partial<ImageAsset> | undefined {
  if (isRecord(logo)) return isRecord(logo.asset) && typeof logo.asset._ref === 'string' ? readImageAsset(logo.asset._ref) : undefined
  if (typeof logo !== 'string') return undefined
  const cdn = cdnImagePattern.exec(logo)
  if (cdn) return readImageAsset(`image-${cdn[1]}-${cdn[2]}x${cdn[3]}-${cdn[4]}`)
  const extension = /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(logo)?.[1]?.toLowerCase()
  return extension && imageExtensions.has(extension) ? { format: extension } : undefined
}

/** True for a logo that is set: a URL, or an image with its file (an emptied image field keeps no asset). */
const isSet = (logo: unknown) => (typeof logo === 'string' && logo !== '') || (isRecord(logo) && logo.asset !== undefined)

/**
 * Checks an organisation's logo against what Google can know of it from the asset reference or
 * the URL: a format Google Images reads, and at least 112×112 pixels (Organization structured
 * data, https://developers.google.com/search/docs/appearance/structured-data/organization).
 * Google states no aspect ratio for a logo: a banner fails only by its short side. An SVG scales,
 * so its size is not checked. Also flags a logo given twice (`logo` and `logoUrl`). Reads what
 * it can of a half-filled document, as the Studio's form holds it.
 * @param document the organisation (its `logo`: a URL or a Sanity image; its `logoUrl`: a URL)
 * @returns the violations (warnings: the page is still written, Google may not show the logo)
 */
export function checkLogo(document: unknown): Violation[] {
  if (!isRecord(document)) return []
  const violations: Violation[] = []
  const { logo, logoUrl } = document
  const hasLogo = isSet(logo)
  if (hasLogo && isSet(logoUrl)) violations.push({ code: 'organization.logo_twice', path: ['logoUrl'], params: {} })
  const field = hasLogo ? 'logo' : 'logoUrl'
  const file = logoFile(hasLogo ? logo : logoUrl)
  if (!file?.format) return violations
  if (!logoFormats.has(file.format))
    violations.push({ code: 'organization.logo_format', path: [field], params: { format: file.format, formats: googleLogoFormats.join(', ') } })
  else if (file.format !== 'svg' && file.width !== undefined && file.height !== undefined && Math.min(file.width, file.height) < googleLogoMinPixels)
    violations.push({ code: 'organization.logo_size', path: [field], params: { width: file.width, height: file.height, min: googleLogoMinPixels } })
  return violations
}

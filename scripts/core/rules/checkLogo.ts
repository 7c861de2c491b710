import { googleLogoFormats, googleLogoMinPixels } from '../jsonld/googleConstants.ts'
import { readImageAsset, type ImageAsset } from './readImageAsset.ts'
import type { Violation } from './violation.ts'

/** An organisation's logo fields as the Studio and the export hold them. */
export interface LogoFields {
  /** The URL of an image, or a Sanity image whose asset reference names its file. */
  logo?: string | { asset?: { _ref?: unknown } | undefined } | undefined
  /** The URL of a logo kept elsewhere, used when `logo` is empty. */
  logoUrl?: string | undefined
}

const logoFormats: ReadonlySet<string> = new Set(googleLogoFormats)

/** Image file extensions a URL may end in; any other ending says nothing about the format. */
const imageExtensions: ReadonlySet<string> = new Set([...googleLogoFormats, 'tif', 'tiff', 'heic', 'heif', 'ico', 'jxl', 'psd'])

/** A Sanity CDN image URL: `https://cdn.sanity.io/images/<projectId>/<dataset>/<id>-<width>x<height>.<format>`. */
const cdnImagePattern = /^https:\/\/cdn\.sanity\.io\/images\/[^/]+\/[^/]+\/([A-Za-z0-9]+)-([1-9]\d{0,5})x([1-9]\d{0,5})\.([a-z0-9]{1,8})(?:[?#]|$)/

/** What a logo's URL or asset reference tells about the file: its format, and its size when Sanity stores it. */
function logoFile(logo: NonNullable<LogoFields['logo']>): Partial<ImageAsset> | undefined {
  if (typeof logo !== 'string') return typeof logo.asset?._ref === 'string' ? readImageAsset(logo.asset._ref) : undefined
  const cdn = cdnImagePattern.exec(logo)
  if (cdn) return readImageAsset(`image-${cdn[1]}-${cdn[2]}x${cdn[3]}-${cdn[4]}`)
  const extension = /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(logo)?.[1]?.toLowerCase()
  return extension && imageExtensions.has(extension) ? { format: extension } : undefined
}

/**
 * Checks an organisation's logo against what Google can know of it from the asset reference or
 * the URL: a format Google Images reads, and at least 112×112 pixels (Organization structured
 * data, https://developers.google.com/search/docs/appearance/structured-data/organization).
 * Google states no aspect ratio for a logo: a banner fails only by its short side. An SVG scales,
 * so its size is not checked. Also flags a logo given twice (an image and a URL).
 * @param org the organisation's logo fields
 * @returns the violations (warnings: the page is still written, the logo may not be shown)
 */
export function checkLogo(org: LogoFields): Violation[] {
  const violations: Violation[] = []
  const hasImage = org.logo !== undefined && (typeof org.logo === 'string' || org.logo.asset !== undefined)
  if (hasImage && org.logoUrl) violations.push({ code: 'organization.logo_twice', path: ['logoUrl'], params: {} })
  const field = hasImage ? 'logo' : 'logoUrl'
  const logo = hasImage ? org.logo : org.logoUrl
  const file = logo === undefined ? undefined : logoFile(logo)
  if (!file?.format) return violations
  if (!logoFormats.has(file.format))
    violations.push({ code: 'organization.logo_format', path: [field], params: { format: file.format, formats: googleLogoFormats.join(', ') } })
  else if (file.format !== 'svg' && file.width !== undefined && file.height !== undefined && Math.min(file.width, file.height) < googleLogoMinPixels)
    violations.push({ code: 'organization.logo_size', path: [field], params: { width: file.width, height: file.height, min: googleLogoMinPixels } })
  return violations
}

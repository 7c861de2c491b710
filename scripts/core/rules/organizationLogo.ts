import { googleLogoFormats, googleLogoMinPixels } from '../googleConstants.ts'
import { isRecord } from '../isRecord.ts'
import { text } from '../messages/params.ts'
import { readImageAsset, type ImageAsset } from '../readImageAsset.ts'
import { defineRule } from './declare/defineRule.ts'
import type { Violation } from './declare/types.ts'

type Code = 'organization.logo_format' | 'organization.logo_size' | 'organization.logo_twice'

const logoFormats: ReadonlySet<string> = new Set(googleLogoFormats)
/** Image file extensions a URL may end in; any other ending says nothing about the format. */
const imageExtensions: ReadonlySet<string> = new Set([...googleLogoFormats, 'tif', 'tiff', 'heic', 'heif', 'ico', 'jxl', 'psd'])
/** A Sanity CDN image URL: `https://cdn.sanity.io/images/<projectId>/<dataset>/<id>-<width>x<height>.<format>`. */
const cdnImagePattern = /^https:\/\/cdn\.sanity\.io\/images\/[^/]+\/[^/]+\/([A-Za-z0-9]+)-([1-9]\d{0,5})x([1-9]\d{0,5})\.([a-z0-9]{1,8})(?:[?#]|$)/

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
 * An organisation's logo against what Google can know of it from the asset reference or the URL
 * (https://developers.google.com/search/docs/appearance/structured-data/organization). Google
 * states no aspect ratio: a banner fails only by its short side; an SVG scales, so its size is
 * not checked. Reads what it can of a half-filled document, as the Studio's form holds it.
 */
function checkLogo(document: unknown): Violation<Code>[] {
  if (!isRecord(document)) return []
  const violations: Violation<Code>[] = []
  const { logo, logoUrl } = document
  const hasLogo = isSet(logo)
  if (hasLogo && isSet(logoUrl)) violations.push({ code: 'organization.logo_twice', path: ['logoUrl'], params: {} })
  const field = hasLogo ? 'logo' : 'logoUrl'
  const file = logoFile(hasLogo ? logo : logoUrl)
  if (!file?.format) return violations
  if (!logoFormats.has(file.format)) violations.push({ code: 'organization.logo_format', path: [field], params: { format: file.format, formats: googleLogoFormats.join(', ') } })
  else if (file.format !== 'svg' && file.width !== undefined && file.height !== undefined && Math.min(file.width, file.height) < googleLogoMinPixels)
    violations.push({ code: 'organization.logo_size', path: [field], params: { width: file.width, height: file.height, min: googleLogoMinPixels } })
  return violations
}

const org = (fields: Record<string, unknown>) => ({ _id: 'organization.a', _type: 'organization', name: 'Voorbeeld', ...fields })
const image = (ref: string) => ({ _type: 'image', asset: { _type: 'reference', _ref: ref } })

/** A logo Google can show: a format it reads, large enough, given once; an uploaded one needs the Sanity project to be published. */
export const organizationLogo = defineRule({
  name: 'organizationLogo',
  doc: "An organisation's logo is one Google shows: a format Google Images reads, at least 112×112 pixels, given once (`logo` or `logoUrl`); warnings. An uploaded logo needs the Sanity project it is stored in.",
  severity: 'warning',
  messages: {
    'organization.logo_format': {
      en: (p) => `Unexpected logo format ${text(p, 'format')}, expected one Google Images reads: ${text(p, 'formats')}`,
      nl: (p) => `Google toont geen logo in het formaat ${text(p, 'format')}; gebruik ${text(p, 'formats')}`,
    },
    'organization.logo_size': {
      en: (p) => `Unexpected logo of ${text(p, 'width')}×${text(p, 'height')} pixels, expected at least ${text(p, 'min')}×${text(p, 'min')} (Google's minimum for a logo)`,
      nl: (p) => `Het logo is ${text(p, 'width')}×${text(p, 'height')} pixels; Google toont een logo van minstens ${text(p, 'min')}×${text(p, 'min')} pixels`,
    },
    'organization.logo_twice': {
      en: () => 'Unexpected logoUrl beside logo, expected one of the two (the export publishes logo)',
      nl: () => 'Er is al een logo; de export gebruikt dat en laat deze logo-URL weg. Kies een van de twee',
    },
    'organization.logo_no_project': {
      severity: 'error',
      en: () =>
        'Unexpected Sanity image without the project it is stored in, expected the project id and dataset to publish its URL (jobld export --project-id and --dataset, or SANITY_PROJECT_ID and SANITY_DATASET; the options projectId and dataset of exportJsonLd)',
      nl: () =>
        'Dit logo is een Sanity-afbeelding, maar de export kent het project niet waarin het staat; geef de export het project-id en de dataset (--project-id en --dataset, of SANITY_PROJECT_ID en SANITY_DATASET)',
    },
  },
  // Warnings: in the Studio's form, and in the build's report on the slim form (the page is still written).
  document: [{ type: 'organization', check: checkLogo }],
  across: {
    phase: 'organization',
    order: 10,
    check: (doc, { project }) =>
      doc._type === 'organization' && !project && typeof doc.logo === 'object' && doc.logo.asset
        ? [{ code: 'organization.logo_no_project', docId: doc._id, docType: 'organization', path: ['logo'], params: {} }]
        : [],
  },
  examples: {
    pass: [{ documents: [org({ logoUrl: 'https://www.voorbeeld.example.nl/logo.png' })] }, { documents: [org({ logo: 'https://cdn.sanity.io/images/p1/production/Tb9Ew8-400x400.svg' })] }],
    fail: [
      {
        documents: [org({ logo: 'https://www.voorbeeld.example.nl/logo.tiff', logoUrl: 'https://www.voorbeeld.example.nl/logo.png' })],
        report: [
          'organization.a logo: warning: Unexpected logo format tiff, expected one Google Images reads: jpg, jpeg, png, gif, webp, svg, bmp, avif',
          'organization.a logoUrl: warning: Unexpected logoUrl beside logo, expected one of the two (the export publishes logo)',
        ],
        nl: [
          'organization.a logo: warning: Google toont geen logo in het formaat tiff; gebruik jpg, jpeg, png, gif, webp, svg, bmp, avif',
          'organization.a logoUrl: warning: Er is al een logo; de export gebruikt dat en laat deze logo-URL weg. Kies een van de twee',
        ],
      },
      {
        documents: [org({ logoUrl: 'https://cdn.sanity.io/images/p1/production/Tb9Ew8-300x100.png' })],
        report: ["organization.a logoUrl: warning: Unexpected logo of 300×100 pixels, expected at least 112×112 (Google's minimum for a logo)"],
        nl: ['organization.a logoUrl: warning: Het logo is 300×100 pixels; Google toont een logo van minstens 112×112 pixels'],
      },
      {
        documents: [org({ logo: image('image-Tb9Ew8-400x400-png') })],
        report: [
          'organization.a logo: Unexpected Sanity image without the project it is stored in, expected the project id and dataset to publish its URL (jobld export --project-id and --dataset, or SANITY_PROJECT_ID and SANITY_DATASET; the options projectId and dataset of exportJsonLd)',
        ],
        nl: [
          'organization.a logo: Dit logo is een Sanity-afbeelding, maar de export kent het project niet waarin het staat; geef de export het project-id en de dataset (--project-id en --dataset, of SANITY_PROJECT_ID en SANITY_DATASET)',
        ],
      },
    ],
  },
})

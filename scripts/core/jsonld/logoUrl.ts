import type { OrganizationDoc } from '../model/index.ts'
import { readImageAsset } from '../readImageAsset.ts'
import type { SanityProject } from '../sanityProject.ts'

/**
 * The URL an organisation's logo is published at: a URL as given, or an image uploaded to Sanity
 * at its CDN address `https://cdn.sanity.io/images/<projectId>/<dataset>/<id>-<w>x<h>.<format>`
 * (https://www.sanity.io/docs/image-urls), the image as uploaded. Written here rather than with
 * @sanity/image-url: one template, and that library would add crop parameters and a dependency.
 * @param org the organisation
 * @param project the project and dataset its images are stored in
 * @returns the URL; undefined without a logo, or for an image whose project is unknown (reported by the checks)
 */
export function logoUrl(org: OrganizationDoc, project: SanityProject | undefined): string | undefined {
  const { logo } = org
  if (typeof logo === 'string') return logo
  const asset = logo?.asset ? readImageAsset(logo.asset._ref) : undefined
  if (!asset) return org.logoUrl
  if (!project) return undefined
  return `https://cdn.sanity.io/images/${project.projectId}/${project.dataset}/${asset.id}-${asset.width}x${asset.height}.${asset.format}`
}

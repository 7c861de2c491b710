/** What a Sanity image asset's id says about its file. */
export interface ImageAsset {
  /** The asset's own id (the SHA-1 of the file, as Sanity names uploads). */
  id: string
  width: number
  height: number
  /** The file extension Sanity gives it: `png`, `jpg`, `svg`, … */
  format: string
}

/**
 * Sanity's image asset ids, as an image field's `asset._ref` holds them:
 * `image-<id>-<width>x<height>-<format>` (https://www.sanity.io/docs/image-urls).
 */
export const imageAssetRefPattern = /^image-([A-Za-z0-9]+)-([1-9]\d{0,5})x([1-9]\d{0,5})-([a-z0-9]{1,8})$/

/**
 * Reads an image asset reference.
 * @param ref an `asset._ref` such as `image-Tb9Ew8CXIwaY6R1kjMvI0uRR-400x200-png`
 * @returns its id, size and format, or undefined when it is not an image asset id
 */
export function readImageAsset(ref: string): ImageAsset | undefined {
  const match = imageAssetRefPattern.exec(ref)
  if (!match) return undefined
  const [, id = '', width = '', height = '', format = ''] = match
  return { id, width: Number(width), height: Number(height), format }
}

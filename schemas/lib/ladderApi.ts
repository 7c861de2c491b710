import { salaryTier } from '../../scripts/core/model/salaryTier.ts'

/**
 * How the tier ladder validators query the Content Lake. The drafts perspective overlays
 * drafts on published documents, so an editor is checked against what the others see in the Studio.
 */
export const ladderClientOptions = { apiVersion: '2025-02-19' } as const

/** Client config for the ladder queries; ids in the results are published ids. */
export const ladderPerspective = { perspective: 'drafts' } as const

/**
 * The fields of a salary tier the ladder rules read: its slim fields, as the build's checks across
 * documents read them (scripts/core/model/salaryTier.ts marks them).
 */
export const tierProjection = Object.keys(salaryTier.slimSchema.shape)
  .filter((field) => field !== '_type')
  .join(', ')

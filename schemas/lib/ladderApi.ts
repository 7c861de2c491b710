/**
 * How the tier ladder validators query the Content Lake. The drafts perspective overlays
 * drafts on published documents, so an editor is checked against what the others see in the Studio.
 */
export const ladderClientOptions = { apiVersion: '2025-02-19' } as const

/** Client config for the ladder queries; ids in the results are published ids. */
export const ladderPerspective = { perspective: 'drafts' } as const

/** The fields of a salary tier the ladder rules read (see readTier). */
export const tierProjection = '_id, level, rank, currency, basis, hoursPerWeek, amounts'

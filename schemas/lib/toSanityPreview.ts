import type { PreviewConfig } from 'sanity'
import type { PreviewDeclaration } from '../../scripts/core/model/declare/types.ts'
import { studioLanguage } from './studioLanguage.ts'

/**
 * A preview as Sanity takes it: the model's `prepare` worded in the Studio's language (Sanity
 * prepares previews outside React, so the language comes from studioLanguage()).
 * @param preview the model's preview
 * @returns Sanity's preview config
 */
export function toSanityPreview(preview: PreviewDeclaration): PreviewConfig {
  const { select, prepare } = preview
  return prepare ? { select: { ...select }, prepare: (selection: Record<string, unknown>) => prepare(selection, studioLanguage()) } : { select: { ...select } }
}

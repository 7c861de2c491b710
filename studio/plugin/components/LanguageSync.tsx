import type { LayoutProps } from 'sanity'
import { setStudioLanguage, useStudioLanguage } from '../../../schemas/lib/studioLanguage.ts'

/**
 * Keeps the language of jobld's previews in step with the Studio's locale: Sanity prepares
 * previews outside React, so they read it from schemas/lib/studioLanguage.ts.
 * @param props the Studio layout's props
 * @returns the Studio's own layout
 */
export function LanguageSync(props: LayoutProps) {
  // Set while rendering, before any preview below is prepared; the same value on every render.
  setStudioLanguage(useStudioLanguage())
  return props.renderDefault(props)
}

import type { VFile } from 'vfile'
import type { Language } from '../rules/constants.ts'

/** What the section extractors need to know about the article they read. */
export interface ArticleContext {
  file: VFile
  language: Language
  /** The job profile's slug, which every derived `_id` starts from. */
  slug: string
  /** `jobProfile.<slug>`. */
  profileId: string
}

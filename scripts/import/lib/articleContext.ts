import type { VFile } from 'vfile'
import type { Language } from '../../core/constants.ts'

/** What the section extractors need to know about the article they read. */
export interface ArticleContext {
  file: VFile
  language: Language
  /** ISO 3166-1 alpha-2: the country the article is about (a bare `$` is its dollar). */
  country: string
  /** The job profile's slug, which every derived `_id` starts from. */
  slug: string
  /** `jobProfile.<slug>`. */
  profileId: string
  /** The job title, as the profile gets it: a table of several jobs gives this one's row. */
  title: string
}

import { countryPattern, iscoPattern } from '../constants.ts'
import type { Pattern } from './declare/types.ts'

/** The patterns of jobld's coded fields, with their words in the build and in the Studio. */
export const patterns = {
  /** ISO 3166-1 alpha-2. */
  countryCode: { regex: countryPattern, hint: 'countryCode', name: 'landcode', studioMessage: 'studio.country_code' },
  /** ISCO-08 unit group (ILO). */
  iscoCode: { regex: iscoPattern, hint: 'iscoCode', name: 'ISCO-08', studioMessage: 'studio.isco_code' },
} as const satisfies Record<string, Pattern>

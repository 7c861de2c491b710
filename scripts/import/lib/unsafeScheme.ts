import { quoteText } from '../../core/messages/quoteText.ts'

/** Schemes a link may have, as the export keeps them (scripts/core/html/portableTextToHtml.ts); a relative link has none. */
const safeSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The scheme of a link the export would strip (javascript:, data:, vbscript:, file: …), read as a
 * browser reads it (WHATWG URL: case, spaces and tabs inside the scheme do not hide it).
 * @param url the link's destination as Markdown gives it (entities already decoded)
 * @returns the scheme with its colon, or undefined for a safe or relative link
 */
export function unsafeScheme(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined
  const { protocol } = new URL(url)
  return safeSchemes.has(protocol) ? undefined : protocol
}

/** The message for a link left out for its scheme. */
export const unsafeLinkMessage = (url: string, scheme: string) =>
  `Unexpected link to ${quoteText(url)} with the scheme ${scheme}, expected an http(s), mailto: or tel: link; kept its text without the link`

/**
 * The oracle for jobld's own HTML: a real sanitiser (sanitize-html) with Google's allow-lists for
 * FAQ answers and JobPosting descriptions. jobld renders its HTML from Portable Text safe by
 * construction and never sanitises at run time (raw HTML never enters: the importer drops it);
 * the tests check that this sanitiser leaves every rendered fragment exactly as it is.
 */
import sanitize from 'sanitize-html'
import { cleanText } from '../../scripts/core/html/cleanText.ts'

/** Schemes a link may keep; relative and protocol-relative links are dropped as well (see `normaliseHref`). */
const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel']

/**
 * Normalises an `<a>`'s href as a browser would, or removes it unless it is absolute with a safe scheme.
 * sanitize-html already removes unsafe schemes (after decoding entities such as `jav&#x61;script:`), but
 * keeps relative hrefs; JSON-LD is read away from the page, so a relative link leads nowhere.
 */
const normaliseHref: sanitize.Transformer = (tagName, attribs) => {
  const href = cleanText(attribs.href ?? '')
  const url = URL.canParse(href) ? new URL(href) : undefined
  const safe = url !== undefined && SAFE_SCHEMES.includes(url.protocol.slice(0, -1))
  const kept: sanitize.Attributes = safe ? { href: url.href } : {}
  return { tagName, attribs: kept }
}

/**
 * Removes an `<a>` left without href but keeps its text.
 * Done here rather than by renaming the tag in transformTags to a disallowed one: sanitize-html 2.18
 * then keeps the new name for the depth and writes it as the end tag of the next element there.
 */
const excludeLinkWithoutHref = (frame: sanitize.IFrame): boolean | 'excludeTag' =>
  frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false

function options(allowedTags: string[]): sanitize.IOptions {
  return {
    allowedTags,
    // Only href, only on <a>: no on* handlers, style, class, id, target or data attributes.
    allowedAttributes: { a: ['href'] },
    allowedSchemes: SAFE_SCHEMES,
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    // Disallowed tags vanish but keep their text; script, style and similar lose their content too.
    disallowedTagsMode: 'discard',
    transformTags: { a: normaliseHref },
    exclusiveFilter: excludeLinkWithoutHref,
  }
}

/** https://developers.google.com/search/docs/appearance/structured-data/faqpage#answer */
const answerOptions = options(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'ol', 'ul', 'li', 'a', 'p', 'div', 'b', 'strong', 'i', 'em'])

/** Google reads p, ul, li, br and headings; https://developers.google.com/search/docs/appearance/structured-data/job-posting#job-posting-definition */
const descriptionOptions = options(['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'h2', 'h3', 'h4', 'a'])

/**
 * Runs cleanText (without trimming) over the text between tags of sanitized HTML.
 * This is done on the whole output, not in sanitize-html's per-chunk text filter, because the parser
 * splits text at entity references and NFC must see "e&#x301;" as one piece. It is safe because in
 * sanitize-html's output `<` and `>` occur only as tag delimiters (text and attributes are escaped),
 * and removing characters cannot form an entity since every `&` of the text is written as `&amp;`.
 */
function cleanTextNodes(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, index) => (index % 2 === 1 ? part : cleanText(part, { trim: false })))
    .join('')
}

/**
 * Reduces HTML to the tags Google allows in an FAQ answer, with only safe `href` attributes and clean text.
 *
 * @param html - untrusted HTML
 * @returns sanitized HTML, the same for the same input
 */
export function sanitizeAnswerHtml(html: string): string {
  return cleanTextNodes(sanitize(html, answerOptions))
}

/**
 * Reduces HTML to the tags jobld allows in a JobPosting description, with only safe `href` attributes and clean text.
 *
 * @param html - untrusted HTML
 * @returns sanitized HTML, the same for the same input
 */
export function sanitizeDescriptionHtml(html: string): string {
  return cleanTextNodes(sanitize(html, descriptionOptions))
}

/**
 * Turns a title into a slug: lowercase, accents removed, every run of other
 * characters one hyphen ("Customer service medewerker" → "customer-service-medewerker").
 * @param text the title
 * @returns the slug, possibly empty when the title has no letters or digits
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

// A year or a span of years, with the word that ties it in: "in 2025", "(2025)", "2024/2025", "anno 2025".
const years = /(?:\s+(?:in|anno|voor|for|of|van))?\s*\(?\b(?:19|20)\d{2}(?:\s*[/–-]\s*(?:19|20)?\d{2})?\b\)?/giu
// A place after "in": "in Houston, TX", "in the United Kingdom", "in Tilburg en omgeving", "in Nederland".
const places = /\s+in\s+(?:the\s+|het\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|van|de|der|upon|on|am|aan))*(?:,\s*\p{Lu}{2,}\b)?(?:\s+(?:en|and|&)\s+(?:omgeving|omstreken|de\s+regio|area|surroundings|surrounding\s+areas?))?/gu
// The collective agreement or joint committee a pay table belongs to: "cao Logistiek", "PC 226", "CAO Horeca".
const agreements = /\s+(?:cao|CAO|Cao|PC|pc|paritair\s+comit[ée])\s+[\p{Lu}\d][\p{L}\d-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu
// Notes in brackets: "(m/v/x)", "(Met salaris per regio)", "[gids]".
const brackets = /\s*[([][^()[\]]*[)\]]/gu

/**
 * Removes what headings add around a job title for search engines: notes in brackets (a gender
 * tag, "(met salaris per regio)"), years ("in 2025", "2024/2025"), the collective agreement ("cao
 * Logistiek") and places ("in Houston, TX",
 * "in Tilburg en omgeving", "in the United Kingdom").
 * @param heading the heading's text
 * @returns the heading without them, spaces made single
 */
export function removeTitleNoise(heading: string): string {
  return heading.replace(brackets, ' ').replace(years, ' ').replace(agreements, ' ').replace(places, ' ').replace(/[\s\u00a0]+/gu, ' ').replace(/\s+([?!:,])/gu, '$1').trim()
}

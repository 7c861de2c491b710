/**
 * How career headings wrap a job title in a question or a phrase, Dutch and English; the job
 * title is the first capture group. What follows "en wat …" / "and what …" is dropped with it.
 */
const frames: ReadonlyArray<RegExp> = [
  /^wat\s+(?:doet|verdient|is)(?:\s+en\s+(?:doet|verdient))?\s+(?:een|de)\s+(.+?)(?:\s+(?:en|of)\s+(?:wat|hoe|welke|waar|hoeveel)\b.*|\s+(?:eigenlijk|precies|netto|bruto|per\s+\p{L}+))?$/iu,
  /^(?:hoeveel|wat)\s+verdien(?:t|en)?\s+(?:een|de|je\s+als(?:\s+een)?)\s+(.+?)(?:\s+(?:netto|bruto|per\s+\p{L}+|gemiddeld))?$/iu,
  /^(?:welk|wat\s+voor(?:\s+een)?)\s+(?:salaris|loon)\s+(?:verdient|krijgt|heeft)\s+(?:een|de)\s+(.+?)$/iu,
  /^wat\s+is\s+het\s+(?:salaris|loon)\s+van\s+(?:een|de)\s+(.+?)$/iu,
  /^(?:alles\s+over\s+|over\s+)?(?:het\s+)?(?:beroep|de\s+functie)\s+(?:van\s+)?(?:een\s+)?(.+?)$/iu,
  /^(?:hoe\s+word\s+je|hoe\s+wordt\s+je|werken\s+als|aan\s+de\s+slag\s+als|beroep|vacature)\s*:?\s+(?:een\s+)?(.+?)$/iu,
  /^(?:een\s+)?(.+?)\s+worden$/iu,
  /^what\s+does\s+(?:an?|the)\s+(.+?)\s+do(?:\s+and\s+(?:earn|make))?$/iu,
  /^what\s+(?:does|do)\s+(?:an?|the)\s+(.+?)\s+(?:earn|make)(?:\s+and\s+do)?$/iu,
  /^how\s+much\s+(?:does|do)\s+(?:an?\s+|the\s+)?(.+?)\s+(?:earn|make|get\s+paid)(?:\s+(?:an?|per)\s+\p{L}+)?$/iu,
  /^what\s+is\s+the\s+(?:salary|pay)\s+(?:of|for)\s+(?:an?\s+)?(.+?)$/iu,
  /^what\s+(?:salary|pay)\s+(?:does|do)\s+(?:an?\s+)?(.+?)\s+(?:earn|make|get)$/iu,
  /^what\s+is\s+(?:an?|the)\s+(.+?)$/iu,
  /^(?:all|everything)\s+about\s+(?:the\s+)?(?:job\s+of\s+|role\s+of\s+)?(?:an?\s+)?(.+?)$/iu,
  /^who\s+(?:works\s+as|becomes|is)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+and\s+(?:what|how)\b.*)?$/iu,
  /^(?:how\s+to\s+become|how\s+do\s+you\s+become|how\s+to\s+be|working\s+as|becoming|careers?\s+as)\s+(?:an?\s+)?(.+?)$/iu,
]

/**
 * Takes the job title out of a question or phrase around it: "Wat doet een monteur en wat verdien
 * je" → "monteur", "Lasser worden" → "Lasser", "How much does a dispatcher make" → "dispatcher",
 * "Who works as a care assistant" → "care assistant".
 * @param part one part of a heading
 * @returns the job title, or the part itself when no frame fits
 */
export function stripQuestionFrame(part: string): string {
  for (const frame of frames) {
    const found = frame.exec(part)?.[1]?.trim()
    if (found) return found
  }
  return part
}

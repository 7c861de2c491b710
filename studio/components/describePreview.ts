import type { PagePreview } from '../../scripts/lib/previewPage.ts'

/** What the view says above the JSON-LD: a tone for the card and a Dutch sentence. */
export interface PreviewStatus {
  tone: 'positive' | 'caution' | 'critical'
  /** Dutch: what the export does with the page, and why when it writes nothing. */
  text: string
}

/**
 * Says in Dutch what the export does with a page, from the same facts `previewPage` bases its
 * English `reason` on: a page without errors is written; a page with errors stops the export;
 * an expired vacancy is left out; anything else gives no page.
 * @param preview the result of previewPage
 * @returns the tone and the sentence
 */
export function describePreview(preview: PagePreview): PreviewStatus {
  const errors = preview.issues.filter((i) => i.severity === 'error').length
  const warnings = preview.issues.filter((i) => i.severity === 'warning').length
  if (preview.page && errors === 0) {
    const extra = warnings > 0 ? ` Er ${warnings === 1 ? 'is 1 waarschuwing' : `zijn ${warnings} waarschuwingen`}; met --strict weigert de build die ook.` : ''
    return { tone: warnings > 0 ? 'caution' : 'positive', text: `De export schrijft deze JSON-LD naar ${preview.page.path}.${extra}` }
  }
  if (preview.page) {
    return {
      tone: 'critical',
      text: `De build weigert deze inhoud: ${errors === 1 ? '1 fout' : `${errors} fouten`} (hieronder). Zolang die er ${errors === 1 ? 'is' : 'zijn'}, schrijft de export niets.`,
    }
  }
  const expired = preview.issues.find((i) => i.code === 'vacancy.expired')
  if (expired) {
    return { tone: 'caution', text: 'Deze vacature is verlopen: de datum bij "Geldig tot" ligt in het verleden, dus de export laat haar weg.' }
  }
  if (errors > 0) {
    return { tone: 'critical', text: 'Dit document geeft geen pagina: de build weigert het om de fouten hieronder.' }
  }
  return { tone: 'caution', text: 'Dit document geeft geen pagina: alleen beroepen en lopende vacatures worden geëxporteerd.' }
}

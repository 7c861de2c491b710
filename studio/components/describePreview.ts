import type { PagePreview } from '../../scripts/lib/previewPage.ts'

/** What the view says above the JSON-LD: a tone for the card and a Dutch sentence. */
export interface PreviewStatus {
  tone: 'positive' | 'caution' | 'critical'
  /** Dutch: what the export does with the page, and why when it writes nothing. */
  text: string
}

/**
 * Says in Dutch what the export does with a page, from `previewPage`'s status (its English
 * `reason` says the same for the build's users).
 * @param preview the result of previewPage
 * @returns the tone and the sentence
 */
export function describePreview(preview: PagePreview): PreviewStatus {
  const errors = preview.issues.filter((i) => i.severity === 'error').length
  const warnings = preview.issues.filter((i) => i.severity === 'warning').length
  switch (preview.status) {
    case 'written': {
      const extra = warnings > 0 ? ` Er ${warnings === 1 ? 'is 1 waarschuwing' : `zijn ${warnings} waarschuwingen`}; met --strict weigert de build die ook.` : ''
      return { tone: warnings > 0 ? 'caution' : 'positive', text: `De export schrijft deze JSON-LD naar ${preview.page?.path ?? ''}.${extra}` }
    }
    case 'refused':
      return {
        tone: 'critical',
        text: `De build weigert deze inhoud: ${errors === 1 ? '1 fout' : `${errors} fouten`} (hieronder). Zolang die er ${errors === 1 ? 'is' : 'zijn'}, schrijft de export niets.`,
      }
    case 'expired':
      return { tone: 'caution', text: 'Deze vacature is verlopen: de datum bij "Geldig tot" ligt in het verleden, dus de export laat haar weg.' }
    case 'none':
      return errors > 0
        ? { tone: 'critical', text: 'Dit document geeft geen pagina: de build weigert het om de fouten hieronder.' }
        : { tone: 'caution', text: 'Dit document geeft geen pagina: alleen beroepen en lopende vacatures worden geëxporteerd.' }
  }
}

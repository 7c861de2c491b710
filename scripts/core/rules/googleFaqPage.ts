import type { Path } from '../issue.ts'
import { googleAnswerTags } from '../googleConstants.ts'
import type { JsonObject } from '../jsonObject.ts'
import { defineRule } from './declare/defineRule.ts'
import { googleMessages as m } from './lib/google/googleMessages.ts'
import { expecting, forEach, required, type GoogleScope } from './lib/google/googleScope.ts'
import { hasType } from './lib/google/hasType.ts'

const answerTags: ReadonlySet<string> = new Set(googleAnswerTags)
const tagPattern = /<\/?([a-zA-Z][a-zA-Z0-9-]*)/g

/** Reports each tag outside Google's list once per answer, in order of first use. */
function checkAnswerText(scope: GoogleScope, text: unknown, path: Path) {
  if (typeof text !== 'string') return expecting(scope, path, 'answer text', text, 'answerText')
  if (!text.includes('<')) return
  let reported: Set<string> | undefined
  for (const match of text.matchAll(tagPattern)) {
    const tag = (match[1] ?? '').toLowerCase()
    if (answerTags.has(tag) || reported?.has(tag)) continue
    ;(reported ??= new Set()).add(tag)
    scope.report('google.answer_tag', path, { tag, allowed: googleAnswerTags.map((t) => `<${t}>`) })
  }
}

function checkFaqPage(scope: GoogleScope, page: JsonObject) {
  const { path } = scope
  if (!required(scope, page, path, 'FAQPage', 'mainEntity')) return
  forEach(page.mainEntity, [...path, 'mainEntity'], (item, itemPath) => {
    const question = scope.nodeOf(item, itemPath)
    if (!question || !hasType(question.node, 'Question')) return expecting(scope, itemPath, 'mainEntity', item, 'question')
    required(scope, question.node, question.path, 'Question', 'name')
    if (!required(scope, question.node, question.path, 'Question', 'acceptedAnswer')) return
    forEach(question.node.acceptedAnswer, [...question.path, 'acceptedAnswer'], (answerValue, answerPath) => {
      const answer = scope.nodeOf(answerValue, answerPath)
      if (!answer || !hasType(answer.node, 'Answer')) return expecting(scope, answerPath, 'acceptedAnswer', answerValue, 'answer')
      if (required(scope, answer.node, answer.path, 'Answer', 'text')) checkAnswerText(scope, answer.node.text, [...answer.path, 'text'])
    })
  })
}

const page = (text: string) => ({
  '@context': 'https://schema.org',
  '@graph': [{ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Wat doet een kok?', acceptedAnswer: { '@type': 'Answer', text } }] }],
})

/** An FAQPage as Google's former FAQ results documented it (https://developers.google.com/search/docs/appearance/structured-data/faqpage), now guidance. */
export const googleFaqPage = defineRule({
  name: 'googleFaqPage',
  doc: "An FAQPage lists Questions, each with a name and an accepted Answer whose text uses only the HTML tags Google showed (schema.org's and other consumers' guidance: Google's FAQ results ended on 7 May 2026).",
  severity: 'error',
  messages: { 'google.required': m['google.required'], 'google.invalid_value': m['google.invalid_value'], 'google.answer_tag': m['google.answer_tag'] },
  jsonld: [{ types: ['FAQPage'], check: (node, scope) => checkFaqPage(scope, node) }],
  examples: {
    pass: [{ jsonld: page('Hij <b>kookt</b>.<br>En hij proeft.') }],
    fail: [
      {
        jsonld: page('Hij <span>kookt</span> en <table>proeft</table>, <span>ook</span>.'),
        report: [
          "@graph[0].mainEntity[0].acceptedAnswer.text: Unexpected <span> in answer text, expected only <h1>, <h2>, <h3>, <h4>, <h5>, <h6>, <br>, <ol>, <ul>, <li>, <a>, <p>, <div>, <b>, <strong>, <i> or <em>",
          "@graph[0].mainEntity[0].acceptedAnswer.text: Unexpected <table> in answer text, expected only <h1>, <h2>, <h3>, <h4>, <h5>, <h6>, <br>, <ol>, <ul>, <li>, <a>, <p>, <div>, <b>, <strong>, <i> or <em>",
        ],
        nl: [
          "@graph[0].mainEntity[0].acceptedAnswer.text: <span> mag niet in een antwoord; alleen <h1>, <h2>, <h3>, <h4>, <h5>, <h6>, <br>, <ol>, <ul>, <li>, <a>, <p>, <div>, <b>, <strong>, <i> of <em>",
          "@graph[0].mainEntity[0].acceptedAnswer.text: <table> mag niet in een antwoord; alleen <h1>, <h2>, <h3>, <h4>, <h5>, <h6>, <br>, <ol>, <ul>, <li>, <a>, <p>, <div>, <b>, <strong>, <i> of <em>",
        ],
      },
      {
        jsonld: { '@context': 'https://schema.org', '@graph': [{ '@type': 'FAQPage', mainEntity: ['Wat doet een kok?', { '@type': 'Question', acceptedAnswer: { '@type': 'Answer' } }] }] },
        report: [
          "@graph[0].mainEntity[0]: Unexpected mainEntity text \"Wat doet een kok?\", expected a Question node",
          "@graph[0].mainEntity[1].acceptedAnswer.text: Unexpected Answer without text, expected text (required by schema.org and other consumers' guidance, not a Google result)",
          "@graph[0].mainEntity[1].name: Unexpected Question without name, expected name (required by schema.org and other consumers' guidance, not a Google result)",
        ],
        nl: [
          "@graph[0].mainEntity[0]: Onverwachte mainEntity: tekst \"Wat doet een kok?\"; verwacht een Question-node",
          "@graph[0].mainEntity[1].acceptedAnswer.text: Answer zonder text: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt text",
          "@graph[0].mainEntity[1].name: Question zonder name: de richtlijn van schema.org en andere afnemers (geen Google-resultaat) vraagt name",
        ],
      },
    ],
  },
})

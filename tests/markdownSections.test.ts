import { describe, expect, it } from 'vitest'
import { classifySection } from '../scripts/import/lib/classifySection.ts'
import { deriveJobTitle } from '../scripts/import/lib/deriveJobTitle.ts'

describe('classifySection', () => {
  it.each([
    ['Veelgestelde vragen over werken als kok', 'nl', 'faq'],
    ['FAQ', 'nl', 'faq'],
    ['Frequently asked questions', 'en', 'faq'],
    ['Vragen en antwoorden', 'nl', 'faq'],
    ['Samenvatting van de functie kok', 'nl', 'facts'],
    ['Kok: in het kort', 'nl', 'facts'],
    ['At a glance', 'en', 'facts'],
    ['Het salaris van een kok', 'nl', 'salary'],
    ['Wat verdient een kok?', 'nl', 'salary'],
    ['Hoeveel loon krijg je?', 'nl', 'salary'],
    ['Nurse salary', 'en', 'salary'],
    ['How much do nurses earn?', 'en', 'salary'],
    ['Soorten koks', 'nl', 'kinds'],
    ['Types of nurses', 'en', 'kinds'],
    ['Werkzaamheden van een kok', 'nl', 'tasks'],
    ['Belangrijkste taken', 'nl', 'tasks'],
    ['Daily duties', 'en', 'tasks'],
    ['Competenties en vaardigheden', 'nl', 'competencies'],
    ['Skills you need', 'en', 'competencies'],
    ['Opleiding of niveau om kok te worden', 'nl', 'education'],
    ['How to become a nurse', 'en', 'education'],
    ['Een gemiddelde werkdag van een kok', 'nl', 'workday'],
    ['Waar koks werken', 'nl', 'where'],
    ['Where do nurses work?', 'en', 'where'],
    ['Wat is een kok?', 'nl', 'definition'],
    ['Vacatures kok', 'nl', 'vacancies'],
    ['Voorbeeld motivatiebrief voor kok', 'nl', 'letter'],
    ['Inhoud van dit artikel', 'nl', 'toc'],
    ['De perfecte mix van contact, uitdaging en voldoening', 'nl', 'other'],
  ] as const)('reads %j (%s) as %s', (heading, language, kind) => {
    expect(classifySection(heading, language)).toBe(kind)
  })

  it('falls back on the other language\'s words', () => {
    expect(classifySection('Salary', 'nl')).toBe('salary')
    expect(classifySection('Salaris', 'en')).toBe('salary')
  })
})

describe('deriveJobTitle', () => {
  it.each([
    ['Wat doet en verdient een customer service medewerker?', 'Customer service medewerker'],
    ['Wat doet een planner?', 'Planner'],
    ['Werken als magazijnmedewerker', 'Magazijnmedewerker'],
    ['Software developer: wat doe je en wat verdien je?', 'Software developer'],
    ['What does a warehouse operative do and earn?', 'Warehouse operative'],
    ['How to become a welder', 'Welder'],
    ['Verpleegkundige', 'Verpleegkundige'],
  ])('derives %j → %j', (heading, title) => {
    expect(deriveJobTitle(heading)).toBe(title)
  })
})

import { describe, expect, it } from 'vitest'
import { deriveJobTitle } from '../scripts/import/lib/deriveJobTitle.ts'
import { articleForm } from '../scripts/import/lib/title/articleForm.ts'
import { removeTitleNoise } from '../scripts/import/lib/title/removeTitleNoise.ts'
import { stripQuestionFrame } from '../scripts/import/lib/title/stripQuestionFrame.ts'
import { isFramingPart, stripFramingWords } from '../scripts/import/lib/title/stripFramingWords.ts'
import { titleSegments } from '../scripts/import/lib/title/titleSegments.ts'

describe('deriveJobTitle', () => {
  it.each([
    ['Wat verdient een timmerman in 2024? Salaris per maand en per uur', 'Timmerman'],
    ['Vacatures kok in Amsterdam', 'Kok'],
    ['Kok worden: opleiding, salaris en vacatures', 'Kok'],
    ['Hoe word je boekhouder?', 'Boekhouder'],
    ['Alles over het beroep tandartsassistent', 'Tandartsassistent'],
    ['Magazijnmedewerker (m/v) – Rotterdam', 'Magazijnmedewerker'],
    ['Salaris timmerman: wat verdien je als timmerman?', 'Timmerman'],
    ['Beroepen in de zorg: verpleegkundige', 'Verpleegkundige'],
    ['Welk salaris verdient een docent?', 'Docent'],
    ['Wat doet een ICT-beheerder en hoeveel verdien je?', 'ICT-beheerder'],
    ['Dispatcher: career overview, pay and outlook', 'Dispatcher'],
    ['How Much Does a Plumber Make in 2025?', 'Plumber'],
    ['Plumber Salary Guide: How Much Do Plumbers Earn?', 'Plumber'],
    ['Electrician job description | Salary, skills and career path', 'Electrician'],
    ['Nursing assistant jobs in Leeds', 'Nursing assistant'],
    ['Who is a dispatcher, and what is the job like?', 'Dispatcher'],
    ['Truck driver salary in Texas (2025 update)', 'Truck driver'],
    ['Paramedic', 'Paramedic'],
  ])('derives %j → %j', (heading, title) => {
    expect(deriveJobTitle(heading)).toBe(title)
  })

  it('writes the title as the article does: singular, in the text\'s case', () => {
    expect(deriveJobTitle('Registered Nurses : Occupational Outlook Handbook', 'Registered nurses assess patients. How to become a registered nurse.', 'en')).toBe('Registered nurse')
    expect(deriveJobTitle('What Is a Sous Chef? Job Description, Salary & More', 'A sous chef runs the kitchen.', 'en')).toBe('Sous chef')
  })

  it('keeps a framing word that is part of the title when the text uses the longer name', () => {
    expect(deriveJobTitle('Career coach: what does a career coach do?', 'A career coach helps people.', 'en')).toBe('Career coach')
    expect(deriveJobTitle('Salary administrator', 'A salary administrator runs the payroll.', 'en')).toBe('Salary administrator')
  })
})

describe('the title rules', () => {
  it('removes notes in brackets, years and places', () => {
    expect(removeTitleNoise('Elektricien (m/v/x)')).toBe('Elektricien')
    expect(removeTitleNoise('Wat verdient een lasser in 2025?')).toBe('Wat verdient een lasser?')
    expect(removeTitleNoise('Orderpicker vacatures in Tilburg en omgeving')).toBe('Orderpicker vacatures')
    expect(removeTitleNoise('How much does a dispatcher make in Houston, TX?')).toBe('How much does a dispatcher make?')
    expect(removeTitleNoise('Salarisgids 2024/2025: planner')).toBe('Salarisgids: planner')
    expect(removeTitleNoise('Medewerker in de zorg')).toBe('Medewerker in de zorg')
  })

  it('splits a heading at its separators', () => {
    expect(titleSegments('Kapper | Beroepsbeeld, salaris en opleiding')).toEqual(['Kapper', 'Beroepsbeeld', 'salaris en opleiding'])
    expect(titleSegments('Pharmacy Technicians : Occupational Outlook Handbook')).toEqual(['Pharmacy Technicians', 'Occupational Outlook Handbook'])
  })

  it('takes the title out of a question or phrase', () => {
    expect(stripQuestionFrame('Wat doet een monteur en wat verdien je')).toBe('monteur')
    expect(stripQuestionFrame('Lasser worden')).toBe('Lasser')
    expect(stripQuestionFrame('How much does a dispatcher make')).toBe('dispatcher')
    expect(stripQuestionFrame('Who works as a care assistant')).toBe('care assistant')
    expect(stripQuestionFrame('Software tester')).toBe('Software tester')
  })

  it('tells framing parts from titles and cuts framing words off a title', () => {
    expect(isFramingPart('salaris, taken en opleiding')).toBe(true)
    expect(isFramingPart('Occupational Outlook Handbook')).toBe(true)
    expect(isFramingPart('Beroepen in de zorg')).toBe(true)
    expect(isFramingPart('Data-analist')).toBe(false)
    expect(stripFramingWords('Salaris verpleegkundige')).toBe('verpleegkundige')
    expect(stripFramingWords('Accounts Assistant Salary Guide')).toBe('Accounts Assistant')
    expect(stripFramingWords('Chef de partie pay in hotels')).toBe('Chef de partie')
  })

  it('takes the singular only where the text uses it after an article', () => {
    expect(articleForm('Electricians', 'How to become an electrician', 'en')).toBe('Electrician')
    expect(articleForm('Lassers', 'Als lasser werk je met metaal; een lasser leest tekeningen.', 'nl')).toBe('Lasser')
    expect(articleForm('Sales', 'Products for sale', 'en')).toBe('Sales')
  })
})

/**
 * Every content rule of jobld, one line each. A rule is one module beside this file
 * (declare/types.ts has the format); adding a rule is that module and its line here: the layers
 * run it (layers/), its messages join the catalogue, its examples become tests
 * (tests/rules.test.ts) and the README's "Content rules" table lists it (`npm run docs:rules`).
 * The layers run the rules in the order of their names (allRules.ts).
 */
export { amountPerPeriod } from './amountPerPeriod.ts'
export { amountPlausible } from './amountPlausible.ts'
export { currencyCode } from './currencyCode.ts'
export { faqLanguage } from './faqLanguage.ts'
export { faqQuestionMark } from './faqQuestionMark.ts'
export { googleFaqPage } from './googleFaqPage.ts'
export { googleJobPosting } from './googleJobPosting.ts'
export { googleOccupation } from './googleOccupation.ts'
export { hoursPerWeek } from './hoursPerWeek.ts'
export { organizationLogo } from './organizationLogo.ts'
export { referenceCycle } from './referenceCycle.ts'
export { referenceTargets } from './referenceTargets.ts'
export { salaryEstimate } from './salaryEstimate.ts'
export { slugFormat } from './slugFormat.ts'
export { slugUnique } from './slugUnique.ts'
export { tierLadder } from './tierLadder.ts'
export { tierMedian } from './tierMedian.ts'
export { tierMonthlyHourly } from './tierMonthlyHourly.ts'
export { tierNet } from './tierNet.ts'
export { tierPercentiles } from './tierPercentiles.ts'
export { translationFacts } from './translationFacts.ts'
export { vacancyApplicantCountries } from './vacancyApplicantCountries.ts'
export { vacancyConfidentialLink } from './vacancyConfidentialLink.ts'
export { vacancyConfidentialName } from './vacancyConfidentialName.ts'
export { vacancyDates } from './vacancyDates.ts'
export { vacancyExpired } from './vacancyExpired.ts'
export { vacancyLocation } from './vacancyLocation.ts'
export { vacancyNetSalary } from './vacancyNetSalary.ts'
export { vacancyOneSalary } from './vacancyOneSalary.ts'
export { vacancyPayTransparency } from './vacancyPayTransparency.ts'
export { vacancyTierOfProfile } from './vacancyTierOfProfile.ts'
export { vacancyValidThrough } from './vacancyValidThrough.ts'

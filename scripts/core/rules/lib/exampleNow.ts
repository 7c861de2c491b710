/** The clock the examples of the rules are checked at (tests/rules.test.ts), as the fixtures' builds are. */
export const exampleNow = new Date('2026-11-26T12:00:00Z')

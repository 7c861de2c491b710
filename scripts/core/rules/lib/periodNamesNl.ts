/** Dutch names of the salary periods, for messages and labels. */
export const periodNamesNl = { HOUR: 'uur', DAY: 'dag', WEEK: 'week', FOUR_WEEKS: '4 weken', MONTH: 'maand', YEAR: 'jaar' } as const

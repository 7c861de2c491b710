/**
 * Values Google Search Central documents for its structured-data features, for reuse by the
 * exporter, the Studio and the validator. Employment types, credential categories and salary
 * periods live in ./constants.ts (employmentTypes, credentialCategories, salaryPeriods).
 * Sources: https://developers.google.com/search/docs/appearance/structured-data/job-posting,
 * .../faqpage and .../estimated-salary.
 */

/** HTML tags Google reads in an FAQ `Answer.text`; any other tag is not shown. */
export const googleAnswerTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'ol', 'ul', 'li', 'a', 'p', 'div', 'b', 'strong', 'i', 'em'] as const
export type GoogleAnswerTag = (typeof googleAnswerTags)[number]

/** JobPosting.jobLocationType values: only fully remote jobs are marked, as TELECOMMUTE. */
export const googleJobLocationTypes = ['TELECOMMUTE'] as const

/** The text Google accepts for educationRequirements or experienceRequirements when a job asks for none. */
export const googleNoRequirements = 'no requirements'

/**
 * JobPosting.hiringOrganization when the employer stays anonymous: a staffing agency hiring for an
 * employer it does not name, or an employer hiring directly on the platform (Google's job posting
 * documentation, hiringOrganization).
 */
export const googleConfidentialEmployer = 'confidential'

/**
 * Image formats an Organization `logo` may have: those Google Images reads (the Organization
 * documentation asks for "a file format supported by Google Images":
 * https://developers.google.com/search/docs/appearance/structured-data/organization and
 * https://developers.google.com/search/docs/appearance/google-images), by the file extensions
 * Sanity's image assets and URLs use.
 */
export const googleLogoFormats = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'bmp', 'avif'] as const

/** The smallest logo Google takes: 112×112 pixels (each side at least 112). */
export const googleLogoMinPixels = 112

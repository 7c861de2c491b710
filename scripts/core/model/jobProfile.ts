import { z } from 'zod'
import { checkSlug } from '../rules/checkSlug.ts'
import { educationLevelKeys, iscoPattern, shiftWorkValues, workplaceValues } from '../rules/constants.ts'
import { formatViolation } from '../rules/violation.ts'
import { CountryCode, KeyedReference, Language, Reference, Slug, systemFields } from './common.ts'
import { expectedHint } from '../messages/expectedHint.ts'
import { objectTypes } from './objectTypes.ts'
import { PortableText } from './portableText.ts'

/** A slug that also passes the slug rule. */
export const RuleSlug = Slug.superRefine((slug, ctx) => {
  const v = checkSlug(slug.current)
  if (v) ctx.addIssue({ code: 'custom', path: ['current'], message: formatViolation(v, 'en'), params: { rule: v.code, values: v.params } })
})

/** A named item with an optional explanation (specialisations, competencies). */
const namedItem = <T extends string>(type: T, detail: 'description' | 'explanation') =>
  z.object({
    _key: z.string().min(1),
    _type: z.literal(type),
    name: z.string().trim().min(1),
    [detail]: z.string().optional(),
  } as { _key: z.ZodString; _type: z.ZodLiteral<T>; name: z.ZodString } & Record<typeof detail, z.ZodOptional<z.ZodString>>)

/**
 * A career page: what an occupation is, does and earns (schema.org Occupation).
 * Not a job opening: vacancies reference it.
 */
export const JobProfileDoc = z.object({
  ...systemFields,
  /** Fingerprint the importer stores (hidden in the Studio). */
  importHash: z.string().optional(),
  _type: z.literal('jobProfile'),
  title: z.string().trim().min(1),
  slug: RuleSlug,
  alternativeTitles: z.array(z.string().trim().min(1)).optional(),
  summary: z.string().trim().min(1),
  body: PortableText.optional(),
  specialisations: z.array(namedItem(objectTypes.specialisation, 'description')).optional(),
  tasks: z.array(z.string().trim().min(1)).optional(),
  competencies: z.array(namedItem(objectTypes.competency, 'explanation')).optional(),
  education: z
    .object({
      _type: z.literal(objectTypes.education),
      levels: z.array(z.enum(educationLevelKeys as [string, ...string[]])).optional(),
      fieldsOfStudy: z.array(z.string().trim().min(1)).optional(),
      /** Fields of study that belong to one level only (the mbo fields are not the hbo fields). */
      levelFields: z
        .array(
          z.object({
            _key: z.string().min(1),
            _type: z.literal(objectTypes.levelFields),
            level: z.enum(educationLevelKeys as [string, ...string[]]),
            fieldsOfStudy: z.array(z.string().trim().min(1)).min(1),
          }),
        )
        .optional(),
      note: z.string().optional(),
    })
    .optional(),
  sectors: z.array(z.string().trim().min(1)).optional(),
  workingConditions: z
    .object({
      _type: z.literal(objectTypes.workingConditions),
      shiftWork: z.enum(shiftWorkValues).optional(),
      workplaces: z.array(z.enum(workplaceValues)).optional(),
      note: z.string().optional(),
    })
    .optional(),
  certificates: z.array(z.string().trim().min(1)).optional(),
  iscoCode: z.string().regex(iscoPattern, expectedHint('iscoCode')).optional(),
  country: CountryCode,
  language: Language,
  salaryTiers: z.array(KeyedReference).optional(),
  faq: z.array(KeyedReference).optional(),
  publisher: Reference,
})
export type JobProfileDoc = z.infer<typeof JobProfileDoc>

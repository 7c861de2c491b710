/**
 * Benchmark datasets in Sanity's NDJSON export format: job profiles with Portable Text bodies,
 * 3 salary tiers, 10 FAQ entries (8 of their own, 2 shared with other profiles) and 5 vacancies
 * each, and organisations shared by many profiles and vacancies. Deterministic for a seed.
 */
import { slugify } from '../scripts/core/slugify.ts'
import { capitalise, cities, domains, heading, paragraph, pickQualities, question, roles, sentencePool } from './dutchText.ts'
import { createRandom, type Random } from './random.ts'

/** How many documents of each kind a dataset has. */
export interface DatasetPlan {
  profiles: number
  organizations: number
  sharedFaq: number
  /** Documents in all. */
  documents: number
}

/** Options of a generated dataset. */
export interface DatasetOptions {
  /** About how many documents to generate (the plan rounds to whole profiles). */
  documents: number
  seed: number
}

const OWN_FAQ = 8
const SHARED_FAQ_PER_PROFILE = 2
const TIERS = 3
const VACANCIES = 5
const PER_PROFILE = 1 + TIERS + OWN_FAQ + VACANCIES

type Doc = Record<string, unknown>

/**
 * Decides the numbers of a dataset of about `documents` documents.
 * @param documents the size asked for
 * @returns profiles, organisations, shared FAQ entries and the exact document count
 */
export function planDataset(documents: number): DatasetPlan {
  // Per profile: its own documents, a tenth of a shared FAQ entry and a fortieth of an organisation.
  const profiles = Math.max(1, Math.round(documents / (PER_PROFILE + 0.1 + 1 / 40)))
  const sharedFaq = Math.max(SHARED_FAQ_PER_PROFILE, Math.round(profiles / 10))
  const organizations = Math.max(2, Math.round(profiles / 40))
  return { profiles, organizations, sharedFaq, documents: profiles * PER_PROFILE + sharedFaq + organizations }
}

/**
 * Generates the documents of a dataset, one at a time (a 300,000-document dataset is never held whole).
 * @param options size and seed
 * @returns the documents in export order: organisations, shared FAQ entries, then each profile with its tiers, FAQ entries and vacancies
 */
export function* generateDataset(options: DatasetOptions): Generator<Doc, void, undefined> {
  const plan = planDataset(options.documents)
  const random = createRandom(options.seed)
  const pool = sentencePool(random, 1500)
  const orgIds: string[] = []
  for (let i = 0; i < plan.organizations; i++) {
    const org = organization(random, i)
    orgIds.push(String(org._id))
    yield org
  }
  const sharedIds: string[] = []
  for (let i = 0; i < plan.sharedFaq; i++) {
    const occupation = `${capitalise(roles[i % roles.length] ?? 'medewerker')} ${domains[i % domains.length] ?? ''}`.trim()
    const text = `${question(random, occupation)}`
    const id = `faqEntry.${slugify(text)}-${i + 1}`
    sharedIds.push(id)
    yield faqEntry(random, pool, id, text)
  }
  for (let i = 0; i < plan.profiles; i++) yield* profileWithParts(random, pool, i, plan, orgIds, sharedIds)
}

function* profileWithParts(
  random: Random,
  pool: ReadonlyArray<string>,
  i: number,
  plan: DatasetPlan,
  orgIds: ReadonlyArray<string>,
  sharedIds: ReadonlyArray<string>,
): Generator<Doc, void, undefined> {
  const role = roles[i % roles.length] ?? 'medewerker'
  const domain = domains[Math.floor(i / roles.length) % domains.length] ?? 'zorg'
  const round = Math.floor(i / (roles.length * domains.length))
  const title = `${capitalise(role)} ${domain}`
  const slug = `${slugify(`${role} ${domain}`)}${round > 0 ? `-${round + 1}` : ''}`
  const id = `jobProfile.${slug}`
  const publisher = orgIds[i % orgIds.length] ?? ''

  const tiers = salaryTiers(random, slug)
  const ownFaq = Array.from({ length: OWN_FAQ }, (_, n) => faqEntry(random, pool, `faqEntry.${slug}.${n + 1}`, question(random, title)))
  // Two entries of the shared pool, different ones, spread over the pool.
  const first = (i * 7) % plan.sharedFaq
  const second = (first + 1 + ((i * 13) % Math.max(1, plan.sharedFaq - 1))) % plan.sharedFaq
  const faqIds = [...ownFaq.map((f) => String(f._id)), sharedIds[first] ?? '', sharedIds[second] ?? '']

  yield {
    ...system(random),
    _id: id,
    _type: 'jobProfile',
    title,
    slug: { _type: 'slug', current: slug },
    alternativeTitles: [`${capitalise(domain)}${role}`, `${capitalise(role)} ${domain} (m/v)`],
    summary: paragraph(random, pool, 2, 3),
    body: profileBody(random, pool, title),
    specialisations: Array.from({ length: random.int(2, 3) }, (_, n) => ({
      _key: random.key(),
      _type: 'jobldSpecialisation',
      name: `${capitalise(role)} ${domain} ${['binnendienst', 'buitendienst', 'projecten'][n] ?? 'algemeen'}`,
      description: paragraph(random, pool, 1, 2),
    })),
    tasks: Array.from({ length: random.int(5, 7) }, () => paragraph(random, pool, 1, 1).replace(/\.$/, '')),
    competencies: pickQualities(random, 4).map((name) => ({
      _key: random.key(),
      _type: 'jobldCompetency',
      name: capitalise(name),
      explanation: paragraph(random, pool, 1, 1),
    })),
    education: {
      _type: 'jobldEducation',
      levels: random.chance(0.5) ? ['mbo'] : ['mbo', 'hbo'],
      fieldsOfStudy: [domain, 'bedrijfskunde'],
      note: paragraph(random, pool, 1, 1),
    },
    sectors: [capitalise(domain)],
    workingConditions: {
      _type: 'jobldWorkingConditions',
      shiftWork: random.pick(['never', 'sometimes', 'often']),
      workplaces: random.chance(0.4) ? ['onsite', 'hybrid'] : ['onsite'],
      note: paragraph(random, pool, 1, 1),
    },
    certificates: random.chance(0.5) ? ['VCA'] : ['BHV', 'VCA'],
    iscoCode: String(1000 + ((i * 37) % 8999)),
    country: 'NL',
    language: 'nl',
    salaryTiers: tiers.map((t) => ({ _type: 'reference', _ref: t._id, _key: random.key() })),
    faq: faqIds.map((ref) => ({ _type: 'reference', _ref: ref, _key: random.key() })),
    publisher: { _type: 'reference', _ref: publisher },
  }
  yield* tiers
  yield* ownFaq
  for (let n = 0; n < VACANCIES; n++) {
    const tier = tiers[n % tiers.length]
    yield vacancy(random, pool, { slug: `${slug}-${n + 1}`, title, profileId: id, tierId: tier?._id, employer: orgIds[(i + n) % orgIds.length] ?? publisher })
  }
}

function system(random: Random) {
  const month = String(random.int(1, 9)).padStart(2, '0')
  const day = String(random.int(1, 28)).padStart(2, '0')
  return {
    _rev: `${random.key()}${random.key()}`.slice(0, 22),
    _createdAt: `2026-${month}-${day}T09:${String(random.int(10, 59))}:00Z`,
    _updatedAt: `2026-${month}-${day}T15:${String(random.int(10, 59))}:00Z`,
  }
}

function organization(random: Random, i: number): Doc {
  const name = `${capitalise(domains[i % domains.length] ?? 'zorg')} Groep ${i + 1}`
  const slug = slugify(name)
  return {
    ...system(random),
    _id: `organization.${slug}`,
    _type: 'organization',
    name,
    url: `https://www.${slug}.example.nl`,
    logo: `https://www.${slug}.example.nl/logo.png`,
    sameAs: [`https://www.linkedin.com/company/${slug}`],
  }
}

function span(random: Random, text: string, marks: string[] = []) {
  return { _type: 'span', _key: random.key(), text, marks }
}

function block(random: Random, text: string, style: 'normal' | 'h2' | 'h3' = 'normal') {
  return { _type: 'block', _key: random.key(), style, markDefs: [], children: [span(random, text)] }
}

function listItem(random: Random, lead: string, text: string) {
  return {
    _type: 'block',
    _key: random.key(),
    style: 'normal',
    listItem: 'bullet',
    level: 1,
    markDefs: [],
    children: [span(random, `${lead}: `, ['strong']), span(random, text)],
  }
}

function linked(random: Random, text: string, href: string) {
  const key = random.key()
  return {
    _type: 'block',
    _key: random.key(),
    style: 'normal',
    markDefs: [{ _type: 'link', _key: key, href }],
    children: [span(random, `${text} `), span(random, 'Lees meer', [key]), span(random, '.')],
  }
}

function profileBody(random: Random, pool: ReadonlyArray<string>, title: string) {
  const blocks: Doc[] = [block(random, paragraph(random, pool, 3, 5))]
  const sections = random.int(4, 5)
  for (let s = 0; s < sections; s++) {
    blocks.push(block(random, heading(random, title), 'h2'))
    blocks.push(block(random, paragraph(random, pool, 2, 4)))
    if (random.chance(0.5))
      for (const name of pickQualities(random, 3)) blocks.push(listItem(random, capitalise(name), paragraph(random, pool, 1, 1)))
    if (random.chance(0.3)) blocks.push(linked(random, paragraph(random, pool, 1, 2), `https://www.example.nl/beroepen/${slugify(title)}`))
  }
  if (random.chance(0.2))
    blocks.push({
      _type: 'jobldTable',
      _key: random.key(),
      rows: [
        { _type: 'jobldTableRow', _key: random.key(), cells: ['Niveau', 'Bruto per maand'] },
        { _type: 'jobldTableRow', _key: random.key(), cells: ['Junior', `€ ${random.int(2200, 2600)}`] },
        { _type: 'jobldTableRow', _key: random.key(), cells: ['Senior', `€ ${random.int(3200, 4200)}`] },
      ],
    })
  return blocks
}

function salaryTiers(random: Random, slug: string) {
  const hourly = 13 + random.int(0, 2000) / 100
  const hoursPerWeek = random.pick([32, 36, 38, 40])
  const levels = [
    ['Junior', 'junior', 1, 1, 0],
    ['Medior', 'medior', 2, 1.18, 24],
    ['Senior', 'senior', 3, 1.4, 60],
  ] as const
  return levels.map(([level, levelSlug, rank, factor, months]) => {
    const hour = Math.round(hourly * factor * 100) / 100
    const month = Math.round((hour * hoursPerWeek * 52) / 12 / 10) * 10
    const ranged = random.chance(0.3)
    return {
      ...system(random),
      _id: `salaryTier.${slug}.${levelSlug}`,
      _type: 'salaryTier',
      level,
      rank,
      basis: 'gross',
      currency: 'EUR',
      hoursPerWeek,
      experienceMonths: months,
      validFrom: '2026-01-01',
      source: 'cao 2026',
      amounts: [
        { _key: random.key(), _type: 'jobldSalaryAmount', period: 'HOUR', value: hour },
        ranged
          ? { _key: random.key(), _type: 'jobldSalaryAmount', period: 'MONTH', minValue: month - 100, maxValue: month + 100 }
          : { _key: random.key(), _type: 'jobldSalaryAmount', period: 'MONTH', value: month },
      ],
    }
  })
}

function faqEntry(random: Random, pool: ReadonlyArray<string>, id: string, text: string): Doc {
  const answer: Doc[] = [block(random, paragraph(random, pool, 2, 3))]
  if (random.chance(0.3)) answer.push(block(random, paragraph(random, pool, 1, 2)))
  if (random.chance(0.2)) for (const name of pickQualities(random, 3)) answer.push(listItem(random, capitalise(name), paragraph(random, pool, 1, 1)))
  return { ...system(random), _id: id, _type: 'faqEntry', question: text, answer, language: 'nl' }
}

function vacancy(
  random: Random,
  pool: ReadonlyArray<string>,
  parts: { slug: string; title: string; profileId: string; tierId: string | undefined; employer: string },
): Doc {
  const [locality, region, postcode] = random.pick(cities)
  const remote = random.chance(0.1)
  const posted = new Date(Date.UTC(2026, 8, 1) + random.int(0, 80) * 86_400_000)
  // About 1% has closed by 2026-11-26 (the benchmark's --now); the rest runs into 2027.
  const through = new Date(posted.getTime() + (random.chance(0.01) ? 20 : random.int(100, 200)) * 86_400_000)
  const day = (d: Date) => d.toISOString().slice(0, 10)
  return {
    ...system(random),
    _id: `vacancy.${parts.slug}`,
    _type: 'vacancy',
    title: `${parts.title} in ${locality}`,
    slug: { _type: 'slug', current: parts.slug },
    jobProfile: { _type: 'reference', _ref: parts.profileId },
    ...(parts.tierId ? { salaryTier: { _type: 'reference', _ref: parts.tierId } } : {}),
    hiringOrganization: { _type: 'reference', _ref: parts.employer },
    employmentTypes: random.chance(0.6) ? ['FULL_TIME'] : ['FULL_TIME', 'PART_TIME'],
    location: {
      _type: 'jobldJobLocation',
      country: 'NL',
      locality,
      region,
      postalCode: `${postcode} ${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}`,
      streetAddress: `Stationsplein ${random.int(1, 200)}`,
    },
    // Remote within the Netherlands: a tier-paid vacancy open to Belgium (pay transparency from 7 June 2026) would be refused.
    ...(remote ? { remote: true, applicantCountries: ['NL'] } : {}),
    datePosted: day(posted),
    validThrough: day(through),
    identifier: `VAC-${parts.slug.length}-${random.int(10000, 99999)}`,
    directApply: random.chance(0.5),
    applyUrl: `https://werken.example.nl/vacatures/${parts.slug}`,
    body: [
      block(random, paragraph(random, pool, 2, 4)),
      block(random, 'Wat ga je doen?', 'h3'),
      ...pickQualities(random, 3).map((name) => listItem(random, capitalise(name), paragraph(random, pool, 1, 1))),
      block(random, 'Wat bieden wij?', 'h3'),
      block(random, paragraph(random, pool, 2, 3)),
    ],
    language: 'nl',
  }
}

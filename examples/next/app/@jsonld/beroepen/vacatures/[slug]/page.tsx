import { JsonLdScript } from 'jobld/next'
import { vacancy } from '@/lib/vacancies'

/** The vacancy's JSON-LD (JobPosting), made by `exportJsonLd` from the documents: no exported folder. */
export default async function VacancyJsonLd({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return <JsonLdScript page={await vacancy(slug)} />
}

import { vacancy, vacancySlugs } from '@/lib/vacancies'

/** One page per current vacancy, prerendered; any other slug is a 404. */
export const dynamicParams = false
export function generateStaticParams() {
  return vacancySlugs()
}

export default async function VacancyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const page = await vacancy(slug)
  return <h1>Vacature: {page.slug}</h1>
}

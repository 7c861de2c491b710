import { JsonLd } from 'jobld/next'

/** The career page's JSON-LD (Occupation, FAQPage, Organization), read from the exported folder `jsonld/`. */
export default async function CareerJsonLd({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return <JsonLd slug={slug} />
}

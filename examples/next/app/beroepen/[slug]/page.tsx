import { exportedSlugs } from 'jobld/next'

/** One page per job profile in `jsonld/manifest.json`, prerendered; any other slug is a 404. */
export const dynamicParams = false
export function generateStaticParams() {
  return exportedSlugs('profile')
}

export default async function CareerPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return <h1>Beroep: {slug}</h1>
}

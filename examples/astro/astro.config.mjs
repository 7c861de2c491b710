import { defineConfig } from 'astro/config'
import { jobld } from 'jobld/astro'

export default defineConfig({
  site: 'https://www.example.nl',
  // Runs `jobld export` when the build starts, into jsonld/ (beside dist/, which astro build empties).
  // `now` is fixed so that this example builds the same pages every day; a site leaves it out
  // (the build's start) so that expired vacancies drop off.
  integrations: [jobld({ from: '../../content', out: 'jsonld', now: '2026-11-26', baseUrl: 'https://www.example.nl/beroepen' })],
})

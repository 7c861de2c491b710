import { defineConfig } from 'astro/config'
import { jobld } from 'jobld/astro'

export default defineConfig({
  site: 'https://www.example.nl',
  // Runs `jobld export` when the build starts, into jsonld/ (beside dist/, which astro build empties).
  integrations: [jobld({ from: '../../content', out: 'jsonld', now: '2026-11-26', baseUrl: 'https://www.example.nl/beroepen' })],
})

import { open } from 'lmdb'
import { rmSync } from 'node:fs'
rmSync('/tmp/store-exp/t7', { recursive: true, force: true })
const env = open({ path: '/tmp/store-exp/t7', maxDbs: 32 })
const m = (name: string) => env.openDB({ name, dupSort: true, encoding: 'ordered-binary' })
const slugs = m('slugs'), paths = m('paths'), refs = m('refs')
const units = env.openDB({ name: 'units', sharedStructuresKey: Symbol.for('structures') })
const meta = env.openDB({ name: 'meta' })
env.transactionSync(() => { for (let i = 0; i < 2000; i++) { slugs.putSync(`jobProfile:s${i}`, `jobProfile.id${i}`); refs.putSync(`t${i % 50}`, `jobProfile.id${i}`) } })
let i = 0
try {
  env.transactionSync(() => {
    for (i = 0; i < 2000; i++) {
      const owners = [...slugs.getValues(`jobProfile:s${i}`)]
      const r = [...refs.getValues(`t${i % 50}`)]
      paths.putSync(`p${i}.jsonld`, `jobProfile.id${i}`)
      const before = [...paths.getValues(`p${i}.jsonld`)]
      units.putSync(`jobProfile.id${i}`, { plan: { kind: 'profile', slug: 's' + i }, sig: 'x', owners })
      meta.putSync('dirty' + i, true)
    }
  })
  console.log('ok')
} catch (e) { console.log('fail at', i, e.message) }

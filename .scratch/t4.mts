import { open } from 'lmdb'
import { rmSync } from 'node:fs'
rmSync('/tmp/store-exp/t4', { recursive: true, force: true })
const env = open({ path: '/tmp/store-exp/t4', maxDbs: 32 })
const units = env.openDB({ name: 'units', sharedStructuresKey: Symbol.for('structures') })
const plain = env.openDB({ name: 'plain' })
const slugs = env.openDB({ name: 'slugs', dupSort: true, encoding: 'ordered-binary' })
env.transactionSync(() => { for (let i = 0; i < 100; i++) slugs.putSync(`jobProfile:s${i}`, `jobProfile.id${i}`) })
try {
  env.transactionSync(() => {
    for (let i = 0; i < 100; i++) {
      const owners = [...slugs.getValues(`jobProfile:s${i}`)]
      units.putSync(`u${i}`, { plan: { kind: 'profile', slug: 's' + i, path: 'p', sourceIds: ['a', 'b'] }, sig: 'x', issues: false, owners })
      plain.putSync(`v${i}`, { own: [], duplicates: [] })
    }
  })
  console.log('ok', units.get('u5'))
} catch (e) { console.log('fail', e.message) }

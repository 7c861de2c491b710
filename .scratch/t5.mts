import { open } from 'lmdb'
import { rmSync } from 'node:fs'
rmSync('/tmp/store-exp/t5', { recursive: true, force: true })
const env = open({ path: '/tmp/store-exp/t5', maxDbs: 32 })
const docs = env.openDB({ name: 'docs', sharedStructuresKey: Symbol.for('structures') })
const slugs = env.openDB({ name: 'slugs', dupSort: true, encoding: 'ordered-binary' })
env.transactionSync(() => { for (let i = 0; i < 100; i++) { slugs.putSync(`jobProfile:s${i}`, `jobProfile.id${i}`); docs.putSync(`jobProfile.id${i}`, { entries: [{ n: i, hash: 'h', check: { kind: 'valid', id: 'x', doc: { _id: 'x', slug: { current: 's' } } } }] }) } })
try {
  env.transactionSync(() => {
    for (let i = 0; i < 100; i++) {
      const d = docs.get(`jobProfile.id${i}`)
      const owners = [...slugs.getValues(`jobProfile:s${i}`)]
      const d2 = docs.get(`jobProfile.id${(i+1)%100}`)
    }
  })
  console.log('ok')
} catch (e) { console.log('fail', e.message) }
try {
  for (let i = 0; i < 100; i++) {
      const d = docs.get(`jobProfile.id${i}`)
      const it = slugs.getValues(`jobProfile:s${i}`)[Symbol.iterator]()
      const first = it.next()
      const d2 = docs.get(`jobProfile.id${(i+1)%100}`)
      const second = it.next()
  }
  console.log('ok2')
} catch (e) { console.log('fail2', e.message) }

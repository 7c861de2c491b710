import { openLmdbStore } from '../scripts/export/io/store/lmdbStore.ts'
import { writeFileSync, rmSync } from 'node:fs'
rmSync('/tmp/store-exp/t9', { recursive: true, force: true })
const s = await openLmdbStore('/tmp/store-exp/t9')
s.transaction(() => s.meta.put('x', 1))
await s.close()
writeFileSync('/tmp/store-exp/t9/data.mdb', 'not a store')
console.log('reopen')
const t = await openLmdbStore('/tmp/store-exp/t9')
console.log('opened', t.meta.get('x'))
await t.close()

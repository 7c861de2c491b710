import { open } from 'lmdb'
const env = open({ path: '/tmp/store-exp/c1/store', maxDbs: 32, readOnly: true })
const slugs = env.openDB({ name: 'slugs', dupSort: true, encoding: 'ordered-binary' })
let n = 0
for (const { key, value } of slugs.getRange({})) { if (n++ < 5) console.log(key, value) }
console.log(n)
const raw = env.openDB({ name: 'slugs', dupSort: true, encoding: 'binary', keyEncoding: 'binary' })
n = 0
for (const { key, value } of raw.getRange({})) { if (n++ < 3) console.log(key, value) }

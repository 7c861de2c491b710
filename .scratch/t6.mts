import { open } from 'lmdb'
const env = open({ path: '/tmp/store-exp/c1/store', maxDbs: 32 })
const slugs = env.openDB({ name: 'slugs', dupSort: true, encoding: 'ordered-binary' })
const raw = env.openDB({ name: 'slugs', dupSort: true, encoding: 'binary' })
console.log([...raw.getValues('jobProfile:adviseur-bouw')])
try { console.log([...slugs.getValues('jobProfile:adviseur-bouw')]) } catch (e) { console.log('fail', e.message) }
console.log([...slugs.getRange({start: 'jobProfile:adviseur-bo', end: 'jobProfile:adviseur-c'})].map(e=>[e.key,e.value]))

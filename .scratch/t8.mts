import { open } from 'lmdb'
import { rmSync, cpSync } from 'node:fs'
rmSync('/tmp/store-exp/replay', { recursive: true, force: true })
cpSync('/tmp/store-exp/failstore', '/tmp/store-exp/replay', { recursive: true })
const env = open({ path: '/tmp/store-exp/replay', maxDbs: 32, compression: false })
const docs = env.openDB({ name: 'docs' })
const slugs = env.openDB({ name: 'slugs', dupSort: true, encoding: 'ordered-binary' })
const t = (label: string, f: () => void) => { try { env.transactionSync(f); console.log(label, 'ok') } catch (e: any) { console.log(label, 'fail', e.message.slice(0, 40)) } }
t('values only', () => { [...slugs.getValues('jobProfile:adviseur-bouw')] })
t('values other key', () => { [...slugs.getValues('jobProfile:administrateur-zorg')] })
t('get then values', () => { docs.get('organization.logistiek-groep-2'); [...slugs.getValues('jobProfile:adviseur-bouw')] })
console.log('outside', [...slugs.getValues('jobProfile:adviseur-bouw')])
t('range', () => { console.log([...slugs.getRange({ start: 'jobProfile:adviseur-bouw', end: 'jobProfile:adviseur-bouw\u0001' })].length) })
console.log('size', docs.getBinary('organization.logistiek-groep-2')?.length, docs.getBinary('salaryTier.adviseur-bouw.junior')?.length)
t('get small then values', () => { docs.get('salaryTier.adviseur-bouw.junior'); [...slugs.getValues('jobProfile:adviseur-bouw')] })
t('get then values snapshot', () => { docs.get('organization.logistiek-groep-2'); [...slugs.getValues('jobProfile:adviseur-bouw', { snapshot: true } as any)] })
t('get then getKeys range', () => { docs.get('organization.logistiek-groep-2'); [...slugs.getRange({ start: 'jobProfile:adviseur-bouw', end: 'jobProfile:adviseur-bouw\u0001' })] })
t('get then getKeys range, other', () => { docs.get('organization.logistiek-groep-2'); console.log([...slugs.getRange({ start: 'jobProfile:adviseur-', end: 'jobProfile:adviseur-c' })].length) })

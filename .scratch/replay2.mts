import { open } from 'lmdb'
import { readFileSync, rmSync, cpSync } from 'node:fs'
rmSync('/tmp/store-exp/replay', { recursive: true, force: true })
cpSync('/tmp/store-exp/failstore', '/tmp/store-exp/replay', { recursive: true })
const env = open({ path: '/tmp/store-exp/replay', maxDbs: 32, compression: false })
const dbs: Record<string, any> = {}
const plainNames = ['meta','docs','strays','units','unitIssues','pages','dirty','pageIssues','loader']
for (const n of plainNames) dbs[n] = env.openDB({ name: n })
for (const n of ['referrers','slugs','expiry','unknown','paths','loaderMulti']) dbs[n] = env.openDB({ name: n, dupSort: true, encoding: 'ordered-binary' })
const ops = readFileSync('/tmp/store-exp/oplog2.txt', 'utf8').split('\n').map((l) => JSON.parse(l))
const skip = new Set((process.env.SKIP ?? '').split(',').filter(Boolean))
try {
  env.transactionSync(() => {
    ops.forEach(([name, op, key, value]: any, i: number) => {
      if (skip.has(op) || skip.has(name)) return
      const db = dbs[name]
      if (op === 'get') db.get(key)
      else if (op === 'put') db.putSync(key, value)
      else if (op === 'remove') db.removeSync(key)
      else if (op === 'values') [...db.getValues(key)]
      else if (op === 'add') db.putSync(key, value)
      else if (op === 'mremove') db.removeSync(key, value)
    })
  })
  console.log('replay ok')
} catch (e: any) { console.log('replay fail', e.message) }

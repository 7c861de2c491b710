import { parseMarkdownText } from './scripts/import/lib/parseMarkdownText.ts'
import { liftHtml } from './scripts/import/lib/html/liftHtml.ts'
import { plainText } from './scripts/import/lib/plainText.ts'
const md = `# T

<details><summary>Hoe word je lasser?</summary><p>Je volgt een &amp; opleiding.</p></details>

<details>
<summary>Is het zwaar?</summary>

Het werk vraagt **veel**.

- a
- b

</details>

<dl>
  <dt>Q1?</dt>
  <dd>A1 <ul><li>x</li></ul></dd>
</dl>

<table class="x">
  <thead>
    <tr><th>Niveau</th><th>Per maand</th></tr>
  </thead>
  <tbody>
    <tr><td>Junior</td><td>&euro;&nbsp;2.450</td></tr>
    <tr><th scope="row">Senior</th><td colspan="1">€ 3.100</td></tr>
  </tbody>
</table>

<h3>Q?</h3>
<p>A.</p>
`
const tree = parseMarkdownText(md)
const out = liftHtml(tree.children)
const show = (n: any, d = 0): void => { console.log(' '.repeat(d) + n.type + (n.depth ? n.depth : '') + ' ' + (n.position ? n.position.start.line + ':' + n.position.start.column : '-') + ' ' + (['paragraph','heading','tableCell'].includes(n.type) ? JSON.stringify(plainText(n)) : '')); if (n.children && !['paragraph','heading','tableCell'].includes(n.type)) for (const c of n.children) show(c, d + 2) }
for (const n of out) show(n)

import { parse } from 'parse5'
import type { DefaultTreeAdapterTypes } from 'parse5'

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document

/**
 * The texts of an HTML page's `<script type="application/ld+json">` elements, in document order,
 * as a browser (and Google's crawler) reads them: parse5 parses the page the way the HTML standard
 * says, so a script inside a comment, a `<template>` or an attribute is not one.
 * @param html the page
 * @returns each JSON-LD script's text, unparsed
 */
export function ldJsonScripts(html: string): string[] {
  const texts: string[] = []
  // Walked with a stack, not recursion: a page nested thousands deep must not exhaust the call stack.
  const stack: Node[] = [parse(html)]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) break
    if ('tagName' in node && node.tagName === 'script' && isJsonLd(node.attrs)) {
      texts.push(node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join(''))
      continue
    }
    if ('childNodes' in node) for (const child of [...node.childNodes].reverse()) stack.push(child)
  }
  return texts
}

function isJsonLd(attrs: ReadonlyArray<{ name: string; value: string }>): boolean {
  const type = attrs.find((attr) => attr.name === 'type')?.value
  return type !== undefined && type.split(';')[0]?.trim().toLowerCase() === 'application/ld+json'
}

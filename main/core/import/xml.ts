/**
 * XML parsing for .docx parts with @xmldom/xmldom (the parser mammoth itself uses), behind a minimal
 * node interface of our own. xmldom's bundled typings pull the whole browser DOM library into the
 * compilation (`/// <reference lib="dom" />`), which main/ must not see, so it is loaded with
 * createRequire and typed here. Namespace-aware: WordprocessingML elements are matched by local name
 * in either the transitional or the strict namespace.
 */
import { createRequire } from 'node:module';

export interface XmlAttr {
  localName: string;
  namespaceURI: string | null;
  value: string;
}

export interface XmlNode {
  nodeType: number;
  localName: string | null;
  namespaceURI: string | null;
  nodeValue: string | null;
  firstChild: XmlNode | null;
  nextSibling: XmlNode | null;
  attributes?: { length: number; item(index: number): XmlAttr | null };
}

interface XmlDocument {
  documentElement: XmlNode | null;
}

interface DomParser {
  parseFromString(source: string, mimeType: string): XmlDocument;
}

type DomParserClass = new (options: {
  errorHandler: Record<'warning' | 'error' | 'fatalError', (msg: string) => void>;
}) => DomParser;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export const NS = {
  w: new Set([
    'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    'http://purl.oclc.org/ooxml/wordprocessingml/main',
  ]),
  mc: new Set(['http://schemas.openxmlformats.org/markup-compatibility/2006']),
  m: new Set(['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math']),
  rel: new Set(['http://schemas.openxmlformats.org/package/2006/relationships']),
} as const;

const requireHere = createRequire(__filename);
let parserClass: DomParserClass | null = null;

function domParser(): DomParserClass {
  parserClass ??= (requireHere('@xmldom/xmldom') as { DOMParser: DomParserClass }).DOMParser;
  return parserClass;
}

export class XmlSyntaxError extends Error {}

/** Parses a part; throws XmlSyntaxError on malformed XML. Returns the root element. */
export function parseXml(source: string): XmlNode {
  const fail = (msg: string) => {
    throw new XmlSyntaxError(msg);
  };
  const Parser = domParser();
  const doc = new Parser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(
    source,
    'text/xml',
  );
  if (!doc.documentElement) throw new XmlSyntaxError('no root element');
  return doc.documentElement;
}

export function isElement(node: XmlNode): boolean {
  return node.nodeType === ELEMENT;
}

/** True when `node` is an element `local` in one of the namespaces `ns`. */
export function is(node: XmlNode, ns: ReadonlySet<string>, local: string): boolean {
  return node.nodeType === ELEMENT && node.localName === local && ns.has(node.namespaceURI ?? '');
}

export function isW(node: XmlNode, local: string): boolean {
  return is(node, NS.w, local);
}

export function* children(node: XmlNode): Generator<XmlNode> {
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT) yield c;
}

export function child(node: XmlNode | null | undefined, ns: ReadonlySet<string>, local: string): XmlNode | null {
  if (!node) return null;
  for (const c of children(node)) if (is(c, ns, local)) return c;
  return null;
}

export function wChild(node: XmlNode | null | undefined, local: string): XmlNode | null {
  return child(node, NS.w, local);
}

/** Every descendant element `local` in namespaces `ns`, in document order. */
export function* descendants(node: XmlNode, ns: ReadonlySet<string>, local: string): Generator<XmlNode> {
  for (const c of children(node)) {
    if (is(c, ns, local)) yield c;
    else yield* descendants(c, ns, local);
  }
}

/**
 * The attribute with local name `local`, in the WordprocessingML namespaces or in none (as
 * relationships and markup-compatibility attributes are). Undefined when absent.
 */
export function attr(node: XmlNode | null | undefined, local: string): string | undefined {
  const list = node?.attributes;
  if (!list) return undefined;
  for (let i = 0; i < list.length; i++) {
    const a = list.item(i);
    if (a && a.localName === local && (a.namespaceURI === null || NS.w.has(a.namespaceURI))) return a.value;
  }
  return undefined;
}

/** The concatenated text of all text nodes under `node`. */
export function textContent(node: XmlNode): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT || c.nodeType === CDATA) out += c.nodeValue ?? '';
    else if (c.nodeType === ELEMENT) out += textContent(c);
  }
  return out;
}

/** OOXML on/off values: absent → undefined; present without val, or "true"/"1"/"on" → true. */
export function onOff(node: XmlNode | null): boolean | undefined {
  if (!node) return undefined;
  const v = attr(node, 'val');
  return v === undefined || !['false', '0', 'off', 'none'].includes(v);
}

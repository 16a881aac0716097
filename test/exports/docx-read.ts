import { DOMParser } from '@xmldom/xmldom';
import { parseAllXmlParts } from './xlsx-read.js';

// Reads a Word file back the way a test needs it: every XML part parsed strictly (any error
// throws), then the body as paragraphs with their style and text, and the tables as rows.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxParagraph {
  style: string | null;
  text: string;
  numbered: boolean;
  /** Each run's text (as paragraphText) and whether it is set bold directly. */
  runs: { text: string; bold: boolean }[];
}

export interface DocxContent {
  parts: Map<string, string>;
  documentXml: string;
  paragraphs: DocxParagraph[];
  tables: string[][][];
}

interface XmlNode {
  nodeType: number;
  localName?: string | null;
  namespaceURI?: string | null;
  childNodes: ArrayLike<XmlNode>;
  textContent?: string | null;
  getAttributeNS?: (ns: string, name: string) => string | null;
}

function elements(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (let i = 0; i < n.childNodes.length; i++) {
      const c = n.childNodes[i];
      if (!c || c.nodeType !== 1) continue;
      if (c.localName === name && c.namespaceURI === W) out.push(c);
      else walk(c);
    }
  };
  walk(node);
  return out;
}

/** Text of a paragraph as Word shows it: w:t joined, w:br as a newline, w:tab as a tab. */
function paragraphText(p: XmlNode): string {
  let text = '';
  const walk = (n: XmlNode) => {
    for (let i = 0; i < n.childNodes.length; i++) {
      const c = n.childNodes[i];
      if (!c || c.nodeType !== 1) continue;
      if (c.localName === 't') text += c.textContent ?? '';
      else if (c.localName === 'br') text += '\n';
      else if (c.localName === 'tab' && n.localName === 'r') text += '\t';
      else if (c.localName !== 'instrText') walk(c);
    }
  };
  walk(p);
  return text;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const parts = await parseAllXmlParts(bytes);
  const documentXml = parts.get('word/document.xml');
  if (!documentXml) throw new Error('no word/document.xml');
  const doc = new DOMParser().parseFromString(documentXml, 'application/xml') as unknown as XmlNode;
  const body = elements(doc, 'body')[0];
  if (!body) throw new Error('no body');
  const paragraphs = elements(body, 'p').map((p) => {
    const style = elements(p, 'pStyle')[0]?.getAttributeNS?.(W, 'val') ?? null;
    const runs = elements(p, 'r').map((r) => {
      const bold = elements(r, 'b')[0];
      const value = bold?.getAttributeNS?.(W, 'val');
      return {
        text: paragraphText(r),
        bold: bold !== undefined && value !== 'false' && value !== '0',
      };
    });
    return { style, text: paragraphText(p), numbered: elements(p, 'numPr').length > 0, runs };
  });
  const tables = elements(body, 'tbl').map((tbl) =>
    elements(tbl, 'tr').map((tr) =>
      elements(tr, 'tc').map((tc) => elements(tc, 'p').map(paragraphText).join('\n')),
    ),
  );
  return { parts, documentXml, paragraphs, tables };
}

export function headings(content: DocxContent, level: 1 | 2 | 3): string[] {
  return content.paragraphs.filter((p) => p.style === `Heading${level}`).map((p) => p.text);
}

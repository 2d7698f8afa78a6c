/** Just enough XML for REST-XML services: element trees with text, no mixed content, attributes ignored. */
export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

export class XmlSyntaxError extends Error {}

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const skipMisc = (): void => {
    for (;;) {
      while (pos < source.length && /\s/.test(source[pos]!)) pos++;
      if (source.startsWith('<?', pos)) pos = indexAfter('?>');
      else if (source.startsWith('<!--', pos)) pos = indexAfter('-->');
      else return;
    }
  };
  const indexAfter = (token: string): number => {
    const at = source.indexOf(token, pos);
    if (at < 0) throw new XmlSyntaxError(`unterminated construct, expected ${token}`);
    return at + token.length;
  };
  const parseElement = (): XmlElement => {
    const open = /^<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(pos));
    if (!open) throw new XmlSyntaxError(`expected an element at offset ${pos}`);
    pos += open[0].length;
    const element: XmlElement = { name: localName(open[1]!), children: [], text: '' };
    if (open[3] === '/') return element;
    let text = '';
    for (;;) {
      if (pos >= source.length) throw new XmlSyntaxError(`element <${open[1]}> is not closed`);
      if (source.startsWith('</', pos)) {
        const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(source.slice(pos));
        if (!close || close[1] !== open[1]) throw new XmlSyntaxError(`mismatched closing tag for <${open[1]}> at offset ${pos}`);
        pos += close[0].length;
        element.text = element.children.length > 0 ? '' : decodeEntities(text);
        return element;
      }
      if (source.startsWith('<!--', pos)) pos = indexAfter('-->');
      else if (source.startsWith('<![CDATA[', pos)) {
        const end = indexAfter(']]>');
        text += source.slice(pos + 9, end - 3);
        pos = end;
      } else if (source[pos] === '<') element.children.push(parseElement());
      else text += source[pos++];
    }
  };
  skipMisc();
  const root = parseElement();
  skipMisc();
  if (pos !== source.length) throw new XmlSyntaxError('content after the root element');
  return root;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childText(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.text;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, entity: string) => {
    switch (entity) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return "'";
      default:
        return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A node to serialise: a string/number is text content, an array is child elements in order. */
export type XmlValue = string | number | boolean | XmlNode[];
export interface XmlNode {
  name: string;
  value: XmlValue;
}

export const node = (name: string, value: XmlValue): XmlNode => ({ name, value });

export function renderXml(root: XmlNode, xmlns?: string): string {
  const render = (n: XmlNode, attributes = ''): string => {
    const inner = Array.isArray(n.value) ? n.value.map((c) => render(c)).join('') : escapeXml(String(n.value));
    return `<${n.name}${attributes}>${inner}</${n.name}>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, xmlns ? ` xmlns="${xmlns}"` : '')}`;
}

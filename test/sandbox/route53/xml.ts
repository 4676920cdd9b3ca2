// The little XML the Route 53 REST-XML protocol uses: elements, text, no attributes that matter.

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);|&#(\d+);/g, (m, _n, code) =>
    code ? String.fromCharCode(Number(code)) : (ENTITIES[m] ?? m),
  );
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[c]};`);
}

/** Element children by name (in order), or the element's text when it has none. */
export interface Element {
  name: string;
  children: Element[];
  text: string;
}

export function parseXml(xml: string): Element {
  const body = xml.replace(/<\?xml[^>]*\?>/, "").trim();
  const root: Element = { name: "#root", children: [], text: "" };
  const stack = [root];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    const top = stack.at(-1) as Element;
    if (match[5] !== undefined) {
      top.text += decode(match[5]);
    } else if (match[1]) {
      stack.pop();
    } else {
      const element: Element = { name: match[2] as string, children: [], text: "" };
      top.children.push(element);
      if (!match[4]) stack.push(element);
    }
  }
  return root.children[0] as Element;
}

export function child(element: Element | undefined, name: string): Element | undefined {
  return element?.children.find((c) => c.name === name);
}

export function children(element: Element | undefined, name: string): Element[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

export function text(element: Element | undefined, name: string): string | undefined {
  const found = child(element, name);
  return found ? found.text.trim() : undefined;
}

/** `{ A: "x", B: [{ C: "y" }] }` as `<A>x</A><B><C>y</C></B>`; undefined values are left out. */
export function toXml(value: Record<string, unknown>): string {
  return Object.entries(value)
    .map(([name, v]) => {
      if (v === undefined) return "";
      if (Array.isArray(v)) return v.map((item) => element(name, item)).join("");
      return element(name, v);
    })
    .join("");
}

function element(name: string, v: unknown): string {
  if (v && typeof v === "object") return `<${name}>${toXml(v as Record<string, unknown>)}</${name}>`;
  return `<${name}>${escapeXml(String(v))}</${name}>`;
}

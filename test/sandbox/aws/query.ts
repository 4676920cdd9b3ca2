// The awsQuery wire format: form-encoded requests with `.member.N` lists, XML responses.

export type QueryValue = string | QueryValue[] | { [key: string]: QueryValue };
export type QueryParams = { [key: string]: QueryValue };

/** `A.member.1.B=x` → `{ A: [{ B: "x" }] }`. `entry.N.key/value` maps become `{ key: value }`. */
export function decodeQuery(body: string): QueryParams {
  const root: QueryParams = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(".");
    let node: QueryValue = root;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as string;
      const last = i === path.length - 1;
      const container = node as Record<string, QueryValue> & QueryValue[];
      if ((segment === "member" || segment === "entry") && /^\d+$/.test(path[i + 1] ?? "")) continue;
      const isIndex = /^\d+$/.test(segment) && (path[i - 1] === "member" || path[i - 1] === "entry");
      const slot: string | number = isIndex ? Number(segment) - 1 : segment;
      if (last) {
        (container as Record<string | number, QueryValue>)[slot] = value;
        break;
      }
      const nextIsList = path[i + 1] === "member" || path[i + 1] === "entry";
      const existing = (container as Record<string | number, QueryValue>)[slot];
      const child: QueryValue = existing ?? (nextIsList ? [] : {});
      (container as Record<string | number, QueryValue>)[slot] = child;
      node = child;
    }
  }
  return root;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", "'": "apos", '"': "quot" }[c]};`);
}

export type XmlValue = string | number | boolean | undefined | null | XmlValue[] | { [key: string]: XmlValue };

/** Objects become elements, arrays become `<member>` lists; undefined fields are left out. */
export function toXml(value: XmlValue): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((item) => `<member>${toXml(item)}</member>`).join("");
  if (typeof value === "object") {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
      .join("");
  }
  return escapeXml(String(value));
}

export function queryResponse(action: string, result: XmlValue, requestId: string, xmlns: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${xmlns}"><${action}Result>${toXml(result)}</${action}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
}

export function queryError(code: string, message: string, requestId: string, xmlns: string): string {
  const type = code === "InternalFailure" || code === "ServiceUnavailable" ? "Receiver" : "Sender";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${xmlns}"><Error><Type>${type}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

export function list(value: QueryValue | undefined): QueryValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.filter((v) => v !== undefined) : [value];
}

export function text(value: QueryValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

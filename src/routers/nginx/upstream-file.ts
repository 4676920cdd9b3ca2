// The managed upstream file: the upstream blocks cutover owns, and the ledger in its comments.
// It is the source of truth for the nginx router, so parsing is strict: a line cutover cannot
// place is an error that names it, and nothing is written over a file it cannot read. A file read
// here keeps its lines (the layout), so that a write changes the weights and the ledger and
// leaves every other byte as it was (src/routers/nginx/rewrite.ts).
import { COLORS, type Color } from "../../core/color.ts";
import { CutoverError } from "../../core/errors.ts";

export type { Color } from "../../core/color.ts";

/** One `server` line as the user gave it: the address and the parameters cutover keeps. */
export interface Server {
  address: string;
  params: string[];
}

/** A server in a block: its color (the line's comment) and the weight cutover gives it; 0 is `down`. */
export interface ServerLine extends Server {
  color: Color;
  weight: number;
}

export interface UpstreamBlock {
  name: string;
  /** Directives other than `server` (keepalive, zone, least_conn...), kept as written. */
  directives: string[];
  servers: ServerLine[];
}

export type Ledger = Record<Color, Record<string, string>>;

/** Where a block sits in the file as read: 0-based line indexes. */
export interface BlockLayout {
  open: number;
  close: number;
  servers: { line: number; server: ServerLine }[];
}

/** The file as read, line by line, for a write that keeps everything but weights and ledger. */
export interface Layout {
  lines: string[];
  blocks: Map<string, BlockLayout>;
  ledgerLines: number[];
  ledger: Ledger;
}

export interface ManagedFile {
  upstreams: UpstreamBlock[];
  ledger: Ledger;
  /** Set when the file was read: how it was laid out. */
  layout?: Layout;
}

const HEADER = [
  "# Managed by cutover (router: nginx). Your nginx.conf includes this file; cutover rewrites it",
  "# on every switch, and keeps each color's version and times on the '# ledger' lines.",
  "# Edit it only in this format: a file cutover cannot read stops every step, and nothing is written.",
];
/** Parameters that cutover sets itself; a server given with them would fight the weights. */
export const OWNED_PARAMS = ["weight=", "down", "backup"];
/**
 * The directives of an upstream block that leave its servers and their weights to the server lines
 * (ngx_http_upstream_module, ngx_http_upstream_{hash,ip_hash,least_conn,random,keepalive,zone}_module).
 * Anything else (`include`, NGINX Plus' `state` and `sticky`, ...) could bring servers or shares
 * cutover does not see, so it is refused.
 */
export const BLOCK_DIRECTIVES = [
  "zone",
  "keepalive",
  "keepalive_requests",
  "keepalive_time",
  "keepalive_timeout",
  "least_conn",
  "ip_hash",
  "hash",
  "random",
];
const NAME = /^[A-Za-z0-9_.-]+$/;
const LEDGER_KEY = /^[a-z0-9][a-z0-9:._-]*$/;

export function emptyLedger(): Ledger {
  return { blue: {}, green: {} };
}

export class FileError extends CutoverError {
  override name = "ManagedFileError";
}

function unreadable(file: string, line: number, problem: string): FileError {
  return new FileError(
    `The managed upstream file ${file} cannot be read at line ${line}: ${problem}. cutover reads a fixed format (upstream blocks whose server lines end in '# blue' or '# green', ledger lines '# ledger <color> <key>=<value>'); put that format back, or restore the file cutover last wrote. Nothing was written.`,
  );
}

/** `weight=N` (N ≥ 1) or `down` out of a server's parameters; the rest are kept. */
function splitParams(file: string, line: number, tokens: string[]): { weight: number; params: string[] } {
  let weight: number | undefined;
  let down = false;
  const params: string[] = [];
  for (const token of tokens) {
    if (token === "down") down = true;
    else if (token.startsWith("weight=")) {
      const value = token.slice("weight=".length);
      if (!/^[1-9]\d{0,5}$/.test(value)) throw unreadable(file, line, `'${token}' is not a weight of 1 or more`);
      if (weight !== undefined) throw unreadable(file, line, "a server has one weight");
      weight = Number(value);
    } else if (token === "backup")
      throw unreadable(file, line, "'backup' servers are not supported: cutover sets each color's share");
    else params.push(token);
  }
  if (down && weight !== undefined) throw unreadable(file, line, "a server is either 'down' or has a weight, not both");
  return { weight: down ? 0 : (weight ?? 1), params };
}

function parseServer(file: string, line: number, code: string, comment: string): ServerLine {
  const color = comment.trim();
  if (color !== "blue" && color !== "green") {
    throw unreadable(
      file,
      line,
      `a server line must end in '# blue' or '# green', found '${comment ? `#${comment}` : "no comment"}'`,
    );
  }
  const match = /^server\s+([^\s;{}]+)((?:\s+[^\s;{}]+)*)\s*;$/.exec(code);
  if (!match) throw unreadable(file, line, `'${code}' is not 'server ADDRESS [PARAMETERS];'`);
  const tokens = (match[2] ?? "").trim().split(/\s+/).filter(Boolean);
  return { address: match[1] as string, color, ...splitParams(file, line, tokens) };
}

function parseLedger(file: string, line: number, text: string, ledger: Ledger): void {
  const match = /^#\s*ledger\s+(\S+)\s+([^=\s]+)=(.*)$/.exec(text);
  const color = match?.[1];
  if (!match || (color !== "blue" && color !== "green") || !LEDGER_KEY.test(match[2] as string)) {
    throw unreadable(file, line, `'${text}' is not '# ledger blue|green KEY=VALUE'`);
  }
  ledger[color][match[2] as string] = (match[3] as string).trim();
}

/**
 * Where `text`'s comment starts, or -1. nginx starts a comment with a '#' only where a word would
 * start (ngx_conf_file.c, ngx_conf_read_token), so a '#' inside a word is part of it: refused, as
 * are quotes and escapes, which cutover does not read.
 */
export function commentAt(file: string, n: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"' || ch === "'" || ch === "\\") {
      throw unreadable(file, n, `quotes and escapes are not read by cutover, found ${JSON.stringify(text.trim())}`);
    }
    if (ch !== "#") continue;
    if (i === 0 || /[\s;{}]/.test(text[i - 1] as string)) return i;
    throw unreadable(file, n, `a '#' inside a word is part of the word for nginx, not a comment: ${JSON.stringify(text.trim())}`);
  }
  return -1;
}

function splitComment(file: string, n: number, text: string): { code: string; comment: string } {
  const at = commentAt(file, n, text);
  return at < 0 ? { code: text.trim(), comment: "" } : { code: text.slice(0, at).trim(), comment: text.slice(at + 1) };
}

/** A line outside any block: a ledger line, a comment, or the opening of an upstream block. */
function outsideLine(file: string, n: number, line: string, managed: ManagedFile): UpstreamBlock | undefined {
  if (/^#\s*ledger\b/.test(line)) parseLedger(file, n, line, managed.ledger);
  if (line.startsWith("#")) return undefined;
  const { code } = splitComment(file, n, line);
  const open = /^upstream\s+([^\s{]+)\s*\{$/.exec(code);
  if (!open || !NAME.test(open[1] as string)) {
    throw unreadable(file, n, `expected 'upstream NAME {', a comment or a blank line, found '${line}'`);
  }
  if (managed.upstreams.some((u) => u.name === open[1])) throw unreadable(file, n, `upstream '${open[1]}' is defined twice`);
  return { name: open[1] as string, directives: [], servers: [] };
}

/** A line inside a block; false once it closes the block. */
function insideLine(file: string, n: number, line: string, block: UpstreamBlock, at: BlockLayout): boolean {
  const { code, comment } = splitComment(file, n, line);
  if (code === "}") return false;
  if (code === "") return true; // a comment alone carries nothing cutover reads, and stays where it is
  if (/^server\s/.test(code)) {
    const server = parseServer(file, n, code, comment);
    block.servers.push(server);
    at.servers.push({ line: n - 1, server });
    return true;
  }
  const directive = /^([a-z_]+)(\s+[^{};]+)?;$/.exec(code);
  if (!directive) throw unreadable(file, n, `expected a server line, a one-line directive or '}', found '${line}'`);
  if (!BLOCK_DIRECTIVES.includes(directive[1] as string)) {
    throw unreadable(
      file,
      n,
      `'${directive[1]}' in upstream ${block.name} is not a directive cutover understands (${BLOCK_DIRECTIVES.join(", ")}): servers or shares it brings would take traffic that cutover neither sees nor moves. List every server on its own line with '# blue' or '# green'`,
    );
  }
  block.directives.push(code);
  return true;
}

export function parseManagedFile(text: string, file: string): ManagedFile {
  const lines = text.split("\n");
  const layout: Layout = { lines, blocks: new Map(), ledgerLines: [], ledger: emptyLedger() };
  const managed: ManagedFile = { upstreams: [], ledger: emptyLedger() };
  let block: UpstreamBlock | undefined;
  let at: BlockLayout | undefined;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    if (!block || !at) {
      if (/^#\s*ledger\b/.test(line)) layout.ledgerLines.push(index);
      block = outsideLine(file, index + 1, line, managed);
      at = block && { open: index, close: index, servers: [] };
    } else if (!insideLine(file, index + 1, line, block, at)) {
      managed.upstreams.push(block);
      layout.blocks.set(block.name, { ...at, close: index });
      block = undefined;
      at = undefined;
    }
  }
  if (block) throw unreadable(file, lines.length, `upstream '${block.name}' is not closed with '}'`);
  layout.ledger = { blue: { ...managed.ledger.blue }, green: { ...managed.ledger.green } };
  return { ...managed, layout };
}

function ledgerValue(value: string): string {
  return value.replace(/[\r\n]+/g, " ").trim();
}

export function serverLine(server: ServerLine, indent = "    "): string {
  const share = server.weight > 0 ? `weight=${server.weight}` : "down";
  return `${indent}server ${[server.address, share, ...server.params].join(" ")}; # ${server.color}`;
}

export function renderBlock(block: UpstreamBlock): string {
  return [
    `upstream ${block.name} {`,
    ...block.directives.map((d) => `    ${d}`),
    ...block.servers.map((s) => serverLine(s)),
    "}",
  ].join("\n");
}

export function ledgerLines(ledger: Ledger): string[] {
  return COLORS.flatMap((color) =>
    Object.entries(ledger[color]).map(([key, value]) => `# ledger ${color} ${key}=${ledgerValue(value)}`),
  );
}

/** The file as cutover writes it from nothing: a header, the ledger, the blocks. */
export function renderFreshFile(managed: ManagedFile): string {
  const ledger = ledgerLines(managed.ledger);
  const blocks = managed.upstreams.map(renderBlock);
  return `${[...HEADER, ...(ledger.length ? ["#", ...ledger] : []), "", blocks.join("\n\n")].join("\n")}\n`;
}

/** The block of an upstream the inputs name; its absence is the user's layout, not ours, to fix. */
export function upstreamNamed(managed: ManagedFile, name: string, file: string, input: string): UpstreamBlock {
  const block = managed.upstreams.find((u) => u.name === name);
  if (block) return block;
  const found = managed.upstreams.map((u) => u.name).join(", ") || "none";
  throw new FileError(
    `The managed upstream file ${file} has no 'upstream ${name}' block, which ${input} names (upstreams found: ${found}). Nothing was written.`,
  );
}

/** A ledger with `set` written over and `remove` taken out of one color; values become one line. */
export function editLedger(ledger: Ledger, color: Color, set: Record<string, string>, remove: string[]): Ledger {
  const bad = Object.keys(set).find((key) => !LEDGER_KEY.test(key));
  if (bad)
    throw new CutoverError(`'${bad}' cannot be a ledger key in the managed upstream file (letters, digits, ':', '.', '_', '-').`);
  const edited: Ledger = { blue: { ...ledger.blue }, green: { ...ledger.green } };
  for (const key of remove) delete edited[color][key];
  for (const [key, value] of Object.entries(set)) edited[color][key] = ledgerValue(value);
  return edited;
}

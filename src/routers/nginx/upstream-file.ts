// The managed upstream file: the upstream blocks cutover owns, and the ledger in its comments.
// It is the source of truth for the nginx router, so parsing is strict: a line cutover cannot
// place is an error that names it, and nothing is written over a file it cannot read.
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

export interface ManagedFile {
  upstreams: UpstreamBlock[];
  ledger: Ledger;
}

const HEADER = [
  "# Managed by cutover (router: nginx). Your nginx.conf includes this file; cutover rewrites it",
  "# on every switch, and keeps each color's version and times on the '# ledger' lines.",
  "# Edit it only in this format: a file cutover cannot read stops every step, and nothing is written.",
];
/** Parameters that cutover sets itself; a server given with them would fight the weights. */
export const OWNED_PARAMS = ["weight=", "down", "backup"];
const NAME = /^[A-Za-z0-9_.-]+$/;
const LEDGER_KEY = /^[a-z0-9][a-z0-9:._-]*$/;

export function emptyLedger(): Ledger {
  return { blue: {}, green: {} };
}

class FileError extends CutoverError {
  override name = "ManagedFileError";
}

function unreadable(file: string, line: number, problem: string): FileError {
  return new FileError(
    `The managed upstream file ${file} cannot be read at line ${line}: ${problem}. cutover wrote it in a fixed format (upstream blocks whose server lines end in '# blue' or '# green', ledger lines '# ledger <color> <key>=<value>'); put that format back, or restore the file cutover last wrote. Nothing was written.`,
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
  const match = /^server\s+(\S+)((?:\s+[^\s;]+)*)\s*;$/.exec(code);
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

/** Splits `code # comment`; nginx has no quoting in what cutover writes, so the first # starts it. */
function splitComment(text: string): { code: string; comment: string } {
  const at = text.indexOf("#");
  return at < 0 ? { code: text.trim(), comment: "" } : { code: text.slice(0, at).trim(), comment: text.slice(at + 1) };
}

/** A line outside any block: a ledger line, a comment, or the opening of an upstream block. */
function outsideLine(file: string, n: number, line: string, managed: ManagedFile): UpstreamBlock | undefined {
  if (/^#\s*ledger\b/.test(line)) parseLedger(file, n, line, managed.ledger);
  if (line.startsWith("#")) return undefined;
  const open = /^upstream\s+(\S+)\s*\{$/.exec(line);
  if (!open || !NAME.test(open[1] as string)) {
    throw unreadable(file, n, `expected 'upstream NAME {', a comment or a blank line, found '${line}'`);
  }
  if (managed.upstreams.some((u) => u.name === open[1])) throw unreadable(file, n, `upstream '${open[1]}' is defined twice`);
  return { name: open[1] as string, directives: [], servers: [] };
}

/** A line inside a block; false once it closes the block. */
function insideLine(file: string, n: number, line: string, block: UpstreamBlock): boolean {
  const { code, comment } = splitComment(line);
  if (code === "}") return false;
  if (code === "" && comment !== "") return true; // a comment alone carries nothing cutover keeps
  if (/^server\s/.test(code)) block.servers.push(parseServer(file, n, code, comment));
  else if (/^[a-z_]+(\s+[^{};]+)?;$/.test(code)) block.directives.push(code);
  else throw unreadable(file, n, `expected a server line, a one-line directive or '}', found '${line}'`);
  return true;
}

export function parseManagedFile(text: string, file: string): ManagedFile {
  const managed: ManagedFile = { upstreams: [], ledger: emptyLedger() };
  let block: UpstreamBlock | undefined;
  const lines = text.split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    if (!block) block = outsideLine(file, index + 1, line, managed);
    else if (!insideLine(file, index + 1, line, block)) {
      managed.upstreams.push(block);
      block = undefined;
    }
  }
  if (block) throw unreadable(file, lines.length, `upstream '${block.name}' is not closed with '}'`);
  return managed;
}

function ledgerValue(value: string): string {
  return value.replace(/[\r\n]+/g, " ").trim();
}

function serverLine(server: ServerLine): string {
  const share = server.weight > 0 ? `weight=${server.weight}` : "down";
  return `    server ${[server.address, share, ...server.params].join(" ")}; # ${server.color}`;
}

export function renderBlock(block: UpstreamBlock): string {
  return [`upstream ${block.name} {`, ...block.directives.map((d) => `    ${d}`), ...block.servers.map(serverLine), "}"].join(
    "\n",
  );
}

export function renderManagedFile(managed: ManagedFile): string {
  const ledger = COLORS.flatMap((color) =>
    Object.entries(managed.ledger[color]).map(([key, value]) => `# ledger ${color} ${key}=${ledgerValue(value)}`),
  );
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

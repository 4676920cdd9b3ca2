// Text cutover did not write (an app's answer, a cluster's annotation, a tag, an alarm's reason, a
// parser's message) reaches the log and the job summary through runner.ts, which passes every
// line through here. The runner reads a line as a workflow command when, after leading
// whitespace, it starts with `::`, or when it holds `##[` anywhere (actions/runner,
// src/Runner.Common/ActionCommand.cs: TryParseV2 trims the start, TryParse looks for the prefix
// with IndexOf); it splits its input on CR and LF. The summary is GitHub-flavoured Markdown,
// where raw HTML and links are live.

/** C0/C1 controls (tab aside), line and paragraph separators, bidi overrides and the BOM. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is neutralised
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const CONTROL_BUT_BREAKS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: as above, with LF and CR left alone
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** One log line that the runner shows as it is: no command, no control character. */
function neutralLine(line: string): string {
  const shown = line.replace(CONTROL, visible).replaceAll("##[", "## [");
  return shown.replace(/^(\s*):(?=:)/, "$1: ");
}

/** A plain log message, line by line: whatever it holds, no line of it starts a workflow command. */
export function neutralLog(message: string): string {
  return message
    .split(/\r\n|\r|\n/)
    .map(neutralLine)
    .join("\n");
}

/**
 * The data of a command cutover issues (`::error::`, `::warning::`): @actions/core escapes CR, LF
 * and % in it, so only the other control characters need showing, and `##[` breaking.
 */
export function neutralData(message: string): string {
  return message.replace(CONTROL_BUT_BREAKS, visible).replaceAll("##[", "## [");
}

/**
 * Free text in a summary line or cell: one line, in a code span whose fence is longer than any
 * run of backticks inside it (CommonMark 6.1), so nothing in it is Markdown or HTML. `|` stays
 * escaped for tables (GFM 4.10 reads `\|` as a pipe inside code spans too).
 */
export function code(text: string): string {
  const flat = neutralData(text)
    .replace(/[\r\n]+/g, " ")
    .replaceAll("|", "\\|");
  if (flat === "") return "";
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || /^ .* $/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** What GitHub turns into a link on its own (GFM 6.9 extended autolinks): URLs, www. and e-mail addresses. */
const AUTOLINK = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s`<]*[^\s`<.,;:!?)'"*_~]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/**
 * The job summary, made inert outside code spans and cutover's own charts: `<` never opens HTML,
 * `[` and `]` never make a link or image, a bare URL or address is put in a code span, and no
 * other fenced block can open (a fence from untrusted text would hide the rest from this pass).
 * Idempotent, so a block can be measured after it and written through it again.
 */
export function safeMarkdown(markdown: string): string {
  let inChart = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (inChart) {
        if (/^ {0,3}`{3,}\s*$/.test(line)) inChart = false;
        return line.replaceAll("<", "&lt;");
      }
      if (line === CHART_FENCE) {
        inChart = true;
        return line;
      }
      return safeInline(line.replace(/^( {0,3})~(?=~~)/, "$1\\~").replace(DEFINITION, "$1\\["));
    })
    .join("\n");
}

/** A link reference definition's start (CommonMark 4.7), within block quotes or list items: its `[` is escaped. */
const DEFINITION = /^((?:\s*(?:>|[*+-]|\d{1,9}[.)]))*\s*)\[(?=[^\]]*\]:)/;

/** The one fenced block cutover writes: a Mermaid chart (github/chart.ts), whose lines hold no `<`. */
const CHART_FENCE = "```mermaid";

/** One line outside fences: code spans kept whole, the text between them made inert. */
function safeInline(line: string): string {
  let out = "";
  let text = "";
  let i = 0;
  const flush = () => {
    out += inertText(text);
    text = "";
  };
  while (i < line.length) {
    const c = line[i] as string;
    if (c === "\\" && i + 1 < line.length) {
      text += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === "`") {
      const run = /^`+/.exec(line.slice(i))?.[0] as string;
      const close = closingRun(line, i + run.length, run.length);
      if (close >= 0) {
        flush();
        out += line.slice(i, close + run.length);
        i = close + run.length;
        continue;
      }
      text += run.replaceAll("`", "\\`");
      i += run.length;
      continue;
    }
    text += c;
    i += 1;
  }
  flush();
  return out;
}

/** Where a run of exactly `length` backticks starts at or after `from`, or -1. */
function closingRun(line: string, from: number, length: number): number {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let m = runs.exec(line); m; m = runs.exec(line)) if (m[0].length === length) return m.index;
  return -1;
}

/** Text outside code spans: escapes kept, `<` escaped, a `]` that would end a link's text escaped, autolinks fenced. */
function inertText(text: string): string {
  const parts = text.split(/(\\[\s\S])/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part
        .replaceAll("<", "&lt;")
        .replace(/\](?=[([])/g, "\\]")
        .replace(AUTOLINK, (link) => code(link));
    })
    .join("");
}

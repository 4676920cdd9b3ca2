// Hostile text, and the judges of what the runner and GitHub would make of cutover's output: the
// runner parses a line as a workflow command when, after leading whitespace, it starts with `::`,
// or when it holds `##[` (actions/runner, src/Runner.Common/ActionCommand.cs, TryParseV2 and
// TryParse); GitHub renders the summary as GitHub-flavoured Markdown, with raw HTML and autolinks.
import { marked } from "marked";
import { random } from "./random.ts";

/** Pieces an attacker would try. A forged command's data starts with "pwned", which cutover never writes first. */
const FRAGMENTS = [
  "\n::error::pwned",
  "\r\n::set-output name=x::pwned",
  "\r::warning title=t::pwned",
  "%0A::error::pwned%0D%0A",
  "##[warning]pwned",
  "##[set-output name=x;]pwned",
  "\n  ::add-mask::pwned",
  "\n::stop-commands::pwned",
  "\u2028::group::pwned",
  "\u0085::endgroup::pwned",
  "\ufeff::debug::pwned",
  "\n\t::notice::pwned",
  "\u001b[31mred\u001b[0m",
  "\u0000\u0007\u007f",
  '<img src="https://evil.example/i.png" onerror="alert(1)">',
  "<script>alert(1)</script>",
  "<!-- hidden -->",
  "<https://evil.example/auto>",
  "[click](https://evil.example/x)",
  "![pic](https://evil.example/p.png)",
  "[ref]\n\n[ref]: https://evil.example/r",
  "https://evil.example/bare",
  "www.evil.example",
  "ops@evil.example",
  "`",
  "``",
  "` <b>in</b> `",
  "|",
  "**bold**",
  "\n# heading",
  "\n> quote",
  "\n```\nfenced <img src=x>\n",
  "\\[x](https://evil.example/esc)",
  "&lt;img src=x&gt;",
  "\u202eevil",
];
const PLAIN = "abcXYZ019 _-.:/@=+";

/** A hostile string from `seed`: fragments mixed with plain text. */
export function hostileText(seed: number, pieces = 4): string {
  const next = random(seed);
  let text = "";
  for (let i = 0; i < pieces; i++) {
    text += PLAIN.slice(0, 1 + Math.floor(next() * PLAIN.length));
    text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
  }
  return text;
}

/** The same for an HTTP header value: no CR, LF or other control character can be sent (RFC 9110). */
export function hostileHeader(seed: number): string {
  return [...hostileText(seed)]
    .map((c) => (c >= " " && c <= "~" ? c : " "))
    .join("")
    .trim();
}

const OWN = /^::(error|warning|add-mask|group|endgroup)::/;

/** Lines of a raw log that the runner would take for a command cutover did not issue. */
export function forgedCommands(raw: string): string[] {
  return raw.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).filter((line) => {
    if (line.includes("##[")) return true;
    const start = line.replace(/^[\s\u0085\ufeff]+/, "");
    if (!start.startsWith("::")) return false;
    return start !== line || !OWN.test(line) || /^::[^:]*::pwned/.test(line);
  });
}

/** What Markdown itself makes: structure and emphasis, never a link, an image or an element from the text. */
const INERT = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "strong",
  "em",
  "code",
  "pre",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "blockquote",
  "ul",
  "ol",
  "li",
  "br",
  "hr",
  "del",
]);

/**
 * Elements GitHub would render from the summary beyond text formatting: links, images, raw HTML.
 * Each step's summary opens with cutover's own lines (github/headline.ts): a status heading, then
 * one paragraph of facts and links to the run, the deployment and the environment URL. Those links
 * are the only ones allowed, and only there, only to the sandbox run's repository or the given URLs.
 */
export function liveMarkup(summary: string, allowed: string[] = ["https://github.com/acme/shop/"]): string[] {
  const head = /^### [^\n]*\n\n[^\n]*(?:\n[^\n]+)?\n\n/.exec(summary)?.[0] ?? "";
  const ours = (tag: string) =>
    tag === "</a>" || allowed.some((prefix) => tag.startsWith(`<a href="${prefix}`) && /^<a href="[^"]*">$/.test(tag));
  return [...live(head).filter((tag) => !ours(tag)), ...live(summary.slice(head.length))];
}

function live(markdown: string): string[] {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)[^>]*>/g)]
    .filter((m) => !INERT.has((m[1] as string).toLowerCase()))
    .map((m) => m[0]);
}

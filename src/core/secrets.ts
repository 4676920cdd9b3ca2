// Every value registered as a secret, in every form cutover could print it: as given, URL-encoded,
// base64 (standard and URL-safe), JSON-escaped, and line by line for a multi-line one (a PEM key).
// runner.ts hides them in every log line, summary, output and report it writes; the runner's own
// mask (`::add-mask::`) only matches what it was told, and cutover prints normalised URLs, JSON and
// cut values that it was never told.

/** Below this, a form is only hidden whole: a shorter prefix could be any text. */
const PREFIX = 8;
/** Shorter values are not hidden at all ("1", "on"): the log would lose every such word. */
const SHORTEST = 4;

const registered = new Set<string>();

/** The forms of `secret` worth hiding, the longest first. */
export function secretForms(secret: string): string[] {
  const lines = secret.split(/\r?\n/).map((l) => l.trim());
  const forms = [
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString("base64"),
    Buffer.from(secret).toString("base64url"),
    JSON.stringify(secret).slice(1, -1),
    ...(lines.length > 1 ? lines : []),
  ];
  return [...new Set(forms)].filter((f) => f.length >= SHORTEST).sort((a, b) => b.length - a.length);
}

/** Registers a secret; returns the forms that were new, for the runner's mask. */
export function registerSecret(secret: string): string[] {
  const fresh = secretForms(secret).filter((f) => !registered.has(f));
  for (const form of fresh) registered.add(form);
  return fresh;
}

/**
 * `text` with every registered form shown as ***: whole, cut short (a prefix of PREFIX characters
 * or more, as a clipped cell shows it), or broken across lines. `minimum` skips shorter forms.
 */
export function redact(text: string, minimum = SHORTEST): string {
  let shown = text;
  for (const form of registered) if (form.length >= minimum) shown = redactForm(shown, form);
  return shown;
}

function redactForm(text: string, form: string): string {
  const first = form[0] as string;
  if (!text.includes(first)) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const end = text[i] === first ? matchEnd(text, i, form) : -1;
    if (end > i) {
      out += "***";
      i = end;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/** Where the longest run of `form`'s start that begins at `at` ends, line breaks within it skipped. */
function matchEnd(text: string, at: number, form: string): number {
  let j = 0;
  let k = at;
  let matched = at;
  while (k < text.length && j < form.length) {
    if (text[k] === form[j]) {
      j += 1;
      k += 1;
      matched = k;
    } else if (j > 0 && (text[k] === "\n" || text[k] === "\r")) k += 1;
    else break;
  }
  return j >= Math.min(form.length, PREFIX) ? matched : -1;
}

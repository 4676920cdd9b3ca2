// Reads src/ for ALB's vocabulary (test/support/alb-words.ts): each file's strings for ALB words,
// its code for ALB's type and field names. Comments are not read: one that names ALB as one router
// among several explains, it does not speak to a user.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { albWordsIn } from "./alb-words.ts";

/** ALB's own folder and the ALB-only features, where its words belong. */
export const ALB_ONLY = ["src/routers/alb/", "src/metrics/", "src/cdn/"];

/** ALB's names in code: its CloudWatch dimensions and its target health type. */
export const ALB_NAMES = /target_?group|load_?balancer|\bTargetHealth\b|elbv2/i;

/** Text that may stay in `file` ("*": any), with why; `text` "*" allows the whole file. */
export interface Allowed {
  file: string;
  text: string;
  reason: string;
}

export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return file.endsWith(".ts") ? [file] : [];
  });
}

/** A file's text split into code and strings, comments left out; each piece keeps its line number. */
export function pieces(text: string): { kind: "code" | "string"; text: string; line: number }[] {
  const out: { kind: "code" | "string"; text: string; line: number }[] = [];
  let line = 1;
  let i = 0;
  let code = "";
  let codeLine = 1;
  const flush = () => {
    if (code.trim()) out.push({ kind: "code", text: code, line: codeLine });
    code = "";
    codeLine = line;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      line += (text.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
    } else if (c === '"' || c === "'" || c === "`") {
      flush();
      const start = line;
      let j = i + 1;
      while (j < text.length && text[j] !== c) {
        if (text[j] === "\\") j++;
        else if (text[j] === "\n") line++;
        j++;
      }
      out.push({ kind: "string", text: withoutExpressions(text.slice(i + 1, j)), line: start });
      i = j + 1;
      codeLine = line;
    } else if (c === "\n") {
      flush();
      line++;
      codeLine = line;
      i++;
    } else {
      code += c;
      i++;
    }
  }
  flush();
  return out;
}

/** A template's text without its `${…}` expressions: they are code, not words. */
function withoutExpressions(template: string): string {
  let text = template;
  while (/\$\{[^{}]*\}/.test(text)) text = text.replace(/\$\{[^{}]*\}/g, "…");
  return text;
}

function allowed(list: Allowed[], file: string, text: string): string {
  let left = text;
  for (const entry of list) {
    if (entry.file !== "*" && entry.file !== file) continue;
    if (entry.text === "*") return "";
    left = left.split(entry.text).join("");
  }
  return left;
}

/** Each line outside ALB's folders that speaks an ALB word, as `file:line: words`. */
export function albVocabulary(root: string, list: Allowed[]): string[] {
  const files = sources(path.join(root, "src"))
    .map((file) => path.relative(root, file))
    .filter((file) => !ALB_ONLY.some((folder) => file.startsWith(folder)));
  return files.flatMap((file) =>
    pieces(readFileSync(path.join(root, file), "utf8")).flatMap((piece) => {
      const text = allowed(list, file, piece.text);
      const words = piece.kind === "string" ? albWordsIn(text) : ALB_NAMES.test(text) ? ["ALB's names in code"] : [];
      return words.length ? [`${file}:${piece.line}: ${words.join(", ")}: ${text.trim().slice(0, 100)}`] : [];
    }),
  );
}

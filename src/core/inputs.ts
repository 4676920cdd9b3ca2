import { ConfigurationError } from "./errors.ts";
import * as core from "./runner.ts";
import { hideUserinfo, maskUserinfo, shownUrl } from "./urls.ts";

let aliases: Record<string, string> = {};

/**
 * Reads a step's inputs under other names: the one-step root action gives each phase's inputs
 * their own names (`paths` of warm-caches is `warm-paths` there), and errors name what the user set.
 * `read` is synchronous (readInputs does no I/O), so the names hold for exactly that call: no other
 * read can interleave, which is why they are not threaded through the 175 reader calls.
 */
export function readingAs<T>(names: Record<string, string>, read: () => T): T {
  const saved = aliases;
  aliases = names;
  try {
    return read();
  } finally {
    aliases = saved;
  }
}

function inputName(name: string): string {
  return aliases[name] ?? name;
}

/** Where an input that was not given finds its value: the environment file, when one is in use. */
export interface Fallback {
  /** The setting an input is called in the file. */
  setting(input: string): string;
  value(input: string): string | undefined;
  /** The file and key path, for errors. */
  where(input: string): string;
  /** With several routers: each one's settings, read through readingFrom. */
  routers?: Fallback[];
}

let fallback: Fallback | undefined;
/** While set, the only source of every input: one entry of an environment's `routers:` list. */
let scope: Fallback | undefined;

export function useFallback(next: Fallback | undefined): void {
  fallback = next;
}

/** The fallback in use, when an environment file is. */
export function currentFallback(): Fallback | undefined {
  return fallback;
}

/**
 * Reads inputs from `source` alone (nothing given directly, no other setting), for exactly the
 * synchronous `read`: one router's settings among several in an environment's `routers:` list.
 */
export function readingFrom<T>(source: Fallback, read: () => T): T {
  const saved = scope;
  scope = source;
  try {
    return read();
  } finally {
    scope = saved;
  }
}

export function inputError(name: string, problem: string, example: string): ConfigurationError {
  const shown = inputName(name);
  if (scope) return new ConfigurationError(`${scope.where(shown)} ${problem}. Example: ${scope.setting(shown)}: ${example}`);
  if (fallback && !given(name)) {
    const where = fallback.where(shown);
    const setting = fallback.setting(shown);
    if (fallback.value(shown) !== undefined)
      return new ConfigurationError(`${where} ${problem}. Example: ${setting}: ${example}`);
    return new ConfigurationError(`Input '${shown}' (or ${where}) ${problem}. Example: ${shown}: ${example}`);
  }
  return new ConfigurationError(`Input '${shown}' ${problem}. Example: ${shown}: ${example}`);
}

/** A value as an error message quotes it: shortened, in quotes. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

function given(name: string): string {
  return core.getInput(inputName(name)).trim();
}

/**
 * The raw input, trimmed; when not given (unset or empty), the environment file's setting; '' when
 * neither. Kept separate so that every reader sees the same value.
 */
function raw(name: string): string {
  if (scope) return scope.value(name)?.trim() || "";
  return given(name) || fallback?.value(inputName(name))?.trim() || "";
}

export function readString(name: string, fallback = ""): string {
  return raw(name) || fallback;
}

export function readRequiredString(name: string, example: string): string {
  const value = raw(name);
  if (!value) throw inputError(name, "is required but was empty", example);
  return value;
}

/** Items separated by commas and/or newlines; blanks dropped. */
export function readList(name: string): string[] {
  return raw(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

const TRUE_WORDS = new Set(["true", "True", "TRUE"]);
const FALSE_WORDS = new Set(["false", "False", "FALSE"]);

/** YAML 1.2 core-schema booleans only: `yes`/`on` are mistakes, not truths. */
export function readBoolean(name: string, fallback: boolean): boolean {
  const value = raw(name);
  if (!value) return fallback;
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw inputError(name, `must be true or false, got ${quoted(value)}`, String(fallback));
}

export function readInteger(name: string, fallback: number, range: { min: number; max: number }): number {
  const value = raw(name);
  if (!value) return fallback;
  if (!/^-?\d+$/.test(value)) throw inputError(name, `must be a whole number, got ${quoted(value)}`, String(fallback));
  const parsed = Number(value);
  if (parsed < range.min || parsed > range.max) {
    throw inputError(name, `must be between ${range.min} and ${range.max}, got ${parsed}`, String(fallback));
  }
  return parsed;
}

/** `1%`, `0.5%` or a fraction such as `0.01`; returned as a fraction. */
export function readPercent(name: string, fallback: string): number {
  const value = raw(name) || fallback;
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value);
  const fraction = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!match || fraction > 1 || (!match[2] && Number(match[1]) > 1)) {
    throw inputError(name, `must be a percentage such as 1% or a fraction such as 0.01, got ${quoted(value)}`, fallback);
  }
  return fraction;
}

export function readChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = raw(name);
  if (!value) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw inputError(name, `must be one of ${choices.join(", ")}, got ${quoted(value)}`, fallback);
}

/** A choice that may be left empty: undefined then. */
export function readOptionalChoice<T extends string>(name: string, choices: readonly T[]): T | undefined {
  if (!raw(name)) return undefined;
  return readChoice(name, choices, choices[0] as T);
}

export function readUrl(name: string, example = "https://test.example.com/health"): URL | undefined {
  const value = raw(name);
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw inputError(name, `is not a URL, got ${quoted(hideUserinfo(value))} (a scheme such as https:// is required)`, example);
  }
  maskUserinfo(url);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw inputError(name, `must be an http:// or https:// URL, got ${quoted(shownUrl(url))}`, example);
  }
  return url;
}

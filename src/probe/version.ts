// The proof that a URL serves the expected version: verify-url read back until it serves it
// consistently. The switch's last step and the CDN purge both wait on it.
import { formatDuration } from "../core/durations.ts";
import { inputError, readString, readUrl } from "../core/inputs.ts";
import { jsonAt } from "../core/json-path.ts";
import * as core from "../core/runner.ts";
import { every, sleep } from "../core/time.ts";
import { shownUrl } from "../core/urls.ts";
import { Prober } from "./http.ts";

export interface VersionCheck {
  url: URL;
  expected: string;
  /** The response header that carries the version, unless `jsonField` is set. */
  header: string;
  /** A dotted path into a JSON body, such as `build.version`. */
  jsonField?: string;
  timeoutMs: number;
}

export interface VersionReport {
  ok: boolean;
  detail: string;
  probes: number;
  /** From the start of the check until the version was served consistently. */
  ms: number;
}

/** verify-url and the inputs that say which version it must serve; undefined without verify-url. */
export function readVersionCheck(timeoutMs: number): (Omit<VersionCheck, "expected"> & { expected?: string }) | undefined {
  const url = readUrl("verify-url", "https://shop.example.com/version");
  const expected = readString("expected-version");
  const header = readString("version-header", "x-app-version");
  const jsonField = readString("version-field") || undefined;
  if (!url) {
    if (expected)
      throw inputError(
        "expected-version",
        "is only used with verify-url, which is empty",
        "verify-url: https://shop.example.com/version",
      );
    return undefined;
  }
  if (!/^[A-Za-z0-9-]+$/.test(header))
    throw inputError("version-header", `is not an HTTP header name, got ${JSON.stringify(header)}`, "x-app-version");
  return { url, expected: expected || undefined, header, jsonField, timeoutMs };
}

/** Answers in a row that must carry the new version before the switch counts as seen. */
const CONSECUTIVE = 10;
const POLL_MS = 200;
const PROGRESS_MS = 5_000;

export function versionIn(
  body: string,
  headers: Record<string, string | string[] | undefined>,
  check: Pick<VersionCheck, "header" | "jsonField">,
): string {
  if (!check.jsonField) return String(headers[check.header.toLowerCase()] ?? "").trim();
  try {
    const value = jsonAt(JSON.parse(body), check.jsonField);
    return value === undefined ? "" : String(value);
  } catch {
    return "";
  }
}

/** Probes the URL until it answers with the new version CONSECUTIVE times in a row. */
export async function verifyVersion(check: VersionCheck, signal: AbortSignal): Promise<VersionReport> {
  const prober = new Prober({ timeoutMs: 5_000 });
  const started = Date.now();
  const seen = new Map<string, number>();
  let streak = 0;
  let probes = 0;
  const stopProgress = every(PROGRESS_MS, () =>
    core.info(
      `Waiting for ${shownUrl(check.url)} to serve ${check.expected}: seen ${tally(seen)}; ${formatDuration(Math.max(0, check.timeoutMs - (Date.now() - started)))} left.`,
    ),
  );
  try {
    while (Date.now() - started < check.timeoutMs && !signal.aborted) {
      const left = check.timeoutMs - (Date.now() - started);
      const answer = await prober.send({ url: check.url }, { readBody: Boolean(check.jsonField), signal, timeoutMs: left });
      if (signal.aborted) break;
      probes += 1;
      const version = answer.timedOut
        ? "error (no whole answer in time)"
        : answer.error
          ? `error (${answer.error})`
          : versionIn(answer.body, answer.headers, check) || `HTTP ${answer.status}`;
      seen.set(version, (seen.get(version) ?? 0) + 1);
      streak = version === check.expected ? streak + 1 : 0;
      if (streak >= CONSECUTIVE) {
        const ms = Date.now() - started;
        core.info(`verify-url served ${check.expected} ${CONSECUTIVE} times in a row after ${formatDuration(ms)}.`);
        return {
          ok: true,
          detail: `${CONSECUTIVE} answers in a row from ${check.expected} after ${formatDuration(ms)}`,
          probes,
          ms,
        };
      }
      await sleep(POLL_MS, signal);
    }
  } finally {
    stopProgress();
    prober.close();
  }
  return {
    ok: false,
    detail: `after ${formatDuration(Date.now() - started)} it still answered ${tally(seen)}`,
    probes,
    ms: Date.now() - started,
  };
}

function tally(seen: Map<string, number>): string {
  return [...seen].map(([v, n]) => `${v} ×${n}`).join(", ") || "nothing";
}

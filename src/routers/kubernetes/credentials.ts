// A kubeconfig is a credential file: what cutover says about it names the problem and where it is,
// never the content, and every credential in it is masked before anything else is printed.
// Kubeconfigs are often stored base64-encoded or written by `aws eks update-kubeconfig`, so the
// runner was never told these values.
import type * as k8s from "@kubernetes/client-node";
import * as core from "../../core/runner.ts";

/** A YAML parser's error (js-yaml's YAMLException): the reason, and the mark's 0-based position. */
interface ParserError {
  reason?: unknown;
  mark?: { line?: unknown; column?: unknown };
}

/**
 * Why the kubeconfig could not be loaded, without quoting it: js-yaml's message carries a snippet
 * of the lines around the mistake (its `mark.snippet`), so only `reason` and `mark`'s line and
 * column are used. Any other error is named by its code or its first line, cut short.
 */
export function kubeconfigProblem(error: unknown): string {
  const parsed = error as ParserError;
  if (error && typeof error === "object" && typeof parsed.reason === "string" && parsed.mark) {
    const { line, column } = parsed.mark;
    const where = typeof line === "number" && typeof column === "number" ? ` at line ${line + 1}, column ${column + 1}` : "";
    return `it is not valid YAML: ${parsed.reason}${where} (the file's content is not shown, as it holds credentials)`;
  }
  const code = (error as { code?: unknown })?.code;
  if (typeof code === "string") return `${code} reading the file`;
  const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] as string;
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}

/** Every token, password, key and certificate in the loaded kubeconfig, masked from here on. */
export function maskCredentials(config: k8s.KubeConfig): void {
  for (const user of config.getUsers()) {
    const values = [user.token, user.password, user.keyData, user.certData];
    const provider = user.authProvider as { config?: Record<string, unknown> } | undefined;
    values.push(...Object.values(provider?.config ?? {}).map((v) => (typeof v === "string" ? v : undefined)));
    const exec = user.exec as { env?: { value?: unknown }[] } | undefined;
    values.push(...(exec?.env ?? []).map((e) => (typeof e.value === "string" ? e.value : undefined)));
    for (const value of values) if (value) maskWithDecoded(value);
  }
}

/** client-key-data and client-certificate-data are base64 of a PEM: the PEM is masked too, line by line. */
function maskWithDecoded(value: string): void {
  core.setSecret(value);
  if (!/^[A-Za-z0-9+/=\s]+$/.test(value) || value.length < 16) return;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  if (decoded.includes("-----BEGIN")) core.setSecret(decoded);
}

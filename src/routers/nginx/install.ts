// Reading the managed file and putting a new one in place: a temporary file beside it, an atomic
// rename over it, nginx's own test, then a graceful reload. A failed test or reload puts the
// previous file back, so nginx keeps running, and will reload, what it had.
import { CutoverError } from "../../core/errors.ts";
import { commandMessage, hereDocument, type Shell, shellQuote } from "./exec.ts";

export interface NginxCommands {
  file: string;
  testCommand: string;
  reloadCommand: string;
}

/** Suffixes of the files kept beside the managed one while a write is under way. */
export const NEW_SUFFIX = ".cutover-new";
export const PREVIOUS_SUFFIX = ".cutover-previous";

export class MissingFileError extends CutoverError {
  override name = "MissingFileError";
}

export async function readManagedText(shell: Shell, file: string): Promise<string> {
  const result = await shell.run(`cat -- ${shellQuote(file)}\n`);
  if (result.code === 0) return result.stdout;
  const message = commandMessage(result);
  if (/no such file/i.test(message)) {
    throw new MissingFileError(`The managed upstream file ${file} does not exist (read through '${shell.via}').`);
  }
  throw new CutoverError(`Could not read the managed upstream file ${file} through '${shell.via}': ${message}.`);
}

function names(file: string): string {
  return `f=${shellQuote(file)}; n=${shellQuote(file + NEW_SUFFIX)}; p=${shellQuote(file + PREVIOUS_SUFFIX)}\n`;
}

/** Writes `content` beside the file (same owner and mode), keeps the previous one, and renames the new one over it. */
async function swapIn(shell: Shell, file: string, content: string): Promise<void> {
  const script = [
    "set -e",
    names(file),
    'cp -p "$f" "$p"',
    'cp -p "$f" "$n"',
    hereDocument('cat > "$n"', content),
    'mv -f "$n" "$f"',
  ].join("\n");
  const result = await shell.run(script);
  if (result.code !== 0) {
    await shell.run(`${names(file)}rm -f "$n"\n`).catch(() => undefined);
    throw new CutoverError(
      `Could not write the managed upstream file ${file} through '${shell.via}': ${commandMessage(result)}. The file was not replaced.`,
    );
  }
}

/** Puts the previous file back; the error says where things stand when even that fails. */
async function putBack(shell: Shell, file: string): Promise<void> {
  const result = await shell.run(`${names(file)}mv -f "$p" "$f"\n`);
  if (result.code !== 0) {
    throw new CutoverError(
      `The new upstream file was refused, and putting the previous one back failed too: ${commandMessage(result)}. ${file} now holds the refused version and ${file}${PREVIOUS_SUFFIX} the previous one: move it back by hand (mv ${file}${PREVIOUS_SUFFIX} ${file}). nginx was not reloaded.`,
    );
  }
}

/**
 * Installs `content` as the managed file, tests it, and reloads nginx. The reload is graceful:
 * old workers finish their requests (and hold their long-lived connections until those close or
 * worker_shutdown_timeout ends them), new ones take new requests.
 */
export async function installFile(shell: Shell, nginx: NginxCommands, content: string, reload = true): Promise<void> {
  await swapIn(shell, nginx.file, content);
  const test = await shell.run(`${nginx.testCommand}\n`);
  if (test.code !== 0) {
    await putBack(shell, nginx.file);
    throw new CutoverError(
      `nginx-test-command (${nginx.testCommand}) refused the new upstream file: ${commandMessage(test)}. The previous file is back in place and nginx was not reloaded, so traffic is as it was.`,
    );
  }
  // A change to the ledger's comments alone needs no reload: nginx serves the same configuration.
  const reloaded = reload ? await shell.run(`${nginx.reloadCommand}\n`) : undefined;
  if (reloaded && reloaded.code !== 0) {
    await putBack(shell, nginx.file);
    throw new CutoverError(
      `nginx-reload-command (${nginx.reloadCommand}) failed: ${commandMessage(reloaded)}. The previous file is back in place; nginx still serves the configuration it last loaded.`,
    );
  }
  await shell.run(`${names(nginx.file)}rm -f "$p"\n`);
}

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
  return `f=${shellQuote(file)}; n=${shellQuote(file + NEW_SUFFIX)}; p=${shellQuote(file + PREVIOUS_SUFFIX)}`;
}

/** Someone else changed the managed file since cutover read it: stop, and do not fight them. */
export class FileChangedError extends CutoverError {
  override name = "FileChangedError";
}

/** How the install script ends: each way out has its own exit code. */
const EXIT = { written: 10, changed: 20, refused: 11, reloadFailed: 12, stuck: 13 } as const;

/**
 * The whole write as one script, so that it costs one round trip through nginx-exec (an ssh
 * connection, say): the new file beside the old one (same owner and mode), a check that the file
 * still holds what was read, an atomic rename, the test, the reload, and the previous file put
 * back when the test or the reload fails. Each command's output is what nginx said.
 */
function installScript(nginx: NginxCommands, expected: string, content: string, reload: boolean): string {
  const restore = `{ mv -f "$p" "$f" || exit ${EXIT.stuck}; exit`;
  return [
    names(nginx.file),
    `cp -p "$f" "$n" || exit ${EXIT.written}`,
    hereDocument('cat > "$n"', content).trimEnd(),
    `[ $? -eq 0 ] || { rm -f "$n"; exit ${EXIT.written}; }`,
    'current=$(cat -- "$f"; echo .)',
    `expected=$(${hereDocument("cat", expected).trimEnd()}
echo .)`,
    `[ "$current" = "$expected" ] || { rm -f "$n"; exit ${EXIT.changed}; }`,
    `cp -p "$f" "$p" && mv -f "$n" "$f" || { rm -f "$n"; exit ${EXIT.written}; }`,
    `${nginx.testCommand} 2>&1 || ${restore} ${EXIT.refused}; }`,
    ...(reload ? [`${nginx.reloadCommand} 2>&1 || ${restore} ${EXIT.reloadFailed}; }`] : []),
    'rm -f "$p"',
    "",
  ].join("\n");
}

/**
 * Replaces the managed file, which must still hold `expected`, with `content`; tests it, and
 * reloads nginx. The reload is graceful: old workers finish their requests (and hold their
 * long-lived connections until those close or worker_shutdown_timeout ends them), new ones take
 * new requests. A change to the ledger's comments alone needs no reload.
 */
export async function installFile(
  shell: Shell,
  nginx: NginxCommands,
  expected: string,
  content: string,
  reload = true,
): Promise<void> {
  const result = await shell.run(installScript(nginx, expected, content, reload));
  const said = commandMessage(result);
  const file = nginx.file;
  switch (result.code) {
    case 0:
      return;
    case EXIT.changed:
      throw new FileChangedError(
        `The managed upstream file ${file} changed since cutover read it: someone else is writing it. Nothing was written; run again once they are done.`,
      );
    case EXIT.refused:
      throw new CutoverError(
        `nginx-test-command (${nginx.testCommand}) refused the new upstream file: ${said}. The previous file is back in place and nginx was not reloaded, so traffic is as it was.`,
      );
    case EXIT.reloadFailed:
      throw new CutoverError(
        `nginx-reload-command (${nginx.reloadCommand}) failed: ${said}. The previous file is back in place; nginx still serves the configuration it last loaded.`,
      );
    case EXIT.stuck:
      throw new CutoverError(
        `The new upstream file was refused, and putting the previous one back failed too: ${said}. ${file} holds the refused version and ${file}${PREVIOUS_SUFFIX} the previous one: move it back by hand (mv ${file}${PREVIOUS_SUFFIX} ${file}). nginx was not reloaded.`,
      );
    default:
      throw new CutoverError(
        `Could not write the managed upstream file ${file} through '${shell.via}': ${said}. The file was not replaced.`,
      );
  }
}

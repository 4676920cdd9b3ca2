// Reading the managed file and putting a new one in place: temporary copies beside it, an atomic
// rename over it, nginx's own test, then a graceful reload. A failed test puts the previous file
// back; a failed reload puts it back and reloads onto it, or says that nginx's state is unknown.
import { CutoverError } from "../../core/errors.ts";
import { commandMessage, type RunOptions, type Shell, shellQuote } from "./exec.ts";

export interface NginxCommands {
  file: string;
  testCommand: string;
  reloadCommand: string;
  /** Write the file a symlinked managed path points to, rather than refuse it. */
  allowSymlink?: boolean;
}

/**
 * Where the copies made during a write go: `mktemp` names in the file's own folder (so the rename
 * is atomic), created afresh (O_EXCL, so a planted symlink is never followed), and hidden (a
 * leading '.'), so that a glob `include` of the folder does not load them: glob(3) matches a
 * leading period only when the pattern spells it (POSIX.1 "Pattern Matching Notation", 2.13.3).
 */
export const NEW_PATTERN = ".cutover-new.XXXXXX";
export const PREVIOUS_PATTERN = ".cutover-previous.XXXXXX";

export class MissingFileError extends CutoverError {
  override name = "MissingFileError";
}

/** A write that ended with the file as it was and nginx not reloaded: what nginx serves is known. */
export class UntouchedError extends CutoverError {
  override name = "UntouchedError";
}

/** Someone else changed the managed file since cutover read it: stop, and do not fight them. */
export class FileChangedError extends UntouchedError {
  override name = "FileChangedError";
}

/** A reload failed and nginx may or may not serve the file: only a new read of nginx can tell. */
export class StateUnknownError extends CutoverError {
  override name = "StateUnknownError";
}

/** How the scripts end: each way out has its own exit code (see SCRIPT_CODES in exec.ts). */
const EXIT = {
  written: 10,
  refused: 11,
  reloadRestored: 12,
  stuck: 13,
  symlink: 14,
  unknown: 15,
  missing: 16,
  changed: 20,
} as const;

/** The managed path in `$f`: refused when it is a symlink, unless the user allows it. */
function managedPath(file: string, allowSymlink = false): string {
  const given = shellQuote(file);
  if (allowSymlink) return `f=$(readlink -f -- ${given}) || exit ${EXIT.written}`;
  return `f=${given}; if [ -L "$f" ]; then echo "-> $(readlink -- "$f")" >&2; exit ${EXIT.symlink}; fi`;
}

function symlinkError(file: string, said: string): CutoverError {
  return new UntouchedError(
    `The managed upstream file ${file} is a symlink (${said}): cutover does not write through a link unless told to. Point nginx-upstream-file at the file itself, or set nginx-allow-symlink: true to write the file it points to. Nothing was written.`,
  );
}

export async function readManagedText(
  shell: Shell,
  file: string,
  options: RunOptions & { allowSymlink?: boolean } = {},
): Promise<string> {
  const script = `${managedPath(file, options.allowSymlink)}\n[ -e "$f" ] || exit ${EXIT.missing}\ncat -- "$f"\n`;
  const result = await shell.run(script, {
    ...(options.signal ? { signal: options.signal } : {}),
    urgent: Boolean(options.urgent),
  });
  if (result.code === 0) return result.stdout;
  if (result.code === EXIT.missing) {
    throw new MissingFileError(`The managed upstream file ${file} does not exist (read through '${shell.via}').`);
  }
  if (result.code === EXIT.symlink) throw symlinkError(file, commandMessage(result));
  throw new CutoverError(`Could not read the managed upstream file ${file} through '${shell.via}': ${commandMessage(result)}.`);
}

/**
 * The whole write as one script, so that it costs one round trip through nginx-exec (an ssh
 * connection, say). Running it twice does no harm (a dropped connection is tried again): a file
 * that already holds `content` goes on to the test and the reload. The copies are made with
 * mktemp, then filled: the new file and the previous one keep the file's owner and mode. Bytes
 * are compared exactly: sh keeps single-quoted text as it is, and `; echo .` keeps a command
 * substitution's trailing newlines.
 */
function installScript(nginx: NginxCommands, expected: string, content: string, reload: boolean): string {
  const restore = 'mv -f -- "$p" "$f"';
  // The user's commands run in a subshell: an `exit` or a `;` in them cannot cut the script short.
  const test = `( ${nginx.testCommand}
) 2>&1`;
  const reloadCommand = `( ${nginx.reloadCommand}
) 2>&1`;
  const reloadLines = [
    `${reloadCommand} || { echo "reload failed; putting the previous file back and reloading onto it"`,
    `  ${restore} || exit ${EXIT.unknown}`,
    `  ${reloadCommand} && exit ${EXIT.reloadRestored}`,
    `  exit ${EXIT.unknown}; }`,
  ];
  return [
    managedPath(nginx.file, nginx.allowSymlink),
    'd=$(dirname -- "$f"); b=$(basename -- "$f")',
    `old=${shellQuote(expected)}`,
    `new=${shellQuote(content)}`,
    `current=$(cat -- "$f" && echo .) || exit ${EXIT.written}`,
    `if [ "$current" != "$new." ] && [ "$current" != "$old." ]; then exit ${EXIT.changed}; fi`,
    `n=$(mktemp "$d/.$b${NEW_PATTERN}") || exit ${EXIT.written}`,
    `p=$(mktemp "$d/.$b${PREVIOUS_PATTERN}") || { rm -f -- "$n"; exit ${EXIT.written}; }`,
    `{ cp -p -- "$f" "$n" && printf %s "$new" > "$n" && cp -p -- "$f" "$p" && printf %s "$old" > "$p"; } || { rm -f -- "$n" "$p"; exit ${EXIT.written}; }`,
    `mv -f -- "$n" "$f" || { rm -f -- "$n" "$p"; exit ${EXIT.written}; }`,
    `${test} || { ${restore} || exit ${EXIT.stuck}; exit ${EXIT.refused}; }`,
    ...(reload ? reloadLines : []),
    'rm -f -- "$p"',
    "",
  ].join("\n");
}

/**
 * Replaces the managed file, which must still hold `expected` (byte for byte), with `content`;
 * tests it, and reloads nginx. The reload is graceful: old workers finish their requests (and
 * hold their long-lived connections until those close or worker_shutdown_timeout ends them), new
 * ones take new requests. A change to the ledger's comments alone needs no reload.
 */
export async function installFile(
  shell: Shell,
  nginx: NginxCommands,
  expected: string,
  content: string,
  reload = true,
  options: RunOptions = {},
): Promise<void> {
  const result = await shell.run(installScript(nginx, expected, content, reload), options);
  const said = commandMessage(result);
  const file = nginx.file;
  switch (result.code) {
    case 0:
      return;
    case EXIT.changed:
      throw new FileChangedError(
        `The managed upstream file ${file} changed since cutover read it: someone else is writing it. Nothing was written; run again once they are done.`,
      );
    case EXIT.symlink:
      throw symlinkError(file, said);
    case EXIT.refused:
      throw new UntouchedError(
        `nginx-test-command (${nginx.testCommand}) refused the new upstream file: ${said}. The previous file is back in place and nginx was not reloaded, so traffic is as it was.`,
      );
    case EXIT.reloadRestored:
      throw new CutoverError(
        `nginx-reload-command (${nginx.reloadCommand}) failed: ${said}. The previous file is back in place and nginx was reloaded onto it, so traffic is as it was.`,
      );
    case EXIT.unknown:
      throw new StateUnknownError(
        `nginx-reload-command (${nginx.reloadCommand}) failed: ${said}. Putting the previous file back and reloading onto it failed too, so nginx's state is unknown: it may serve the new file or the previous one. Make nginx-reload-command work, then run status, and switch or rollback to the color you want.`,
      );
    case EXIT.stuck:
      throw new CutoverError(
        `The new upstream file was refused, and putting the previous one back failed too: ${said}. ${file} holds the refused version, and a copy of the previous one is beside it (.${file.split("/").pop()}${PREVIOUS_PATTERN.replace(".XXXXXX", ".*")}): move it back by hand. nginx was not reloaded.`,
      );
    default:
      throw new CutoverError(
        `Could not write the managed upstream file ${file} through '${shell.via}': ${said}. The file was not replaced.`,
      );
  }
}

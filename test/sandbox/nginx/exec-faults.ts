// An nginx-exec prefix that stands for `ssh deploy@proxy` and fails the way an ssh connection
// does, as a test tells it to. ssh exits 255 when the connection fails, whether before the remote
// command ran or after ("ssh exits with the exit status of the remote command or with 255 if an
// error occurred", ssh(1), EXIT STATUS), and says "Connection refused" or "Connection to HOST
// closed by remote host." on stderr. A hang stands for a connection that stalls: no answer at all.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WRAPPER = `#!/bin/sh
# Reads the script first, as ssh would send it, then fails or runs it as the files beside it say.
d=$(dirname -- "$0")
script=$(cat; echo .)
script=\${script%.}
calls=$(( $(cat "$d/calls" 2>/dev/null || echo 0) + 1 ))
echo "$calls" > "$d/calls"
# A write of the routes: it reloads nginx (a ledger write only tests the file).
reloads=0
case "$script" in *"-s reload"*) reloads=1 ;; esac
# Any write, counted; a fault aimed at write N ("error N", "hang N", "read N": the first read after it).
writes=$(cat "$d/writes" 2>/dev/null || echo 0)
write=0
case "$script" in *"mv -f"*) write=1; writes=$((writes + 1)); echo "$writes" > "$d/writes" ;; esac
fault=$(cat "$d/fault" 2>/dev/null || true)
if [ -n "$fault" ]; then
  mode=\${fault% *}; at=\${fault#* }
  if [ "$write" = 1 ] && [ "$writes" = "$at" ] && [ "$mode" = error ]; then
    echo "sh: 1: cannot create $d/upstreams: Permission denied" >&2
    exit 2
  fi
  if [ "$write" = 1 ] && [ "$writes" = "$at" ] && [ "$mode" = hang ]; then
    touch "$d/hanging"
    exec sleep "$(cat "$d/hang-seconds")"
  fi
  if [ "$write" = 0 ] && [ "$mode" = read ] && [ "$writes" -ge "$at" ] && [ ! -e "$d/read-failed" ]; then
    touch "$d/read-failed"
    echo "Connection reset by peer" >&2
    exit 255
  fi
fi
if [ "$reloads" = 1 ] && [ -e "$d/hang-write" ]; then
  rm -f -- "$d/hang-write"
  touch "$d/hanging"
  exec sleep "$(cat "$d/hang-seconds")"
fi
n=$(cat "$d/drops" 2>/dev/null || echo 0)
if [ "$n" -gt 0 ]; then
  echo $((n - 1)) > "$d/drops"
  echo "ssh: connect to host proxy port 22: Connection refused" >&2
  exit 255
fi
every=$(cat "$d/drop-every" 2>/dev/null || echo 0)
if [ "$every" -gt 0 ] && [ $((calls % every)) -eq 0 ]; then
  if [ $((calls / every % 2)) -eq 0 ]; then
    echo "ssh: connect to host proxy port 22: Connection refused" >&2
    exit 255
  fi
  # The command ran; the connection dropped before its exit status came back.
  printf %s "$script" | "$@" >/dev/null 2>&1
  echo "Connection to proxy closed by remote host." >&2
  exit 255
fi
printf %s "$script" | "$@"
`;

export class ExecFaults {
  readonly dir: string;

  constructor(parent: string) {
    this.dir = join(parent, "exec-faults");
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, "ssh"), WRAPPER, { mode: 0o755 });
    this.reset();
  }

  /** The nginx-exec input. */
  get prefix(): string {
    return `sh ${join(this.dir, "ssh")}`;
  }

  reset(): void {
    for (const [name, value] of Object.entries({ calls: "0", drops: "0", "drop-every": "0", writes: "0" })) {
      writeFileSync(join(this.dir, name), value);
    }
    for (const name of ["hang-write", "hanging", "fault", "read-failed"]) rmSync(join(this.dir, name), { force: true });
  }

  /** The next `count` connections fail before the command runs. */
  drop(count: number): void {
    writeFileSync(join(this.dir, "drops"), String(count));
  }

  /** Every `every`-th connection fails: alternately before the command ran and after. */
  dropEvery(every: number): void {
    writeFileSync(join(this.dir, "drop-every"), String(every));
  }

  /** The next write that reloads nginx hangs for `seconds` without an answer. */
  hangNextWrite(seconds: number): void {
    writeFileSync(join(this.dir, "hang-seconds"), String(seconds));
    writeFileSync(join(this.dir, "hang-write"), "");
  }

  /**
   * A fault aimed at the `at`-th write (1-based, ledger writes included): it fails with an error
   * that is no dropped connection, hangs for `seconds`, or the first read after it drops.
   */
  aim(mode: "error" | "hang" | "read", at: number, seconds = 60): void {
    writeFileSync(join(this.dir, "hang-seconds"), String(seconds));
    writeFileSync(join(this.dir, "fault"), `${mode} ${at}`);
  }

  get writes(): number {
    return Number(readFileSync(join(this.dir, "writes"), "utf8"));
  }

  get hanging(): boolean {
    return existsSync(join(this.dir, "hanging"));
  }

  get calls(): number {
    return Number(readFileSync(join(this.dir, "calls"), "utf8"));
  }
}

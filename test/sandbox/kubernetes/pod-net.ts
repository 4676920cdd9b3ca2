// Each sandbox cluster's pods take addresses from a /16 of loopback (127.a.b.0/16) that no other
// cluster on the machine holds, even in another process: tests run several clusters at once, and
// two drawing the same net made a pod's listen fail with EADDRINUSE. The claim is a file created
// exclusively (O_EXCL), named for the net and holding the owner's pid; a claim whose process is gone
// is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLAIMS = join(tmpdir(), "cutover-sandbox-pod-nets");

export interface PodNet {
  /** `127.a.b`: a pod's address is this and one more octet. */
  prefix: string;
  release(): void;
}

export function claimPodNet(): PodNet {
  mkdirSync(CLAIMS, { recursive: true });
  for (let attempt = 0; attempt < 1000; attempt++) {
    const prefix = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const file = join(CLAIMS, prefix);
    if (!claim(file)) continue;
    let released = false;
    return {
      prefix,
      release: () => {
        if (!released) rmSync(file, { force: true });
        released = true;
      },
    };
  }
  throw new Error(`No free pod net after 1000 draws: clear ${CLAIMS}`);
}

function claim(file: string): boolean {
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST" || ownerAlive(file)) return false;
    rmSync(file, { force: true });
    return claim(file);
  }
}

function ownerAlive(file: string): boolean {
  try {
    process.kill(Number(readFileSync(file, "utf8")), 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

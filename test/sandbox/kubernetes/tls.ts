// The API server speaks HTTPS, as every real one does, with a certificate made for this run:
// kubectl sends a bearer token only over TLS, and the kubeconfig carries the CA as clusters do.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface ServingCert {
  key: string;
  cert: string;
}

/** A self-signed P-256 certificate for 127.0.0.1, valid for two days. */
export function servingCert(): ServingCert {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-kube-tls-"));
  try {
    const key = path.join(dir, "key.pem");
    const cert = path.join(dir, "cert.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        key,
        "-out",
        cert,
        "-days",
        "2",
      ].concat(["-subj", "/CN=sandbox-apiserver", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]),
      { stdio: "ignore" },
    );
    return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

#!/usr/bin/env bash
# What reaches the router from this runner, for the job's later steps, from the reusable workflow's
# secrets and inputs (passed as env, never as ${{ }} in a script):
# - a kubeconfig for the Kubernetes routers: the kubeconfig secret, or EKS's through the AWS role the
#   job assumed (`aws eks update-kubeconfig`, whose kubeconfig asks `aws eks get-token` for a
#   short-lived token: no long-lived secret);
# - ssh for `nginx-exec: ssh ...`: the ssh-key secret and the ssh-known-hosts input, through an `ssh`
#   put first on PATH that always checks the host key (StrictHostKeyChecking=yes) against those
#   known hosts only.
# Every file goes under RUNNER_TEMP, which the runner empties at the start and end of each job
# (GitHub's "Variables reference", RUNNER_TEMP), and is readable by this user only.
set -euo pipefail
umask 077
dir="$RUNNER_TEMP/cutover-access"
mkdir -p "$dir"

fail() {
  echo "::error::$1"
  exit 1
}

if [ -n "${CUTOVER_KUBECONFIG:-}" ] && [ -n "${CUTOVER_EKS_CLUSTER:-}" ]; then
  fail "The kubeconfig secret and the eks-cluster input are both given: give one. Example: eks-cluster: shop-prod"
fi
if [ -n "${CUTOVER_KUBECONFIG:-}" ]; then
  printf '%s\n' "$CUTOVER_KUBECONFIG" >"$dir/kubeconfig"
  echo "KUBECONFIG=$dir/kubeconfig" >>"$GITHUB_ENV"
  echo "Cluster access: the kubeconfig secret, as KUBECONFIG for this job."
elif [ -n "${CUTOVER_EKS_CLUSTER:-}" ]; then
  [ -n "${AWS_REGION:-}" ] || fail "Input 'eks-cluster' needs AWS credentials: set role in the environment file. Example: role: arn:aws:iam::123456789012:role/cutover-production"
  aws eks update-kubeconfig --name "$CUTOVER_EKS_CLUSTER" --region "$AWS_REGION" --kubeconfig "$dir/kubeconfig" >/dev/null
  echo "KUBECONFIG=$dir/kubeconfig" >>"$GITHUB_ENV"
  echo "Cluster access: EKS cluster $CUTOVER_EKS_CLUSTER in $AWS_REGION, with a token from the job's AWS role."
fi

if [ -n "${CUTOVER_SSH_KEY:-}" ]; then
  [ -n "${CUTOVER_SSH_KNOWN_HOSTS:-}" ] || fail "Input 'ssh-known-hosts' is empty, and the ssh-key secret needs it: the proxy's host key, as ssh-keyscan prints it. Example: proxy.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI..."
  ssh=$(command -v ssh) || fail "The ssh-key secret is given, and this runner has no ssh client: install openssh-client."
  mkdir -p "$dir/bin"
  printf '%s\n' "$CUTOVER_SSH_KEY" >"$dir/ssh-key"
  printf '%s\n' "$CUTOVER_SSH_KNOWN_HOSTS" >"$dir/known_hosts"
  # Options given first win in ssh (ssh_config(5)): the user's own ssh config cannot turn these off.
  cat >"$dir/bin/ssh" <<SCRIPT
#!/bin/sh
exec '$ssh' -i '$dir/ssh-key' -o IdentitiesOnly=yes -o UserKnownHostsFile='$dir/known_hosts' -o StrictHostKeyChecking=yes "\$@"
SCRIPT
  chmod 700 "$dir/bin/ssh"
  echo "$dir/bin" >>"$GITHUB_PATH"
  echo "nginx-exec over ssh: the ssh-key secret, checking host keys against ssh-known-hosts."
elif [ -n "${CUTOVER_SSH_KNOWN_HOSTS:-}" ]; then
  fail "Input 'ssh-known-hosts' is given without the ssh-key secret: pass the key too. Example: secrets: { ssh-key: \${{ secrets.PROXY_SSH_KEY }} }"
fi

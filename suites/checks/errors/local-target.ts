// Is the target on this machine or a private network? A server that needs no key is normal there (llama.cpp,
// Ollama, a mock in CI) and a hole anywhere else: anyone who finds the URL can spend the account.

/** loopback, private (RFC 1918, RFC 4193), link-local, and names that only resolve inside a LAN or a cluster */
export function isLocalTarget(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'))
    return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host)?.slice(1).map(Number);
  if (v4) {
    const [a, b] = v4;
    return (
      a === 127 ||
      a === 10 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    );
  }
  if (host.includes(':'))
    return host === '::1' || host === '::' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
  // a single-label name (docker compose "vllm", a k8s service "ollama") resolves only inside its network
  return !host.includes('.');
}

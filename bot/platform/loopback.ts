/**
 * Loopback names and addresses (127.0.0.0/8, ::1, IPv4-mapped ::ffff:127.x, localhost): a server bound to one,
 * or a client connecting from one, is this machine. One definition for config checks, guards and routes.
 */
export function isLoopbackHost(hostOrAddress: string): boolean {
  const bare = hostOrAddress.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare) || /^::ffff:127\./.test(bare);
}

/** The host name of a Host header value ("127.0.0.1:3978" -> "127.0.0.1", "[::1]:80" -> "::1"). */
export function hostName(hostHeader: string | undefined): string {
  const value = (hostHeader ?? '').trim();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']'));
  return value.replace(/:\d+$/, '');
}

/** A request that names this machine in its Host header (a page that rebinds its own name to 127.0.0.1 does not). */
export function namesLoopbackHost(hostHeader: string | undefined): boolean {
  return isLoopbackHost(hostName(hostHeader));
}

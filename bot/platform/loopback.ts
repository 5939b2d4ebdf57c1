/**
 * Loopback names and addresses (127.0.0.0/8, ::1, IPv4-mapped ::ffff:127.x, localhost): a server bound to one,
 * or a client connecting from one, is this machine. One definition for config checks, guards and routes.
 */
export function isLoopbackHost(hostOrAddress: string): boolean {
  const bare = hostOrAddress.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare) || /^::ffff:127\./.test(bare);
}

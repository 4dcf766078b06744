/**
 * Which network addresses a fetch may reach: public ones only. A link pasted in chat must
 * not make the bot read its own host, the cloud metadata service or the office network
 * (server-side request forgery), so loopback, private, link-local, carrier-grade NAT,
 * multicast and reserved ranges are refused, IPv4-mapped IPv6 included.
 */
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 3],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96], ["2001:db8::", 32]] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** The IPv4 address inside an IPv4-mapped IPv6 one (::ffff:10.0.0.1), else the address itself. */
function unmapped(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

export interface AddressPolicy {
  /** Tests only: lets 127.0.0.1 through so a fake server on this machine can be fetched. */
  allowLoopback?: boolean;
}

/** Why `address` may not be fetched, or null when it may. */
export function refusedAddress(address: string, policy: AddressPolicy = {}): string | null {
  const ip = unmapped(address);
  const family = isIP(ip);
  if (family === 0) return `"${address}" is not an IP address`;
  if (policy.allowLoopback && ip === "127.0.0.1") return null;
  return blocked.check(ip, family === 4 ? "ipv4" : "ipv6") ? `${ip} is a private, loopback or reserved address` : null;
}

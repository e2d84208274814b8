import { describe, expect, it } from 'vitest';
import { clientNetwork } from '../../functions/http/client-address.js';

describe('what a client is counted as', () => {
  it('an IPv4 address as itself, an IPv4-mapped IPv6 address as its IPv4', () => {
    expect(clientNetwork('198.51.100.7')).toBe('198.51.100.7');
    expect(clientNetwork('::ffff:198.51.100.7')).toBe('198.51.100.7');
  });

  it('an IPv6 address as its /64, however it is written', () => {
    const network = '2001:db8:85a3:8d3::/64';
    expect(clientNetwork('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe(network);
    expect(clientNetwork('2001:0db8:85a3:08d3::1')).toBe(network);
    expect(clientNetwork('2001:db8:85a3:8d3:ffff::')).toBe(network);
    expect(clientNetwork('2001:db8:85a3:8d4::1')).not.toBe(network);
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
  });

  it('never fails on what it does not expect', () => {
    for (const odd of ['unknown', '', ':::', 'fe80::1%eth0', 'zz::1', '1:2:3:4:5:6:7:8:9'])
      expect(typeof clientNetwork(odd)).toBe('string');
  });
});

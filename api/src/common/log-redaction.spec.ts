import { anonymiseIp, maskReturnCodes, serializeRequest } from './log-redaction';

describe('request log redaction', () => {
  it('hides the return code in every path that carries one, keeping the rest', () => {
    expect(maskReturnCodes('/api/public/my-input/K7M-3Q9-TDH-XVP-W4A-2HR')).toBe('/api/public/my-input/***');
    expect(maskReturnCodes('/api/public/my-input/k7m%203q9/trace?x=1')).toBe(
      '/api/public/my-input/***/trace?x=1',
    );
    expect(maskReturnCodes('/api/public/my-input/ABC/export')).toBe('/api/public/my-input/***/export');
    expect(maskReturnCodes('/api/public/rounds/demo/ballot/K7M-3Q9-TDH')).toBe(
      '/api/public/rounds/demo/ballot/***',
    );
    expect(maskReturnCodes('/api/public/rounds/demo/questionnaires/0b6f/response/K7M-3Q9-TDH?lang=nl')).toBe(
      '/api/public/rounds/demo/questionnaires/0b6f/response/***?lang=nl',
    );
  });

  it('leaves other paths alone', () => {
    expect(maskReturnCodes('/api/public/rounds/demo/submissions')).toBe(
      '/api/public/rounds/demo/submissions',
    );
    expect(maskReturnCodes('/api/public/rounds/demo/ballot')).toBe('/api/public/rounds/demo/ballot');
  });

  it.each([
    ['203.0.113.77', '203.0.113.0'],
    ['::ffff:198.51.100.9', '198.51.100.0'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::'],
    ['2001:db8::1', '2001:db8:0::'],
    ['::1', '0:0:0::'],
    ['not-an-ip', '(not an address)'],
  ])('shortens %s to %s', (input, expected) => {
    expect(anonymiseIp(input)).toBe(expected);
  });

  it('logs no full client address, no code and no route params', () => {
    const logged = serializeRequest({
      method: 'GET',
      url: '/api/public/my-input/K7M-3Q9-TDH-XVP-W4A-2HR/trace',
      params: { returnCode: 'K7M-3Q9-TDH-XVP-W4A-2HR' },
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': '203.0.113.77, 10.1.2.3', 'user-agent': 'Firefox' },
    });
    const text = JSON.stringify(logged);
    expect(text).not.toContain('K7M-3Q9');
    expect(text).not.toContain('203.0.113.77');
    expect(text).not.toContain('10.1.2.3');
    expect(logged).toMatchObject({
      method: 'GET',
      remoteAddress: '127.0.0.0',
      headers: { 'x-forwarded-for': '203.0.113.0, 10.1.2.0', 'user-agent': 'Firefox' },
    });
  });
});

import { maskReturnCodes } from './log-redaction';

describe('request log redaction', () => {
  it('hides the return code in every my-input path, keeping the rest', () => {
    expect(maskReturnCodes('/api/public/my-input/K7M-3Q9-TDH-XVP-W4A-2HR')).toBe('/api/public/my-input/***');
    expect(maskReturnCodes('/api/public/my-input/k7m%203q9/trace?x=1')).toBe(
      '/api/public/my-input/***/trace?x=1',
    );
    expect(maskReturnCodes('/api/public/my-input/ABC/export')).toBe('/api/public/my-input/***/export');
  });

  it('leaves other paths alone', () => {
    expect(maskReturnCodes('/api/public/rounds/demo/submissions')).toBe(
      '/api/public/rounds/demo/submissions',
    );
  });
});

import type { PublicRoundResponse } from '@inbreng/contracts';
import { emptyDraft, nextItem, restoreDraft, toRequest, type Draft } from './draft';
import { validateDraft } from './validation';

const round: PublicRoundResponse = {
  slug: 'demo',
  title: 'Demo',
  introduction: '',
  status: 'open',
  acceptingSubmissions: true,
  requiresAccessCode: false,
  opensAt: null,
  closesAt: null,
  prompt: 'Vertel het ons',
  groupPrompts: {},
  allowedGroups: ['youth', 'parent'],
  lifeDomains: [
    { code: 'housing', label: 'wonen' },
    { code: 'health', label: 'gezondheid' },
    { code: 'safety', label: 'veiligheid' },
    { code: 'leisure', label: 'vrije tijd' },
  ],
  wijken: [{ code: 'oost', label: 'Oost' }],
  inputLines: [],
  workspaceName: 'KJUS',
  emailAvailable: false,
};

const complete = (): Draft => ({
  ...emptyDraft(),
  group: 'youth',
  ageBand: '12-15',
  consent: true,
  kind: 'experience',
  text: 'Op school merkte niemand iets.',
  lifeDomains: ['housing'],
});

const fields = (d: Draft, r = round) => validateDraft(d, r).map((p) => p.field);

describe('validateDraft', () => {
  it('accepts a complete draft', () => {
    expect(fields(complete())).toEqual([]);
  });

  it('names every missing answer, in page order', () => {
    expect(fields({ ...emptyDraft(), group: 'youth' })).toEqual([
      'ageBand',
      'consent',
      'kind',
      'text',
      'lifeDomains',
    ]);
  });

  it('counts the text as the API does (trimmed), 10 to 2000 characters', () => {
    expect(validateDraft({ ...complete(), text: '   kort     ' }, round)[0]?.message.key).toBe(
      'participate.item.textShort',
    );
    expect(fields({ ...complete(), text: '1234567890' })).toEqual([]);
    expect(validateDraft({ ...complete(), text: 'x'.repeat(2001) }, round)[0]?.message.key).toBe(
      'participate.item.textLong',
    );
  });

  it('allows at most three life domains', () => {
    expect(fields({ ...complete(), lifeDomains: ['housing', 'health', 'safety', 'leisure'] })).toEqual([
      'lifeDomains',
    ]);
  });

  it('asks for the access code only when the round has one', () => {
    expect(fields({ ...complete() }, { ...round, requiresAccessCode: true })).toEqual(['accessCode']);
  });

  it('does not ask an age of parents', () => {
    expect(fields({ ...complete(), group: 'parent', ageBand: null })).toEqual([]);
  });
});

describe('drafts', () => {
  it('restore what was stored, dropping what the round no longer offers', () => {
    const stored = {
      ...complete(),
      group: 'professional', // not allowed in this round
      lifeDomains: ['housing', 'gone', 42],
      wijk: 'oost',
      inputLine: 'spoor-9',
      returnCode: 'K7M-3Q9-TDH-XVP-W4A-2HR',
    };
    const d = restoreDraft(JSON.parse(JSON.stringify(stored)), round);
    expect(d.group).toBeNull();
    expect(d.lifeDomains).toEqual(['housing']);
    expect(d.wijk).toBe('oost');
    expect(d.inputLine).toBe('');
    expect(d.text).toBe('Op school merkte niemand iets.');
    expect(d.idempotencyKey).toBe(stored.idempotencyKey);
    expect(d.returnCode).toBe('K7M-3Q9-TDH-XVP-W4A-2HR');
    expect(restoreDraft({ ...stored, quoteConsent: true }, round).quoteConsent).toBe(true);
    expect(restoreDraft({ ...stored, quoteConsent: 'yes' }, round).quoteConsent).toBe(false);
  });

  it('start empty from rubbish', () => {
    expect(restoreDraft('nonsense', round).text).toBe('');
    expect(restoreDraft({ idempotencyKey: 'not-a-uuid' }, round).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('after a confirmed item keep who you are and your consent, with a new key', () => {
    const before = { ...complete(), wijk: 'oost', quoteConsent: true };
    const after = nextItem(before, 'K7M-3Q9-TDH-XVP-W4A-2HR');
    expect(after).toMatchObject({
      group: 'youth',
      ageBand: '12-15',
      consent: true,
      kind: null,
      text: '',
      lifeDomains: [],
      wijk: '',
      // each text is asked again: agreeing to quote one is not agreeing to quote the next
      quoteConsent: false,
      returnCode: 'K7M-3Q9-TDH-XVP-W4A-2HR',
    });
    expect(after.idempotencyKey).not.toBe(before.idempotencyKey);
  });
});

describe('toRequest', () => {
  it('sends what the API needs: trimmed text, age only for young people, the access code only when asked', () => {
    const d = {
      ...complete(),
      text: '  Op school merkte niemand iets.  ',
      accessCode: ' klas ',
      returnCode: 'ABC',
    };
    expect(toRequest(d, round, '')).toEqual({
      idempotencyKey: d.idempotencyKey,
      returnCode: 'ABC',
      accessCode: undefined,
      group: 'youth',
      ageBand: '12-15',
      kind: 'experience',
      text: 'Op school merkte niemand iets.',
      lifeDomains: ['housing'],
      wijk: undefined,
      inputLine: undefined,
      quoteConsent: false,
      consent: true,
      website: '',
    });
    const parent = toRequest(
      { ...d, group: 'parent', wijk: 'oost' },
      { ...round, requiresAccessCode: true },
      'bot',
    );
    expect(parent).toMatchObject({
      group: 'parent',
      ageBand: undefined,
      accessCode: 'klas',
      wijk: 'oost',
      website: 'bot',
    });
  });
});

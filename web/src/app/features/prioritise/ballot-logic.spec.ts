import {
  ballotFailure,
  type BallotDraft,
  emptyBallot,
  moveItem,
  orderFromBallot,
  pairCount,
  restoreBallot,
  ranking,
  toBallotRequest,
  togglePick,
  validatePicks,
  validateWho,
} from './ballot-logic';

const KEY = '7d4f1c0e-3b1a-4c55-9a51-0d6a6f1e2b33';

const withOrder = (order: string[], extra: Partial<BallotDraft> = {}): BallotDraft => ({
  ...emptyBallot(KEY),
  order,
  ...extra,
});

describe('togglePick', () => {
  it('adds a pick at the end and removes it again', () => {
    const added = togglePick(withOrder(['a']), 'b', 3);
    expect(added).toEqual({ ok: true, draft: expect.objectContaining({ order: ['a', 'b'] }) });
    const removed = togglePick(withOrder(['a', 'b', 'c']), 'b', 3);
    expect(removed.ok && removed.draft.order).toEqual(['a', 'c']);
  });

  it('refuses a pick beyond the maximum and leaves the draft alone', () => {
    const draft = withOrder(['a', 'b']);
    expect(togglePick(draft, 'c', 2)).toEqual({ ok: false, reason: 'full' });
    expect(draft.order).toEqual(['a', 'b']);
  });

  it('still allows removing when the list is full', () => {
    const res = togglePick(withOrder(['a', 'b']), 'a', 2);
    expect(res.ok && res.draft.order).toEqual(['b']);
  });
});

describe('moveItem', () => {
  it('moves up and down by one', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('moves across the list, as a drop does', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('clamps the target and ignores an unknown source', () => {
    expect(moveItem(['a', 'b'], 0, 9)).toEqual(['b', 'a']);
    expect(moveItem(['a', 'b'], 1, -4)).toEqual(['b', 'a']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});

describe('ranking', () => {
  it('is the first rankTop picks, or all picks when there are fewer', () => {
    expect(ranking(withOrder(['a', 'b', 'c', 'd']), 3)).toEqual(['a', 'b', 'c']);
    expect(ranking(withOrder(['a', 'b']), 5)).toEqual(['a', 'b']);
    expect(ranking(withOrder([]), 3)).toEqual([]);
  });
});

describe('validation', () => {
  it('asks for group, age band (youth only), consent and, when needed, the access code', () => {
    expect(validateWho(emptyBallot(KEY), true).map((p) => p.field)).toEqual([
      'accessCode',
      'group',
      'consent',
    ]);
    expect(validateWho(withOrder([], { group: 'youth', consent: true }), false).map((p) => p.field)).toEqual([
      'ageBand',
    ]);
    expect(validateWho(withOrder([], { group: 'parent', consent: true }), false)).toEqual([]);
  });

  it('does not ask the group again of someone with a return code (the server keeps theirs)', () => {
    expect(
      validateWho(withOrder([], { returnCode: 'ABC-DEF-GHJ-KMN-PQR-STU' }), false).map((p) => p.field),
    ).toEqual(['consent']);
  });

  it('needs at least one pick and no more than the maximum', () => {
    expect(validatePicks(withOrder([]), 3)[0]?.key).toBe('prioritise.pick.required');
    expect(validatePicks(withOrder(['a', 'b', 'c', 'd']), 3)[0]).toEqual({
      field: 'picks',
      key: 'prioritise.pick.tooMany',
      params: { max: 3 },
    });
    expect(validatePicks(withOrder(['a']), 3)).toEqual([]);
  });
});

describe('toBallotRequest', () => {
  it('sends all picks, the ranked top, and the age band only for youth', () => {
    const youth = withOrder(['c', 'a', 'b', 'd'], {
      group: 'youth',
      ageBand: '16-17',
      consent: true,
      returnCode: 'ABC-DEF-GHJ-KMN-PQR-STU',
      accessCode: ' geheim ',
    });
    expect(
      toBallotRequest(
        youth,
        { rankTop: 3, allowedGroups: ['youth'] },
        { requiresAccessCode: true, honeypot: '' },
      ),
    ).toEqual({
      idempotencyKey: KEY,
      returnCode: 'ABC-DEF-GHJ-KMN-PQR-STU',
      accessCode: 'geheim',
      group: 'youth',
      ageBand: '16-17',
      consent: true,
      picks: ['c', 'a', 'b', 'd'],
      ranking: ['c', 'a', 'b'],
      website: '',
    });
    const parent = { ...youth, group: 'parent' as const, returnCode: null };
    const req = toBallotRequest(
      parent,
      { rankTop: 3, allowedGroups: ['youth'] },
      { requiresAccessCode: false, honeypot: 'x' },
    );
    expect(req.ageBand).toBeUndefined();
    expect(req.returnCode).toBeUndefined();
    expect(req.accessCode).toBeUndefined();
    expect(req.website).toBe('x');
  });

  it('fills in an allowed group when a returning participant was not asked for one', () => {
    const returning = withOrder(['a'], { consent: true, returnCode: 'ABC-DEF-GHJ-KMN-PQR-STU' });
    const req = toBallotRequest(
      returning,
      { rankTop: 3, allowedGroups: ['parent', 'youth'] },
      { requiresAccessCode: false, honeypot: '' },
    );
    expect(req.group).toBe('parent');
    expect(req.ageBand).toBeUndefined();
    expect(req.returnCode).toBe('ABC-DEF-GHJ-KMN-PQR-STU');
  });
});

describe('orderFromBallot', () => {
  it('puts the ranked top first, then the other picks, without repeats', () => {
    expect(
      orderFromBallot({ picks: ['a', 'b', 'c', 'd'], ranking: ['c', 'a'] }, ['a', 'b', 'c', 'd'], 10),
    ).toEqual(['c', 'a', 'b', 'd']);
  });

  it('drops questions no longer on the shortlist and cuts at the maximum', () => {
    expect(orderFromBallot({ picks: ['a', 'x', 'b', 'c'], ranking: ['x', 'b'] }, ['a', 'b', 'c'], 2)).toEqual(
      ['b', 'a'],
    );
  });
});

describe('pairCount', () => {
  it('counts the pairs of a shortlist', () => {
    expect(pairCount(0)).toBe(0);
    expect(pairCount(1)).toBe(0);
    expect(pairCount(2)).toBe(1);
    expect(pairCount(10)).toBe(45);
  });
});

describe('restoreBallot', () => {
  const settings = {
    allowedGroups: ['youth', 'parent'] as ('youth' | 'parent')[],
    maxPicks: 2,
    questions: ['a', 'b', 'c'].map((id) => ({ researchQuestionId: id, text: id, population: '' })),
  };
  const fresh = '11111111-2222-4333-8444-555555555555';

  it('keeps a valid stored ballot', () => {
    const stored = { ...withOrder(['b', 'a'], { group: 'parent', consent: true, returnCode: 'X' }) };
    expect(restoreBallot(JSON.parse(JSON.stringify(stored)), settings, fresh)).toEqual(stored);
  });

  it('drops what the round no longer offers and repairs junk', () => {
    const restored = restoreBallot(
      { group: 'professional', ageBand: '99', order: ['x', 'c', 3, 'a', 'b'], idempotencyKey: 'nope' },
      settings,
      fresh,
    );
    expect(restored).toEqual({ ...emptyBallot(fresh), order: ['c', 'a'] });
    expect(restoreBallot('garbage', settings, fresh)).toEqual(emptyBallot(fresh));
    expect(restoreBallot(null, settings, fresh)).toEqual(emptyBallot(fresh));
  });
});

describe('ballotFailure', () => {
  it('keeps the idempotency key after a network or server error, so a retry counts once', () => {
    expect(ballotFailure(0, undefined, false)).toEqual({
      general: 'prioritise.errors.network',
      reaction: 'keepKey',
    });
    expect(ballotFailure(503, 'down', true).reaction).toBe('keepKey');
  });

  it('drops an unknown return code, but a 404 without one means the round is gone', () => {
    expect(ballotFailure(404, 'not known', true)).toEqual({
      general: 'prioritise.errors.unknownCode',
      reaction: 'dropCode',
    });
    expect(ballotFailure(404, 'no round', false).general).toBe('prioritise.errors.closed');
  });

  it('tells a reused idempotency key from a closed round', () => {
    expect(ballotFailure(409, 'This idempotency key was used for another round.', false).reaction).toBe(
      'newKey',
    );
    expect(ballotFailure(409, 'Voting has ended: the agenda is published.', true)).toEqual({
      general: 'prioritise.errors.closed',
      reaction: 'keepKey',
    });
  });

  it('marks a wrong access code, and names throttling and bad requests', () => {
    expect(ballotFailure(403, undefined, false).reaction).toBe('rejectAccessCode');
    expect(ballotFailure(429, undefined, false).general).toBe('participate.errors.tooMany');
    expect(ballotFailure(400, 'picks: …', false).general).toBe('participate.errors.badRequest');
  });
});

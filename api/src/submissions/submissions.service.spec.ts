import { ConflictException, NotFoundException } from '@nestjs/common';
import type { AppConfig } from '../config/config.schema';
import type { ParticipantRepository } from '../participants/participant.repository';
import { deriveReturnCode, hashIdempotencyKey, hashReturnCode } from '../participants/return-code';
import type { RoundEntity } from '../rounds/round.entity';
import type { RoundRepository } from '../rounds/round.repository';
import type { CreateSubmissionDto } from './dto/create-submission.dto';
import type { FirstSubmissionWriter } from './first-submission.writer';
import type { ReturningSubmissionWriter } from './returning-submission.writer';
import { SubmissionEntity } from './submission.entity';
import type {
  FirstSubmission,
  FirstSubmissionResult,
  ReturningSubmission,
  ReturningSubmissionResult,
  SubmissionRepository,
} from './submission.repository';
import { SubmissionsService } from './submissions.service';

const SECRET = 'unit-test-return-code-secret';
const CODE = 'K7M3Q9TDHXVPW4A2HR';
const KEY = '6f1c1f4e-2c1b-4d7e-9a55-2a8f0f3c9b10';

function openRound(over: Partial<RoundEntity> = {}): RoundEntity {
  return {
    id: 'round-1',
    workspaceId: 'ws-1',
    slug: 'demo',
    status: 'open',
    opensAt: null,
    closesAt: null,
    allowedGroups: ['youth', 'parent'],
    lifeDomains: [{ code: 'health', label: 'gezondheid' }],
    wijken: [],
    inputLines: [],
    accessCodeHash: null,
    ...over,
  } as RoundEntity;
}

function body(over: Partial<CreateSubmissionDto> = {}): CreateSubmissionDto {
  return {
    idempotencyKey: KEY,
    group: 'youth',
    ageBand: '12-15',
    kind: 'idea',
    text: 'Bel me op 06-12345678 over de wachtlijst.',
    lifeDomains: ['health'],
    consent: true,
    ...over,
  } as CreateSubmissionDto;
}

function setup(round: RoundEntity = openRound()) {
  const rounds = { findBySlugForSubmit: jest.fn(async () => round) };
  const submissions = { findByIdempotencyKey: jest.fn(async (): Promise<SubmissionEntity | null> => null) };
  const first = {
    insert: jest.fn(
      async (_row: FirstSubmission): Promise<FirstSubmissionResult> => ({
        roundOpen: true,
        participant: { id: 'participant-1', roundId: 'round-1', group: 'youth', ageBand: '12-15' },
        submission: { id: 'sub-new', createdAt: new Date('2025-05-01T10:00:00Z') },
      }),
    ),
  };
  const returning = {
    insert: jest.fn(
      async (_row: ReturningSubmission): Promise<ReturningSubmissionResult> => ({
        roundOpen: true,
        participantId: 'participant-1',
        submission: { id: 'sub-new', createdAt: new Date('2025-05-01T10:00:00Z') },
      }),
    ),
  };
  const service = new SubmissionsService(
    rounds as unknown as RoundRepository,
    {} as ParticipantRepository,
    submissions as unknown as SubmissionRepository,
    first as unknown as FirstSubmissionWriter,
    returning as unknown as ReturningSubmissionWriter,
    { RETURN_CODE_SECRET: SECRET } as AppConfig,
  );
  return { service, rounds, submissions, first, returning };
}

function storedRow(participantId: string): SubmissionEntity {
  return Object.assign(new SubmissionEntity(), {
    id: 'sub-earlier',
    participantId,
    kind: 'idea',
    redactedText: 'eerder',
    lifeDomains: ['health'],
    wijk: null,
    inputLine: null,
    status: 'pending',
    rejectionReason: null,
    rejectionNote: null,
    urgent: false,
    createdAt: new Date('2025-04-01T10:00:00Z'),
  });
}

describe('SubmissionsService.submit with a return code', () => {
  it('goes to the returning writer with the round, the code as typed (any case, spaces) and screened text', async () => {
    const { service, first, returning } = setup();
    const answer = await service.submit('demo', body({ returnCode: 'k7m 3q9-tdh xvp-w4a 2hr' }));
    expect(first.insert).not.toHaveBeenCalled();
    expect(returning.insert).toHaveBeenCalledTimes(1);
    const row = returning.insert.mock.calls[0]?.[0];
    expect(row).toMatchObject({
      roundId: 'round-1',
      returnCodeHash: hashReturnCode(CODE),
      idempotencyKeyHash: hashIdempotencyKey(KEY),
      kind: 'idea',
      originalText: 'Bel me op 06-12345678 over de wachtlijst.',
    });
    expect(row?.redactedText).not.toContain('12345678');
    expect(row?.piiKinds).toContain('phone');
    // The participant's group comes from the database, never from this request.
    expect(row).not.toHaveProperty('group');
    expect(row).not.toHaveProperty('ageBand');
    expect(answer.returnCode).toBe('K7M-3Q9-TDH-XVP-W4A-2HR');
    expect(answer.submission).toMatchObject({ id: 'sub-new', status: 'pending', kind: 'idea' });
    expect(answer.submission.text).not.toContain('12345678');
  });

  it('refuses a code that cannot be one (404) without writing', async () => {
    const { service, returning } = setup();
    await expect(service.submit('demo', body({ returnCode: '0000' }))).rejects.toThrow(NotFoundException);
    expect(returning.insert).not.toHaveBeenCalled();
  });

  it('answers 404 with the usual message when the statement found no participant in this round', async () => {
    const { service, returning } = setup();
    returning.insert.mockResolvedValueOnce({ roundOpen: true, participantId: null, submission: null });
    await expect(service.submit('demo', body({ returnCode: CODE }))).rejects.toThrow(
      /do not know this return code/,
    );
  });

  it('answers 409 with the current reason when the statement found the round closed', async () => {
    const { service, rounds, returning } = setup();
    returning.insert.mockResolvedValueOnce({ roundOpen: false, participantId: null, submission: null });
    const closedNow = openRound({ closesAt: new Date('2020-01-01T00:00:00Z') });
    rounds.findBySlugForSubmit.mockResolvedValueOnce(openRound()).mockResolvedValueOnce(closedNow);
    const refused = service.submit('demo', body({ returnCode: CODE }));
    await expect(refused).rejects.toThrow(ConflictException);
    await expect(refused).rejects.toThrow('This round closed on 2020-01-01T00:00:00.000Z.');
    expect(rounds.findBySlugForSubmit).toHaveBeenCalledTimes(2); // the cached read, then a fresh one
  });

  /** The statement found the key used before, by participant-1; the row holding it is `storedBy`'s. */
  function keySeenBefore(storedBy: string) {
    const s = setup();
    s.returning.insert.mockResolvedValueOnce({
      roundOpen: true,
      participantId: 'participant-1',
      submission: null,
    });
    s.submissions.findByIdempotencyKey.mockResolvedValueOnce(storedRow(storedBy));
    return s;
  }

  it('replays the stored row for a repeated key of the same participant', async () => {
    const { service, submissions } = keySeenBefore('participant-1');
    const answer = await service.submit('demo', body({ returnCode: CODE }));
    expect(submissions.findByIdempotencyKey).toHaveBeenCalledWith(hashIdempotencyKey(KEY));
    expect(answer.submission.id).toBe('sub-earlier');
    expect(answer.returnCode).toBe('K7M-3Q9-TDH-XVP-W4A-2HR');
  });

  it("refuses (409) a key that another participant's row holds", async () => {
    const { service } = keySeenBefore('participant-2');
    await expect(service.submit('demo', body({ returnCode: CODE }))).rejects.toThrow(
      /already used for other input/,
    );
  });

  it('checks the request against the cached round first: closed, access code, choices (nothing written)', async () => {
    const closed = setup(openRound({ status: 'closed' }));
    await expect(closed.service.submit('demo', body({ returnCode: CODE }))).rejects.toThrow(/status: closed/);
    const strict = setup(openRound({ accessCodeHash: 'x'.repeat(64) }));
    await expect(strict.service.submit('demo', body({ returnCode: CODE }))).rejects.toThrow(
      /needs an access code/,
    );
    const s = setup();
    await expect(
      s.service.submit('demo', body({ returnCode: CODE, lifeDomains: ['astrology'] })),
    ).rejects.toThrow(/unknown life domain/);
    for (const x of [closed, strict, s]) expect(x.returning.insert).not.toHaveBeenCalled();
  });

  it('reads the round options once per 2 s for returning and first submissions alike', async () => {
    const { service, rounds } = setup();
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    try {
      await service.submit('demo', body({ returnCode: CODE }));
      await service.submit('demo', body());
      await service.submit('demo', body({ returnCode: CODE }));
      expect(rounds.findBySlugForSubmit).toHaveBeenCalledTimes(1);
      now.mockReturnValue(1_002_001);
      await service.submit('demo', body({ returnCode: CODE }));
      expect(rounds.findBySlugForSubmit).toHaveBeenCalledTimes(2);
    } finally {
      now.mockRestore();
    }
  });
});

describe('SubmissionsService.submit without a return code', () => {
  it('goes to the first-submission writer with the derived code and the group of the request', async () => {
    const { service, first, returning } = setup();
    const answer = await service.submit('demo', body());
    expect(returning.insert).not.toHaveBeenCalled();
    const code = deriveReturnCode(SECRET, KEY);
    expect(first.insert).toHaveBeenCalledWith(
      expect.objectContaining({ returnCodeHash: hashReturnCode(code), group: 'youth', ageBand: '12-15' }),
    );
    expect(answer.returnCode.replace(/-/g, '')).toBe(code);
  });
});

import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type {
  AgeBand,
  Answers,
  PublicQuestionnaireResponse,
  PublicQuestionnaireSummary,
  SavedResponse,
} from '@inbreng/contracts';
import { flattenQuestions, normalizeAnswers, validateAnswers } from '@inbreng/questionnaire';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/config.schema';
import { ParticipantRepository } from '../participants/participant.repository';
import {
  deriveReturnCode,
  formatReturnCode,
  hashAccessCode,
  hashReturnCode,
  normalizeReturnCode,
} from '../participants/return-code';
import { closedReason } from '../rounds/round-rules';
import type { RoundEntity } from '../rounds/round.entity';
import { RoundRepository } from '../rounds/round.repository';
import { screenText } from '../submissions/text-screening';
import { toAnswerRows } from './answer-rows';
import { invalidAnswers } from './definition-errors';
import type { SaveResponseDto } from './dto/save-response.dto';
import type { QuestionnaireVersionEntity } from './entities/questionnaire-version.entity';
import type { QuestionnaireEntity } from './entities/questionnaire.entity';
import { toPublicQuestionnaire, toPublicQuestionnaireSummary } from './questionnaire.mapper';
import { QuestionnaireRepository } from './questionnaire.repository';
import { ResponseRepository, type OpenState } from './response.repository';

const UNKNOWN_CODE = 'We do not know this return code. Check that you copied it correctly.';

/** Why a questionnaire takes no answers right now, or null when it does. */
export function notAcceptingReason(state: OpenState, now = new Date()): string | null {
  if (state.questionnaireStatus !== 'open') {
    return `This questionnaire is not accepting answers (status: ${state.questionnaireStatus}).`;
  }
  return closedReason(state.round, now);
}

/** Answering without an account: read, save progress, hand in, resume with the return code. */
@Injectable()
export class PublicQuestionnairesService {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly responses: ResponseRepository,
    private readonly participants: ParticipantRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(slug: string): Promise<PublicQuestionnaireSummary[]> {
    const round = await this.publicRound(slug);
    const list = await this.questionnaires.listPublicForRound(round.id);
    const out: PublicQuestionnaireSummary[] = [];
    for (const q of list) out.push(toPublicQuestionnaireSummary(q, await this.currentVersion(q)));
    return out;
  }

  async get(slug: string, id: string): Promise<PublicQuestionnaireResponse> {
    const round = await this.publicRound(slug);
    const q = await this.publicQuestionnaire(round, id);
    const accepting = notAcceptingReason({ questionnaireStatus: q.status, round }) === null;
    return toPublicQuestionnaire(q, await this.currentVersion(q), round.slug, accepting);
  }

  /**
   * Saves progress (`submit: false`, only what is there is checked) or hands in (`submit: true`, required
   * questions too). Everything is checked before anything is written; the first save creates the
   * participant and return code in the same transaction as the response.
   */
  async save(slug: string, id: string, dto: SaveResponseDto): Promise<SavedResponse> {
    const round = await this.publicRound(slug);
    const q = await this.publicQuestionnaire(round, id);
    const closed = notAcceptingReason({ questionnaireStatus: q.status, round });
    if (closed) throw new ConflictException(closed);
    this.checkAccessCode(round, dto.accessCode);

    let returnCode: string;
    let known: {
      id: string;
      group: SaveResponseDto['group'];
      ageBand: AgeBand | null;
    } | null = null;
    if (dto.returnCode !== undefined) {
      const code = normalizeReturnCode(dto.returnCode);
      const participant = code ? await this.participants.findByCodeHash(hashReturnCode(code)) : null;
      if (!code || !participant || participant.roundId !== round.id)
        throw new NotFoundException(UNKNOWN_CODE);
      returnCode = code;
      // A participant keeps the group they started with, as with submissions.
      known = { id: participant.id, group: participant.group, ageBand: participant.ageBand };
    } else {
      returnCode = deriveReturnCode(this.config.RETURN_CODE_SECRET, dto.idempotencyKey ?? randomUUID());
    }
    const group = known?.group ?? dto.group;
    const ageBand: AgeBand | null = known ? known.ageBand : (dto.ageBand ?? null);
    this.checkRespondent(round, q, { group, ageBand, wijk: dto.wijk, checkAge: !known });

    const version = await this.currentVersion(q);
    const problems = validateAnswers(version.definition, dto.answers, { submit: dto.submit });
    if (problems.length) throw invalidAnswers(problems);
    const answers = normalizeAnswers(version.definition, dto.answers);
    const { rows, openTexts } = toAnswerRows(version.definition, answers);
    const screened = openTexts.map((t) => ({ ...t, ...screenText(t.text) }));

    const stored = await this.responses.transaction(async (manager) => {
      const state = await this.responses.lockOpenState(q.id, manager);
      const reason = state ? notAcceptingReason(state) : 'This questionnaire no longer exists.';
      if (reason) throw new ConflictException(reason);
      const participant = known
        ? known
        : await this.responses.upsertParticipant(
            {
              workspaceId: round.workspaceId,
              roundId: round.id,
              returnCodeHash: hashReturnCode(returnCode),
              group,
              ageBand,
            },
            manager,
          );
      if ('roundId' in participant && participant.roundId !== round.id) {
        throw new ConflictException('This idempotency key was used for another round.');
      }
      const response = await this.responses.upsertResponse(
        {
          workspaceId: round.workspaceId,
          questionnaireId: q.id,
          versionId: version.id,
          participantId: participant.id,
          group: participant.group,
          ageBand: participant.ageBand,
          wijk: dto.wijk ?? null,
          answers,
          submit: dto.submit,
        },
        manager,
      );
      if (!response) {
        throw new ConflictException('These answers were already handed in; they cannot be changed any more.');
      }
      await this.responses.replaceAnswers(response.id, q.id, rows, screened, manager);
      return response;
    });
    return {
      returnCode: formatReturnCode(returnCode),
      responseId: stored.id,
      version: version.version,
      status: stored.status,
      answers,
      urgentQuestionKeys: [...new Set(screened.filter((s) => s.urgent).map((s) => s.questionKey))].sort(),
      updatedAt: stored.updatedAt.toISOString(),
      submittedAt: stored.submittedAt?.toISOString() ?? null,
    };
  }

  /**
   * The saved answers for this return code. An unfinished response from before a new version continues on
   * the current version: answers that no longer fit it are left out (the respondent sees those questions
   * as new).
   */
  async resume(slug: string, id: string, rawCode: string): Promise<SavedResponse> {
    const round = await this.publicRound(slug);
    const q = await this.publicQuestionnaire(round, id);
    const code = normalizeReturnCode(rawCode);
    const participant = code ? await this.participants.findByCodeHash(hashReturnCode(code)) : null;
    if (!code || !participant || participant.roundId !== round.id) throw new NotFoundException(UNKNOWN_CODE);
    const response = await this.responses.findByParticipant(q.id, participant.id);
    if (!response)
      throw new NotFoundException('No answers were saved for this questionnaire with this return code yet.');
    let answers: Answers = response.answers;
    let version = await this.questionnaires.findVersionById(response.versionId);
    if (!version) throw new NotFoundException(UNKNOWN_CODE);
    if (response.status === 'in_progress' && version.version !== q.currentVersion) {
      version = await this.currentVersion(q);
      answers = keepValid(version, answers);
    }
    return {
      returnCode: formatReturnCode(code),
      responseId: response.id,
      version: version.version,
      status: response.status,
      answers,
      urgentQuestionKeys: await this.responses.urgentKeys(response.id),
      updatedAt: response.updatedAt.toISOString(),
      submittedAt: response.submittedAt?.toISOString() ?? null,
    };
  }

  private async currentVersion(q: QuestionnaireEntity): Promise<QuestionnaireVersionEntity> {
    const version = await this.questionnaires.findVersion(q.id, q.currentVersion);
    if (!version) throw new NotFoundException('This questionnaire has no questions yet.');
    return version;
  }

  private async publicRound(slug: string): Promise<RoundEntity> {
    const round = await this.rounds.findBySlug(slug);
    if (!round || round.status === 'draft') throw new NotFoundException(`There is no round at "/r/${slug}".`);
    return round;
  }

  private async publicQuestionnaire(round: RoundEntity, id: string): Promise<QuestionnaireEntity> {
    const q = await this.questionnaires.findPublic(round.id, id);
    if (!q) throw new NotFoundException('There is no such questionnaire in this round.');
    return q;
  }

  private checkAccessCode(round: RoundEntity, given: string | undefined): void {
    if (!round.accessCodeHash) return;
    if (!given) throw new ForbiddenException('This round needs an access code.');
    const a = Buffer.from(hashAccessCode(this.config.RETURN_CODE_SECRET, given));
    const b = Buffer.from(round.accessCodeHash);
    if (a.length !== b.length || !timingSafeEqual(a, b))
      throw new ForbiddenException('The access code is not correct.');
  }

  /** Group, age band and wijk must fit the round and the questionnaire's audience; one line per problem. */
  private checkRespondent(
    round: RoundEntity,
    q: QuestionnaireEntity,
    r: {
      group: SaveResponseDto['group'];
      ageBand: SaveResponseDto['ageBand'] | null;
      wijk?: string;
      checkAge: boolean;
    },
  ): void {
    const problems: string[] = [];
    if (!round.allowedGroups.includes(r.group)) {
      problems.push(
        `group "${r.group}" cannot take part in this round (allowed: ${round.allowedGroups.join(', ')})`,
      );
    } else if (q.audience.length && !q.audience.includes(r.group)) {
      problems.push(
        `group "${r.group}" is not asked this questionnaire (it is for: ${q.audience.join(', ')})`,
      );
    }
    if (r.checkAge && r.group === 'youth' && !r.ageBand) problems.push('ageBand is required for youth');
    if (r.checkAge && r.group !== 'youth' && r.ageBand) problems.push('ageBand is only asked of youth');
    if (r.wijk !== undefined && !round.wijken.some((w) => w.code === r.wijk))
      problems.push(`unknown wijk: ${r.wijk}`);
    if (problems.length) {
      throw new BadRequestException({
        message: `Invalid request: ${problems.join('; ')}`,
        details: problems,
      });
    }
  }
}

/** The answers that are still valid for a version, one by one in question order (conditions look back). */
function keepValid(version: QuestionnaireVersionEntity, answers: Answers): Answers {
  const kept: Answers = {};
  for (const { question } of flattenQuestions(version.definition)) {
    const value = answers[question.key];
    if (value === undefined) continue;
    const trial = { ...kept, [question.key]: value };
    if (validateAnswers(version.definition, trial, { submit: false }).length === 0)
      kept[question.key] = value;
  }
  return normalizeAnswers(version.definition, kept);
}

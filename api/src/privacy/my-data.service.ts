import { Injectable, NotFoundException } from '@nestjs/common';
import type { DeleteMyDataResponse, MyDataExport, MyInputTraceResponse } from '@inbreng/contracts';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import type { ParticipantEntity } from '../participants/participant.entity';
import { ParticipantRepository } from '../participants/participant.repository';
import { hashReturnCode, normalizeReturnCode } from '../participants/return-code';
import type { RoundEntity } from '../rounds/round.entity';
import { RoundRepository } from '../rounds/round.repository';
import { toPublicSubmission } from '../submissions/submission.mapper';
import { SubmissionRepository } from '../submissions/submission.repository';
import { PrioritisationRepository } from '../prioritisation/prioritisation.repository';
import { AgendaSnapshotService } from '../publication/agenda-snapshot.service';
import { snapshotRanks } from '../publication/agenda-snapshot';
import { toQuestionnaireResponseExport, toQuestionRanks, toTrace } from './my-data.mapper';
import { MyDataRepository } from './my-data.repository';

const UNKNOWN_CODE = 'We do not know this return code. Check that you copied it correctly.';

/**
 * Everything a participant can do with their return code besides adding input: follow what happened to it,
 * take a copy of all of it, and remove all of it. The return code is the only key; no account, no e-mail.
 */
@Injectable()
export class MyDataService {
  constructor(
    private readonly participants: ParticipantRepository,
    private readonly rounds: RoundRepository,
    private readonly submissions: SubmissionRepository,
    private readonly repo: MyDataRepository,
    private readonly agendas: AgendaSnapshotService,
    private readonly ballots: PrioritisationRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async trace(rawCode: string): Promise<MyInputTraceResponse> {
    const { participant, round } = await this.find(rawCode);
    const submissions = await this.submissions.listForParticipant(participant.id);
    const themes = await this.repo.acceptedThemes(
      round.id,
      submissions.filter((s) => s.status === 'approved').map((s) => s.id),
    );
    const questions = await this.repo.questionsOfThemes(round.id, [...new Set(themes.map((t) => t.themeId))]);
    // Ranks are final once the agenda is published (they are read from the agenda as published, the same
    // numbers as the public page); `publishedAt` stays set when the round is archived later.
    const published = round.publishedAt !== null;
    const responses = await this.repo.questionnaireResponses(participant.id, round.id);
    const openAnswers = await this.repo.openAnswerLinks(responses.map((r) => r.id));
    return toTrace({
      round,
      agendaUrl: published ? `/r/${round.slug}/agenda` : null,
      submissions,
      themes,
      questions,
      ranks: published
        ? toQuestionRanks(snapshotRanks((await this.agendas.published(round)).snapshot))
        : null,
      responses,
      openAnswers,
    });
  }

  /** All the participant gave us, their own original texts included: they wrote them. */
  async export(rawCode: string): Promise<MyDataExport> {
    const { participant, round } = await this.find(rawCode);
    const submissions = await this.submissions.listForParticipant(participant.id);
    const ballot = await this.ballots.findBallot(participant.id);
    const items = ballot ? await this.ballots.ballotItems(ballot.id) : [];
    const votes = await this.repo.pairwiseVotes(participant.id);
    const responses = await this.repo.questionnaireResponses(participant.id, round.id);
    const openAnswers = await this.repo.openAnswers(responses.map((r) => r.id));
    return {
      exportedAt: this.clock.now().toISOString(),
      round: { slug: round.slug, title: round.title },
      participant: {
        group: participant.group,
        ageBand: participant.ageBand,
        createdAt: participant.createdAt.toISOString(),
      },
      submissions: submissions.map((s) => ({
        ...toPublicSubmission(s),
        originalText: s.originalText,
        quoteConsent: s.quoteConsent,
      })),
      questionnaireResponses: responses.map((r) => toQuestionnaireResponseExport(r, openAnswers)),
      ballot: ballot
        ? {
            picks: items.map((i) => i.researchQuestionId),
            ranking: items
              .filter((i) => i.rank !== null)
              .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
              .map((i) => i.researchQuestionId),
          }
        : null,
      pairwiseVotes: votes.map((v) => ({
        pair: [v.aId, v.bId],
        choice: v.winnerId,
        createdAt: v.createdAt.toISOString(),
      })),
    };
  }

  /**
   * Removes the participant and all their input in one transaction, audited without any of the text:
   * submissions, questionnaire responses (answers and open answers with them), submissions made from those
   * answers, ballot and pairwise votes.
   * A second call finds no participant and answers 404, as for any unknown code.
   */
  async deleteAll(rawCode: string): Promise<DeleteMyDataResponse> {
    const code = normalizeReturnCode(rawCode);
    if (!code) throw new NotFoundException(UNKNOWN_CODE);
    return this.repo.transaction(async (manager) => {
      const participant = await this.repo.lockParticipant(hashReturnCode(code), manager);
      if (!participant) throw new NotFoundException(UNKNOWN_CODE);
      const votes = await this.repo.deleteVotes(participant.id, manager);
      const responses = await this.repo.deleteResponses(participant.id, manager);
      const submissionIds = await this.repo.deleteParticipant(participant.id, responses, manager);
      const result: DeleteMyDataResponse = {
        deletedSubmissions: submissionIds.length,
        deletedResponses: responses.length,
        deletedBallots: votes.ballots + votes.votes,
      };
      await this.audit.record(
        {
          action: 'participant.data_deleted',
          subjectType: 'participant',
          subjectId: participant.id,
          workspaceId: participant.workspaceId,
          actor: null, // the participant themselves, known only by their return code
          // ids and counts only: no text, no return code
          before: {
            roundId: participant.roundId,
            group: participant.group,
            submissionIds,
            responseIds: responses.map((r) => r.id),
          },
          after: { ...result },
        },
        manager,
      );
      return result;
    });
  }

  private async find(rawCode: string): Promise<{ participant: ParticipantEntity; round: RoundEntity }> {
    const code = normalizeReturnCode(rawCode);
    const participant = code ? await this.participants.findByCodeHash(hashReturnCode(code)) : null;
    if (!participant) throw new NotFoundException(UNKNOWN_CODE);
    const round = await this.rounds.findById(participant.roundId);
    if (!round) throw new NotFoundException(UNKNOWN_CODE);
    return { participant, round };
  }
}

import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { OPEN_QUESTION_TYPES, TEXT_MIN, type SendToSynthesisResponse } from '@inbreng/contracts';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../common/request-user';
import type { SendToSynthesisDto } from './dto/results.dto';
import { mergeVersions } from './merge-versions';
import { QuestionnaireRepository } from './questionnaire.repository';
import { SynthesisLinkRepository } from './synthesis-link.repository';

/**
 * Sends open answers on to synthesis as submissions (kind experience or question), pending moderation like
 * any other input, with their screening flags and a link back to the questionnaire. An answer goes once.
 */
@Injectable()
export class SynthesisLinkService {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly links: SynthesisLinkRepository,
    private readonly audit: AuditService,
  ) {}

  async send(
    workspaceId: string,
    id: string,
    dto: SendToSynthesisDto,
    actor: RequestUser,
  ): Promise<SendToSynthesisResponse> {
    const q = await this.questionnaires.findInWorkspace(workspaceId, id);
    if (!q) throw new NotFoundException('No such questionnaire in this workspace.');
    const question = mergeVersions(await this.questionnaires.listVersions(id)).find(
      (m) => m.question.key === dto.questionKey,
    );
    if (!question) throw new BadRequestException(`questionKey: there is no question "${dto.questionKey}"`);
    if (!OPEN_QUESTION_TYPES.includes(question.question.type)) {
      throw new BadRequestException(
        `questionKey: "${dto.questionKey}" is not an open question; only open answers can be sent`,
      );
    }
    return this.questionnaires.transaction(async (manager) => {
      const result = await this.links.send(
        {
          workspaceId,
          questionnaireId: id,
          questionKey: dto.questionKey,
          kind: dto.kind,
          responseIds: dto.responseIds ? [...new Set(dto.responseIds)] : undefined,
          minLength: TEXT_MIN,
        },
        manager,
      );
      await this.audit.record(
        {
          action: 'questionnaire.sent_to_synthesis',
          subjectType: 'questionnaire',
          subjectId: id,
          workspaceId,
          actor,
          after: { questionKey: dto.questionKey, kind: dto.kind, ...result },
        },
        manager,
      );
      return result;
    });
  }
}

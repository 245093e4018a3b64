import { AuditEventEntity } from '../audit/audit-event.entity';
import { SessionEntity } from '../auth/session.entity';
import { StaffUserEntity } from '../auth/staff-user.entity';
import { WorkspaceMembershipEntity } from '../auth/workspace-membership.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { ParticipantEntity } from '../participants/participant.entity';
import {
  BallotEntity,
  BallotItemEntity,
  PairwiseVoteEntity,
  PrioritisationEntity,
  PrioritisationQuestionEntity,
} from '../prioritisation/prioritisation.entity';
import { AgendaPublicationEntity } from '../publication/agenda-publication.entity';
import { QuestionnaireAnswerEntity } from '../questionnaires/entities/questionnaire-answer.entity';
import { QuestionnaireOpenAnswerEntity } from '../questionnaires/entities/questionnaire-open-answer.entity';
import { QuestionnaireResponseEntity } from '../questionnaires/entities/questionnaire-response.entity';
import { QuestionnaireVersionEntity } from '../questionnaires/entities/questionnaire-version.entity';
import { QuestionnaireEntity } from '../questionnaires/entities/questionnaire.entity';
import { RoundEntity } from '../rounds/round.entity';
import { SubmissionEntity } from '../submissions/submission.entity';
import { ClusteringRunEntity } from '../synthesis/clustering-run.entity';
import {
  ResearchQuestionEntity,
  ResearchQuestionHistoryEntity,
  ResearchQuestionThemeEntity,
} from '../synthesis/research-question.entity';
import { SubmissionDuplicateEntity } from '../synthesis/submission-duplicate.entity';
import { SynthesisActionEntity } from '../synthesis/synthesis-action.entity';
import { ThemeAssignmentEntity, ThemeEntity, ThemeHistoryEntity } from '../synthesis/theme.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

export const ENTITIES = [
  WorkspaceEntity,
  StaffUserEntity,
  WorkspaceMembershipEntity,
  SessionEntity,
  RoundEntity,
  AuditEventEntity,
  ParticipantEntity,
  SubmissionEntity,
  ThemeEntity,
  ThemeAssignmentEntity,
  ThemeHistoryEntity,
  ResearchQuestionEntity,
  ResearchQuestionThemeEntity,
  ResearchQuestionHistoryEntity,
  ClusteringRunEntity,
  SynthesisActionEntity,
  SubmissionDuplicateEntity,
  PrioritisationEntity,
  PrioritisationQuestionEntity,
  BallotEntity,
  BallotItemEntity,
  PairwiseVoteEntity,
  QuestionnaireEntity,
  QuestionnaireVersionEntity,
  QuestionnaireResponseEntity,
  QuestionnaireAnswerEntity,
  QuestionnaireOpenAnswerEntity,
  AgendaPublicationEntity,
  MailOutboxEntity,
];

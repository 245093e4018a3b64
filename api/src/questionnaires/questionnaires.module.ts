import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RoundsModule } from '../rounds/rounds.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { ExportsService } from './exports.service';
import { PublicQuestionnairesController } from './public-questionnaires.controller';
import { PublicQuestionnairesService } from './public-questionnaires.service';
import { QuestionnaireResultsController } from './questionnaire-results.controller';
import { QuestionnaireRepository } from './questionnaire.repository';
import { QuestionnairesService } from './questionnaires.service';
import { ResponseRepository } from './response.repository';
import { ResultsRepository } from './results.repository';
import { ResultsService } from './results.service';
import { StaffQuestionnairesController } from './staff-questionnaires.controller';
import { SynthesisLinkRepository } from './synthesis-link.repository';
import { SynthesisLinkService } from './synthesis-link.service';

@Module({
  imports: [AuditModule, RoundsModule, SubmissionsModule],
  controllers: [
    StaffQuestionnairesController,
    QuestionnaireResultsController,
    PublicQuestionnairesController,
  ],
  providers: [
    QuestionnaireRepository,
    ResponseRepository,
    ResultsRepository,
    SynthesisLinkRepository,
    QuestionnairesService,
    PublicQuestionnairesService,
    ResultsService,
    ExportsService,
    SynthesisLinkService,
  ],
  exports: [QuestionnaireRepository],
})
export class QuestionnairesModule {}

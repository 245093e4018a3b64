import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RoundsModule } from '../rounds/rounds.module';
import { AssignmentsService } from './assignments.service';
import { ClusterRunner } from './cluster-runner';
import { ClusteringRunRepository } from './clustering-run.repository';
import { ClusteringService } from './clustering.service';
import { ResearchQuestionRepository } from './research-question.repository';
import { ResearchQuestionsController } from './research-questions.controller';
import { ResearchQuestionsService } from './research-questions.service';
import { SynthesisActionRepository } from './synthesis-action.repository';
import { SynthesisContext } from './synthesis-context';
import { SynthesisController } from './synthesis.controller';
import { ThemeRepository } from './theme.repository';
import { ThemesService } from './themes.service';
import { UndoService } from './undo.service';
import { WorkbenchRepository } from './workbench.repository';
import { WorkbenchService } from './workbench.service';

@Module({
  imports: [AuditModule, RoundsModule],
  controllers: [SynthesisController, ResearchQuestionsController],
  providers: [
    ThemeRepository,
    WorkbenchRepository,
    ResearchQuestionRepository,
    ClusteringRunRepository,
    SynthesisActionRepository,
    SynthesisContext,
    ThemesService,
    AssignmentsService,
    UndoService,
    ResearchQuestionsService,
    WorkbenchService,
    ClusteringService,
    ClusterRunner,
  ],
  exports: [WorkbenchService, ResearchQuestionsService, ResearchQuestionRepository],
})
export class SynthesisModule {}

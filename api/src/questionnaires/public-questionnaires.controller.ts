import { Body, Controller, Get, Param, Put, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type {
  PublicQuestionnaireResponse,
  PublicQuestionnaireSummary,
  SavedResponse,
} from '@inbreng/contracts';
import { Public } from '../common/access.decorators';
import { RoundSlugParams } from '../submissions/dto/round-slug.params';
import { PublicQuestionnaireParams, PublicResponseParams, SaveResponseDto } from './dto/save-response.dto';
import { PublicQuestionnairesService } from './public-questionnaires.service';

@ApiTags('public')
@Controller('public/rounds/:slug/questionnaires')
export class PublicQuestionnairesController {
  constructor(private readonly questionnaires: PublicQuestionnairesService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Questionnaires of a round (not drafts)' })
  list(@Param() p: RoundSlugParams): Promise<PublicQuestionnaireSummary[]> {
    return this.questionnaires.list(p.slug);
  }

  @Public()
  @Get(':questionnaireId')
  @ApiOperation({ summary: 'A questionnaire to answer (current version)' })
  get(@Param() p: PublicQuestionnaireParams): Promise<PublicQuestionnaireResponse> {
    return this.questionnaires.get(p.slug, p.questionnaireId);
  }

  @Public()
  @Put(':questionnaireId/response')
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true })
  @ApiOperation({
    summary: 'Save progress (submit: false) or hand in (submit: true)',
    description:
      'The first save creates the participant and return code. Bad answers: 400 with details and problems per question; questionnaire or round not open: 409. Nothing is stored on an error.',
  })
  save(@Param() p: PublicQuestionnaireParams, @Body() dto: SaveResponseDto): Promise<SavedResponse> {
    return this.questionnaires.save(p.slug, p.questionnaireId, dto);
  }

  @Public()
  @Get(':questionnaireId/response/:returnCode')
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true })
  @ApiOperation({ summary: 'Resume: the answers saved with this return code' })
  resume(@Param() p: PublicResponseParams): Promise<SavedResponse> {
    return this.questionnaires.resume(p.slug, p.questionnaireId, p.returnCode);
  }
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PARTICIPANT_GROUPS,
  QUESTIONNAIRE_STATUSES,
  type ParticipantGroup,
  type QuestionnaireDefinition,
  type QuestionnaireStatus,
  type TransitionQuestionnaireRequest,
  type UpsertQuestionnaireRequest,
} from '@inbreng/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class QuestionnaireParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'workspaceId must be a UUID' })
  workspaceId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'questionnaireId must be a UUID' })
  questionnaireId!: string;
}

export class OpenAnswerParams extends QuestionnaireParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'responseId must be a UUID' })
  responseId!: string;

  @ApiProperty({ example: 'q7' })
  @IsString()
  @Length(1, 40)
  questionKey!: string;
}

export class OpenAnswerSourceQuery {
  @ApiPropertyOptional({ enum: ['answer', 'other'], default: 'answer' })
  @IsOptional()
  @IsIn(['answer', 'other'], { message: 'source must be answer or other' })
  source?: 'answer' | 'other';
}

export class UpsertQuestionnaireDto implements UpsertQuestionnaireRequest {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'title must be between 1 and 200 characters' })
  title!: string;

  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  introduction!: string;

  @ApiProperty({
    enum: PARTICIPANT_GROUPS,
    isArray: true,
    description: 'Empty: every group the round allows.',
  })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(PARTICIPANT_GROUPS.length)
  @IsIn(PARTICIPANT_GROUPS, {
    each: true,
    message: `audience must name groups of: ${PARTICIPANT_GROUPS.join(', ')}`,
  })
  audience!: ParticipantGroup[];

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  minGroupSize?: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'QuestionnaireDefinition (sections → questions); checked as a whole, problems per path.',
  })
  @IsObject({ message: 'definition must be an object with sections' })
  definition!: QuestionnaireDefinition;

  @ApiPropertyOptional({
    description: 'Make a destructive edit on a version with responses as a new version.',
  })
  @IsOptional()
  @IsBoolean()
  asNewVersion?: boolean;
}

export class TransitionQuestionnaireDto implements TransitionQuestionnaireRequest {
  @ApiProperty({ enum: QUESTIONNAIRE_STATUSES })
  @IsIn(QUESTIONNAIRE_STATUSES, { message: `to must be one of: ${QUESTIONNAIRE_STATUSES.join(', ')}` })
  to!: QuestionnaireStatus;
}

export class ExportParams extends QuestionnaireParams {
  @ApiProperty({ enum: ['csv', 'xlsx', 'pdf'] })
  @IsIn(['csv', 'xlsx', 'pdf'], { message: 'format must be csv, xlsx or pdf' })
  format!: 'csv' | 'xlsx' | 'pdf';
}

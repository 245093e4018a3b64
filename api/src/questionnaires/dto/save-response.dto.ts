import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_BANDS,
  PARTICIPANT_GROUPS,
  type AgeBand,
  type Answers,
  type ParticipantGroup,
  type SaveResponseRequest,
} from '@inbreng/contracts';
import {
  Equals,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

export class PublicQuestionnaireParams {
  @ApiProperty({ example: 'demo' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'slug must be lowercase letters, digits and dashes' })
  slug!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'questionnaireId must be a UUID' })
  questionnaireId!: string;
}

export class PublicResponseParams extends PublicQuestionnaireParams {
  @ApiProperty({ example: 'K7M-3Q9-TDH-XVP-W4A-2HR' })
  @Matches(/^[A-Za-z0-9 -]{1,40}$/, { message: 'returnCode has an invalid format' })
  returnCode!: string;
}

export class SaveResponseDto implements SaveResponseRequest {
  @ApiPropertyOptional({ example: 'K7M-3Q9-TDH-XVP-W4A-2HR' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  returnCode?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'For the first save: a retry gets the same return code.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'idempotencyKey must be a UUID' })
  idempotencyKey?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  accessCode?: string;

  @ApiProperty({ enum: PARTICIPANT_GROUPS })
  @IsIn(PARTICIPANT_GROUPS, { message: `group must be one of: ${PARTICIPANT_GROUPS.join(', ')}` })
  group!: ParticipantGroup;

  @ApiPropertyOptional({ enum: AGE_BANDS, description: 'Required for youth, not allowed for other groups.' })
  @IsOptional()
  @IsIn(AGE_BANDS, { message: `ageBand must be one of: ${AGE_BANDS.join(', ')}` })
  ageBand?: AgeBand;

  @ApiPropertyOptional({ description: 'A wijk code of the round.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  wijk?: string;

  @ApiProperty({ enum: [true] })
  @Equals(true, { message: 'consent must be true: the participant has to agree first' })
  consent!: true;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Question key → answer (see AnswerValue); checked against the questionnaire, problems per question.',
  })
  @IsObject({ message: 'answers must be an object keyed by question' })
  answers!: Answers;

  @ApiProperty({ description: 'false: save progress (partial check); true: hand in (full check).' })
  @IsBoolean({ message: 'submit must be true or false' })
  submit!: boolean;

  @ApiPropertyOptional({ description: 'Honeypot: leave empty.' })
  @IsOptional()
  @IsString()
  @MaxLength(0, { message: 'website must be empty' })
  website?: string;
}

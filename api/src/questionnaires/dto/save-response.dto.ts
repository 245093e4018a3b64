import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Answers, SaveResponseRequest } from '@inbreng/contracts';
import { IsBoolean, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ParticipantFieldsDto } from '../../common/dto/participant-identity.dto';

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

/** A questionnaire save: who answers (see ParticipantFieldsDto) and their answers. */
export class SaveResponseDto extends ParticipantFieldsDto implements SaveResponseRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'For the first save: a retry gets the same return code.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'idempotencyKey must be a UUID' })
  idempotencyKey?: string;

  @ApiPropertyOptional({ description: 'A wijk code of the round.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  wijk?: string;

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
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGE_BANDS, PARTICIPANT_GROUPS, type AgeBand, type ParticipantGroup } from '@inbreng/contracts';
import { Equals, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/**
 * Who takes part, in every public request that may create a participant (a submission, a ballot, a
 * pairwise vote, a questionnaire save): without a return code these fields make a new participant;
 * with one, the participant's stored group and age band count.
 */
export class ParticipantFieldsDto {
  @ApiPropertyOptional({ example: 'K7M-3Q9-TDH-XVP-W4A-2HR' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  returnCode?: string;

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

  @ApiProperty({ enum: [true] })
  @Equals(true, { message: 'consent must be true: the participant has to agree first' })
  consent!: true;

  @ApiPropertyOptional({ description: 'Honeypot: leave empty.' })
  @IsOptional()
  @IsString()
  @MaxLength(0, { message: 'website must be empty' })
  website?: string;
}

/** The participant fields of a request that is stored once per key: a submission or a vote. */
export class ParticipantIdentityDto extends ParticipantFieldsDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Client-generated; a retry with the same key gets the same answer and is stored once.',
  })
  @IsUUID('all', { message: 'idempotencyKey must be a UUID' })
  idempotencyKey!: string;
}

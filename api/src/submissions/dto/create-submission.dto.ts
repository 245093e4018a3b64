import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_BANDS,
  type AgeBand,
  type CreateSubmissionRequest,
  PARTICIPANT_GROUPS,
  type ParticipantGroup,
  SUBMISSION_KINDS,
  type SubmissionKind,
  TEXT_MAX,
  TEXT_MIN,
} from '@inbreng/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSubmissionDto implements CreateSubmissionRequest {
  @ApiProperty({
    format: 'uuid',
    description: 'Client-generated; a retry with the same key returns the same submission.',
  })
  @IsUUID('all', { message: 'idempotencyKey must be a UUID' })
  idempotencyKey!: string;

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

  @ApiProperty({ enum: SUBMISSION_KINDS })
  @IsIn(SUBMISSION_KINDS, { message: `kind must be one of: ${SUBMISSION_KINDS.join(', ')}` })
  kind!: SubmissionKind;

  @ApiProperty({ minLength: TEXT_MIN, maxLength: TEXT_MAX })
  @Transform(trim)
  @IsString()
  @Length(TEXT_MIN, TEXT_MAX, { message: `text must be between ${TEXT_MIN} and ${TEXT_MAX} characters` })
  text!: string;

  @ApiProperty({ type: [String], example: ['health'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'lifeDomains must name at least one life domain' })
  @ArrayMaxSize(3, { message: 'lifeDomains may name at most 3 life domains' })
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  lifeDomains!: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(80)
  wijk?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(80)
  inputLine?: string;

  @ApiProperty({ enum: [true] })
  @Equals(true, { message: 'consent must be true: the participant has to agree first' })
  consent!: true;

  @ApiPropertyOptional({
    default: false,
    description: 'May an anonymous, redacted quote of this text appear on the published agenda?',
  })
  @IsOptional()
  @IsBoolean({ message: 'quoteConsent must be true or false' })
  quoteConsent?: boolean;

  @ApiPropertyOptional({ description: 'Honeypot: leave empty.' })
  @IsOptional()
  @IsString()
  @MaxLength(0, { message: 'website must be empty' })
  website?: string;
}

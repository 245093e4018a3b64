import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateSubmissionRequest,
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
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { ParticipantIdentityDto } from '../../common/dto/participant-identity.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A submission: who (see ParticipantIdentityDto) and what they write. */
export class CreateSubmissionDto extends ParticipantIdentityDto implements CreateSubmissionRequest {
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

  @ApiPropertyOptional({
    default: false,
    description: 'May an anonymous, redacted quote of this text appear on the published agenda?',
  })
  @IsOptional()
  @IsBoolean({ message: 'quoteConsent must be true or false' })
  quoteConsent?: boolean;
}

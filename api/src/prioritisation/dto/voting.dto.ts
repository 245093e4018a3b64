import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_BANDS,
  PARTICIPANT_GROUPS,
  type AgeBand,
  type BallotRequest,
  type PairwiseVoteRequest,
  type ParticipantGroup,
} from '@inbreng/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';

/** Who votes: the same fields as a first submission; a return code makes the rest of the identity fixed. */
export class VoterDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Client-generated; a retry gives the same return code / counts once.',
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

  @ApiPropertyOptional({ enum: AGE_BANDS })
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

export class BallotDto extends VoterDto implements BallotRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray({ message: 'picks must be a list' })
  @ArrayMinSize(1, { message: 'picks: pick at least one question' })
  @ArrayMaxSize(100, { message: 'picks: too many questions' })
  @IsUUID('all', { each: true, message: 'each of picks must be a research question id' })
  picks!: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray({ message: 'ranking must be a list' })
  @ArrayMinSize(1, { message: 'ranking: rank at least one question' })
  @ArrayMaxSize(10, { message: 'ranking: rank at most 10 questions' })
  @IsUUID('all', { each: true, message: 'each of ranking must be a research question id' })
  ranking!: string[];
}

export class PairwiseVoteDto extends VoterDto implements PairwiseVoteRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 2, maxItems: 2 })
  @IsArray({ message: 'pair must be a list of two question ids' })
  @ArrayMinSize(2, { message: 'pair must hold exactly two question ids' })
  @ArrayMaxSize(2, { message: 'pair must hold exactly two question ids' })
  @IsUUID('all', { each: true, message: 'each of pair must be a research question id' })
  pair!: [string, string];

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null skips the pair' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'choice must be one of the pair, or null to skip' })
  choice!: string | null;
}

export class NextPairQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  returnCode?: string;
}

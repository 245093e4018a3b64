import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BallotRequest, PairwiseVoteRequest } from '@inbreng/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ParticipantIdentityDto } from '../../common/dto/participant-identity.dto';

/** A ranking ballot: who votes (see ParticipantIdentityDto) and their picks. */
export class BallotDto extends ParticipantIdentityDto implements BallotRequest {
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

export class PairwiseVoteDto extends ParticipantIdentityDto implements PairwiseVoteRequest {
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

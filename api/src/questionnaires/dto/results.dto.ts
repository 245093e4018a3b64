import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_BANDS,
  PARTICIPANT_GROUPS,
  type AgeBand,
  type OpenAnswersQuery,
  type ParticipantGroup,
  type ResultsFilter,
  type SendToSynthesisRequest,
} from '@inbreng/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class ResultsQueryDto implements ResultsFilter {
  @ApiPropertyOptional({ enum: PARTICIPANT_GROUPS })
  @IsOptional()
  @IsIn(PARTICIPANT_GROUPS, { message: `group must be one of: ${PARTICIPANT_GROUPS.join(', ')}` })
  group?: ParticipantGroup;

  @ApiPropertyOptional({ enum: AGE_BANDS })
  @IsOptional()
  @IsIn(AGE_BANDS, { message: `ageBand must be one of: ${AGE_BANDS.join(', ')}` })
  ageBand?: AgeBand;

  @ApiPropertyOptional({ description: 'A wijk code of the round.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  wijk?: string;

  @ApiPropertyOptional({ description: 'Only responses to this version.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version?: number;
}

export class OpenAnswersQueryDto extends ResultsQueryDto implements OpenAnswersQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 40)
  questionKey?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'includeOther must be true or false' })
  includeOther?: boolean;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class SendToSynthesisDto implements SendToSynthesisRequest {
  @ApiProperty({ example: 'q7' })
  @IsString()
  @Length(1, 40)
  questionKey!: string;

  @ApiProperty({ enum: ['experience', 'question'] })
  @IsIn(['experience', 'question'], { message: 'kind must be experience or question' })
  kind!: 'experience' | 'question';

  @ApiPropertyOptional({ type: [String], description: 'Only these responses (default: all not yet sent).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'responseIds must be UUIDs' })
  responseIds?: string[];
}

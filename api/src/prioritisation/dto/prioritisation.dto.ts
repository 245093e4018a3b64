import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PRIORITISATION_METHODS,
  type PrioritisationMethod,
  type PriorityGroup,
  type SetRationaleRequest,
  type StartPrioritisationRequest,
  type UpdatePrioritisationRequest,
} from '@inbreng/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class WeightsDto implements Partial<Record<PriorityGroup, number>> {
  @ApiPropertyOptional({ minimum: 0, maximum: 10 })
  @IsOptional()
  @IsNumber({}, { message: 'weights.youth must be a number' })
  @Min(0, { message: 'weights.youth must be 0 or more' })
  @Max(10, { message: 'weights.youth must be at most 10' })
  youth?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10 })
  @IsOptional()
  @IsNumber({}, { message: 'weights.parent must be a number' })
  @Min(0, { message: 'weights.parent must be 0 or more' })
  @Max(10, { message: 'weights.parent must be at most 10' })
  parent?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10 })
  @IsOptional()
  @IsNumber({}, { message: 'weights.professional must be a number' })
  @Min(0, { message: 'weights.professional must be 0 or more' })
  @Max(10, { message: 'weights.professional must be at most 10' })
  professional?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10 })
  @IsOptional()
  @IsNumber({}, { message: 'weights.policy_research_education must be a number' })
  @Min(0, { message: 'weights.policy_research_education must be 0 or more' })
  @Max(10, { message: 'weights.policy_research_education must be at most 10' })
  policy_research_education?: number;
}

export class UpdatePrioritisationDto implements UpdatePrioritisationRequest {
  @ApiPropertyOptional({ type: WeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WeightsDto)
  weights?: WeightsDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 10000 })
  @IsOptional()
  @IsInt({ message: 'minGroupBallots must be a whole number' })
  @Min(1, { message: 'minGroupBallots must be at least 1' })
  @Max(10000)
  minGroupBallots?: number;
}

export class StartPrioritisationDto extends UpdatePrioritisationDto implements StartPrioritisationRequest {
  @ApiPropertyOptional({ enum: PRIORITISATION_METHODS, default: 'ranking' })
  @IsOptional()
  @IsIn(PRIORITISATION_METHODS, { message: `method must be one of: ${PRIORITISATION_METHODS.join(', ')}` })
  method?: PrioritisationMethod;

  @ApiPropertyOptional({ minimum: 1, maximum: 30, default: 10 })
  @IsOptional()
  @IsInt({ message: 'maxPicks must be a whole number' })
  @Min(1, { message: 'maxPicks must be at least 1' })
  @Max(30, { message: 'maxPicks must be at most 30' })
  maxPicks?: number;

  @ApiPropertyOptional({ minimum: 3, maximum: 5, default: 5 })
  @IsOptional()
  @IsInt({ message: 'rankTop must be a whole number' })
  @Min(3, { message: 'rankTop must be 3, 4 or 5' })
  @Max(5, { message: 'rankTop must be 3, 4 or 5' })
  rankTop?: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray({ message: 'researchQuestionIds must be a list' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'each of researchQuestionIds must be a UUID' })
  researchQuestionIds?: string[];
}

export class RationaleDto implements SetRationaleRequest {
  @ApiProperty({ maxLength: 4000 })
  @IsString({ message: 'rationale must be text' })
  @MaxLength(4000, { message: 'rationale must be at most 4000 characters' })
  rationale!: string;
}

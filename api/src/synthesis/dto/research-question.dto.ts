import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EVIDENCE_STATUSES,
  RESEARCH_QUESTION_STATUSES,
  type CreateResearchQuestionRequest,
  type EvidenceReference,
  type EvidenceStatus,
  type MergeResearchQuestionsRequest,
  type ResearchQuestionStatus,
  type SplitResearchQuestionRequest,
  type UpdateResearchQuestionRequest,
} from '@inbreng/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RoundParams } from './synthesis.dto';

export class ResearchQuestionParams extends RoundParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class EvidenceReferenceDto implements EvidenceReference {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @Length(1, 500, { message: 'references: title must be 1 to 500 characters' })
  title!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'references: url must be an http(s) address' },
  )
  @MaxLength(1000)
  url?: string;
}

class QuestionFields {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'population must be at most 2000 characters' })
  population?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'context must be at most 4000 characters' })
  context?: string;

  @ApiPropertyOptional({ enum: EVIDENCE_STATUSES })
  @IsOptional()
  @IsIn(EVIDENCE_STATUSES, { message: `evidenceStatus must be one of: ${EVIDENCE_STATUSES.join(', ')}` })
  evidenceStatus?: EvidenceStatus;

  @ApiPropertyOptional({ type: [EvidenceReferenceDto] })
  @IsOptional()
  @IsArray({ message: 'references must be a list' })
  @ArrayMaxSize(50, { message: 'references takes at most 50 items' })
  @ValidateNested({ each: true })
  @Type(() => EvidenceReferenceDto)
  references?: EvidenceReferenceDto[];

  @ApiPropertyOptional({ maxLength: 8000 })
  @IsOptional()
  @IsString()
  @MaxLength(8000, { message: 'notes must be at most 8000 characters' })
  notes?: string;
}

export class CreateResearchQuestionDto extends QuestionFields implements CreateResearchQuestionRequest {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @Length(5, 1000, { message: 'text must be 5 to 1000 characters' })
  @Matches(/\S/, { message: 'text must not be blank' })
  text!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray({ message: 'themeIds must be a list' })
  @ArrayMinSize(1, { message: 'themeIds: a research question needs at least one theme' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each of themeIds must be a UUID' })
  themeIds!: string[];
}

export class UpdateResearchQuestionDto extends QuestionFields implements UpdateResearchQuestionRequest {
  @ApiProperty({ description: 'The version you last saw (optimistic locking)' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(5, 1000, { message: 'text must be 5 to 1000 characters' })
  text?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray({ message: 'themeIds must be a list' })
  @ArrayMinSize(1, { message: 'themeIds: a research question needs at least one theme' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each of themeIds must be a UUID' })
  themeIds?: string[];

  @ApiPropertyOptional({ enum: RESEARCH_QUESTION_STATUSES })
  @IsOptional()
  @IsIn(RESEARCH_QUESTION_STATUSES, {
    message: `status must be one of: ${RESEARCH_QUESTION_STATUSES.join(', ')}`,
  })
  status?: ResearchQuestionStatus;
}

export class MergeResearchQuestionsDto implements MergeResearchQuestionsRequest {
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray({ message: 'sourceIds must be a list' })
  @ArrayMinSize(1, { message: 'sourceIds needs at least one research question' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each of sourceIds must be a UUID' })
  sourceIds!: string[];
}

export class SplitResearchQuestionDto implements SplitResearchQuestionRequest {
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @Length(5, 1000, { message: 'text must be 5 to 1000 characters' })
  text!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray({ message: 'themeIds must be a list' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each of themeIds must be a UUID' })
  themeIds!: string[];
}

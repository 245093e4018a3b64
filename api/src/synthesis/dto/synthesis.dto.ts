import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  KNOWLEDGE_TYPES,
  PARTICIPANT_GROUPS,
  type AssignRequest,
  type CreateThemeRequest,
  type DecideThemeRequest,
  type KnowledgeType,
  type MarkDuplicateRequest,
  type MergeThemesRequest,
  type ParticipantGroup,
  type SplitThemeRequest,
  type StartClusteringRequest,
  type UpdateThemeRequest,
  type WorkbenchFilter,
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
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

import { RoundParams } from '../../common/dto/round-params.dto';
export { RoundParams };

export class ThemeParams extends RoundParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'themeId must be a UUID' })
  themeId!: string;
}

export class RunParams extends RoundParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'runId must be a UUID' })
  runId!: string;
}

export class WorkbenchQueryDto implements WorkbenchFilter {
  @ApiPropertyOptional({ enum: PARTICIPANT_GROUPS })
  @IsOptional()
  @IsIn(PARTICIPANT_GROUPS, { message: `group must be one of: ${PARTICIPANT_GROUPS.join(', ')}` })
  group?: ParticipantGroup;

  @ApiPropertyOptional({ enum: KNOWLEDGE_TYPES })
  @IsOptional()
  @IsIn(KNOWLEDGE_TYPES, { message: `knowledgeType must be one of: ${KNOWLEDGE_TYPES.join(', ')}` })
  knowledgeType?: KnowledgeType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(80)
  lifeDomain?: string;

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

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ description: 'A theme id, or `none` for submissions without an accepted theme' })
  @IsOptional()
  @Matches(/^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'theme must be a theme id or "none"',
  })
  theme?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be at least 1' })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: 'pageSize must be at least 1' })
  @Max(500, { message: 'pageSize must be at most 500' })
  pageSize?: number;
}

export class StartClusteringDto implements StartClusteringRequest {
  @ApiPropertyOptional({
    minimum: 2,
    maximum: 60,
    description: 'Fix the number of themes; omit for automatic',
  })
  @IsOptional()
  @IsInt({ message: 'k must be a whole number' })
  @Min(2, { message: 'k must be at least 2' })
  @Max(60, { message: 'k must be at most 60' })
  k?: number;
}

export class FrameworkDto {
  @ApiProperty({ nullable: true, type: String })
  @ValidateIf((_, v) => v !== null)
  @IsString({ message: 'frameworkCode must be a string or null' })
  @MaxLength(40)
  frameworkCode!: string | null;
}

const VERSION = () =>
  applyDecorators(
    ApiProperty({ description: 'The version you last saw (optimistic locking)' }),
    IsInt({ message: 'version must be a whole number' }),
    Min(1, { message: 'version must be at least 1' }),
  );

const IDS = (name: string, min: number) =>
  applyDecorators(
    ApiProperty({ type: [String], format: 'uuid' }),
    IsArray({ message: `${name} must be a list` }),
    ArrayMinSize(min, { message: `${name} needs at least ${min} item(s)` }),
    ArrayMaxSize(1000, { message: `${name} takes at most 1000 items` }),
    IsUUID('all', { each: true, message: `each of ${name} must be a UUID` }),
  );

export class CreateThemeDto implements CreateThemeRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(60)
  frameworkCode?: string | null;

  @IDS('submissionIds', 0)
  @IsOptional()
  submissionIds?: string[];
}

export class UpdateThemeDto implements UpdateThemeRequest {
  @VERSION()
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(60)
  frameworkCode?: string | null;
}

export class DecideThemeDto implements DecideThemeRequest {
  @VERSION()
  version!: number;

  @ApiProperty({ enum: ['accept', 'reject'] })
  @IsIn(['accept', 'reject'], { message: 'decision must be accept or reject' })
  decision!: 'accept' | 'reject';
}

export class MergeThemesDto implements MergeThemesRequest {
  @VERSION()
  version!: number;

  @IDS('sourceIds', 1)
  sourceIds!: string[];
}

export class SplitThemeDto implements SplitThemeRequest {
  @VERSION()
  version!: number;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @IDS('submissionIds', 1)
  submissionIds!: string[];
}

export class AssignDto implements AssignRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'submissionId must be a UUID' })
  submissionId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'themeId must be a UUID' })
  themeId!: string;

  @ApiPropertyOptional({ enum: ['accept', 'reject', 'remove'], default: 'accept' })
  @IsOptional()
  @IsIn(['accept', 'reject', 'remove'], { message: 'action must be accept, reject or remove' })
  action?: 'accept' | 'reject' | 'remove';
}

export class MarkDuplicateDto implements MarkDuplicateRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'submissionId must be a UUID' })
  submissionId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'duplicateOfId must be a UUID or null' })
  duplicateOfId!: string | null;
}

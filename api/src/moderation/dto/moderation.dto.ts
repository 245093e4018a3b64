import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PARTICIPANT_GROUPS,
  REJECTION_REASONS,
  SUBMISSION_KINDS,
  SUBMISSION_STATUSES,
  type ModerationQueueQuery,
  type ParticipantGroup,
  type RejectionReason,
  type SubmissionKind,
  type SubmissionStatus,
  TEXT_MAX,
} from '@inbreng/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

import { RoundParams } from '../../common/dto/round-params.dto';
export { RoundParams };

export class SubmissionParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'workspaceId must be a UUID' })
  workspaceId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class QueueQueryDto implements ModerationQueueQuery {
  @ApiPropertyOptional({ enum: SUBMISSION_STATUSES })
  @IsOptional()
  @IsIn(SUBMISSION_STATUSES)
  status?: SubmissionStatus;

  @ApiPropertyOptional({ enum: PARTICIPANT_GROUPS })
  @IsOptional()
  @IsIn(PARTICIPANT_GROUPS)
  group?: ParticipantGroup;

  @ApiPropertyOptional({ enum: SUBMISSION_KINDS })
  @IsOptional()
  @IsIn(SUBMISSION_KINDS)
  kind?: SubmissionKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  lifeDomain?: string;

  @ApiPropertyOptional({ enum: ['urgent', 'pii'] })
  @IsOptional()
  @IsIn(['urgent', 'pii'])
  flag?: 'urgent' | 'pii';

  @ApiPropertyOptional({ default: 50 })
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

export class DecisionDto {
  @ApiProperty({ enum: ['approve', 'reject', 'redact'] })
  @IsIn(['approve', 'reject', 'redact'], { message: 'action must be approve, reject or redact' })
  action!: 'approve' | 'reject' | 'redact';

  @ApiPropertyOptional({ enum: REJECTION_REASONS, description: 'Required when rejecting.' })
  @ValidateIf((d: DecisionDto) => d.action === 'reject')
  @IsIn(REJECTION_REASONS, { message: `reason must be one of: ${REJECTION_REASONS.join(', ')}` })
  reason?: RejectionReason;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @ApiPropertyOptional({ description: 'New redacted text (required for redact, optional for approve).' })
  @ValidateIf((d: DecisionDto) => d.action === 'redact' || d.redactedText !== undefined)
  @IsString()
  @Length(1, TEXT_MAX + 200)
  redactedText?: string;
}

export class BulkApproveDto {
  @ApiProperty({ type: [String] })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'ids must be UUIDs' })
  ids!: string[];
}

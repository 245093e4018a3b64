import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PARTICIPANT_GROUPS,
  ROUND_STATUSES,
  type GroupPrompts,
  type ParticipantGroup,
  type RoundOption,
  type RoundStatus,
  type TransitionRoundRequest,
  type UpsertRoundRequest,
} from '@inbreng/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class RoundOptionDto implements RoundOption {
  @ApiProperty({ example: 'health' })
  @Matches(/^[a-z0-9][a-z0-9_-]{0,59}$/i, { message: 'code must be letters, digits, - or _ (max 60)' })
  code!: string;

  @ApiProperty({ example: 'gezondheid' })
  @IsString()
  @Length(1, 80)
  label!: string;
}

export class UpsertRoundDto implements UpsertRoundRequest {
  @ApiProperty({ example: 'jeugdhulp-2027' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,79}$/, { message: 'slug must be 2–80 lowercase letters, digits and dashes' })
  slug!: string;

  @ApiProperty()
  @IsString()
  @Length(3, 200)
  title!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  introduction!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1000)
  prompt!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  @IsOptional()
  @IsObject()
  groupPrompts?: GroupPrompts;

  @ApiProperty({ enum: PARTICIPANT_GROUPS, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'allowedGroups must name at least one group' })
  @ArrayUnique()
  @IsIn(PARTICIPANT_GROUPS, {
    each: true,
    message: `allowedGroups may contain: ${PARTICIPANT_GROUPS.join(', ')}`,
  })
  allowedGroups!: ParticipantGroup[];

  @ApiProperty({ type: [RoundOptionDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'lifeDomains must offer at least one life domain' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RoundOptionDto)
  lifeDomains!: RoundOptionDto[];

  @ApiPropertyOptional({ type: [RoundOptionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RoundOptionDto)
  wijken?: RoundOptionDto[];

  @ApiPropertyOptional({ type: [RoundOptionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RoundOptionDto)
  inputLines?: RoundOptionDto[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsDateString({}, { message: 'opensAt must be an ISO date-time' })
  opensAt?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsDateString({}, { message: 'closesAt must be an ISO date-time' })
  closesAt?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'New access code; null removes it; omit to keep.' })
  @IsOptional()
  @IsString()
  @Length(4, 100, { message: 'accessCode must be 4–100 characters' })
  accessCode?: string | null;

  @ApiProperty({ example: 730 })
  @IsInt()
  @Min(30)
  @Max(3650)
  retentionDays!: number;
}

export class TransitionRoundDto implements TransitionRoundRequest {
  @ApiProperty({ enum: ROUND_STATUSES })
  @IsIn(ROUND_STATUSES, { message: `to must be one of: ${ROUND_STATUSES.join(', ')}` })
  to!: RoundStatus;
}

export class StaffRoundParams {
  @ApiProperty({ format: 'uuid' })
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'workspaceId must be a UUID' })
  workspaceId!: string;

  @ApiProperty({ format: 'uuid' })
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: 'roundId must be a UUID',
  })
  roundId!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `:workspaceId/…/rounds/:roundId` route parameters, shared by every staff round endpoint. */
export class RoundParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'workspaceId must be a UUID' })
  workspaceId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'roundId must be a UUID' })
  roundId!: string;
}

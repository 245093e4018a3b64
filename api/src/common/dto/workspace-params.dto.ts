import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class WorkspaceParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'workspaceId must be a UUID' })
  workspaceId!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class WorkspaceSlugParams {
  @ApiProperty({ example: 'kjus' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'slug must be lowercase letters, digits and dashes' })
  slug!: string;
}

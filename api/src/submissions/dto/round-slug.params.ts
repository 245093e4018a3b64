import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class RoundSlugParams {
  @ApiProperty({ example: 'demo' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'slug must be lowercase letters, digits and dashes' })
  slug!: string;
}

export class ReturnCodeParams {
  @ApiProperty({ example: 'K7M-3Q9-TDH-XVP-W4A-2HR' })
  @Matches(/^[A-Za-z0-9 -]{1,40}$/, { message: 'returnCode has an invalid format' })
  returnCode!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { RoundSlugParams } from '../../submissions/dto/round-slug.params';

export class SlugAndCodeParams extends RoundSlugParams {
  @ApiProperty({ example: 'K7M-3Q9-TDH-XVP-W4A-2HR' })
  @Matches(/^[A-Za-z0-9 -]{1,40}$/, { message: 'returnCode has an invalid format' })
  returnCode!: string;
}

import { RoundParams } from '../../common/dto/round-params.dto';
export { RoundParams };

export class QuestionParams extends RoundParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

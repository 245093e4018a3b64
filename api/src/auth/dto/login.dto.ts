import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { LoginRequest } from '@inbreng/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'moderator@inbreng.local' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'inbreng-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

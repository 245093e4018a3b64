import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAIL_LANGUAGES, type EmailReturnCodeRequest, type MailLanguage } from '@inbreng/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class EmailReturnCodeDto implements EmailReturnCodeRequest {
  @ApiProperty({
    example: 'naam@voorbeeld.nl',
    maxLength: 254,
    description: 'Used to send this one mail, then wiped. Never stored with the participant.',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'email must be text' })
  @MaxLength(254, { message: 'email can be at most 254 characters' })
  @IsEmail(
    { allow_display_name: false, allow_ip_domain: false, require_tld: true },
    { message: 'email must be an e-mail address, like naam@voorbeeld.nl' },
  )
  email!: string;

  @ApiPropertyOptional({ enum: MAIL_LANGUAGES, default: 'nl' })
  @IsOptional()
  @IsIn(MAIL_LANGUAGES, { message: 'language must be nl or en' })
  language?: MailLanguage;
}

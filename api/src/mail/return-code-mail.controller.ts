import { Body, Controller, Header, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { EmailReturnCodeResponse } from '@inbreng/contracts';
import { Public } from '../common/access.decorators';
import { ReturnCodeParams } from '../submissions/dto/round-slug.params';
import { EmailReturnCodeDto } from './dto/email-return-code.dto';
import { MailThrottled } from './mail-throttle';
import { ReturnCodeMailService } from './return-code-mail.service';

/** "Stuur mijn code naar mijn e-mail": optional, never required, the address is not kept. */
@ApiTags('public')
@Controller('public/my-input/:returnCode')
export class ReturnCodeMailController {
  constructor(private readonly mail: ReturnCodeMailService) {}

  @Public()
  @Post('email')
  @HttpCode(202)
  @Header('Cache-Control', 'no-store')
  // The login-account throttler would key on the body's `email`: it must never see this address.
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true, submit: true })
  @MailThrottled()
  @ApiAcceptedResponse({ description: 'The mail is queued; it is sent in the background.' })
  @ApiNotFoundResponse({ description: 'Unknown return code.' })
  @ApiConflictResponse({ description: 'E-mail is not available on this server.' })
  @ApiTooManyRequestsResponse({
    description: 'Too many mails for this code (3 per 24 h) or from this client.',
  })
  send(@Param() p: ReturnCodeParams, @Body() dto: EmailReturnCodeDto): Promise<EmailReturnCodeResponse> {
    return this.mail.request(p.returnCode, dto);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { CreateSubmissionResponse, MyInputResponse, PublicRoundResponse } from '@inbreng/contracts';
import { Public } from '../common/access.decorators';
import { CreateSubmissionDto } from './dto/create-submission.dto';
import { ReturnCodeParams, RoundSlugParams } from './dto/round-slug.params';
import { SubmissionsService } from './submissions.service';

@ApiTags('public')
@Controller('public')
export class PublicSubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Public()
  @Get('rounds/:slug')
  round(@Param() p: RoundSlugParams): Promise<PublicRoundResponse> {
    return this.submissions.getPublicRound(p.slug);
  }

  @Public()
  @Post('rounds/:slug/submissions')
  @HttpCode(201)
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true })
  submit(@Param() p: RoundSlugParams, @Body() dto: CreateSubmissionDto): Promise<CreateSubmissionResponse> {
    return this.submissions.submit(p.slug, dto);
  }

  @Public()
  @Get('my-input/:returnCode')
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true })
  myInput(@Param() p: ReturnCodeParams): Promise<MyInputResponse> {
    return this.submissions.myInput(p.returnCode);
  }
}

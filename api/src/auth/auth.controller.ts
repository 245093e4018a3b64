import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { SessionResponse } from '@inbreng/contracts';
import type { Request, Response } from 'express';
import { Public } from '../common/access.decorators';
import { CurrentUser, RequestUser } from '../common/request-user';
import { LoginDto } from './dto/login.dto';
import { LoginGuard } from './login.guard';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly sessions: SessionService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard, LoginGuard)
  @SkipThrottle({ submit: true })
  login(
    @Body() _dto: LoginDto,
    @CurrentUser() user: RequestUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): SessionResponse {
    return this.sessions.started(user, req, res);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    return this.sessions.end(req, res);
  }

  @Public()
  @Get('me')
  me(@Req() req: Request, @Res({ passthrough: true }) res: Response): SessionResponse {
    return this.sessions.current(req, res);
  }
}

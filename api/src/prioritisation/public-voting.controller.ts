import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { BallotResponse, PairwiseVoteResponse, PublicPrioritisationResponse } from '@inbreng/contracts';
import { Public } from '../common/access.decorators';
import { RoundSlugParams } from '../submissions/dto/round-slug.params';
import { BallotDto, NextPairQueryDto, PairwiseVoteDto } from './dto/voting.dto';
import { SlugAndCodeParams } from './dto/params.dto';
import { VotingService } from './voting.service';

/** Voting without an account, with the same return code as submissions. */
@ApiTags('public')
@Controller('public/rounds/:slug')
export class PublicVotingController {
  constructor(private readonly voting: VotingService) {}

  @Public()
  @Get('prioritisation')
  view(@Param() p: RoundSlugParams): Promise<PublicPrioritisationResponse> {
    return this.voting.publicView(p.slug);
  }

  @Public()
  @Put('ballot')
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true })
  ballot(@Param() p: RoundSlugParams, @Body() dto: BallotDto): Promise<BallotResponse> {
    return this.voting.ballot(p.slug, dto);
  }

  @Public()
  @Get('ballot/:returnCode')
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true })
  getBallot(@Param() p: SlugAndCodeParams): Promise<BallotResponse> {
    return this.voting.getBallot(p.slug, p.returnCode);
  }

  @Public()
  @Get('pairwise-next')
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true })
  next(
    @Param() p: RoundSlugParams,
    @Query() q: NextPairQueryDto,
  ): Promise<{ next: [string, string] | null }> {
    return this.voting.nextPair(p.slug, q.returnCode);
  }

  @Public()
  @Post('pairwise-votes')
  @HttpCode(201)
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true })
  vote(@Param() p: RoundSlugParams, @Body() dto: PairwiseVoteDto): Promise<PairwiseVoteResponse> {
    return this.voting.pairwiseVote(p.slug, dto);
  }
}

import { Injectable } from '@nestjs/common';
import type { StaffRoundSummary } from '@inbreng/contracts';
import { toStaffRoundSummary } from './round.mapper';
import { RoundRepository } from './round.repository';

@Injectable()
export class RoundsService {
  constructor(private readonly rounds: RoundRepository) {}

  async listForStaff(workspaceId: string): Promise<StaffRoundSummary[]> {
    return (await this.rounds.listForWorkspace(workspaceId)).map(toStaffRoundSummary);
  }
}

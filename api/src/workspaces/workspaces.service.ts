import { Injectable, NotFoundException } from '@nestjs/common';
import type { PublicWorkspaceResponse } from '@inbreng/contracts';
import { RoundRepository } from '../rounds/round.repository';
import { toPublicRoundSummary } from '../rounds/round.mapper';
import { WorkspaceRepository } from './workspace.repository';
import type { WorkspaceEntity } from './workspace.entity';
import type { RoundEntity } from '../rounds/round.entity';

@Injectable()
export class WorkspacesService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly rounds: RoundRepository,
  ) {}

  async listPublic(): Promise<PublicWorkspaceResponse[]> {
    const all = await this.workspaces.listAll();
    const open = await this.rounds.listOpenForWorkspaces(all.map((w) => w.id));
    return all.map((w) => toPublicWorkspace(w, open));
  }

  async getPublic(slug: string): Promise<PublicWorkspaceResponse> {
    const w = await this.workspaces.findBySlug(slug);
    if (!w) throw new NotFoundException(`No workspace with the address "${slug}".`);
    const open = await this.rounds.listOpenForWorkspaces([w.id]);
    return toPublicWorkspace(w, open);
  }
}

function toPublicWorkspace(w: WorkspaceEntity, open: RoundEntity[]): PublicWorkspaceResponse {
  return {
    slug: w.slug,
    name: w.name,
    description: w.description,
    openRounds: open.filter((r) => r.workspaceId === w.id).map(toPublicRoundSummary),
  };
}

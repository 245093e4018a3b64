import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { SynthesisActionEntity } from './synthesis-action.entity';

export interface ActionScope {
  workspaceId: string;
  roundId: string;
  actorId: string;
}

@Injectable()
export class SynthesisActionRepository {
  async record(scope: ActionScope, kind: string, inverse: object, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO synthesis_action (workspace_id, round_id, actor_id, kind, inverse) VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [scope.workspaceId, scope.roundId, scope.actorId, kind, JSON.stringify(inverse)],
    );
  }

  /** The actor's newest action in the round that is not undone yet, locked until the transaction ends. */
  latestOpen(scope: ActionScope, manager: EntityManager): Promise<SynthesisActionEntity | null> {
    return manager.getRepository(SynthesisActionEntity).findOne({
      where: { ...scope, undoneAt: IsNull() },
      order: { createdAt: 'DESC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markUndone(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(SynthesisActionEntity).update({ id }, { undoneAt: new Date() });
  }
}

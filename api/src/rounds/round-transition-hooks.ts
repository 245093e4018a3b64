import { Injectable } from '@nestjs/common';
import type { RoundStatus } from '@inbreng/contracts';
import type { EntityManager } from 'typeorm';
import type { RequestUser } from '../common/request-user';
import type { RoundEntity } from './round.entity';

/** A lifecycle move of a round, seen inside the transaction that makes it. */
export interface RoundTransition {
  /** The round as saved with its new status (and `publishedAt` when it was just published). */
  round: RoundEntity;
  from: RoundStatus;
  to: RoundStatus;
  actor: RequestUser;
  /** The transaction of the move: whatever a hook writes with it commits or rolls back together with it. */
  manager: EntityManager;
}

export interface RoundTransitionHook {
  /** Throw (preferably an HttpException with a 4xx) to refuse the move; nothing of it is stored then. */
  beforeCommit(transition: RoundTransition): Promise<void>;
}

/**
 * Lets later stages react to a round's move in the same transaction without `rounds` depending on them:
 * modules that sit above `rounds` (publication) register a hook when they start, so the dependency keeps
 * pointing one way (publication → rounds) and Nest needs no forwardRef.
 */
@Injectable()
export class RoundTransitionHooks {
  private readonly hooks: RoundTransitionHook[] = [];

  register(hook: RoundTransitionHook): void {
    if (!this.hooks.includes(hook)) this.hooks.push(hook);
  }

  /** Runs every hook in registration order, one after the other (they share one connection). */
  async run(transition: RoundTransition): Promise<void> {
    for (const hook of this.hooks) await hook.beforeCommit(transition);
  }
}

import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RoundEntity } from './round.entity';
import {
  RoundTransitionHooks,
  type RoundTransition,
  type RoundTransitionHook,
} from './round-transition-hooks';

const transition: RoundTransition = {
  round: { id: 'r' } as RoundEntity,
  from: 'prioritising',
  to: 'published',
  actor: { id: 'u', email: 'u@example.org' } as RoundTransition['actor'],
  manager: {} as EntityManager,
};

describe('round transition hooks', () => {
  it('runs every registered hook once, in order, with the transition', async () => {
    const seen: string[] = [];
    const hook = (name: string): RoundTransitionHook => ({
      beforeCommit: async (t) => {
        await Promise.resolve();
        seen.push(`${name}:${t.to}`);
      },
    });
    const hooks = new RoundTransitionHooks();
    const first = hook('a');
    hooks.register(first);
    hooks.register(hook('b'));
    hooks.register(first); // a module imported twice registers once
    await hooks.run(transition);
    expect(seen).toEqual(['a:published', 'b:published']);
  });

  it('stops at the first hook that refuses and passes its error on (the caller rolls back)', async () => {
    const later = jest.fn(async () => undefined);
    const hooks = new RoundTransitionHooks();
    hooks.register({ beforeCommit: async () => Promise.reject(new ConflictException('no agenda')) });
    hooks.register({ beforeCommit: later });
    await expect(hooks.run(transition)).rejects.toThrow('no agenda');
    expect(later).not.toHaveBeenCalled();
  });
});

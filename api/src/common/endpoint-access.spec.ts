import 'reflect-metadata';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_KEY } from './access.decorators';

function controllerFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return controllerFiles(full);
    return name.endsWith('.controller.ts') ? [full] : [];
  });
}

describe('every endpoint states who may call it', () => {
  const files = controllerFiles(join(__dirname, '..'));

  it('finds the controllers', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s: each route handler has @Public, @Authenticated or @WorkspaceRole', (file) => {
    const mod = require(file) as Record<string, unknown>;
    const controllers = Object.values(mod).filter(
      (v): v is new (...args: never[]) => object =>
        typeof v === 'function' && Reflect.hasMetadata(PATH_METADATA, v),
    );
    expect(controllers.length).toBeGreaterThan(0);
    for (const ctrl of controllers) {
      const classRule = Reflect.getMetadata(ACCESS_KEY, ctrl);
      const proto = ctrl.prototype as Record<string, unknown>;
      const handlers = Object.getOwnPropertyNames(proto).filter(
        (name) => name !== 'constructor' && Reflect.hasMetadata(PATH_METADATA, proto[name] as object),
      );
      expect(handlers.length).toBeGreaterThan(0);
      for (const name of handlers) {
        const rule = Reflect.getMetadata(ACCESS_KEY, proto[name] as object) ?? classRule;
        expect({ handler: `${ctrl.name}.${name}`, rule }).toEqual({
          handler: `${ctrl.name}.${name}`,
          rule: expect.anything(),
        });
      }
    }
  });
});

import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, AccessRule } from './access.decorators';
import { RequestUser, roleIn, satisfiesRole } from './request-user';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      // Fail closed: an endpoint someone forgot to annotate is reachable by nobody.
      this.logger.error(`No access rule on ${context.getClass().name}.${context.getHandler().name}`);
      throw new ForbiddenException('This endpoint is not available.');
    }
    if (rule.kind === 'public') return true;

    const req = context.switchToHttp().getRequest<{ user?: RequestUser; params: Record<string, string> }>();
    const user = req.user;
    if (!user) throw new UnauthorizedException('Log in as staff to use this endpoint.');
    if (rule.kind === 'authenticated') return true;

    const workspaceId = req.params['workspaceId'] ?? '';
    if (!UUID.test(workspaceId) || !satisfiesRole(roleIn(user, workspaceId), rule.role)) {
      throw new ForbiddenException(
        rule.role === 'admin'
          ? 'You need the admin role in this workspace.'
          : 'You have no access to this workspace.',
      );
    }
    return true;
  }
}

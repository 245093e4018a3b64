import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { PasswordService } from './password.service';
import { SessionSerializer } from './session.serializer';
import { SessionService } from './session.service';
import { StaffUserRepository } from './staff-user.repository';

@Module({
  imports: [PassportModule.register({ session: true }), AuditModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    LocalStrategy,
    SessionSerializer,
    SessionService,
    PasswordService,
    StaffUserRepository,
  ],
  exports: [StaffUserRepository, PasswordService],
})
export class AuthModule {}

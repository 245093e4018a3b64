import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { RoundsModule } from '../rounds/rounds.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [AuthModule, RoundsModule, AuditModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class SeedModule {}

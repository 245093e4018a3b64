import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { RoundsModule } from '../rounds/rounds.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [AuthModule, RoundsModule, WorkspacesModule, AuditModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class SeedModule {}

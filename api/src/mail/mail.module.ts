import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailTransport } from './mail-transport';
import { ReturnCodeMailController } from './return-code-mail.controller';
import { ReturnCodeMailService } from './return-code-mail.service';

/** The optional e-mail with a participant's return code: outbox, background sending, transport. */
@Module({
  imports: [AuditModule],
  controllers: [ReturnCodeMailController],
  providers: [ReturnCodeMailService, MailOutboxRepository, MailTransport],
})
export class MailModule {}

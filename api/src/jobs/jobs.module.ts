import { Global, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueueService } from './job-queue.service';

@Global()
@Module({
  providers: [JobQueueService],
  exports: [JobQueueService],
})
export class JobsModule implements OnApplicationBootstrap {
  constructor(@Inject(JobQueueService) private readonly jobs: JobQueueService) {}

  onApplicationBootstrap(): Promise<void> {
    return this.jobs.startWorkers();
  }
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JobCatalogue } from '@zhengcai/api/platform/jobs/job-catalogue';
import { JOB_PROCESSOR, type JobProcessor, type OwnCommitProcessor, type ProcessorMark } from './job-processor.js';

export type RegisteredProcessor =
  | { readonly commits: 'job'; readonly processor: JobProcessor }
  | { readonly commits: 'own'; readonly processor: OwnCommitProcessor };

/** The processors of this process, found by their `@ProcessesJob` mark; checked against the catalogue at boot. */
@Injectable()
export class ProcessorRegistry implements OnModuleInit {
  private readonly byName = new Map<string, RegisteredProcessor>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly catalogue: JobCatalogue,
  ) {}

  onModuleInit(): void {
    for (const { instance, metatype } of this.discovery.getProviders()) {
      if (!instance || !metatype) continue;
      const mark = Reflect.getMetadata(JOB_PROCESSOR, metatype) as ProcessorMark | undefined;
      if (!mark) continue;
      this.catalogue.job(mark.jobName); // fails the boot for a processor of an uncatalogued job
      if (this.byName.has(mark.jobName)) throw new Error(`two processors for job ${mark.jobName}`);
      this.byName.set(mark.jobName, { commits: mark.commits, processor: instance } as RegisteredProcessor);
    }
  }

  get(name: string): RegisteredProcessor | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}

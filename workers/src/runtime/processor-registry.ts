import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JobCatalogue } from '@zhengcai/api/platform/jobs/job-catalogue';
import { JOB_PROCESSOR, type JobProcessor } from './job-processor.js';

/** The processors of this process, found by their `@ProcessesJob` mark; checked against the catalogue at boot. */
@Injectable()
export class ProcessorRegistry implements OnModuleInit {
  private readonly byName = new Map<string, JobProcessor>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly catalogue: JobCatalogue,
  ) {}

  onModuleInit(): void {
    for (const { instance, metatype } of this.discovery.getProviders()) {
      if (!instance || !metatype) continue;
      const name: unknown = Reflect.getMetadata(JOB_PROCESSOR, metatype);
      if (typeof name !== 'string') continue;
      this.catalogue.job(name); // fails the boot for a processor of an uncatalogued job
      if (this.byName.has(name)) throw new Error(`two processors for job ${name}`);
      this.byName.set(name, instance as JobProcessor);
    }
  }

  get(name: string): JobProcessor | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}

import { Module } from '@nestjs/common';
import { CalendarModule } from './calendar.module.js';
import { CalendarResolver } from './calendar.resolver.js';

/** The GraphQL face of the working-day calendar; only the API loads it. */
@Module({ imports: [CalendarModule], providers: [CalendarResolver] })
export class CalendarApiModule {}

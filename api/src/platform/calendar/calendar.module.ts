import { Module } from '@nestjs/common';
import { CalendarDaysService } from './calendar-days.service.js';
import { CalendarService } from './calendar.service.js';

@Module({ providers: [CalendarService, CalendarDaysService], exports: [CalendarService, CalendarDaysService] })
export class CalendarModule {}

import { MetricsService } from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import type { Counter } from 'prom-client';

/** What /metrics shows about realtime on this instance. */
@Injectable()
export class RealtimeMetrics {
  readonly published: Counter;
  readonly deliveryErrors: Counter;
  readonly commands: Counter;
  private sockets: () => number = () => 0;
  private rooms: () => number = () => 0;

  constructor(metrics: MetricsService) {
    metrics.gauge(
      'boardwalk_realtime_connected_sockets',
      'Sockets connected to this instance.',
      () => this.sockets(),
    );
    metrics.gauge(
      'boardwalk_realtime_rooms',
      'Board and thread rooms watched by at least one socket of this instance.',
      () => this.rooms(),
    );
    this.published = metrics.counter(
      'boardwalk_realtime_events_published_total',
      'Realtime events published to rooms, by event.',
      ['event'],
    );
    this.deliveryErrors = metrics.counter(
      'boardwalk_realtime_delivery_errors_total',
      'Realtime events that could not be built or handed to the adapter, by stage.',
      ['stage'],
    );
    this.commands = metrics.counter(
      'boardwalk_realtime_commands_total',
      'Commands received from sockets, by command and outcome (ok or an error code).',
      ['command', 'outcome'],
    );
  }

  observe(sockets: () => number, rooms: () => number): void {
    this.sockets = sockets;
    this.rooms = rooms;
  }
}

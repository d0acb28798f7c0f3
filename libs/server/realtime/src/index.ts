export * from './realtime.module';
export { RealtimeGateway } from './realtime.gateway';
export { RealtimePublisher } from './realtime-publisher';

/**
 * The overview's parts after its first screen's figures: the event cards, the full metric table,
 * the print button and an event's detail, in one chunk (one request, one loader).
 */
export { EventCards } from './event-cards'
export { EventDetail } from './event-detail'
export { MetricList } from './metric-list'
export { PrintButton } from './print-button'

import { registerEnumType } from 'type-graphql';

export { CaseOutcome, ContactChannel, DayPart } from '../../shared/enums';

export enum CaseStatus { OPEN = 'OPEN', PICKED_UP = 'PICKED_UP', CLOSED = 'CLOSED' }

registerEnumType(CaseStatus, { name: 'CaseStatus' });

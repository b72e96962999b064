import { registerEnumType } from 'type-graphql';
import { CaseOutcome, ContactChannel, DayPart, PartnerType, SignalStatus } from './enums';

// Loaded by federation.ts: every subgraph schema is built after these registrations.

registerEnumType(ContactChannel, { name: 'ContactChannel', description: 'DDAS Contactsoort' });
registerEnumType(DayPart, { name: 'DayPart' });
registerEnumType(CaseOutcome, { name: 'CaseOutcome', description: 'DDAS Eindresultaat' });
registerEnumType(PartnerType, { name: 'PartnerType', description: 'The kind of fixed-cost partner that reported the arrears' });
registerEnumType(SignalStatus, { name: 'SignalStatus', description: 'DDAS Signaalstatus, plus WITHDRAWN' });

import { configureLogging } from '../../server/logger';

// The hub's log lines would bury jest's report; a test that reads them configures its own destination.
configureLogging({ logLevel: 'silent', logFormat: 'json' });

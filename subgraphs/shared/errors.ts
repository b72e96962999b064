import { GraphQLError } from 'graphql';

export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
export const notFound = (message: string) => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
export const invalidTransition = (message: string) => new GraphQLError(message, { extensions: { code: 'INVALID_TRANSITION' } });

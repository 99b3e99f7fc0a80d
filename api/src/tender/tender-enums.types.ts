import { TenderBidState, TenderLotState } from '@zhengcai/schema';
import { graphqlEnum } from '../platform/graphql/graphql-enum.js';

export const TenderLotStateEnum = graphqlEnum(TenderLotState, 'TenderLotState', "A lot's life: DRAFT, BIDDING, OPENING, EVALUATING, RECOMMENDED, AWARDED, CONTRACTED, FAILED (流标/废标), CANCELLED.");
export const TenderBidStateEnum = graphqlEnum(TenderBidState, 'TenderBidState', "A sealed bid's life: SUBMITTED (sealed), WITHDRAWN, REPLACED, OPENED, NOT_DECRYPTED, INVALID, DISQUALIFIED.");

import { graphql } from '../graphql/generated';

/** A purchasing unit's landing: the unit, and the thresholds that decide its purchase route. */
export const MallHomeQuery = graphql(`
  query MallHome {
    me { id displayName organisation { id name uscc active } }
    tenant { code settings { purchaseRoutes { directOrderMax mallSourcingMax publicTenderMin } } }
  }
`);

/** The supplier centre's landing: the supplier's registration in this province. */
export const SupplierHomeQuery = graphql(`
  query SupplierHome {
    me { id displayName organisation { id name uscc active createdAt } }
  }
`);

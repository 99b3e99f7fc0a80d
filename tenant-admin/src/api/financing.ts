import { graphql } from '../graphql/generated';


export const LenderListQuery = graphql(`
  query LenderList {
    lenders { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }
    financingApplications { id contractNo supplierName lenderName amount state createdAt deliveredAt }
    financingPlatformKey { publicKey keyId }
    tenant { timeZone }
  }
`);

export const RegisterLenderMutation = graphql(`
  mutation RegisterLender($input: LenderInput!) {
    registerLender(input: $input) { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }
  }
`);

export const UpdateLenderMutation = graphql(`
  mutation UpdateLender($id: ID!, $input: LenderInput!) {
    updateLender(id: $id, input: $input) { id name uscc webhookUrl publicKey repaymentBankName repaymentAccountName repaymentAccountNo active }
  }
`);

export const SetLenderActiveMutation = graphql(`
  mutation SetLenderActive($id: ID!, $active: Boolean!) {
    setLenderActive(id: $id, active: $active) { id active }
  }
`);


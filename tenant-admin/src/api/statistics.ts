import { graphql } from '../graphql/generated';

/** Every figure of the dashboard for one period, in one round trip (the API reads each in its own snapshot). */
export const StatisticsDashboardQuery = graphql(`
  query StatisticsDashboard($period: StatisticsPeriodInput!, $by: SpendingDimension!, $filter: StatisticsFilterInput) {
    spendingStatistics(period: $period, by: $by, filter: $filter) {
      by total
      rows { month key label amount records }
      totals { key label amount records shareBp }
    }
    savingsStatistics(period: $period, filter: $filter) {
      rows { month lots budget price savings rateBp }
      total { lots budget price savings rateBp }
    }
    policyShareStatistics(period: $period, filter: $filter) {
      smeTargetBp
      rows { month total green sme firstOfKind rural greenBp smeBp firstOfKindBp ruralBp }
      total { total green sme firstOfKind rural greenBp smeBp firstOfKindBp ruralBp }
    }
    concentrationStatistics(period: $period, filter: $filter) {
      rows { categoryCode label total suppliers hhi topSupplier topShareBp }
    }
    competitionStatistics(period: $period, filter: $filter) {
      rows { month lots validBids bidsPerLotHundredths bidders sellers suppliers }
      total { lots validBids bidsPerLotHundredths }
    }
    inspectionStatistics(period: $period, filter: $filter) {
      rows { month total open justified dismissed corrected delisted }
      total { total open justified dismissed corrected delisted }
    }
    integrityBandStatistics(period: $period) {
      now { a b c d unscored total }
      rows { month a b c d total }
    }
    signalStatistics(period: $period) {
      rows { month total open dismissed referred orderSplitting sameOrigin identicalDocuments pricePattern sharedPeople expertDeviation }
      total { total open dismissed referred orderSplitting sameOrigin identicalDocuments pricePattern sharedPeople expertDeviation }
      now { open dismissed referred }
    }
    financingStatistics(period: $period) {
      month
      byState { state count amount lenderAmount }
    }
  }
`);

export const StatisticsExportQuery = graphql(`
  query StatisticsExport($figure: StatisticsFigure!, $period: StatisticsPeriodInput!, $by: SpendingDimension, $filter: StatisticsFilterInput) {
    statisticsExport(figure: $figure, period: $period, by: $by, filter: $filter) { fileName mimeType contentBase64 }
  }
`);

export const StatisticsReportsQuery = graphql(`
  query StatisticsReports {
    statisticsReports { id kind period state generatedAt fileName createdAt }
    tenant { id timeZone }
  }
`);

export const RequestStatisticsReportMutation = graphql(`
  mutation RequestStatisticsReport($input: RequestStatisticsReportInput!) {
    requestStatisticsReport(input: $input) { id kind period state generatedAt fileName createdAt }
  }
`);

export const StatisticsReportFileQuery = graphql(`
  query StatisticsReportFile($id: ID!) {
    statisticsReportFile(id: $id) { fileName mimeType contentBase64 }
  }
`);

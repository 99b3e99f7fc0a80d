import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../../platform/graphql/gql-context.js';
import { Roles } from '../../platform/identity/access.decorators.js';
import { FileDownloadType } from '../../catalog/bulk-upload/listing-upload.types.js';
import { XLSX_MIME } from '../../catalog/bulk-upload/upload-template.js';
import { BudgetImportService, buildBudgetTemplate } from './budget-import.service.js';
import { BudgetLineService } from './budget-line.service.js';
import { toBudgetLineType } from './budget-line-graphql.js';
import {
  AdjustBudgetLineInput, BudgetImportResultType, BudgetLineConnection, BudgetLinesArgs, BudgetLineType, CreateBudgetLineInput, ImportBudgetLinesInput,
} from './budget-line.types.js';

@Resolver(() => BudgetLineType)
export class BudgetLineResolver {
  constructor(
    private readonly budgets: BudgetLineService,
    private readonly imports: BudgetImportService,
  ) {}

  @Roles(Role.Finance, Role.Purchaser, Role.UnitAdmin)
  @Query(() => BudgetLineConnection, { description: "Budget lines: a purchasing unit's own; the finance department's all (filter by unit and year)." })
  async budgetLines(@CurrentTenant() ctx: TenantContext, @Args() args: BudgetLinesArgs) {
    const page = await this.budgets.list(ctx, { unitId: args.unitId, fiscalYear: args.fiscalYear }, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toBudgetLineType(e.node) })), nodes: page.nodes.map(toBudgetLineType) };
  }

  @Roles(Role.Finance)
  @Mutation(() => BudgetLineType, { description: 'Loads a budget line for a purchasing unit.' })
  async createBudgetLine(@CurrentTenant() ctx: TenantContext, @Args('input') input: CreateBudgetLineInput) {
    return toBudgetLineType(await this.budgets.create(ctx, input));
  }

  @Roles(Role.Finance)
  @Mutation(() => BudgetLineType, { description: "Renames a line or changes its amount (never below used + frozen)." })
  async adjustBudgetLine(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: AdjustBudgetLineInput) {
    return toBudgetLineType(await this.budgets.adjust(ctx, id, input));
  }

  @Roles(Role.Finance)
  @Query(() => FileDownloadType, { description: 'The budget import template (.xlsx, Chinese headers, an instructions sheet).' })
  async budgetLineImportTemplate() {
    return { fileName: '预算指标导入模板.xlsx', mimeType: XLSX_MIME, contentBase64: (await buildBudgetTemplate()).toString('base64') };
  }

  @Roles(Role.Finance)
  @Mutation(() => BudgetImportResultType, { description: 'Imports budget lines from the template at once: valid rows are imported, each row entirely or not at all; row errors are returned.' })
  importBudgetLines(@CurrentTenant() ctx: TenantContext, @Args('input') input: ImportBudgetLinesInput) {
    return this.imports.import(ctx, input.fileName, input.contentBase64);
  }
}

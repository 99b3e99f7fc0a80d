import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role, type TenantContext } from '@zhengcai/schema';
import { CurrentTenant } from '../platform/graphql/gql-context.js';
import { PageArgs } from '../platform/graphql/pagination.js';
import { Roles } from '../platform/identity/access.decorators.js';
import { TenderNoticeService } from './tender-notice.service.js';
import { TenderQueries } from './tender.queries.js';
import {
  TenderClarificationInput, TenderClarificationType, TenderDocumentFileType, TenderDocumentType, TenderQuestionType, TenderRegistrationConnection, TenderRegistrationType,
} from './tender-project.types.js';

const OWNERS = [Role.Purchaser, Role.Agency];
const projectIdArg = () => Args('projectId', { type: () => ID });

@Resolver(() => TenderRegistrationType)
export class TenderNoticeResolver {
  constructor(
    private readonly notices: TenderNoticeService,
    private readonly queries: TenderQueries,
  ) {}

  @Roles(...OWNERS)
  @Mutation(() => TenderDocumentType, { description: 'Attaches a tender document (base64, at most 512 KiB; PDF, Word, Excel, ZIP or text) to a draft, or to a published project before its deadline.' })
  attachTenderDocument(@CurrentTenant() ctx: TenantContext, @projectIdArg() projectId: string, @Args('fileName') fileName: string, @Args('contentBase64') contentBase64: string) {
    return this.notices.attachDocument(ctx, projectId, fileName, contentBase64);
  }

  @Roles(Role.Supplier, ...OWNERS)
  @Mutation(() => TenderDocumentFileType, { description: "A tender document's file, for registered suppliers (each download is recorded) and the project's owner." })
  async downloadTenderDocument(@CurrentTenant() ctx: TenantContext, @Args('id', { type: () => ID }) id: string) {
    const d = await this.notices.downloadDocument(ctx, id);
    return { fileName: d.fileName, mimeType: d.mimeType, sm3: d.sm3, contentBase64: d.content.toString('base64') };
  }

  @Roles(Role.Supplier)
  @Mutation(() => TenderRegistrationType, { description: 'Registers (报名) the supplier for a published project before its bid deadline; registering again returns the registration.' })
  registerForTenderProject(@CurrentTenant() ctx: TenantContext, @projectIdArg() projectId: string) {
    return this.notices.register(ctx, projectId);
  }

  @Roles(Role.Supplier)
  @Query(() => TenderRegistrationConnection, { description: "The supplier's registrations, newest first, with notices and downloadable documents." })
  myTenderRegistrations(@CurrentTenant() ctx: TenantContext, @Args() args: PageArgs) {
    return this.queries.registrations(ctx, args);
  }

  @Roles(Role.Supplier)
  @Mutation(() => TenderQuestionType, { description: 'A registered supplier asks about the documents; other suppliers never learn who asked.' })
  async askTenderQuestion(@CurrentTenant() ctx: TenantContext, @projectIdArg() projectId: string, @Args('body') body: string) {
    const q = await this.notices.ask(ctx, projectId, body);
    return { id: q.id, body: q.body, askedAt: q.createdAt, answeredById: null };
  }

  @Roles(...OWNERS)
  @Mutation(() => TenderClarificationType, { description: 'Publishes a clarification or amendment (澄清/修改) to every registered supplier, optionally answering questions.' })
  publishTenderClarification(@CurrentTenant() ctx: TenantContext, @projectIdArg() projectId: string, @Args('input') input: TenderClarificationInput) {
    return this.notices.clarify(ctx, projectId, input);
  }
}

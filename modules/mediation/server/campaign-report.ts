import { z } from 'zod';
import { formatChineseDate, parseLocalDate } from '@tianping/common/calendar/index';
import { isScoped, type Actor, type RequestContext, type ScopedActor } from '@tianping/server/access/actor';
import { discardFile, putFile, recordAttachment } from '@tianping/server/attachments/attachment.service';
import type { AttachmentOwner } from '@tianping/server/attachments/attachment-owner.registry';
import { sanitiseFileName } from '@tianping/server/attachments/file-type';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { latestDocumentVersion } from '@tianping/server/documents/document.repository';
import { renderDocx } from '@tianping/server/documents/docx-renderer';
import { toParagraphs } from '@tianping/server/documents/official-document';
import type { DocumentTemplate } from '@tianping/server/documents/template.registry';
import type { CampaignReport, ReportDocument, ReportLine } from '../contract/campaign';
import { riskLevels, type RiskLevel } from '../contract/enums';
import { presentCampaignSummary } from './campaign.presenter';
import { findCampaignInScope, findingCounts } from './campaign.repository';
import { loadCampaign, today } from './campaign.service';

/** Entity type of a campaign: owner of its report documents. */
export const campaignEntityType = 'medCampaign';
export const CAMPAIGN_REPORT_TEMPLATE = 'mediation.campaignReport';

const emptyLine = (): ReportLine => ({
  findings: 0,
  byRisk: { none: 0, low: 0, medium: 0, high: 0 },
  open: 0,
  assigned: 0,
  resolved: 0,
  converted: 0,
});

function add(line: ReportLine, risk: string, status: string, n: number) {
  line.findings += n;
  if ((riskLevels as readonly string[]).includes(risk)) line.byRisk[risk as RiskLevel] += n;
  if (status === 'open' || status === 'assigned' || status === 'resolved' || status === 'converted') line[status] += n;
}

/** GET …/campaigns/:id/report: counts by risk level and status, in total and per district. */
export async function campaignReport(k: Pick<Kernel, 'db' | 'clock'>, actor: ScopedActor, id: string): Promise<CampaignReport> {
  const campaign = await loadCampaign(k.db, actor, id);
  const rows = await findingCounts(k.db, id);
  const totals = emptyLine();
  const districts = new Map<string, ReportLine & { districtCode: string; districtName: string | null }>();
  for (const r of rows) {
    add(totals, r.riskLevel, r.status, r.n);
    const d = districts.get(r.districtCode) ?? { districtCode: r.districtCode, districtName: r.districtName ?? null, ...emptyLine() };
    add(d, r.riskLevel, r.status, r.n);
    districts.set(r.districtCode, d);
  }
  return {
    campaign: presentCampaignSummary(campaign),
    generatedOn: today(k),
    totals,
    districts: [...districts.values()].sort((a, b) => a.districtCode.localeCompare(b.districtCode)),
  };
}

const reportFields = z.object({
  issuer: z.string().min(1).max(60),
  title: z.string().min(1).max(200),
  date: z.iso.date(),
  body: z.string().min(1).max(20000),
});

/** 矛盾纠纷排查情况报告: the report as an official document (core renderer, GB/T 9704). */
export const campaignReportTemplate: DocumentTemplate<z.infer<typeof reportFields>> = {
  id: CAMPAIGN_REPORT_TEMPLATE,
  version: 1,
  title: { zh: '矛盾纠纷排查情况报告', en: 'Dispute screening campaign report' },
  fields: reportFields,
  render: (d) => ({
    issuer: d.issuer,
    title: `关于${d.title}的情况报告`,
    paragraphs: toParagraphs(d.body),
    signature: d.issuer,
    date: parseLocalDate(d.date),
    dateStyle: 'chineseNumerals',
  }),
};

const riskWords: Record<RiskLevel, string> = { none: '无风险', low: '低风险', medium: '中风险', high: '高风险（可能激化）' };
const riskText = (line: ReportLine) => riskLevels.map((r) => `${riskWords[r]}${line.byRisk[r]}件`).join('，');

function lineText(line: ReportLine): string {
  return `排查发现矛盾纠纷${line.findings}件（${riskText(line)}）；已化解${line.resolved}件，转入人民调解程序${line.converted}件，化解中${line.assigned}件，待分派${line.open}件。`;
}

export function reportBody(r: CampaignReport): string {
  const c = r.campaign;
  const lines = [
    `${formatChineseDate(parseLocalDate(c.periodStart))}至${formatChineseDate(parseLocalDate(c.periodEnd))}，${c.orgName}在${c.regionName ?? c.regionCode}组织开展“${c.title}”矛盾纠纷排查活动${c.focus ? `，重点排查${c.focus}` : ''}。现将情况报告如下：`,
    `一、总体情况。${lineText(r.totals)}`,
    '二、分区情况。',
    ...r.districts.map((d) => `${d.districtName ?? d.districtCode}：${lineText(d)}`),
    '三、下一步工作。对高风险纠纷落实预防措施，可能引发治安案件、刑事案件的及时报告公安机关（《中华人民共和国人民调解法》第二十五条）；对尚未化解的纠纷继续跟踪，当事人同意的依法开展人民调解。',
  ];
  return lines.join('\n');
}

type DocServices = Pick<Kernel, 'db' | 'audit' | 'files' | 'documentTemplates' | 'attachmentOwners' | 'clock' | 'log'>;

/** POST …/campaigns/:id/report/document: the report generated as DOCX, stored as the next version. */
export async function generateReportDocument(k: DocServices, ctx: RequestContext, actor: ScopedActor, id: string): Promise<ReportDocument> {
  const report = await campaignReport(k, actor, id);
  const template = k.documentTemplates.get(CAMPAIGN_REPORT_TEMPLATE);
  if (!template) throw new Error(`Document template ${CAMPAIGN_REPORT_TEMPLATE} is not registered`);
  const data = template.fields.parse({
    issuer: report.campaign.orgName,
    title: report.campaign.title,
    date: report.generatedOn,
    body: reportBody(report),
  });
  const doc = template.render(data);
  const stored = await putFile(k, await renderDocx(doc));
  try {
    return await k.db.transaction().execute(async (trx) => {
      const campaign = await loadCampaign(trx, actor, id);
      const key = { entityType: campaignEntityType, entityId: id, templateId: CAMPAIGN_REPORT_TEMPLATE, format: 'docx' };
      const version = (await latestDocumentVersion(trx, key)) + 1;
      const attachment = await recordAttachment(
        k,
        trx,
        ctx,
        stored,
        {
          entityType: campaignEntityType,
          entityId: id,
          fileName: sanitiseFileName(`${template.title.zh}（${campaign.title}）-第${version}版.docx`, 'docx'),
          fileType: 'docx',
          document: { templateId: CAMPAIGN_REPORT_TEMPLATE, templateVersion: template.version, version },
        },
        campaign.orgId,
        'documents.document.generate',
      );
      return { attachmentId: attachment.id, fileName: attachment.fileName };
    });
  } catch (err) {
    await discardFile(k, stored.storageKey);
    throw err;
  }
}

async function grant(trx: Trx, actor: Actor, id: string) {
  if (!isScoped(actor)) return null;
  const c = await findCampaignInScope(trx, actor, id);
  return c ? { orgId: c.orgId } : null;
}

/** Campaign documents: read by whoever reads the campaign, written by campaign managers. */
export const campaignAttachmentOwner: AttachmentOwner = {
  label: { zh: '矛盾纠纷排查', en: 'Screening campaign' },
  canRead: (trx, actor, id) => grant(trx, actor, id),
  canWrite: async (trx, actor, id) =>
    isScoped(actor) && actor.permissions.has('mediation.campaign.manage') ? grant(trx, actor, id) : null,
};

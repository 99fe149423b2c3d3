import { localDateAt } from '@tianping/common/calendar/index';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { indexDocument } from '@tianping/server/search/search.service';
import { categoryLabels } from '../contract/enums';
import { addWorkingHours } from '../domain/working-hours';
import { articleUrl } from './article-query.service';
import { isOfficialWorkday } from './consultation-query.service';
import { consultationCaseType, queueCentre } from './consultation.service';
import { demoArticles, type DemoArticle } from './seed-demo-knowledge-data';
import { readHotlineSettings } from './settings';

/**
 * Demo content of the knowledge base and online consultation (first start of a non-production
 * instance; idempotent — skipped when the first demo article exists): the FAQ articles of
 * seed-demo-knowledge-data.ts (written by hexi.agent, approved by city.hotline; a few left in
 * draft or review), online consultations of demo citizens (waiting, one overdue, answered,
 * rated) and published public Q&A.
 */

async function userId(trx: Trx, username: string) {
  return (await trx.selectFrom('users').select(['id', 'orgId']).where('username', '=', username).executeTakeFirst()) ?? null;
}

async function lawIdsByCitation(trx: Trx, refs: readonly string[]) {
  const titles = [...new Set(refs.map((r) => r.split(' ')[0]!))];
  if (!titles.length) return new Map<string, string>();
  const rows = await trx
    .selectFrom('lawArticles as a')
    .innerJoin('laws as l', 'l.id', 'a.lawId')
    .select(['a.id', 'a.label', 'l.title'])
    .where('l.title', 'in', titles)
    .execute();
  return new Map(rows.map((r) => [`${r.title} ${r.label}`, r.id]));
}

async function seedArticle(
  trx: Trx,
  a: DemoArticle,
  ids: Map<string, string>,
  who: { editor: { id: string; orgId: string }; reviewer: string },
  at: string,
) {
  const id = newId();
  const lawIds = a.laws.flatMap((l) => (ids.has(l) ? [ids.get(l)!] : []));
  const published = !a.state;
  const text = { category: a.category, title: a.title, question: a.question, body: a.body };
  await trx
    .insertInto('hlArticles')
    .values({
      id,
      orgId: who.editor.orgId,
      ...text,
      state: a.state ?? 'published',
      currentVersion: 1,
      publishedVersion: published ? 1 : null,
      publishedTitle: published ? a.title : null,
      publishedBody: published ? a.body : null,
      publishedAt: published ? at : null,
      createdBy: who.editor.id,
      updatedBy: who.editor.id,
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .execute();
  await trx
    .insertInto('hlArticleVersions')
    .values({
      id: newId(),
      articleId: id,
      versionNo: 1,
      ...text,
      lawArticleIds: JSON.stringify(lawIds),
      reviewState: published ? 'approved' : a.state!,
      editedBy: who.editor.id,
      editedAt: at,
      reviewedBy: published ? who.reviewer : null,
      reviewedAt: published ? at : null,
      reviewComment: published ? '内容与法条一致，同意发布' : null,
    })
    .execute();
  if (lawIds.length)
    await trx
      .insertInto('hlArticleLaws')
      .values(lawIds.map((lawArticleId, ordinal) => ({ articleId: id, lawArticleId, ordinal })))
      .execute();
  if (published)
    await indexDocument(trx, {
      entityType: 'hlArticle',
      entityId: id,
      orgId: who.editor.orgId,
      title: a.title,
      body: `${a.question}\n${a.body}`,
      keywords: `12348 知识库 ${categoryLabels[a.category]?.zh ?? ''}`,
      url: articleUrl(id),
      public: 1,
    });
}

const demoCitizens = [
  { phone: '13900000101', name: '张某' },
  { phone: '13900000102', name: '李某' },
  { phone: '13900000103', name: '赵某' },
];

const demoConsultations = [
  {
    citizen: 0,
    daysAgo: 0,
    category: 'labour.wages',
    question: '我在一家装修公司干了八个月，老板拖欠我三个月工资，一直说没钱，我该怎么办？',
    state: 'waiting',
  },
  {
    citizen: 1,
    daysAgo: 9,
    category: 'property',
    question: '小区物业服务很差，我不想交物业费，物业说要起诉我，我该怎么办？',
    state: 'waiting',
  },
  {
    citizen: 2,
    daysAgo: 3,
    category: 'family.divorce',
    question: '我和丈夫协议离婚，民政局说有冷静期，冷静期内他反悔了怎么办？',
    state: 'answered',
    answer:
      '根据《中华人民共和国民法典》第一千零七十七条，自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以撤回申请。对方撤回后协议离婚程序终止；如您坚持离婚，可以向人民法院提起离婚诉讼。',
    laws: ['民法典 第一千零七十七条', '民法典 第一千零七十九条'],
  },
  {
    citizen: 0,
    daysAgo: 12,
    category: 'consumer',
    question: '在网上买了一件衣服，收到后不喜欢，商家说不退，合法吗？',
    state: 'rated',
    rating: 'satisfied',
    answer:
      '根据《中华人民共和国消费者权益保护法》第二十五条，网络购买的商品，消费者有权自收到商品之日起七日内退货，且无需说明理由（定作、鲜活易腐等商品除外）。衣服不属于除外商品，商品完好的，商家应当退货，运费一般由消费者承担。可先与商家协商，协商不成可向平台或市场监管部门投诉。',
    laws: ['消费者权益保护法 第二十五条'],
    public: {
      question: '网购衣服收到后不喜欢，商家拒绝退货合法吗？',
      answer:
        '网络购买的商品，消费者有权自收到商品之日起七日内无理由退货（定作、鲜活易腐等商品除外）。衣服不属于除外商品，商品完好的，商家应当退货。协商不成可向平台或市场监管部门投诉。（《消费者权益保护法》第二十五条）',
    },
  },
  {
    citizen: 1,
    daysAgo: 20,
    category: 'inheritance',
    question: '父亲去世了没有遗嘱，奶奶还在世，遗产谁能继承？',
    state: 'rated',
    rating: 'basicallySatisfied',
    answer:
      '根据《中华人民共和国民法典》第一千一百二十七条，没有遗嘱的按法定继承：配偶、子女、父母为第一顺序继承人。您的奶奶是被继承人的母亲，与您母亲、您及兄弟姐妹同为第一顺序继承人，一般均等分配。',
    laws: ['民法典 第一千一百二十七条', '民法典 第一千一百三十条'],
    public: {
      question: '父亲去世没有遗嘱，奶奶还在世，遗产由谁继承？',
      answer:
        '没有遗嘱的按法定继承，配偶、子女、父母为第一顺序继承人。被继承人的母亲（奶奶）与配偶、子女同为第一顺序继承人，一般均等分配。（《民法典》第一千一百二十七条、第一千一百三十条）',
    },
  },
] as const;

export async function seedHotlineKnowledgeDemo(kernel: Kernel): Promise<void> {
  await kernel.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('hlArticles').select('id').where('title', '=', demoArticles[0]!.title).executeTakeFirst()) return;
    const editor = await userId(trx, 'hexi.agent');
    const reviewer = await userId(trx, 'city.hotline');
    if (!editor || !reviewer) {
      kernel.log.warn('hotline demo accounts missing: knowledge demo content not created');
      return;
    }
    const now = kernel.clock.now();
    const at = now.toISOString();
    const ids = await lawIdsByCitation(trx, [
      ...demoArticles.flatMap((a) => a.laws),
      ...demoConsultations.flatMap((c) => ('laws' in c ? c.laws : [])),
    ]);
    for (const a of demoArticles) await seedArticle(trx, a, ids, { editor, reviewer: reviewer.id }, at);

    const centre = await queueCentre(trx);
    const { consultationAnswerWorkingHours } = await readHotlineSettings(trx);
    const citizens: string[] = [];
    for (const c of demoCitizens) {
      const index = kernel.pii.blindIndex('phone', c.phone);
      const found = await trx.selectFrom('citizens').select('id').where('phoneIndex', '=', index).executeTakeFirst();
      const id = found?.id ?? newId();
      if (!found)
        await trx
          .insertInto('citizens')
          .values({ id, phoneEnc: kernel.pii.encrypt(c.phone), phoneIndex: index, name: c.name, createdAt: at, lastLoginAt: null })
          .execute();
      citizens.push(id);
    }
    for (const c of demoConsultations) {
      const submitted = new Date(now.getTime() - c.daysAgo * 86_400_000 - 3_600_000);
      const dueAt = addWorkingHours(submitted, consultationAnswerWorkingHours, isOfficialWorkday).toISOString();
      const { number } = await kernel.caseNumbers.allocate(trx, {
        orgId: centre.id,
        caseType: consultationCaseType,
        year: Number(localDateAt(submitted).slice(0, 4)),
      });
      const answered = 'answer' in c ? new Date(Math.min(submitted.getTime() + 20 * 3_600_000, now.getTime())).toISOString() : null;
      const id = newId();
      await trx
        .insertInto('hlConsultations')
        .values({
          id,
          number,
          citizenId: citizens[c.citizen]!,
          orgId: answered ? editor.orgId : centre.id,
          category: c.category,
          question: c.question,
          state: c.state,
          submittedAt: submitted.toISOString(),
          dueAt,
          claimedBy: answered ? editor.id : null,
          claimedAt: answered,
          answer: 'answer' in c ? c.answer : null,
          lawArticleIds: JSON.stringify('laws' in c ? c.laws.flatMap((l) => (ids.has(l) ? [ids.get(l)!] : [])) : []),
          answeredBy: answered ? editor.id : null,
          answeredAt: answered,
          rating: 'rating' in c ? c.rating : null,
          ratingComment: 'rating' in c ? '解答及时' : null,
          ratedAt: 'rating' in c ? at : null,
          letterDocumentId: null,
          overdueNotified: 0,
          createdAt: submitted.toISOString(),
          updatedAt: at,
          version: 1,
        })
        .execute();
      if ('public' in c)
        await trx
          .insertInto('hlPublicQa')
          .values({
            id: newId(),
            consultationId: id,
            category: c.category,
            ...c.public,
            state: 'published',
            proposedBy: editor.id,
            proposedAt: at,
            reviewedBy: reviewer.id,
            reviewedAt: at,
            reviewComment: '已匿名化，同意公开',
          })
          .execute();
    }
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TodoItem } from '@tianping/common/contract/workflow';
import { Card, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../components/QueryError';
import { useFormat } from '../i18n/format';
import { useLocale } from '../i18n/locale-context';
import { useT } from '../i18n/use-t';
import { todoApi, todoKeys } from './api';
import { DeadlineTag } from './DeadlineTag';

const pageSize = 10;

/** Workbench home: my open todo items by due date, with their deadline status. */
export function TodoCard() {
  const t = useT();
  const { locale } = useLocale();
  const fmt = useFormat();
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<'dueDate' | '-dueDate'>('dueDate');
  const q = { status: 'open' as const, sort, page, pageSize };
  const todos = useQuery({ queryKey: todoKeys.todos(q), queryFn: () => todoApi.list(q) });

  return (
    <Card title={<h2 className="tp-card-title">{t('workbench.todo')}</h2>}>
      {todos.error ? (
        <QueryError error={todos.error} onRetry={() => void todos.refetch()} />
      ) : (
        <Table<TodoItem>
          rowKey="id"
          size="small"
          loading={todos.isLoading}
          dataSource={todos.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.todoNone')} /> }}
          pagination={{ current: page, pageSize, total: todos.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
          onChange={(_p, _f, sorter) => {
            const order = Array.isArray(sorter) ? undefined : sorter.order;
            setSort(order === 'descend' ? '-dueDate' : 'dueDate');
            setPage(1);
          }}
          columns={[
            {
              key: 'title',
              title: t('todo.title'),
              render: (_, item) => (
                <>
                  <Link to={item.url}>{locale === 'en' ? item.titleEn : item.titleZh}</Link>
                  {item.assignedTo === 'organisation' && <Tag className="tp-todo-org">{t('todo.organisation')}</Tag>}
                </>
              ),
            },
            {
              key: 'dueDate',
              title: t('todo.dueDate'),
              sorter: true,
              sortOrder: sort === 'dueDate' ? 'ascend' : 'descend',
              sortDirections: ['ascend', 'descend', 'ascend'],
              render: (_, item) => (item.dueDate ? fmt.date(item.dueDate) : t('todo.noDueDate')),
            },
            { key: 'status', title: t('todo.deadline'), render: (_, item) => <DeadlineTag deadline={item.deadline} /> },
          ]}
        />
      )}
    </Card>
  );
}

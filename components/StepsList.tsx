/** A list of the article with the sentence that introduces it; steps are numbered, each can be shown in the page. */
import type { BriefList } from '@/utils/types';
import { ShowInPage, type ShowInPageHandler } from './ShowInPage';

export function StepsList({ list, onShow }: { list: BriefList; onShow?: ShowInPageHandler }) {
  const items = list.items.map((item, i) => (
    <li key={i}>
      {item}
      {onShow && item.trim() && <ShowInPage text={item} onShow={onShow} />}
    </li>
  ));
  const ordered = list.ordered || list.kind === 'steps';
  return (
    <div className="list-block" data-part={list.kind}>
      {list.leadIn && <p className="lead-in">{list.leadIn}</p>}
      {ordered ? <ol data-part={`${list.kind}-items`}>{items}</ol> : <ul data-part={`${list.kind}-items`}>{items}</ul>}
    </div>
  );
}

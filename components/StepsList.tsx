/** A list of the article with the sentence that introduces it; steps are numbered. */
import type { BriefList } from '@/utils/types';

export function StepsList({ list }: { list: BriefList }) {
  const items = list.items.map((item, i) => <li key={i}>{item}</li>);
  const ordered = list.ordered || list.kind === 'steps';
  return (
    <div className="list-block" data-part={list.kind}>
      {list.leadIn && <p className="lead-in">{list.leadIn}</p>}
      {ordered ? <ol data-part={`${list.kind}-items`}>{items}</ol> : <ul data-part={`${list.kind}-items`}>{items}</ul>}
    </div>
  );
}

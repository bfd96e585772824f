/**
 * The founding article translated into English, sentence by sentence (test/fixtures/seed-translated/en.html): the
 * same constants as seed-expected.ts, written out by hand from the translation. The title names "Saddam Haftar"
 * while the body writes "Sadam Haftar", keeping the article's two-spellings quality problem. The run-on sentences
 * chained with semicolons are kept as the Arabic chains them with "؛", so each paragraph is still one sentence.
 */
export const TITLE =
  "An anticipated step: Deputy Commander Saddam Haftar discusses Libya's issues with the Union's ambassador";
export const LEDE =
  "The talks held by the Deputy Commander-in-Chief of the Libyan Armed Forces, Sadam Haftar, during his meeting with the European Union ambassador in Tripoli drew wide interest among followers of Libyan affairs; the discussion focused on strengthening security stability and international cooperation in the face of ongoing political challenges; Haftar stressed the importance of European support in combating terrorism and smuggling; which reflects efforts to rebuild trust between the parties concerned; amid the current tensions; the meeting is seen as a step towards practical solutions; as the ambassador expressed the Union's commitment to support Libyan efforts to achieve lasting peace.";
export const HEADINGS = [
  "The main goals of the discussion in Sadam Haftar's talks",
  "The European role in supporting Sadam Haftar's talks",
  "The challenges linked to the Deputy Commander-in-Chief's talks",
];
export const PARAGRAPHS = [
  "The talks of the Deputy Commander-in-Chief of the Libyan Armed Forces, Sadam Haftar, focused on several key areas during the meeting; such as strengthening security cooperation between Libya and Europe; the two sides discussed mechanisms for combating the terrorist groups that threaten the region; the conversation also addressed the issues of illegal migration; which have affected bilateral relations in recent years; Haftar highlighted the role of his forces in securing the southern borders; which helps reduce the flows towards Europe; in addition to discussing logistical support for training military units; as sources pointed to a preliminary agreement on joint training programmes; this strengthens the Libyan army's capabilities in dealing with internal threats; with a focus on respecting national sovereignty; and the European Union affirmed its interest in accelerating these programmes to achieve tangible results in the coming months; which opens prospects for a deeper partnership.",
  'The talks of the Deputy Commander-in-Chief of the Libyan Armed Forces, Sadam Haftar, showed that the European Union plays a decisive role in supporting Libyan efforts; through funding security projects worth up to millions of euros; the ambassador proposed programmes to develop the security infrastructure; such as building border monitoring centres; and the two sides discussed how to integrate modern technology into military operations; to confront evolving threats; the meeting also touched on the issue of the Libyan elections; as Haftar expressed his optimism about the Union facilitating the electoral process; provided that a safe environment is ensured; in this context; the Union pledged to strengthen diplomacy to bring the factions together under one umbrella; which helps avoid military escalation; and diplomatic reports praised the effectiveness of this dialogue; which reflects a shift from passive support to active partnership.',
  "The talks of the Deputy Commander-in-Chief of the Libyan Armed Forces, Sadam Haftar, faced numerous challenges; most notably the internal political disputes in Libya; which hinder the implementation of international agreements; with rival factions in place; it is difficult to agree on common strategies; in addition to the economic pressures resulting from previous sanctions; which affected the army's ability to invest in equipment; on the European side; there are concerns about growing foreign influence; such as Turkish or Russian interventions; which requires a careful balance in dealing with them; nevertheless; this meeting is believed to represent an opportunity to overcome these obstacles through continuous dialogue.",
];
export const LEAD_IN = 'To achieve tangible progress in security cooperation; here are key steps that can be followed:';
export const STEPS = [
  'Strengthening joint training programmes between the two sides.',
  'Expanding logistical support for monitoring the southern borders.',
  'Implementing monitoring mechanisms to combat illegal smuggling.',
  'Supporting diplomatic efforts to speed up the Libyan elections.',
  'Establishing joint committees to assess progress periodically.',
];
export const CLOSING =
  'This meeting signals the beginning of a new phase in Libyan-European relations; as it contributes to building bridges of trust; amid complex challenges; relying on a shared will for stability.';
export const TABLE_HEADERS = ['Main area', 'EU commitment'];
export const TABLE_ROWS = [
  ['Border security', 'Funding monitoring centres and training units'],
  ['Counter-terrorism', 'Providing intelligence technology and logistical support'],
  ['Electoral process', 'Diplomatic mediation and ensuring a safe environment'],
];
/**
 * The two pledges the article states in prose, in reading order (lede, then the second section): the EU's
 * commitment to support Libyan efforts for lasting peace, and its pledge to strengthen diplomacy to bring the
 * factions under one umbrella. Worded as the pledge clause that follows "commitment"/"pledged".
 */
export const PROSE_COMMITMENTS = [
  'to support Libyan efforts to achieve lasting peace',
  'to strengthen diplomacy to bring the factions together under one umbrella',
];
/** The name written two ways: in the title, then in the body. */
export const NAME_VARIANTS = ['Saddam Haftar', 'Sadam Haftar'];

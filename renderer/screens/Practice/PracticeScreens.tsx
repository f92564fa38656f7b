import '../../styles/practice.css';

/**
 * "Practise a scam call" (issue 20), one chunk fetched when a visitor opens it: most visits never do,
 * and the entry JavaScript stays within its budget (issue 18).
 */
export { PracticeList } from './PracticeList.tsx';
export { RehearsalPlayer } from './RehearsalPlayer.tsx';

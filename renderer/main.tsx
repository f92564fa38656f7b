// First, for its side effect: the boot's reads go out before the rest of the page is evaluated (issue 18).
import './api/boot-early.ts';
import { App } from './App.tsx';
import { mount } from './mount.tsx';
import './styles/lobby-fonts.css';
import './styles/app.css';

mount(<App />);

import { App } from './App.tsx';
import { mount } from './mount.tsx';
import './styles/lobby-fonts.css';
import './styles/app.css';

mount(<App />);

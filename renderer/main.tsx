import { App } from './App.tsx';
import { mount } from './mount.tsx';
import './styles/fonts.css';
import './styles/app.css';

mount(<App />);

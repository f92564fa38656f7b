import { mount } from '../mount.tsx';
import { PrintPage } from './PrintPage.tsx';
import '../styles/fonts.css';
import './print.css';

mount(<PrintPage />);

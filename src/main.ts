import './page.css';
import './components/headcount-app';

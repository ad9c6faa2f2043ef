import './components/headcount-app';

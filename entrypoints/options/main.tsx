import { render } from 'preact';
import { Options } from '../../components/Options';
import '../popup/style.css';

render(<Options />, document.getElementById('app')!);

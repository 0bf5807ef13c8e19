/**
 * The page's only script tag. The app itself loads after the browser has painted, so the
 * prerendered figures never wait on a script download.
 */
import './styles.css'

requestAnimationFrame(() => {
  setTimeout(() => void import('./main'), 0)
})

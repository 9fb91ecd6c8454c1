/**
 * The benchmark's floor (bench build only): an empty React 19 page, built by
 * the same WXT/Vite toolchain and loaded like the side panel. It marks
 * `zijlijn:floor-rendered` where the panel marks `zijlijn:home-rendered`.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Floor() {
  useEffect(() => {
    performance.mark('zijlijn:floor-rendered');
  }, []);
  return <h1>Zijlijn</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);

/** A confirmation shown for a moment ("Copied ✓"), then cleared; cleared too when the view goes away. */
import { useEffect, useRef, useState } from 'react';

const FLASH_MS = 2000;

export function useFlash<T>(): [T | null, (value: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flash = (next: T) => {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setValue(null), FLASH_MS);
  };
  return [value, flash];
}

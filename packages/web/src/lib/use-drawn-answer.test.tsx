import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDrawnAnswer } from './use-drawn-answer';

function Card({ answer }: { answer: string | undefined }) {
  const { drawn, drawing } = useDrawnAnswer(answer);
  return <p>{drawing || drawn === undefined ? 'Đang tải…' : drawn}</p>;
}

describe('useDrawnAnswer', () => {
  it('draws a new answer, showing the loading state (not an empty frame) until it is drawn', async () => {
    const seen: string[] = [];
    const { rerender } = render(<Card answer={undefined} />);
    seen.push(screen.getByRole('paragraph').textContent ?? '');
    await act(async () => rerender(<Card answer="12 nhiệm vụ" />));
    seen.push(screen.getByRole('paragraph').textContent ?? '');
    expect(seen).toEqual(['Đang tải…', '12 nhiệm vụ']);
  });

  it('is not drawing when the answer has not changed', () => {
    function Probe() {
      const { drawn, drawing } = useDrawnAnswer('x');
      return <p>{`${drawn} ${drawing}`}</p>;
    }
    render(<Probe />);
    expect(screen.getByRole('paragraph').textContent).toBe('x false');
  });
});

import './i18n';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from '../../app/router';
import { describe, expect, it, vi } from 'vitest';
import { CadreDossierDocument } from './dossier.documents';
import DossierPage, { backTarget } from './DossierPage';
import { testDossier } from './test-dossier';

function renderDossier(url: string, dossier: ReturnType<typeof testDossier> | null) {
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: CadreDossierDocument, variables: { cadre: 'Q2FkcmU6MQ', cycleYear: 2025 } },
          result: { data: { cadreDossier: dossier } },
        },
      ]}
    >
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/cadres/:cadreId/:year" element={<DossierPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('DossierPage', () => {
  it('shows the rating inputs: result, conditions per level, versions, reviews, and leads back to the list', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderDossier('/cadres/Q2FkcmU6MQ/2025?from=%2Fdrill%3Fyear%3D2025%26q%3Dbui', testDossier());
    expect(screen.getByRole('status').textContent).toContain('Đang tải hồ sơ');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Bùi Anh Thắng');
    expect(screen.getByRole('link', { name: /Quay lại danh sách cán bộ/ }).getAttribute('href')).toBe(
      '/drill?year=2025&q=bui',
    );

    // Sections and tables are found by their headings and captions (cheaper than roles on a long page).
    const result = screen.getByRole('heading', { level: 2, name: 'Kết luận và xếp loại' }).closest('section')!;
    expect(within(result).getByText('Hoàn thành tốt nhiệm vụ (HTT)')).toBeTruthy();
    expect(within(result).getByText('84,5/100')).toBeTruthy();
    expect(within(result).getByText('15-TB/TU')).toBeTruthy();

    const conditions = within(
      screen.getByText('Điều kiện của từng mức xếp loại và kết quả đối chiếu').closest('table')!,
    );
    const rowOf = (text: string) => conditions.getByRole('rowheader', { name: text }).closest('tr')!.textContent;
    expect(rowOf('Đạt từ 90 điểm trở lên (thang 100 điểm)')).toContain('Không đạt');
    expect(rowOf('Ít nhất 30% nhiệm vụ hoàn thành vượt mức')).toContain('Chưa xác định');
    // The level's own row heads its group of conditions (scope="rowgroup").
    const decided = conditions.getByText(/mức đã quyết định/).closest('tr')!.textContent;
    expect(decided).toBe('Hoàn thành tốt nhiệm vụ (HTT) — mức đã quyết địnhCả mức: ✓ Đạt');
    expect(screen.getByText('Mức có đủ mọi điều kiện: HTT.')).toBeTruthy();

    const versions = within(screen.getByText('So sánh các bản của nhiệm vụ 1').closest('table')!);
    expect(versions.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Nội dung',
      'Bản đăng ký phiên bản 1',
      'Bản được giao phiên bản 1',
      'Bản điều chỉnh phiên bản 2',
    ]);
    const output = versions.getByRole('rowheader', { name: 'Sản phẩm 1' }).closest('tr')!;
    expect(output.querySelectorAll('.ds-changed')).toHaveLength(1);
    expect(output.querySelector('.ds-changed')!.textContent).toBe(
      'thay đổi (khác bản trước)Hồ sơ được số hóa: 1.200 hồ sơ',
    );

    // Outputs: target vs the latest actual reported, and when it was reported.
    const outputs = within(
      screen.getByText('Sản phẩm đầu ra của nhiệm vụ 1: chỉ tiêu và kết quả thực hiện').closest('table')!,
    );
    expect(outputs.getByRole('rowheader', { name: 'Hồ sơ được số hóa' }).closest('tr')!.textContent).toContain(
      '1.260 hồ sơcập nhật 20/12/2025 09:00',
    );

    const opinion = screen.getByText('Ý kiến về kết quả — Văn phòng Tỉnh ủy').closest('article')!;
    expect(opinion.textContent).toContain('Thống nhất, có góp ý');
    expect(opinion.textContent).toContain('Phạm Thị Mưu, Chánh Văn phòng');
    expect(opinion.textContent).toContain('20/01/2026 16:30 (quá hạn)');
    expect(opinion.textContent).toContain('Thống nhất; đề nghị bổ sung minh chứng quý IV.');
    expect(screen.getByText('Quý I/2025').closest('li')!.textContent).toContain('chậm 5 ngày');

    await userEvent.click(screen.getByRole('button', { name: 'In hồ sơ' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  }, 20_000);

  it('says so when there is no dossier to show', async () => {
    renderDossier('/cadres/Q2FkcmU6MQ/2025', null);
    expect(await screen.findByText(/Không có hồ sơ của cán bộ này trong kỳ 2025/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Quay lại/ })).toBeNull();
  });

  it('leads back only to a path inside the app', () => {
    expect(backTarget('/drill?year=2025')).toBe('/drill?year=2025');
    expect(backTarget('//evil.example/drill')).toBeNull();
    expect(backTarget('https://evil.example/')).toBeNull();
    expect(backTarget('/\\evil.example')).toBeNull();
    expect(backTarget(null)).toBeNull();
  });
});

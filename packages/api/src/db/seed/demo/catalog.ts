import type { AlignmentArea, AlignmentSource } from '@nvtt/shared';

/** A measurable output: a number to reach, or a document to deliver by a month of the year. */
export type OutputTemplate =
  | { readonly name: string; readonly unit: string; readonly min: number; readonly max: number }
  | { readonly name: string; readonly deliverableMonth: number };

export interface TaskTemplate {
  readonly title: string;
  readonly area: AlignmentArea;
  readonly source: AlignmentSource;
  readonly outputs: readonly OutputTemplate[];
}

/** Which catalogue a post draws its tasks from. */
export type PostFamily =
  'LOCAL_SECRETARY' | 'LOCAL_CHAIR' | 'DEPARTMENT' | 'PARTY_BODY' | 'FRONT' | 'PROVINCE_LEADER' | 'DEFENSE';

// Titles use {unit} for the unit's name; numbers are drawn between min and max.
export const CATALOG: Readonly<Record<PostFamily, readonly TaskTemplate[]>> = {
  LOCAL_SECRETARY: [
    {
      title: 'Lãnh đạo hoàn thành xây dựng nông thôn mới nâng cao tại {unit}',
      area: 'AGRICULTURE_FISHERIES',
      source: 'NQ09_TW_2022',
      outputs: [{ name: 'Số tiêu chí nông thôn mới nâng cao đạt chuẩn', unit: 'tiêu chí', min: 15, max: 19 }],
    },
    {
      title: 'Kiện toàn tổ chức bộ máy và chuyển đổi số trong hoạt động của Đảng ủy {unit}',
      area: 'PARTY_BUILDING_GOVERNANCE',
      source: 'NQDH_2025_2030',
      outputs: [
        { name: 'Tỷ lệ văn bản của Đảng ủy được xử lý trên môi trường điện tử', unit: '%', min: 85, max: 100 },
        { name: 'Đề án sắp xếp các chi bộ trực thuộc', deliverableMonth: 6 },
      ],
    },
    {
      title: 'Phát triển đảng viên mới và nâng cao chất lượng sinh hoạt chi bộ tại {unit}',
      area: 'PARTY_BUILDING_GOVERNANCE',
      source: 'PROVINCIAL_PLAN',
      outputs: [{ name: 'Số đảng viên mới được kết nạp', unit: 'đảng viên', min: 10, max: 40 }],
    },
    {
      title: 'Giải quyết dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng tại {unit}',
      area: 'DEFENSE_SECURITY_SOVEREIGNTY',
      source: 'PROVINCIAL_PLAN',
      outputs: [{ name: 'Tỷ lệ vụ việc tồn đọng được giải quyết', unit: '%', min: 80, max: 100 }],
    },
  ],
  LOCAL_CHAIR: [
    {
      title: 'Hoàn thành giải phóng mặt bằng các dự án trọng điểm trên địa bàn {unit}',
      area: 'INFRASTRUCTURE',
      source: 'NQ55_QH15_2022',
      outputs: [{ name: 'Diện tích mặt bằng bàn giao', unit: 'ha', min: 5, max: 60 }],
    },
    {
      title: 'Tăng thu ngân sách nhà nước trên địa bàn {unit}',
      area: 'SPECIAL_MECHANISMS',
      source: 'NQ42_CP_2022',
      outputs: [{ name: 'Thu ngân sách nhà nước', unit: 'tỷ đồng', min: 20, max: 400 }],
    },
    {
      title: 'Giảm nghèo bền vững và hỗ trợ nhà ở cho hộ khó khăn tại {unit}',
      area: 'CULTURE_SOCIAL_WELFARE',
      source: 'NQ09_TW_2022',
      outputs: [
        { name: 'Số hộ thoát nghèo', unit: 'hộ', min: 30, max: 250 },
        { name: 'Số căn nhà tạm được xóa', unit: 'căn', min: 5, max: 60 },
      ],
    },
    {
      title: 'Cải cách hành chính, nâng tỷ lệ hồ sơ trực tuyến toàn trình tại {unit}',
      area: 'SCIENCE_INNOVATION_DIGITAL',
      source: 'PROVINCIAL_PLAN',
      outputs: [{ name: 'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình', unit: '%', min: 50, max: 90 }],
    },
    {
      title: 'Chỉnh trang đô thị, xử lý rác thải và nước thải sinh hoạt tại {unit}',
      area: 'ENVIRONMENT_CLIMATE',
      source: 'QD318_TTG_2023',
      outputs: [{ name: 'Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý', unit: '%', min: 85, max: 100 }],
    },
  ],
  DEPARTMENT: [
    {
      title: 'Tham mưu cơ chế, chính sách đặc thù theo Nghị quyết 55/2022/QH15 thuộc lĩnh vực {unit}',
      area: 'SPECIAL_MECHANISMS',
      source: 'NQ55_QH15_2022',
      outputs: [{ name: 'Đề án, nghị quyết trình HĐND tỉnh', deliverableMonth: 9 }],
    },
    {
      title: 'Đẩy nhanh giải ngân vốn đầu tư công do {unit} làm chủ đầu tư',
      area: 'INFRASTRUCTURE',
      source: 'NQ42_CP_2022',
      outputs: [{ name: 'Tỷ lệ giải ngân kế hoạch vốn', unit: '%', min: 90, max: 100 }],
    },
    {
      title: 'Chuyển đổi số và cắt giảm thủ tục hành chính tại {unit}',
      area: 'SCIENCE_INNOVATION_DIGITAL',
      source: 'PROVINCIAL_PLAN',
      outputs: [
        { name: 'Số thủ tục hành chính được cắt giảm, đơn giản hóa', unit: 'thủ tục', min: 5, max: 30 },
        { name: 'Cơ sở dữ liệu chuyên ngành được đưa vào vận hành', deliverableMonth: 11 },
      ],
    },
    {
      title: 'Thu hút đầu tư vào Khu kinh tế Vân Phong thuộc lĩnh vực {unit}',
      area: 'MARINE_ECONOMY',
      source: 'NQ09_TW_2022',
      outputs: [{ name: 'Vốn đăng ký đầu tư mới', unit: 'tỷ đồng', min: 500, max: 8000 }],
    },
  ],
  PARTY_BODY: [
    {
      title: 'Tham mưu triển khai Nghị quyết Đại hội Đảng bộ tỉnh trong lĩnh vực của {unit}',
      area: 'PARTY_BUILDING_GOVERNANCE',
      source: 'NQDH_2025_2030',
      outputs: [{ name: 'Chương trình hành động được ban hành', deliverableMonth: 3 }],
    },
    {
      title: 'Kiểm tra, giám sát tổ chức đảng và đảng viên theo kế hoạch của {unit}',
      area: 'PARTY_BUILDING_GOVERNANCE',
      source: 'PROVINCIAL_PLAN',
      outputs: [{ name: 'Số cuộc kiểm tra, giám sát hoàn thành', unit: 'cuộc', min: 8, max: 30 }],
    },
    {
      title: 'Số hóa hồ sơ, tài liệu lưu trữ của {unit}',
      area: 'SCIENCE_INNOVATION_DIGITAL',
      source: 'PROVINCIAL_PLAN',
      outputs: [{ name: 'Tỷ lệ hồ sơ được số hóa', unit: '%', min: 60, max: 100 }],
    },
  ],
  FRONT: [
    {
      title: 'Vận động Quỹ "Vì người nghèo" và hỗ trợ an sinh xã hội của {unit}',
      area: 'CULTURE_SOCIAL_WELFARE',
      source: 'PROVINCIAL_PLAN',
      outputs: [{ name: 'Kinh phí vận động', unit: 'tỷ đồng', min: 5, max: 60 }],
    },
    {
      title: 'Phát triển hội viên, đoàn viên và nâng cao chất lượng hoạt động của {unit}',
      area: 'PARTY_BUILDING_GOVERNANCE',
      source: 'NQDH_2025_2030',
      outputs: [{ name: 'Số hội viên, đoàn viên mới', unit: 'người', min: 500, max: 5000 }],
    },
    {
      title: 'Giám sát và phản biện xã hội các dự án lớn của tỉnh do {unit} chủ trì',
      area: 'PLANNING',
      source: 'QD318_TTG_2023',
      outputs: [{ name: 'Số cuộc giám sát, phản biện', unit: 'cuộc', min: 3, max: 15 }],
    },
  ],
  PROVINCE_LEADER: [
    {
      title: 'Chỉ đạo xây dựng Đề án đưa Khánh Hòa trở thành thành phố trực thuộc Trung ương',
      area: 'CENTRAL_CITY_STATUS',
      source: 'NQ09_TW_2022',
      outputs: [{ name: 'Đề án trình cấp có thẩm quyền', deliverableMonth: 10 }],
    },
    {
      title: 'Chỉ đạo tăng trưởng GRDP và thu hút đầu tư của tỉnh',
      area: 'TOURISM_SERVICES',
      source: 'NQ42_CP_2022',
      outputs: [{ name: 'Tốc độ tăng trưởng GRDP', unit: '%', min: 7, max: 10 }],
    },
    {
      title: 'Chỉ đạo hoàn thành các công trình hạ tầng giao thông trọng điểm',
      area: 'INFRASTRUCTURE',
      source: 'NQ55_QH15_2022',
      outputs: [{ name: 'Số công trình trọng điểm hoàn thành', unit: 'công trình', min: 2, max: 6 }],
    },
  ],
  DEFENSE: [
    {
      title: 'Bảo đảm an ninh, trật tự và chủ quyền biển đảo trong phạm vi {unit}',
      area: 'DEFENSE_SECURITY_SOVEREIGNTY',
      source: 'NQ09_TW_2022',
      outputs: [{ name: 'Tỷ lệ điều tra, khám phá án', unit: '%', min: 80, max: 95 }],
    },
    {
      title: 'Xây dựng lực lượng chính quy, tinh nhuệ tại {unit}',
      area: 'DEFENSE_SECURITY_SOVEREIGNTY',
      source: 'PROVINCIAL_PLAN',
      outputs: [{ name: 'Số cuộc diễn tập hoàn thành', unit: 'cuộc', min: 2, max: 8 }],
    },
    {
      title: 'Chuyển đổi số trong công tác quản lý của {unit}',
      area: 'SCIENCE_INNOVATION_DIGITAL',
      source: 'PROVINCIAL_PLAN',
      outputs: [{ name: 'Hệ thống quản lý điện tử đưa vào vận hành', deliverableMonth: 12 }],
    },
  ],
};

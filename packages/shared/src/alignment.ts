import type { Vocabulary } from './label.js';

/** Documents a key task follows (căn cứ, định hướng). */
export const ALIGNMENT_SOURCES = {
  NQ09_TW_2022: {
    vi: 'Nghị quyết 09-NQ/TW ngày 28-01-2022 của Bộ Chính trị về xây dựng, phát triển tỉnh Khánh Hòa đến năm 2030, tầm nhìn đến năm 2045',
    en: 'Politburo Resolution 09-NQ/TW (28-01-2022) on developing Khánh Hòa to 2030, vision to 2045',
    abbr: 'NQ 09-NQ/TW',
  },
  NQ42_CP_2022: {
    vi: 'Nghị quyết 42/NQ-CP ngày 21-3-2022 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết 09-NQ/TW',
    en: 'Government Resolution 42/NQ-CP (21-3-2022): action programme for Resolution 09-NQ/TW',
    abbr: 'NQ 42/NQ-CP',
  },
  NQ55_QH15_2022: {
    vi: 'Nghị quyết 55/2022/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển tỉnh Khánh Hòa',
    en: 'National Assembly Resolution 55/2022/QH15 on special pilot mechanisms for Khánh Hòa',
    abbr: 'NQ 55/2022/QH15',
  },
  QD318_TTG_2023: {
    vi: 'Quyết định 318/QĐ-TTg ngày 29-3-2023 phê duyệt Quy hoạch tỉnh Khánh Hòa',
    en: "Prime Minister's Decision 318/QĐ-TTg (29-3-2023) approving the provincial master plan",
    abbr: 'QĐ 318/QĐ-TTg',
  },
  NQDH_2025_2030: {
    vi: 'Nghị quyết Đại hội Đảng bộ tỉnh Khánh Hòa lần thứ I, nhiệm kỳ 2025–2030',
    en: 'Resolution of the 1st Provincial Party Congress, 2025–2030',
    abbr: 'NQ Đại hội 2025–2030',
  },
  PROVINCIAL_PLAN: {
    vi: 'Chương trình, kế hoạch của Tỉnh ủy, UBND tỉnh (ghi số văn bản)',
    en: 'Programme or plan of the Provincial Committee or People’s Committee (with its number)',
    abbr: 'Chương trình, kế hoạch',
  },
} as const satisfies Vocabulary<string>;
export type AlignmentSource = keyof typeof ALIGNMENT_SOURCES;

/** Goal areas a key task serves, synthesised from NQ 09-NQ/TW and NQ 42/NQ-CP. */
export const ALIGNMENT_AREAS = {
  CENTRAL_CITY_STATUS: {
    vi: 'Xây dựng Khánh Hòa thành thành phố trực thuộc Trung ương',
    en: 'Becoming a centrally-run city',
  },
  SPECIAL_MECHANISMS: {
    vi: 'Thể chế, cơ chế, chính sách đặc thù (NQ 55)',
    en: 'Institutions and special pilot mechanisms',
  },
  PLANNING: {
    vi: 'Quy hoạch tỉnh, quy hoạch chung, quy hoạch phân khu',
    en: 'Planning',
  },
  MARINE_ECONOMY: {
    vi: 'Kinh tế biển, cảng biển, logistics, Khu kinh tế Vân Phong',
    en: 'Marine economy',
  },
  TOURISM_SERVICES: { vi: 'Du lịch, dịch vụ biển quốc tế', en: 'Tourism and services' },
  INDUSTRY_HIGHTECH_ENERGY: {
    vi: 'Công nghiệp công nghệ cao, chế biến chế tạo, năng lượng',
    en: 'High-tech industry and energy',
  },
  AGRICULTURE_FISHERIES: {
    vi: 'Nông nghiệp công nghệ cao, thủy sản, nông thôn mới',
    en: 'Agriculture, fisheries, new rural areas',
  },
  INFRASTRUCTURE: {
    vi: 'Kết cấu hạ tầng giao thông, sân bay, cao tốc, cảng',
    en: 'Infrastructure',
  },
  URBAN_SMART_CITY: {
    vi: 'Phát triển đô thị, đô thị thông minh',
    en: 'Urban development and smart city',
  },
  SCIENCE_INNOVATION_DIGITAL: {
    vi: 'Khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số',
    en: 'Science, innovation, digital transformation',
  },
  HUMAN_RESOURCES_EDU_HEALTH: {
    vi: 'Nguồn nhân lực, giáo dục – đào tạo, y tế',
    en: 'Human resources, education, health',
  },
  CULTURE_SOCIAL_WELFARE: {
    vi: 'Văn hóa, xã hội, giảm nghèo, an sinh, đồng bào dân tộc',
    en: 'Culture and social welfare',
  },
  ENVIRONMENT_CLIMATE: {
    vi: 'Tài nguyên, môi trường, thích ứng biến đổi khí hậu',
    en: 'Environment and climate',
  },
  DEFENSE_SECURITY_SOVEREIGNTY: {
    vi: 'Quốc phòng, an ninh, chủ quyền biển đảo',
    en: 'Defence, security, sovereignty',
  },
  PARTY_BUILDING_GOVERNANCE: {
    vi: 'Xây dựng Đảng, hệ thống chính trị, cải cách hành chính, công tác cán bộ',
    en: 'Party building and governance',
  },
} as const satisfies Vocabulary<string>;
export type AlignmentArea = keyof typeof ALIGNMENT_AREAS;

/** The five pilot areas of NQ 55/2022/QH15, sub-tags of SPECIAL_MECHANISMS. */
export const NQ55_PILOT_AREAS = {
  NQ55_FINANCE_BUDGET: { vi: 'Tài chính, ngân sách nhà nước', en: 'Finance and state budget' },
  NQ55_PLANNING_LAND_ENV: {
    vi: 'Phân cấp quản lý quy hoạch, đất đai, môi trường',
    en: 'Decentralised planning, land and environment management',
  },
  NQ55_SITE_CLEARANCE: {
    vi: 'Tách bồi thường, hỗ trợ, tái định cư, giải phóng mặt bằng thành dự án độc lập',
    en: 'Compensation, resettlement and site clearance as separate projects',
  },
  NQ55_VAN_PHONG_EZ: {
    vi: 'Phát triển Khu kinh tế Vân Phong',
    en: 'Developing the Vân Phong Economic Zone',
  },
  NQ55_MARINE_ECONOMY: { vi: 'Phát triển kinh tế biển', en: 'Developing the marine economy' },
} as const satisfies Vocabulary<string>;
export type Nq55PilotArea = keyof typeof NQ55_PILOT_AREAS;
export const NQ55_PILOT_AREA_PARENT: AlignmentArea = 'SPECIAL_MECHANISMS';

import type { Vocabulary } from './label.js';

/** States of a key task's life (domain §4). The transition table builds on these. */
export const KEY_TASK_STATES = {
  DRAFT: { vi: 'Dự thảo', en: 'Draft' },
  SUBMITTED: { vi: 'Đã đăng ký', en: 'Submitted' },
  RETURNED: { vi: 'Trả lại để hoàn thiện', en: 'Returned for revision' },
  APPRAISED: { vi: 'Đã thẩm định', en: 'Appraised' },
  IN_CONSULTATION: { vi: 'Đang lấy ý kiến', en: 'In consultation' },
  PROPOSED: { vi: 'Đã trình Thường trực, BTV', en: 'Proposed to the Standing Committee' },
  ASSIGNED: { vi: 'Đã giao', en: 'Assigned' },
  REJECTED: { vi: 'Không giao', en: 'Rejected' },
  PLANNED: { vi: 'Đã có kế hoạch', en: 'Planned' },
  IN_PROGRESS: { vi: 'Đang thực hiện', en: 'In progress' },
  SELF_ASSESSED: { vi: 'Đã tự đánh giá', en: 'Self-assessed' },
  RESULT_APPRAISED: { vi: 'Đã thẩm định kết quả', en: 'Result appraised' },
  RESULT_CONSULTED: { vi: 'Đã lấy ý kiến kết quả', en: 'Result consulted' },
  CONCLUDED: { vi: 'Đã kết luận', en: 'Concluded' },
  WITHDRAWN: { vi: 'Đã rút', en: 'Withdrawn' },
  SUSPENDED: { vi: 'Tạm dừng', en: 'Suspended' },
} as const satisfies Vocabulary<string>;
export type KeyTaskState = keyof typeof KEY_TASK_STATES;

/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** A role of the access policy (vai trò truy cập); see docs/access.md. */
export type AccessRole =
  /** Account administrator (Quản trị tài khoản) */
  | 'ADMIN'
  /** Advisory reviewer (Cơ quan tham mưu) */
  | 'ADVISORY_REVIEWER'
  /** Cadre (Cán bộ) */
  | 'CADRE'
  /** Organisation Commission (Ban Tổ chức Tỉnh ủy, BTC) */
  | 'CONSOLIDATOR'
  /** Standing Committee (Thường trực, Ban Thường vụ Tỉnh ủy, BTV) */
  | 'DECIDER'
  /** Focal-agency reviewer (Cơ quan đầu mối) */
  | 'FOCAL_REVIEWER'
  /** Viewer (aggregates only) (Xem số liệu tổng hợp) */
  | 'VIEWER';

/** Changes to an account; fields left out stay as they are. */
export type AccountInputType = {
  /** The cadre this account is (cán bộ); null to unlink. */
  cadre?: string | null | undefined;
  /** The cadre this account is, by personnel code (mã cán bộ), e.g. "CB0051". */
  cadreCode?: string | null | undefined;
  /** Disable or enable sign-in; disabling ends the account’s sessions. */
  disabled?: boolean | null | undefined;
  /** Name and post. */
  displayName?: string | null | undefined;
  /** E-mail address for reminders; "" removes it. */
  email?: string | null | undefined;
  /** Roles not tied to a unit (replaces them). */
  globalRoles?: Array<GlobalRole> | null | undefined;
  /** Agencies and roles (replaces them). */
  memberships?: Array<AccountMembershipInput> | null | undefined;
  /** true to unlink the cadre. */
  unlinkCadre?: boolean | null | undefined;
};

/** An agency and role for an account. */
export type AccountMembershipInput = {
  /** The member heads the agency (default false). */
  head?: boolean | null | undefined;
  /** The role; the unit must have it. */
  role: UnitRole;
  /** The unit. */
  unit: string;
};

/** Goal area a key task serves (lĩnh vực). */
export type AlignmentArea =
  /** Agriculture, fisheries, new rural areas (Nông nghiệp công nghệ cao, thủy sản, nông thôn mới) */
  | 'AGRICULTURE_FISHERIES'
  /** Becoming a centrally-run city (Xây dựng Khánh Hòa thành thành phố trực thuộc Trung ương) */
  | 'CENTRAL_CITY_STATUS'
  /** Culture and social welfare (Văn hóa, xã hội, giảm nghèo, an sinh, đồng bào dân tộc) */
  | 'CULTURE_SOCIAL_WELFARE'
  /** Defence, security, sovereignty (Quốc phòng, an ninh, chủ quyền biển đảo) */
  | 'DEFENSE_SECURITY_SOVEREIGNTY'
  /** Environment and climate (Tài nguyên, môi trường, thích ứng biến đổi khí hậu) */
  | 'ENVIRONMENT_CLIMATE'
  /** Human resources, education, health (Nguồn nhân lực, giáo dục – đào tạo, y tế) */
  | 'HUMAN_RESOURCES_EDU_HEALTH'
  /** High-tech industry and energy (Công nghiệp công nghệ cao, chế biến chế tạo, năng lượng) */
  | 'INDUSTRY_HIGHTECH_ENERGY'
  /** Infrastructure (Kết cấu hạ tầng giao thông, sân bay, cao tốc, cảng) */
  | 'INFRASTRUCTURE'
  /** Marine economy (Kinh tế biển, cảng biển, logistics, Khu kinh tế Vân Phong) */
  | 'MARINE_ECONOMY'
  /** Party building and governance (Xây dựng Đảng, hệ thống chính trị, cải cách hành chính, công tác cán bộ) */
  | 'PARTY_BUILDING_GOVERNANCE'
  /** Planning (Quy hoạch tỉnh, quy hoạch chung, quy hoạch phân khu) */
  | 'PLANNING'
  /** Science, innovation, digital transformation (Khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số) */
  | 'SCIENCE_INNOVATION_DIGITAL'
  /** Institutions and special pilot mechanisms (Thể chế, cơ chế, chính sách đặc thù (NQ 55)) */
  | 'SPECIAL_MECHANISMS'
  /** Tourism and services (Du lịch, dịch vụ biển quốc tế) */
  | 'TOURISM_SERVICES'
  /** Urban development and smart city (Phát triển đô thị, đô thị thông minh) */
  | 'URBAN_SMART_CITY';

/** A resolution and goal area the task serves (căn cứ, định hướng). */
export type AlignmentInput = {
  /** The goal area. */
  area?: AlignmentArea | null | undefined;
  /** Reference text, e.g. the plan’s number. */
  referenceText?: string | null | undefined;
  /** The document. */
  source: AlignmentSource;
};

/** Document a key task follows (căn cứ, định hướng). */
export type AlignmentSource =
  /** Politburo Resolution 09-NQ/TW (28-01-2022) on developing Khánh Hòa to 2030, vision to 2045 (Nghị quyết 09-NQ/TW ngày 28-01-2022 của Bộ Chính trị về xây dựng, phát triển tỉnh Khánh Hòa đến năm 2030, tầm nhìn đến năm 2045, NQ 09-NQ/TW) */
  | 'NQ09_TW_2022'
  /** Government Resolution 42/NQ-CP (21-3-2022): action programme for Resolution 09-NQ/TW (Nghị quyết 42/NQ-CP ngày 21-3-2022 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết 09-NQ/TW, NQ 42/NQ-CP) */
  | 'NQ42_CP_2022'
  /** National Assembly Resolution 55/2022/QH15 on special pilot mechanisms for Khánh Hòa (Nghị quyết 55/2022/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển tỉnh Khánh Hòa, NQ 55/2022/QH15) */
  | 'NQ55_QH15_2022'
  /** Resolution of the 1st Provincial Party Congress, 2025–2030 (Nghị quyết Đại hội Đảng bộ tỉnh Khánh Hòa lần thứ I, nhiệm kỳ 2025–2030, NQ Đại hội 2025–2030) */
  | 'NQDH_2025_2030'
  /** Programme or plan of the Provincial Committee or People’s Committee (with its number) (Chương trình, kế hoạch của Tỉnh ủy, UBND tỉnh (ghi số văn bản), Chương trình, kế hoạch) */
  | 'PROVINCIAL_PLAN'
  /** Prime Minister's Decision 318/QĐ-TTg (29-3-2023) approving the provincial master plan (Quyết định 318/QĐ-TTg ngày 29-3-2023 phê duyệt Quy hoạch tỉnh Khánh Hòa, QĐ 318/QĐ-TTg) */
  | 'QD318_TTG_2023';

/** What a comparison groups key tasks by (tiêu chí so sánh). */
export type AnalyticsDimension =
  /** Goal area (Lĩnh vực định hướng) */
  | 'ALIGNMENT_AREA'
  /** Focal agency (Cơ quan đầu mối) */
  | 'FOCAL_AGENCY'
  /** Former district (to compare across 2025) (Huyện cũ (so sánh trước, sau 01/7/2025)) */
  | 'LEGACY_DISTRICT'
  /** Locality or unit (Địa phương, đơn vị) */
  | 'LOCALITY'
  /** Whole province (Toàn tỉnh) */
  | 'PROVINCE'
  /** Sector (Khối) */
  | 'SECTOR'
  /** Subject group (Nhóm đối tượng) */
  | 'SUBJECT_GROUP'
  /** Kind of unit (Loại đơn vị) */
  | 'UNIT_KIND';

/** The focal agency’s verdict (kết quả thẩm định). */
export type AppraisalVerdict =
  /** Accepted (đạt). */
  | 'ACCEPTED'
  /** Returned for revision (trả lại để hoàn thiện). */
  | 'RETURNED';

/** The Standing Committee’s assignment notice (thông báo giao nhiệm vụ). */
export type AssignmentDecisionInput = {
  /** Tasks assigned. */
  assign: Array<string>;
  /** The cycle’s year. */
  cycleYear: number;
  /** Document number, e.g. "125-TB/TU". */
  documentNumber: string;
  /** Tasks not assigned. */
  reject: Array<RejectionInput>;
  /** Date signed. */
  signedOn: string;
};

/** An advisory agency and a review stage, to find the opinions it still owes. */
export type AwaitingOpinionInput = {
  /** The advisory agency. */
  agency: string;
  /** Opinions on the registration or on results. */
  stage: ReviewStage;
};

/** Where a change request stands. */
export type ChangeRequestStatus =
  /** Approved; the task took the new version (đồng ý). */
  | 'APPROVED'
  /** Awaiting decision (chờ quyết định). */
  | 'PENDING'
  /** Not approved (không đồng ý). */
  | 'REJECTED';

/** The Standing Committee’s conclusion on a cadre’s tasks (kết luận). */
export type ConclusionInput = {
  /** The cadre. */
  cadre: string;
  /** Date of the conclusion. */
  concludedOn: string;
  /** The cycle’s year. */
  cycleYear: number;
  /** Document number. */
  documentNumber: string;
  /** Each task’s outcome. */
  outcomes: Array<TaskOutcomeInput>;
  /** Summary. */
  summary?: string | null | undefined;
};

/** Where a cycle is in its year (trạng thái kỳ). */
export type CyclePhase =
  /** Consolidation and assignment (Tổng hợp, quyết định giao) */
  | 'ASSIGNMENT'
  /** Closed (Đã kết thúc) */
  | 'CLOSED'
  /** Evaluation (Đánh giá kết quả) */
  | 'EVALUATION'
  /** Implementation (Triển khai thực hiện) */
  | 'IMPLEMENTATION'
  /** Preparing (Chuẩn bị) */
  | 'PREPARING'
  /** Registration and appraisal (Đăng ký, thẩm định) */
  | 'REGISTRATION';

/** Stage of a yearly cycle, each with a deadline (giai đoạn). */
export type CycleStage =
  /** Advisory opinions on results (Cơ quan tham mưu cho ý kiến về kết quả) */
  | 'ADVISORY_RESULTS'
  /** Appraise registrations (Thẩm định đăng ký) */
  | 'APPRAISE_REGISTRATION'
  /** Appraise results (Thẩm định kết quả) */
  | 'APPRAISE_RESULTS'
  /** Conclude as a rating input (Kết luận, làm căn cứ xếp loại) */
  | 'CONCLUDE'
  /** Consolidate and consult advisory agencies (Tổng hợp, lấy ý kiến cơ quan tham mưu) */
  | 'CONSOLIDATE'
  /** Consolidate and report results (Tổng hợp, báo cáo kết quả) */
  | 'CONSOLIDATE_RESULTS'
  /** Decide and announce assignments (Quyết định, thông báo giao nhiệm vụ) */
  | 'DECIDE'
  /** File implementation plans (Xây dựng kế hoạch thực hiện) */
  | 'PLAN'
  /** Register key tasks (Đăng ký nhiệm vụ trọng tâm) */
  | 'REGISTER'
  /** Registration opens (Mở đăng ký) */
  | 'REGISTRATION_OPEN'
  /** Self-assess (Tự đánh giá) */
  | 'SELF_ASSESS'
  /** Submit to the Standing Committee (Trình Thường trực, BTV) */
  | 'SUBMIT_TO_DECIDER';

/** Changes to a cycle; fields left out stay as they are. */
export type CycleUpdateInput = {
  /** New deadlines. */
  deadlines?: Array<DeadlineInput> | null | undefined;
  /** Longest duration in months (1–60). */
  maxDurationMonths?: number | null | undefined;
  /** Move the cycle to this phase. */
  phase?: CyclePhase | null | undefined;
  /** Day of the month progress is due (1–28). */
  progressReportDay?: number | null | undefined;
  /** The rating scheme to use. */
  ratingScheme?: RatingSchemeCode | null | undefined;
  /** Key tasks per cadre (1–10). */
  tasksPerCadre?: number | null | undefined;
};

/** Where a default deadline comes from. */
export type DeadlineBasis =
  /** Our reading where the regulation is silent (mặc định); Ban Tổ chức may change it. */
  | 'DEFAULT'
  /** Fixed by Regulation 622 (quy định). */
  | 'RULE';

/** A later deadline for one cadre or one agency, with its reason (gia hạn). */
export type DeadlineExtensionInput = {
  /** The agency (or give a cadre). */
  agency?: string | null | undefined;
  /** The cadre (or give an agency). */
  cadre?: string | null | undefined;
  /** The cycle’s year. */
  cycleYear: number;
  /** Why. */
  reason: string;
  /** The stage extended. */
  stage: CycleStage;
  /** New last day. */
  until: string;
};

/** A stage’s new deadline. */
export type DeadlineInput = {
  /** New last day; null: no fixed date. */
  dueOn?: string | null | undefined;
  /** The stage. */
  stage: CycleStage;
};

/** An official document referenced as evidence. */
export type DocumentEvidenceInput = {
  /** Document date. */
  documentDate: string;
  /** Document number, e.g. "125/QĐ-UBND". */
  documentNumber: string;
  /** Issuing body. */
  issuer: string;
  /** For an output: its number in the task (from 1). */
  outputNumber?: number | null | undefined;
  /** For a milestone report: the progress report it supports (ProgressReport.id), filed on a milestone. */
  progressReport?: number | null | undefined;
  /** What it supports. */
  target: EvidenceTarget;
  /** What it is (trích yếu), at most 300 characters. */
  title: string;
};

/** What a drill-down’s cadres are sorted by; ties and unknown values (no rate yet) come by name. */
export type DrillDownOrder =
  /** Completed / assessable tasks, by the outcome that stands (withdrawn, rejected and exempt left out). */
  | 'COMPLETION_RATE'
  /** Full name, in Vietnamese order (họ và tên). */
  | 'NAME'
  /** Milestones done by their due date / milestones due as of today. */
  | 'ON_TIME_RATE'
  /** Advisory opinions on the counted tasks. */
  | 'OPINIONS'
  /** Number of tasks the figure counted. */
  | 'TASKS'
  /** The unit of the post held in the cycle’s year (đơn vị). */
  | 'UNIT';

/** What a piece of evidence is. */
export type EvidenceKind =
  /** An official document referenced by number, date and issuer (văn bản). */
  | 'DOCUMENT'
  /** An uploaded file (tệp đính kèm). */
  | 'FILE';

/** What a piece of evidence supports. */
export type EvidenceTarget =
  /** A milestone report (Báo cáo mốc tiến độ) */
  | 'MILESTONE_REPORT'
  /** An output (Sản phẩm đầu ra) */
  | 'OUTPUT'
  /** The self-assessment (Bản tự đánh giá) */
  | 'SELF_ASSESSMENT'
  /** The task (Nhiệm vụ) */
  | 'TASK';

/** The focal agency’s verdict on a piece of evidence. */
export type EvidenceVerdict =
  /** Rejected, with a note (không chấp nhận). */
  | 'REJECTED'
  /** Verified (đã xác minh). */
  | 'VERIFIED';

/** Whether the focal agency has checked a piece of evidence (xác minh). */
export type EvidenceVerification =
  /** Not yet verified (Chưa xác minh) */
  | 'PENDING'
  /** Rejected (Không chấp nhận) */
  | 'REJECTED'
  /** Verified (Đã xác minh) */
  | 'VERIFIED';

/** A step of the cycle’s main path. */
export type FunnelStep =
  /** Appraised (Đã thẩm định) */
  | 'APPRAISED'
  /** Assigned (Được giao) */
  | 'ASSIGNED'
  /** Concluded (Đã kết luận) */
  | 'CONCLUDED'
  /** Planned (Có kế hoạch) */
  | 'PLANNED'
  /** Proposed to the BTV (Đã trình BTV) */
  | 'PROPOSED'
  /** Registered (Đã đăng ký) */
  | 'REGISTERED'
  /** Result appraised (Đã thẩm định kết quả) */
  | 'RESULT_APPRAISED'
  /** Self-assessed (Đã tự đánh giá) */
  | 'SELF_ASSESSED';

/** A role not tied to a unit. */
export type GlobalRole =
  /** Manages accounts (quản trị tài khoản). */
  | 'ADMIN'
  /** Sees aggregates only (chỉ xem số liệu tổng hợp). */
  | 'VIEWER';

/** A business action on a key task, as in the transition table (thao tác). */
export type KeyTaskAction =
  /** Appraise and accept (Thẩm định, chấp thuận) */
  | 'APPRAISE'
  /** Appraise the result (Thẩm định kết quả) */
  | 'APPRAISE_RESULT'
  /** Assign (Giao nhiệm vụ) */
  | 'ASSIGN'
  /** Conclude (Kết luận) */
  | 'CONCLUDE'
  /** Consolidate the result (Tổng hợp kết quả) */
  | 'CONSOLIDATE_RESULT'
  /** Decide on a change (Quyết định điều chỉnh) */
  | 'DECIDE_CHANGE'
  /** File the implementation plan (Gửi kế hoạch thực hiện) */
  | 'FILE_PLAN'
  /** Give an opinion (Cho ý kiến) */
  | 'GIVE_OPINION'
  /** Give an opinion on the result (Cho ý kiến về kết quả) */
  | 'GIVE_RESULT_OPINION'
  /** Propose to the Standing Committee (Trình Thường trực, BTV) */
  | 'PROPOSE'
  /** Do not assign (Không giao) */
  | 'REJECT'
  /** Report progress (Báo cáo tiến độ) */
  | 'REPORT_PROGRESS'
  /** Request a change (Đề nghị điều chỉnh) */
  | 'REQUEST_CHANGE'
  /** Resume (Tiếp tục thực hiện) */
  | 'RESUME'
  /** Return for revision (Trả lại để hoàn thiện) */
  | 'RETURN'
  /** Return the self-assessment (Trả lại bản tự đánh giá) */
  | 'RETURN_SELF_ASSESSMENT'
  /** Self-assess (Tự đánh giá) */
  | 'SELF_ASSESS'
  /** Consult the advisory agencies (Lấy ý kiến cơ quan tham mưu) */
  | 'SEND_FOR_OPINIONS'
  /** Submit registration (Gửi đăng ký) */
  | 'SUBMIT'
  /** Suspend (Tạm dừng) */
  | 'SUSPEND'
  /** Withdraw the task (Rút nhiệm vụ) */
  | 'WITHDRAW';

/** A key task as the cadre writes it (đăng ký nhiệm vụ trọng tâm). */
export type KeyTaskDraftInput = {
  /** Alignments, at least one to submit. */
  alignments: Array<AlignmentInput>;
  /** For a multi-year task: last year’s task it continues. */
  continues?: string | null | undefined;
  /** Description (mô tả), at most 5000 characters. */
  description?: string | null | undefined;
  /** End date; at most the cycle’s maximum duration after the start. */
  endsOn?: string | null | undefined;
  /** This year’s part of a task that runs over several years. */
  multiYear?: boolean | null | undefined;
  /** Output products, at least one to submit. */
  outputs: Array<OutputProductInput>;
  /** Spill-over effect (tính lan tỏa), at most 2000 characters. */
  spillOverNote?: string | null | undefined;
  /** Start date. */
  startsOn?: string | null | undefined;
  /** Title (tên nhiệm vụ), at most 300 characters. */
  title: string;
};

/** Filters for `keyTasks`; all given conditions must hold. */
export type KeyTaskFilter = {
  /** Tasks serving this goal area. */
  alignmentArea?: AlignmentArea | null | undefined;
  /** Tasks on which this advisory agency has not yet given its opinion at this stage (its inbox). */
  awaitingOpinion?: AwaitingOpinionInput | null | undefined;
  /** Tasks of this cadre. */
  cadre?: string | null | undefined;
  /** The cycle’s year. */
  cycleYear?: number | null | undefined;
  /** true: only tasks with evidence not yet verified; false: only tasks without. */
  evidencePending?: boolean | null | undefined;
  /** Tasks routed to this focal agency. */
  focalAgency?: string | null | undefined;
  /** Any of these concluded outcomes. */
  outcome?: Array<KeyTaskOutcome> | null | undefined;
  /** true: only tasks with a milestone past its due date and not done (quá hạn), as of today in Asia/Ho_Chi_Minh. */
  overdue?: boolean | null | undefined;
  /** Words in the title or description, with or without diacritics. */
  search?: string | null | undefined;
  /** Any of these sectors of the cadre’s unit. */
  sector?: Array<Sector> | null | undefined;
  /** Any of these states. */
  state?: Array<KeyTaskState> | null | undefined;
  /** Any of these subject groups. */
  subjectGroup?: Array<SubjectGroup> | null | undefined;
  /** true: only tasks registered late. */
  submittedLate?: boolean | null | undefined;
  /** Tasks registered in this unit (the cadre’s post). */
  unit?: string | null | undefined;
};

/** What `keyTasks` are sorted by, across all pages; ties by id, tasks without a value last. */
export type KeyTaskOrder =
  /** The cadre’s full name (họ và tên). */
  | 'CADRE_NAME'
  /** Your next deadline on the task: among the steps the task waits for you to take in its state (as the cadre, or a member of its focal agency, of an advisory agency that still owes its opinion, of Ban Tổ chức or of the decision body), the earliest date by which one is due: the cycle’s deadline for that step, moved by the latest extension granted to the cadre (cadre steps) or to your agency (agency steps). Null (last) when the task waits for none of your steps or the step has no date. */
  | 'DEADLINE'
  /** When the task last changed. */
  | 'UPDATED_AT';

/** Outcome of one key task (mức độ hoàn thành), after rule 366-QĐ/TW. */
export type KeyTaskOutcome =
  /** Completed late (Hoàn thành nhưng chậm tiến độ) */
  | 'COMPLETED_LATE'
  /** Completed on time (Hoàn thành đúng tiến độ) */
  | 'COMPLETED_ON_TIME'
  /** Exceeded (Hoàn thành vượt mức) */
  | 'EXCEEDED'
  /** Not assessed (objective causes) (Không đánh giá do nguyên nhân khách quan) */
  | 'EXEMPT_OBJECTIVE'
  /** Not completed (Không hoàn thành) */
  | 'NOT_COMPLETED'
  /** Partially completed (Hoàn thành một phần) */
  | 'PARTIALLY_COMPLETED';

/** State of a key task in its life (trạng thái). */
export type KeyTaskState =
  /** Appraised (Đã thẩm định) */
  | 'APPRAISED'
  /** Assigned (Đã giao) */
  | 'ASSIGNED'
  /** Concluded (Đã kết luận) */
  | 'CONCLUDED'
  /** Draft (Dự thảo) */
  | 'DRAFT'
  /** In consultation (Đang lấy ý kiến) */
  | 'IN_CONSULTATION'
  /** In progress (Đang thực hiện) */
  | 'IN_PROGRESS'
  /** Planned (Đã có kế hoạch) */
  | 'PLANNED'
  /** Proposed to the Standing Committee (Đã trình Thường trực, BTV) */
  | 'PROPOSED'
  /** Rejected (Không giao) */
  | 'REJECTED'
  /** Result appraised (Đã thẩm định kết quả) */
  | 'RESULT_APPRAISED'
  /** Result consulted (Đã lấy ý kiến kết quả) */
  | 'RESULT_CONSULTED'
  /** Returned for revision (Trả lại để hoàn thiện) */
  | 'RETURNED'
  /** Self-assessed (Đã tự đánh giá) */
  | 'SELF_ASSESSED'
  /** Submitted (Đã đăng ký) */
  | 'SUBMITTED'
  /** Suspended (Tạm dừng) */
  | 'SUSPENDED'
  /** Withdrawn (Đã rút) */
  | 'WITHDRAWN';

/** A step of the implementation plan. */
export type MilestoneInput = {
  /** Due date, within the task’s dates. */
  dueOn: string;
  /** Expected output at this step. */
  expectedOutput: string;
  /** Month, quarter or year. */
  periodKind: MilestonePeriodKind;
  /** The period, e.g. "Tháng 3/2026". */
  periodLabel: string;
};

/** The period a milestone closes (tháng, quý, năm). */
export type MilestonePeriodKind =
  /** A month (tháng). */
  | 'MONTH'
  /** A quarter (quý). */
  | 'QUARTER'
  /** The year (năm). */
  | 'YEAR';

/** Whether a milestone was met by its due date, as of today in Asia/Ho_Chi_Minh. */
export type MilestoneStatus =
  /** Done late (Hoàn thành chậm) */
  | 'DONE_LATE'
  /** Done on time (Hoàn thành đúng hạn) */
  | 'DONE_ON_TIME'
  /** Overdue (Quá hạn, chưa hoàn thành) */
  | 'OVERDUE'
  /** Not yet due (Chưa đến hạn) */
  | 'PENDING';

/** What a notification is about (loại thông báo). */
export type NotificationKind =
  /** Deadline approaching (Sắp đến hạn) */
  | 'DEADLINE_SOON'
  /** Escalated to the head: overdue (Báo cáo thủ trưởng: quá hạn) */
  | 'ESCALATION'
  /** Escalated to the head: milestone overdue (Báo cáo thủ trưởng: mốc quá hạn) */
  | 'MILESTONE_ESCALATION'
  /** Milestone overdue (Mốc tiến độ quá hạn) */
  | 'MILESTONE_OVERDUE'
  /** Overdue (Quá hạn) */
  | 'OVERDUE'
  /** Weekly digest (Tổng hợp hằng tuần) */
  | 'WEEKLY_DIGEST';

/** An advisory agency’s opinion (ý kiến). */
export type OpinionInput = {
  /** The advisory agency you speak for, if you belong to several. */
  agency?: string | null | undefined;
  /** On results only: the outcome the agency proposes. */
  proposedOutcome?: KeyTaskOutcome | null | undefined;
  /** The opinion, 1–5000 characters; it cannot be changed once submitted. */
  text: string;
  /** The verdict. */
  verdict: OpinionVerdict;
};

/** An advisory agency’s verdict (ý kiến). */
export type OpinionVerdict =
  /** Agrees (thống nhất). */
  | 'AGREE'
  /** Agrees with comments (thống nhất, có góp ý). */
  | 'AGREE_WITH_COMMENTS'
  /** Disagrees (không thống nhất). */
  | 'DISAGREE';

/** Filters for `orgUnits`; all given conditions must hold. */
export type OrgUnitFilter = {
  /** true: only units without a parent (tree roots). */
  isRoot?: boolean | null | undefined;
  /** Any of these kinds. */
  kind?: Array<OrgUnitKind> | null | undefined;
  /** Direct children of this unit. */
  parent?: string | null | undefined;
  /** Units having this role. */
  role?: UnitRole | null | undefined;
  /** Words found in the name, abbreviation or code, with or without diacritics ("khanh hoa" finds "Khánh Hòa"). */
  search?: string | null | undefined;
  /** Any of these sectors (khối). */
  sector?: Array<Sector> | null | undefined;
  /** Units in force on this date (e.g. 2026-01-01 for the new communes). */
  validAt?: string | null | undefined;
};

/** Kind of organisation unit (loại cơ quan, đơn vị, địa phương). */
export type OrgUnitKind =
  /** Agency (Cơ quan) */
  | 'AGENCY'
  /** Bloc party committee (Đảng ủy khối) */
  | 'BLOC_PARTY_COMMITTEE'
  /** Commune (Xã) */
  | 'COMMUNE'
  /** Department (Sở, ngành) */
  | 'DEPARTMENT'
  /** District (before 07/2025) (Huyện, thị xã, thành phố (cũ)) */
  | 'DISTRICT'
  /** Fatherland Front (Mặt trận Tổ quốc, MTTQ) */
  | 'FATHERLAND_FRONT'
  /** Management board (Ban quản lý) */
  | 'MANAGEMENT_BOARD'
  /** Mass organisation (Tổ chức chính trị - xã hội) */
  | 'MASS_ORGANIZATION'
  /** Party affairs board (Ban cán sự đảng) */
  | 'PARTY_AFFAIRS_BOARD'
  /** Party commission (Ban, Ủy ban của Tỉnh ủy) */
  | 'PARTY_COMMISSION'
  /** Subordinate party committee (Đảng ủy trực thuộc Tỉnh ủy) */
  | 'PARTY_COMMITTEE'
  /** Party delegation (Đảng đoàn) */
  | 'PARTY_DELEGATION'
  /** Party Committee Office (Văn phòng Tỉnh ủy, VPTU) */
  | 'PARTY_OFFICE'
  /** Permanent Board (Thường trực Tỉnh ủy, TTTU) */
  | 'PARTY_PERMANENT_BOARD'
  /** Political school (Trường Chính trị) */
  | 'PARTY_SCHOOL'
  /** Provincial Party Standing Committee (Ban Thường vụ Tỉnh ủy, BTV) */
  | 'PARTY_STANDING_COMMITTEE'
  /** People's Committee (Ủy ban nhân dân, UBND) */
  | 'PEOPLES_COMMITTEE'
  /** People's Council (Hội đồng nhân dân, HĐND) */
  | 'PEOPLES_COUNCIL'
  /** Provincial Party Committee (Tỉnh ủy) */
  | 'PROVINCIAL_PARTY_COMMITTEE'
  /** Special zone (Đặc khu) */
  | 'SPECIAL_ZONE'
  /** Ward (Phường) */
  | 'WARD';

/** An actual value achieved for an output. */
export type OutputActualInput = {
  /** Actual value (kết quả thực hiện). */
  actual: number;
  /** The output’s position in the task (from 1). */
  output: number;
};

/** A concrete output product (sản phẩm đầu ra). */
export type OutputProductInput = {
  /** Due date of a dated deliverable (thời hạn). */
  dueOn?: string | null | undefined;
  /** What is produced, e.g. "Đề án phát triển Khu kinh tế Vân Phong". */
  name: string;
  /** Numeric target (chỉ tiêu). */
  target?: number | null | undefined;
  /** Unit of measure (đơn vị tính), e.g. "km", "%", "hồ sơ". */
  unit?: string | null | undefined;
};

/** The actual value reached for one output, in a progress report. */
export type ProgressActualInput = {
  /** Actual value reached so far (kết quả thực hiện), ≥ 0. */
  actual: number;
  /** The output’s position in the task (from 1). */
  output: number;
  /** The unit the value is in; when given it must be the output’s unit (đơn vị tính). */
  unit?: string | null | undefined;
};

/** A progress report. */
export type ProgressInput = {
  /** Actual values reached so far for the task’s outputs (target vs actual); each becomes the output’s latest. */
  actuals?: Array<ProgressActualInput> | null | undefined;
  /** The milestone reported on (its position in the plan, from 1). */
  milestoneNumber?: number | null | undefined;
  /** What was done. */
  note: string;
  /** Percent complete, 0–100. */
  percentComplete?: number | null | undefined;
  /** Status; DONE marks the milestone done today. */
  status: ProgressStatus;
};

/** How a task or milestone stands, as reported (tình trạng). */
export type ProgressStatus =
  /** At risk (có nguy cơ chậm). */
  | 'AT_RISK'
  /** Delayed (chậm tiến độ). */
  | 'DELAYED'
  /** Done (hoàn thành). */
  | 'DONE'
  /** On track (đúng tiến độ). */
  | 'ON_TRACK';

/** The official rating (xếp loại chất lượng). */
export type QualityRatingInput = {
  /** The cadre. */
  cadre: string;
  /** The cycle’s year. */
  cycleYear: number;
  /** Date decided. */
  decidedOn: string;
  /** The level decided. */
  level: QualityRatingLevel;
  /** Note. */
  note?: string | null | undefined;
  /** Score on the 100-point scale. */
  score?: number | null | undefined;
};

/** The official year-end rating (xếp loại chất lượng), entered by the decision body. */
export type QualityRatingLevel =
  /** Completed (Hoàn thành nhiệm vụ, HT) */
  | 'COMPLETED'
  /** Excellent (Hoàn thành xuất sắc nhiệm vụ, HTXS) */
  | 'EXCELLENT'
  /** Good (Hoàn thành tốt nhiệm vụ, HTT) */
  | 'GOOD'
  /** Not completed (Không hoàn thành nhiệm vụ, KHT) */
  | 'NOT_COMPLETED';

/** A rating scheme the cycle can use. */
export type RatingSchemeCode =
  /** Khánh Hòa KPI scheme (from 1-4-2025): bands 90/80/50. */
  | 'KHANH_HOA_KPI_2025'
  /** Rule 366-QĐ/TW (2025), Decree 335/2025/NĐ-CP: bands 90/70/50. */
  | 'QD366_2025';

/** A registration rule of Regulation 622 (quy tắc đăng ký). */
export type RegistrationRule =
  /** A task follows at least one guiding document (Resolutions 09-NQ/TW, 42/NQ-CP, 55/2022/QH15…) (Nhiệm vụ phải gắn với ít nhất một căn cứ, định hướng (NQ 09-NQ/TW, NQ 42/NQ-CP, NQ 55/2022/QH15…)) */
  | 'ALIGNMENT_REQUIRED'
  /** A task does not end before it starts (Ngày kết thúc không được trước ngày bắt đầu) */
  | 'DATES_ORDER'
  /** A task has a start date and an end date (Nhiệm vụ phải có ngày bắt đầu và ngày kết thúc) */
  | 'DATES_REQUIRED'
  /** A task lasts no longer than the cycle’s maximum number of months (Thời gian thực hiện không vượt quá số tháng tối đa quy định cho kỳ) */
  | 'DURATION_TOO_LONG'
  /** A multi-year task has an output for the cycle’s year (Nhiệm vụ thực hiện nhiều năm phải có sản phẩm đầu ra của năm đăng ký) */
  | 'MULTI_YEAR_OUTPUT_MISSING'
  /** Every output has a unit and a numeric target, or a due date (Mỗi sản phẩm đầu ra phải có đơn vị tính và chỉ tiêu định lượng, hoặc thời hạn hoàn thành) */
  | 'OUTPUT_NOT_MEASURABLE'
  /** A task has at least one output product (Nhiệm vụ phải có ít nhất một sản phẩm đầu ra) */
  | 'OUTPUT_REQUIRED'
  /** Each cadre registers exactly the number of key tasks the cycle sets (Mỗi cán bộ đăng ký đúng số nhiệm vụ trọng tâm quy định cho kỳ) */
  | 'TASK_COUNT'
  /** A task has a title (Nhiệm vụ phải có tên) */
  | 'TITLE_REQUIRED';

/** A task not assigned, with the reason. */
export type RejectionInput = {
  /** The task. */
  keyTask: string;
  /** Why it is not assigned. */
  reason: string;
};

/** Whether a review is of the registration or of the year’s results. */
export type ReviewStage =
  /** Of the registration, before assignment (đăng ký). */
  | 'REGISTRATION'
  /** Of the results, at year end (kết quả). */
  | 'RESULT';

/** A view to save; saving under an existing name of yours replaces it. */
export type SavedViewInput = {
  /** A name, 1–120 characters. */
  name: string;
  /** The analysis page’s canonical URL query. */
  query: string;
  /** Share with every other user. */
  shared: boolean;
};

/** Field a unit works in (khối). */
export type Sector =
  /** Elected councils (Khối dân cử (HĐND)) */
  | 'COUNCIL'
  /** Defence and security (Quốc phòng – an ninh) */
  | 'DEFENSE_SECURITY'
  /** Economy (Khối kinh tế) */
  | 'ECONOMY'
  /** Front and mass organisations (Mặt trận và đoàn thể) */
  | 'FRONT_MASS_ORG'
  /** Government (Khối chính quyền) */
  | 'GOVERNMENT'
  /** Localities (Địa phương) */
  | 'LOCALITY'
  /** Party (Khối Đảng) */
  | 'PARTY';

/** The cadre’s year-end self-assessment of one task (tự đánh giá). */
export type SelfAssessmentInput = {
  /** Actual values of the outputs. */
  actuals: Array<OutputActualInput>;
  /** The outcome claimed. */
  outcome: KeyTaskOutcome;
  /** Summary of results and evidence, 1–5000 characters. */
  summary: string;
};

/** Who acts at a stage (chủ thể). */
export type StageActor =
  /** Advisory agency (Cơ quan tham mưu) */
  | 'ADVISORY'
  /** Cadre (Cán bộ) */
  | 'CADRE'
  /** Organisation Commission (Ban Tổ chức Tỉnh ủy) */
  | 'CONSOLIDATOR'
  /** Standing Committee (Thường trực, Ban Thường vụ Tỉnh ủy) */
  | 'DECIDER'
  /** Focal agency (Cơ quan đầu mối) */
  | 'FOCAL';

/** Why a cadre is subject to Regulation 622 (nhóm đối tượng). */
export type SubjectGroup =
  /** Chair of a People's Council (Chủ tịch HĐND) */
  | 'COUNCIL_CHAIR'
  /** Department director (Giám đốc sở và tương đương) */
  | 'DEPARTMENT_DIRECTOR'
  /** Secretary of a local or subordinate party committee (Bí thư cấp ủy địa phương, đảng ủy trực thuộc) */
  | 'PARTY_SECRETARY'
  /** Chair of a People's Committee (Chủ tịch UBND) */
  | 'PEOPLES_COMMITTEE_CHAIR'
  /** Head of a provincial agency, the Front or a mass organisation (Người đứng đầu cơ quan, ban, ngành, MTTQ và tổ chức chính trị - xã hội tỉnh) */
  | 'PROVINCIAL_AGENCY_HEAD'
  /** Member of the Provincial Committee (Tỉnh ủy viên) */
  | 'PROVINCIAL_COMMITTEE_MEMBER'
  /** Rotated cadre managed by the Standing Committee (Cán bộ luân chuyển do BTV Tỉnh ủy quản lý) */
  | 'ROTATED_CADRE'
  /** Member of the Provincial Standing Committee (Ủy viên Ban Thường vụ Tỉnh ủy) */
  | 'STANDING_COMMITTEE_MEMBER';

/** The final outcome of one task. */
export type TaskOutcomeInput = {
  /** The task. */
  keyTask: string;
  /** Its concluded outcome. */
  outcome: KeyTaskOutcome;
};

/** What an API token may do (phạm vi của khóa API). */
export type TokenScope =
  /** Aggregates only (Chỉ số liệu tổng hợp) */
  | 'AGGREGATES'
  /** Read tasks and dossiers within the owner’s scope (Đọc nhiệm vụ, hồ sơ trong phạm vi của người cấp) */
  | 'DOSSIERS'
  /** Read the GraphQL schema (Đọc lược đồ GraphQL) */
  | 'INTROSPECTION'
  /** Act on behalf of the owner (Thực hiện thao tác thay người cấp) */
  | 'WRITE';

/** What a unit may do in the key-task cycle (vai trò trong quy trình). */
export type UnitRole =
  /** Advisory agency (Cơ quan tham mưu, giúp việc Tỉnh ủy) */
  | 'ADVISORY'
  /** Consolidator (Cơ quan tổng hợp (Ban Tổ chức Tỉnh ủy), BTC) */
  | 'CONSOLIDATOR'
  /** Decision body (Cơ quan quyết định (Thường trực, BTV), BTV) */
  | 'DECIDER'
  /** Focal agency (Cơ quan đầu mối) */
  | 'FOCAL';

/** Why a mutation did not change anything. */
export type UserErrorCode =
  /** Your role may not take this action on this object (không có quyền). */
  | 'ACTOR_NOT_ALLOWED'
  /** This action needs a reason or comment (cần ghi lý do). */
  | 'COMMENT_REQUIRED'
  /** The change conflicts with an existing record (trùng lặp). */
  | 'CONFLICT'
  /** This action needs an official document number and date (cần số văn bản). */
  | 'DOCUMENT_REQUIRED'
  /** Wrong username or password (sai thông tin đăng nhập). */
  | 'INVALID_CREDENTIALS'
  /** A field is missing, too long or malformed (dữ liệu không hợp lệ). */
  | 'INVALID_INPUT'
  /** No such object, or it is not visible to you (không tìm thấy). */
  | 'NOT_FOUND'
  /** A rule of the regulation is not met; see `rule` (vi phạm quy định). */
  | 'RULE_VIOLATION'
  /** Someone changed the object since you loaded it; reload (dữ liệu đã thay đổi). */
  | 'STALE_VERSION'
  /** Too many failed sign-ins; wait and try again (tạm khóa đăng nhập). */
  | 'THROTTLED'
  /** The object is not in a state that allows this action (sai trạng thái). */
  | 'WRONG_STATE';

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { viewer: { id: string, displayName: string, accessRoles: Array<AccessRole>, tokenScopes: Array<TokenScope> | null, memberships: Array<{ role: UnitRole, unit: { id: string, name: string } }> } | null, apiTokens: Array<{ id: number, name: string, prefix: string, scopes: Array<TokenScope>, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null }> };

export type PasswordChangeMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type PasswordChangeMutation = { passwordChange: { done: boolean | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null }> } };

export type ApiTokenCreateMutationVariables = Exact<{
  name: string;
  scopes: Array<TokenScope> | TokenScope;
  days: number;
}>;


export type ApiTokenCreateMutation = { apiTokenCreate: { token: string | null, apiToken: { id: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null }> } };

export type ApiTokenRevokeMutationVariables = Exact<{
  id: number;
}>;


export type ApiTokenRevokeMutation = { apiTokenRevoke: { apiToken: { id: number, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type SessionRevokeAllMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionRevokeAllMutation = { sessionRevokeAll: { done: boolean | null } };

export type AccountsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AccountsQuery = { accounts: Array<{ id: string, username: string, displayName: string, globalRoles: Array<GlobalRole>, disabled: boolean, lastSignInAt: string | null, cadreCode: string | null, email: string | null, memberships: Array<{ role: UnitRole, head: boolean, unit: { id: string, name: string } }> }> };

export type AccountCreateMutationVariables = Exact<{
  username: string;
  password: string;
  input: AccountInputType;
}>;


export type AccountCreateMutation = { accountCreate: { account: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null }> } };

export type AccountUpdateMutationVariables = Exact<{
  id: string;
  input: AccountInputType;
}>;


export type AccountUpdateMutation = { accountUpdate: { account: { id: string, disabled: boolean, email: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string }> } };

export type PasswordResetMutationVariables = Exact<{
  id: string;
  next: string;
}>;


export type PasswordResetMutation = { passwordReset: { done: boolean | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string }> } };

export type AccountFormChoicesQueryVariables = Exact<{
  validAt: string;
}>;


export type AccountFormChoicesQuery = { orgUnits: { nodes: Array<{ id: string, name: string, roles: Array<UnitRole> }> }, advisory: { nodes: Array<{ id: string, name: string, roles: Array<UnitRole> }> }, consolidators: { nodes: Array<{ id: string, name: string, roles: Array<UnitRole> }> }, deciders: { nodes: Array<{ id: string, name: string, roles: Array<UnitRole> }> } };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { savedViews: Array<{ id: number, name: string, query: string, shared: boolean, mine: boolean, ownerName: string, updatedAt: string }> };

export type SavedViewSaveMutationVariables = Exact<{
  input: SavedViewInput;
}>;


export type SavedViewSaveMutation = { savedViewSave: { savedView: { id: number, name: string, query: string, shared: boolean, mine: boolean, ownerName: string, updatedAt: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SavedViewDeleteMutationVariables = Exact<{
  id: number;
}>;


export type SavedViewDeleteMutation = { savedViewDelete: { deletedId: string | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type DashboardCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCyclesQuery = { cycles: Array<{ id: string, year: number, phase: CyclePhase }> };

export type ComparisonFiguresFragment = { cycleYear: number, code: string, label: string, unitId: string | null, code2: string | null, unitId2: string | null, label2: string | null, cadres: number, tasks: number, registered: number, registeredOnTime: number, assigned: number, assessable: number, completed: number, onTime: number, late: number, exceeded: number, partial: number, notCompleted: number, exempt: number, selfAboveConcluded: number, appraisedAboveConcluded: number, milestonesDue: number, milestonesOnTime: number };

export type ComparisonQueryVariables = Exact<{
  cycleYears: Array<number> | number;
  dimension: AnalyticsDimension;
  by?: AnalyticsDimension | null | undefined;
}>;


export type ComparisonQuery = { comparison: Array<{ cycleYear: number, code: string, label: string, unitId: string | null, code2: string | null, unitId2: string | null, label2: string | null, cadres: number, tasks: number, registered: number, registeredOnTime: number, assigned: number, assessable: number, completed: number, onTime: number, late: number, exceeded: number, partial: number, notCompleted: number, exempt: number, selfAboveConcluded: number, appraisedAboveConcluded: number, milestonesDue: number, milestonesOnTime: number }> };

export type StageFunnelQueryVariables = Exact<{
  cycleYear: number;
}>;


export type StageFunnelQuery = { stageFunnel: { cycleYear: number, total: number, steps: Array<{ step: FunnelStep, tasks: number }>, backlog: Array<{ state: KeyTaskState, action: KeyTaskAction, actor: StageActor, stage: CycleStage | null, deadline: string | null, waiting: number, overdue: number, agency: { id: string, code: string, name: string } | null }> } };

export type RatingDistributionQueryVariables = Exact<{
  cycleYears: Array<number> | number;
  dimension: AnalyticsDimension;
}>;


export type RatingDistributionQuery = { ratingDistribution: Array<{ cycleYear: number, code: string, label: string, unitId: string | null, cadres: number, excellent: number, good: number, completed: number, notCompleted: number, unrated: number, excellentAllowed: number | null, excellentQuotaExceeded: boolean }> };

export type AlignmentCoverageQueryVariables = Exact<{
  cycleYear: number;
}>;


export type AlignmentCoverageQuery = { alignmentCoverage: Array<{ area: AlignmentArea, tasks: number, cadres: number, localities: number }> };

export type DossierVersionFragment = { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> };

export type DossierAuditFragment = { action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string };

export type DossierTaskFragment = { id: string, ordinal: number, title: string, description: string, spillOverNote: string, state: KeyTaskState, stateReason: string | null, version: number, startsOn: string | null, endsOn: string | null, multiYear: boolean, submittedAt: string | null, submittedLate: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } }, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, actualReportedAt: string | null, dueOn: string | null }>, registeredVersion: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } | null, assignedVersion: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } | null, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null, addedAt: string, addedByLabel: string }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, proposedOutcome: KeyTaskOutcome | null, comment: string, authorLabel: string, createdAt: string, late: boolean, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, proposedOutcome: KeyTaskOutcome | null, text: string, authorLabel: string, submittedAt: string, late: boolean, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }> };

export type CadreDossierQueryVariables = Exact<{
  cadre: string;
  cycleYear: number;
}>;


export type CadreDossierQuery = { cadreDossier: { asOf: string, scaleVersion: string, cycle: { id: string, year: number, phase: CyclePhase }, cadre: { id: string, fullName: string, code: string, birthYear: number | null, positions: Array<{ title: string, startsOn: string, endsOn: string | null, rotated: boolean, subjectGroup: SubjectGroup, unit: { id: string, name: string } }> }, measures: { assessableTasks: number, completedTasks: number, onTimeTasks: number, lateTasks: number, exceededTasks: number, completionRate: number | null, lateShare: number | null, exceededShare: number | null, outputAchievement: number | null, milestonesDue: number, milestonesOnTime: number, milestoneOnTimeRate: number | null }, ratingConditions: Array<{ level: QualityRatingLevel, allMet: boolean | null, conditions: Array<{ code: string, label: string, labelEn: string, met: boolean | null }> }>, conclusion: { concludedOn: string, deciderLabel: string, documentNumber: string, summary: string } | null, rating: { level: QualityRatingLevel, score: number | null, decidedOn: string, deciderLabel: string, note: string, scaleVersion: string } | null, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, tasks: Array<{ id: string, ordinal: number, title: string, description: string, spillOverNote: string, state: KeyTaskState, stateReason: string | null, version: number, startsOn: string | null, endsOn: string | null, multiYear: boolean, submittedAt: string | null, submittedLate: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } }, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, actualReportedAt: string | null, dueOn: string | null }>, registeredVersion: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } | null, assignedVersion: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } | null, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null, addedAt: string, addedByLabel: string }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, proposedOutcome: KeyTaskOutcome | null, comment: string, authorLabel: string, createdAt: string, late: boolean, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, proposedOutcome: KeyTaskOutcome | null, text: string, authorLabel: string, submittedAt: string, late: boolean, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }> }> } | null };

export type DrillPositionFragment = { title: string, startsOn: string, endsOn: string | null, rotated: boolean, unit: { id: string, name: string } };

export type DrillCadreTasksFragment = { cadre: { id: string, fullName: string, code: string, positions: Array<{ title: string, startsOn: string, endsOn: string | null, rotated: boolean, unit: { id: string, name: string } }> }, tasks: Array<{ id: string, ordinal: number, title: string, state: KeyTaskState, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, milestones: Array<{ dueOn: string, doneOn: string | null, status: MilestoneStatus }>, opinions: Array<{ verdict: OpinionVerdict }> }> };

export type DrillDownQueryVariables = Exact<{
  cycleYear: number;
  dimension?: AnalyticsDimension | null | undefined;
  unit?: string | null | undefined;
  code?: string | null | undefined;
  by?: AnalyticsDimension | null | undefined;
  unit2?: string | null | undefined;
  code2?: string | null | undefined;
  ratedLevels?: Array<QualityRatingLevel> | QualityRatingLevel | null | undefined;
  step?: FunnelStep | null | undefined;
  servingOnly?: boolean | null | undefined;
  search?: string | null | undefined;
  orderBy?: DrillDownOrder | null | undefined;
  descending?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DrillDownQuery = { drillDown: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ cadre: { id: string, fullName: string, code: string, positions: Array<{ title: string, startsOn: string, endsOn: string | null, rotated: boolean, unit: { id: string, name: string } }> }, tasks: Array<{ id: string, ordinal: number, title: string, state: KeyTaskState, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, milestones: Array<{ dueOn: string, doneOn: string | null, status: MilestoneStatus }>, opinions: Array<{ verdict: OpinionVerdict }> }> }> } };

export type DrillUnitNameQueryVariables = Exact<{
  id: string;
}>;


export type DrillUnitNameQuery = { orgUnit: { id: string, name: string } | null };

export type DrillCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type DrillCyclesQuery = { cycles: Array<{ id: string, year: number }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type MyNotificationsQuery = { unreadNotificationCount: number, myNotifications: { nodes: Array<{ id: string, kind: NotificationKind, titleVi: string, titleEn: string, bodyVi: string, bodyEn: string, link: string, createdAt: string, readAt: string | null, emailedAt: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NotificationsMarkReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
  all?: boolean | null | undefined;
}>;


export type NotificationsMarkReadMutation = { notificationsMarkRead: { marked: number, unreadCount: number, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string }> } };

export type OrgUnitSummaryFragment = { id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null };

export type OrgUnitTreeQueryVariables = Exact<{
  validAt?: string | null | undefined;
}>;


export type OrgUnitTreeQuery = { orgUnits: { totalCount: number, pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null, legacyDistrict: { id: string, code: string, name: string } | null, children: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null, children: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null }> }> }> } };

export type OrgUnitListQueryVariables = Exact<{
  filter?: OrgUnitFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OrgUnitListQuery = { orgUnits: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null, parent: { id: string, code: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrgUnitDetailQueryVariables = Exact<{
  code: string;
}>;


export type OrgUnitDetailQuery = { orgUnitByCode: { roles: Array<UnitRole>, id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null, parent: { id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null } | null, children: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null }>, legacyDistrict: { id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null } | null, predecessors: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null }>, successors: Array<{ id: string, code: string, name: string, abbreviation: string | null, kind: OrgUnitKind, sector: Sector, validFrom: string | null, validTo: string | null }> } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, displayName: string, accessRoles: Array<AccessRole> } | null };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { sessionSignIn: { viewer: { id: string, displayName: string, accessRoles: Array<AccessRole> } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { sessionSignOut: boolean };

export type WfBoardQueryVariables = Exact<{
  year: number;
}>;


export type WfBoardQuery = { stageFunnel: { cycleYear: number, total: number, backlog: Array<{ state: KeyTaskState, action: KeyTaskAction, actor: StageActor, stage: CycleStage | null, deadline: string | null, waiting: number, overdue: number, agency: { id: string, name: string } | null }> } };

export type WfProposedQueryVariables = Exact<{
  year: number;
  states: Array<KeyTaskState> | KeyTaskState;
  after?: string | null | undefined;
}>;


export type WfProposedQuery = { keyTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ appraisedOutcome: KeyTaskOutcome | null, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, agency: { id: string, name: string } }>, cadre: { id: string, fullName: string }, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } }> } };

export type WfAssignmentDecideMutationVariables = Exact<{
  input: AssignmentDecisionInput;
}>;


export type WfAssignmentDecideMutation = { assignmentDecide: { decision: { documentNumber: string, signedOn: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfChangeQueueQueryVariables = Exact<{
  year: number;
}>;


export type WfChangeQueueQuery = { cycle: { id: string, changeRequests: Array<{ id: number, reason: string, requestedAt: string, requesterLabel: string, status: ChangeRequestStatus, proposed: { title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> }, keyTask: { id: string, title: string, description: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, availableActions: Array<KeyTaskAction>, cadre: { id: string, fullName: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, dueOn: string | null }> } | null }> } | null };

export type WfChangeDecideMutationVariables = Exact<{
  id: number;
  approve: boolean;
  documentNumber: string;
  comment?: string | null | undefined;
}>;


export type WfChangeDecideMutation = { changeRequestDecide: { changeRequest: { id: number, status: ChangeRequestStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfCadreDecisionQueryVariables = Exact<{
  cadre: string;
  year: number;
}>;


export type WfCadreDecisionQuery = { cadreDossier: { asOf: string, scaleVersion: string, cadre: { id: string, fullName: string, code: string }, conclusion: { documentNumber: string, concludedOn: string, summary: string, deciderLabel: string } | null, rating: { level: QualityRatingLevel, score: number | null, decidedOn: string, note: string, deciderLabel: string } | null, measures: { completionRate: number | null, milestoneOnTimeRate: number | null, exceededShare: number | null, lateShare: number | null }, ratingConditions: Array<{ level: QualityRatingLevel, allMet: boolean | null, conditions: Array<{ code: string, label: string, labelEn: string, met: boolean | null }> }>, tasks: Array<{ id: string, ordinal: number, title: string, state: KeyTaskState, availableActions: Array<KeyTaskAction>, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, opinions: Array<{ stage: ReviewStage, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }> }> } | null };

export type WfConcludeMutationVariables = Exact<{
  input: ConclusionInput;
}>;


export type WfConcludeMutation = { conclusionRecord: { conclusion: { documentNumber: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfRateMutationVariables = Exact<{
  input: QualityRatingInput;
}>;


export type WfRateMutation = { qualityRatingRecord: { rating: { level: QualityRatingLevel } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfEvidenceVerifyMutationVariables = Exact<{
  id: number;
  verdict: EvidenceVerdict;
  note?: string | null | undefined;
}>;


export type WfEvidenceVerifyMutation = { evidenceVerify: { evidence: { id: number, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfInboxQueryVariables = Exact<{
  filter: KeyTaskFilter;
  orderBy?: KeyTaskOrder | null | undefined;
  descending?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type WfInboxQuery = { keyTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, deadlineExtensions: Array<{ stage: CycleStage, until: string, agency: { id: string } | null }>, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string }, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } }> } };

export type WfInboxCountQueryVariables = Exact<{
  filter: KeyTaskFilter;
}>;


export type WfInboxCountQuery = { keyTasks: { totalCount: number } };

export type WfViewerAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type WfViewerAgenciesQuery = { viewer: { id: string, accessRoles: Array<AccessRole>, memberships: Array<{ role: UnitRole, unit: { id: string, name: string } }> } | null };

export type WfMyTasksQueryVariables = Exact<{
  year: number;
}>;


export type WfMyTasksQuery = { viewer: { id: string, cadre: { id: string, fullName: string, keyTasks: Array<{ id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, occurredAt: string }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, cadre: { id: string, fullName: string }, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } }> } | null } | null };

export type WfOpenDataQueryVariables = Exact<{
  year: number;
}>;


export type WfOpenDataQuery = { cycle: { id: string, year: number, openData: boolean } | null };

export type WfOpenDataSetMutationVariables = Exact<{
  year: number;
  open: boolean;
}>;


export type WfOpenDataSetMutation = { cycleOpenDataSet: { cycle: { id: string, year: number, openData: boolean } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfReturnMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type WfReturnMutation = { keyTaskReturn: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfAppraiseMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type WfAppraiseMutation = { keyTaskAppraise: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfSendForOpinionsMutationVariables = Exact<{
  id: string;
}>;


export type WfSendForOpinionsMutation = { keyTaskSendForOpinions: { keyTask: { id: string, state: KeyTaskState, availableActions: Array<KeyTaskAction> } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfProposeMutationVariables = Exact<{
  id: string;
}>;


export type WfProposeMutation = { keyTaskPropose: { keyTask: { id: string, state: KeyTaskState, availableActions: Array<KeyTaskAction> } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfWithdrawMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type WfWithdrawMutation = { keyTaskWithdraw: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfSuspendMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type WfSuspendMutation = { keyTaskSuspend: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfResumeMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type WfResumeMutation = { keyTaskResume: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfSelfAssessmentReturnMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type WfSelfAssessmentReturnMutation = { selfAssessmentReturn: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfResultConsolidateMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type WfResultConsolidateMutation = { resultConsolidate: { keyTask: { id: string, state: KeyTaskState, availableActions: Array<KeyTaskAction> } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfResultAppraiseMutationVariables = Exact<{
  id: string;
  outcome: KeyTaskOutcome;
  comment: string;
}>;


export type WfResultAppraiseMutation = { resultAppraise: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfOpinionSubmitMutationVariables = Exact<{
  id: string;
  input: OpinionInput;
}>;


export type WfOpinionSubmitMutation = { opinionSubmit: { opinion: { submittedAt: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfCycleSettingsQueryVariables = Exact<{
  year: number;
}>;


export type WfCycleSettingsQuery = { cycle: { ratingScheme: RatingSchemeCode | null, scaleVersion: string, id: string, year: number, phase: CyclePhase, deadlines: Array<{ stage: CycleStage, dueOn: string | null, basis: DeadlineBasis | null, actors: Array<StageActor> }>, focalRoutes: Array<{ subjectGroup: SubjectGroup, focalAgency: { id: string, name: string } }>, deadlineExtensions: Array<{ id: number, stage: CycleStage, until: string, reason: string, grantedByLabel: string, createdAt: string, cadre: { id: string, fullName: string, code: string } | null, agency: { id: string, name: string } | null }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, occurredAt: string }>, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number } } | null, orgUnits: { nodes: Array<{ id: string, name: string }> } };

export type WfCadreSearchQueryVariables = Exact<{
  search: string;
}>;


export type WfCadreSearchQuery = { cadres: { nodes: Array<{ id: string, fullName: string, code: string }> } };

export type WfCycleUpdateMutationVariables = Exact<{
  year: number;
  input: CycleUpdateInput;
}>;


export type WfCycleUpdateMutation = { cycleUpdate: { cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfFocalAgencySetMutationVariables = Exact<{
  year: number;
  subjectGroup: SubjectGroup;
  focalAgency: string;
}>;


export type WfFocalAgencySetMutation = { focalAgencySet: { cycle: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfDeadlineExtendMutationVariables = Exact<{
  input: DeadlineExtensionInput;
}>;


export type WfDeadlineExtendMutation = { deadlineExtend: { cycle: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfCycleOpenMutationVariables = Exact<{
  year: number;
}>;


export type WfCycleOpenMutation = { cycleOpen: { cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfTaskCreateMutationVariables = Exact<{
  year: number;
  input: KeyTaskDraftInput;
}>;


export type WfTaskCreateMutation = { keyTaskCreate: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfTaskUpdateMutationVariables = Exact<{
  id: string;
  input: KeyTaskDraftInput;
}>;


export type WfTaskUpdateMutation = { keyTaskUpdate: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfPlanFileMutationVariables = Exact<{
  id: string;
  milestones: Array<MilestoneInput> | MilestoneInput;
}>;


export type WfPlanFileMutation = { planFile: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfProgressReportMutationVariables = Exact<{
  id: string;
  input: ProgressInput;
}>;


export type WfProgressReportMutation = { milestoneReport: { progressReport: { reportedAt: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfSelfAssessMutationVariables = Exact<{
  id: string;
  input: SelfAssessmentInput;
}>;


export type WfSelfAssessMutation = { selfAssessmentSubmit: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfChangeRequestMutationVariables = Exact<{
  id: string;
  proposed: KeyTaskDraftInput;
  reason: string;
}>;


export type WfChangeRequestMutation = { changeRequestSubmit: { changeRequest: { id: number, status: ChangeRequestStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfEvidenceAddMutationVariables = Exact<{
  id: string;
  input: DocumentEvidenceInput;
}>;


export type WfEvidenceAddMutation = { evidenceAdd: { evidence: { id: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

export type WfUserErrorFragment = { code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null };

export type WfCycleInfoFragment = { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> };

export type WfTaskListItemFragment = { id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cadre: { id: string, fullName: string }, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } };

export type WfTaskDetailFragment = { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } };

export type WfTaskQueryVariables = Exact<{
  id: string;
}>;


export type WfTaskQuery = { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, viewer: { id: string, accessRoles: Array<AccessRole>, cadre: { id: string } | null, memberships: Array<{ role: UnitRole, unit: { id: string, name: string } }> } | null };

export type WfCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type WfCyclesQuery = { cycles: Array<{ id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }> };

export type WfTaskSubmitMutationVariables = Exact<{
  id: string;
}>;


export type WfTaskSubmitMutation = { keyTaskSubmit: { keyTask: { description: string, spillOverNote: string, multiYear: boolean, selfOutcome: KeyTaskOutcome | null, appraisedOutcome: KeyTaskOutcome | null, concludedOutcome: KeyTaskOutcome | null, viewerCanAddEvidence: boolean, viewerCanVerifyEvidence: boolean, id: string, ordinal: number, title: string, state: KeyTaskState, version: number, startsOn: string | null, endsOn: string | null, submittedAt: string | null, submittedLate: boolean, stateReason: string | null, availableActions: Array<KeyTaskAction>, cycle: { id: string, year: number, phase: CyclePhase, rules: { tasksPerCadre: number, maxDurationMonths: number, progressReportDay: number }, deadlines: Array<{ stage: CycleStage, dueOn: string | null }> }, cadre: { id: string, fullName: string, code: string }, outputs: Array<{ ordinal: number, name: string, unit: string | null, target: number | null, actual: number | null, dueOn: string | null }>, alignments: Array<{ source: AlignmentSource, area: AlignmentArea | null, referenceText: string }>, milestones: Array<{ periodKind: MilestonePeriodKind, periodLabel: string, dueOn: string, doneOn: string | null, expectedOutput: string, status: MilestoneStatus }>, progressReports: Array<{ id: number, milestoneNumber: number | null, reportedAt: string, authorLabel: string, status: ProgressStatus, percentComplete: number | null, note: string, late: boolean, outputValues: Array<{ output: number, name: string, unit: string | null, actual: number }> }>, appraisals: Array<{ stage: ReviewStage, verdict: AppraisalVerdict, comment: string, authorLabel: string, createdAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, opinions: Array<{ stage: ReviewStage, verdict: OpinionVerdict, text: string, authorLabel: string, submittedAt: string, late: boolean, proposedOutcome: KeyTaskOutcome | null, agency: { id: string, name: string } }>, selfAssessments: Array<{ outcome: KeyTaskOutcome, summary: string, submittedAt: string, late: boolean }>, changeRequests: Array<{ id: number, status: ChangeRequestStatus, reason: string, requestedAt: string, requesterLabel: string, decidedAt: string | null, deciderLabel: string | null, documentNumber: string | null, resultingVersion: number | null, proposed: { version: number, title: string, description: string, startsOn: string | null, endsOn: string | null, outputs: Array<{ name: string, unit: string | null, target: number | null, dueOn: string | null }> } }>, evidence: Array<{ id: number, kind: EvidenceKind, fileName: string | null, fileSize: number | null, contentType: string | null, sha256: string | null, downloadUrl: string | null, target: EvidenceTarget, outputOrdinal: number | null, progressReportId: number | null, title: string, documentNumber: string | null, documentDate: string | null, issuer: string | null, addedAt: string, addedByLabel: string, verification: EvidenceVerification, verificationNote: string | null, verifiedAt: string | null, verifiedByLabel: string | null }>, ruleViolations: Array<{ rule: RegistrationRule, field: string | null, message: string, messageEn: string }>, auditTrail: Array<{ action: string, actorLabel: string, comment: string | null, documentNumber: string | null, fromState: string | null, toState: string | null, occurredAt: string }>, focalAgency: { id: string, name: string }, position: { title: string, unit: { id: string, name: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, messageEn: string, field: Array<string> | null, rule: string | null }> } };

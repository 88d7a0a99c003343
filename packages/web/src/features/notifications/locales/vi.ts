/** Strings of the notification centre, Vietnamese (the product's first language). */
export const vi = {
  heading: 'Thông báo',
  intro:
    'Nhắc hạn theo từng bước của kỳ đánh giá, việc quá hạn, mốc tiến độ chưa hoàn thành và bản tổng hợp hằng tuần. Thông báo cũng được gửi qua thư điện tử nếu tài khoản có địa chỉ.',
  unreadOnly: 'Chỉ hiện thông báo chưa đọc',
  markAllRead: 'Đánh dấu tất cả đã đọc',
  markRead: 'Đã đọc',
  open: 'Mở màn hình liên quan',
  unread: 'Chưa đọc',
  emailed: 'Đã gửi thư điện tử',
  empty: 'Không có thông báo nào.',
  emptyUnread: 'Không có thông báo chưa đọc.',
  more: 'Xem thêm',
  unreadCount: '{{count}} chưa đọc',
  kind: {
    DEADLINE_SOON: 'Sắp đến hạn',
    OVERDUE: 'Quá hạn',
    ESCALATION: 'Báo cáo thủ trưởng',
    MILESTONE_OVERDUE: 'Mốc quá hạn',
    MILESTONE_ESCALATION: 'Báo cáo thủ trưởng: mốc',
    WEEKLY_DIGEST: 'Tổng hợp tuần',
  },
};

mail-greeting = Xin chào { $name },
mail-status-subject = Thông tin mới về hồ sơ xin Thẻ đi lại của doanh nhân APEC của bạn
mail-card-subject = Thông tin mới về Thẻ đi lại của doanh nhân APEC của bạn
mail-status-intro = Có thông tin mới về hồ sơ { $reference } của bạn:
mail-status-link = Chi tiết, và những việc bạn cần làm, có trong tài khoản của bạn:
mail-notice-subject = Thông báo về Thẻ đi lại của doanh nhân APEC: { $subject }
mail-notice-intro = Thông báo gửi người giữ Thẻ đi lại của doanh nhân APEC từ { $sender }:
mail-sender-scheme = ban quản lý chương trình Thẻ đi lại của doanh nhân APEC
mail-notice-link = Tài khoản của bạn:
mail-footer = Thư này được hệ thống Thẻ đi lại của doanh nhân APEC gửi tự động. Thư trả lời sẽ không được đọc.

# Thư gửi các kênh cán bộ: đầu mối liên hệ của nền kinh tế và kênh hiệu quả của quản trị viên chương trình.
# Cảnh báo quá hạn đối với yêu cầu cho phép trước đã quá hạn, và bản tổng hợp hằng tuần về tình hình xử lý.
mail-staff-greeting = Kính gửi Quý vị,
mail-staff-footer = Quý vị nhận được thư này với tư cách là đầu mối liên hệ của { $channel } trong hệ thống Thẻ đi lại của doanh nhân APEC.
mail-channel-efficiency = kênh hiệu quả của chương trình
mail-escalation-subject = { $count } yêu cầu cho phép trước gửi { $economy } đã quá hạn
mail-escalation-intro = { $count } yêu cầu cho phép trước gửi đến { $economy } đã quá hạn mà chưa có quyết định.
mail-escalation-open = Quá hạn và vẫn chưa quyết định: { $open }; yêu cầu sớm nhất có hạn vào { $oldest }.
mail-escalation-references = Hồ sơ:
mail-escalation-more = …và { $count } hồ sơ khác.
mail-escalation-link = Danh sách yêu cầu, hạn sớm nhất ở trên cùng:
mail-efficiency-subject = Cảnh báo quá hạn: { $count } yêu cầu cho phép trước đã quá hạn
mail-efficiency-intro = Các nền kinh tế sau có yêu cầu cho phép trước vừa quá hạn:
mail-efficiency-row = { $economy }: { $raised } mới, tổng cộng { $open } quá hạn, hạn sớm nhất vào { $oldest }
mail-digest-subject = Tổng hợp tình hình xử lý hằng tuần của { $economy }, từ { $from } đến { $to }
mail-digest-intro = Tình hình xử lý yêu cầu cho phép trước của { $economy } trong tuần từ { $from } đến { $to }:
mail-digest-received = Yêu cầu đã nhận: { $count }
mail-digest-decided = Đã quyết định: { $approved } chấp thuận, { $declined } từ chối
mail-digest-times = Thời gian quyết định: trung vị { $median } ngày, bách phân vị 90 là { $p90 } ngày; { $share } trong thời hạn mục tiêu { $target } ngày
mail-digest-no-decisions = Không có quyết định nào trong tuần này.
mail-digest-backlog = Hiện đang chờ: { $pending }, trong đó quá hạn: { $overdue }
mail-digest-escalations = Cảnh báo quá hạn phát sinh trong tuần: { $raised }; vẫn đang mở: { $open }
mail-digest-link = Báo cáo đầy đủ:
mail-scheme-digest-subject = Tổng hợp tình hình xử lý hằng tuần của chương trình, từ { $from } đến { $to }
mail-scheme-digest-intro = Tình hình xử lý yêu cầu cho phép trước theo từng nền kinh tế trong tuần từ { $from } đến { $to }:
mail-scheme-digest-row = { $economy }: { $decided } đã quyết định, trung vị { $median } ngày; { $pending } đang chờ, { $overdue } quá hạn; { $open } cảnh báo quá hạn đang mở

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = Thẻ đi lại của doanh nhân APEC: tin mới về “{ $subject }”
mail-ticket-reply = { $economy } đã trả lời “{ $subject }” ({ $kind }).
mail-ticket-refund-approved = { $economy } đã chấp thuận khoản hoàn tiền bạn yêu cầu trong “{ $subject }”.
mail-ticket-refund-declined = { $economy } đã từ chối khoản hoàn tiền bạn yêu cầu trong “{ $subject }”. Lý do có trên trang của yêu cầu.
mail-ticket-closed = { $economy } đã đóng “{ $subject }” ({ $kind }). Nếu bạn cần thêm trợ giúp, bạn có thể mở lại trên trang của yêu cầu.
mail-ticket-link = Đọc và trả lời trong tài khoản của bạn:

# Trang cảnh báo quá hạn (/escalations): các yêu cầu cho phép trước đã quá hạn, theo từng nền kinh tế, và
# những người được thông báo (đầu mối liên hệ của nền kinh tế; kênh hiệu quả của quản trị viên chương trình).
nav-escalations = Cảnh báo quá hạn
escalations-title = Yêu cầu cho phép trước đã quá hạn
escalations-intro = Yêu cầu cho phép trước vẫn chưa được quyết định sau hạn quyết định sẽ được chuyển thành cảnh báo quá hạn: các đầu mối liên hệ của nền kinh tế và kênh hiệu quả của chương trình được thông báo qua thư điện tử, và đầu mối liên hệ của mỗi nền kinh tế nhận bản tổng hợp hằng tuần về tình hình xử lý của nền kinh tế đó.
escalations-economy = Nền kinh tế
escalations-open = Đang mở
escalations-raised = Phát sinh trong 7 ngày qua
escalations-oldest = Hạn sớm nhất
escalations-none = Không có yêu cầu cho phép trước nào quá hạn.
escalations-requests-heading = Cảnh báo quá hạn đang mở của { $economy }
escalations-reference = Hồ sơ
escalations-due = Hạn quyết định
escalations-raised-at = Thời điểm cảnh báo
escalations-find = Tìm trong hàng đợi
escalations-contacts-heading = Người được thông báo
escalations-contacts-economy = Cảnh báo quá hạn và bản tổng hợp hằng tuần của { $economy } được gửi đến các địa chỉ này.
escalations-contacts-efficiency = Kênh hiệu quả nhận cảnh báo quá hạn của mọi nền kinh tế và bản tổng hợp hằng tuần của chương trình tại các địa chỉ này.
escalations-contacts-none = Chưa có ai: cảnh báo quá hạn được ghi nhận tại đây nhưng không được gửi qua thư điện tử.
escalations-contacts-label = Địa chỉ, mỗi dòng một địa chỉ, có thể kèm theo mã ngôn ngữ ở sau (ví dụ: desk@example.jp ja)
escalations-contacts-save = Lưu đầu mối liên hệ
escalations-contacts-saved = Đã lưu đầu mối liên hệ.
escalations-contacts-invalid = Dòng { $line } không phải là địa chỉ email (có thể kèm theo thẻ ngôn ngữ ở sau).
escalations-contacts-rejected = Danh sách không được chấp nhận: tối đa 10 địa chỉ, mỗi địa chỉ chỉ được ghi một lần.

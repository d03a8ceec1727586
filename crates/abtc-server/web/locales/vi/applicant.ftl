# Cổng thông tin người nộp hồ sơ: các hồ sơ, các bước nộp hồ sơ, trang tình trạng và trang thẻ.
# Các giá trị trong { $ngoặc } do trang điền vào; hãy giữ nguyên chúng trong bản dịch.

## Từ chung

applicant-optional = không bắt buộc
applicant-choose = Chọn một mục
applicant-yes = Có
applicant-no = Không
applicant-not-given = Chưa cung cấp
applicant-not-submitted = Chưa nộp
applicant-back-to-portal = Quay lại hồ sơ và thẻ của tôi

## Cổng thông tin

applicant-portal-title = Hồ sơ và thẻ của tôi
applicant-portal-apply = Bắt đầu hồ sơ mới
applicant-portal-applications = Hồ sơ
applicant-portal-cards = Thẻ
applicant-portal-notifications = Thông báo
applicant-portal-no-applications = Bạn chưa có hồ sơ nào. Hãy bắt đầu một hồ sơ để xin cấp Thẻ đi lại của doanh nhân APEC thông qua nền kinh tế của bạn.
applicant-portal-no-cards = Bạn chưa có thẻ nào. Thẻ sẽ hiện ở đây khi nền kinh tế của bạn cấp thẻ.
applicant-portal-no-notifications = Chưa có thông báo nào. Tin tức về hồ sơ và thẻ của bạn sẽ hiện ở đây, mới nhất ở trên cùng.
applicant-portal-continue = Tiếp tục hồ sơ { $reference }
applicant-portal-view = Xem hồ sơ { $reference }

## Cột bảng và thông tin

applicant-col-reference = Mã hồ sơ
applicant-col-home = Nền kinh tế của bạn
applicant-col-state = Tình trạng
applicant-col-submitted = Ngày nộp
applicant-col-next = Tiếp theo
applicant-col-card-number = Số thẻ
applicant-col-card-status = Tình trạng thẻ
applicant-col-issued = Ngày cấp
applicant-col-expires = Có hiệu lực đến
applicant-col-economy = Nền kinh tế
applicant-col-decision = Quyết định
applicant-col-due = Dự kiến quyết định trước
applicant-col-decided = Ngày quyết định
applicant-col-stay = Thời gian lưu trú mỗi lần
applicant-col-date = Ngày
applicant-col-event = Sự việc
applicant-col-by = Người thực hiện

## Tình trạng hồ sơ

applicant-state-draft = Bản nháp
applicant-state-submitted = Đã nộp
applicant-state-home_review = Đang được nền kinh tế của bạn xét duyệt
applicant-state-info_requested = Cần bổ sung thông tin
applicant-state-rejected = Bị từ chối
applicant-state-withdrawn = Đã rút
applicant-state-pre_clearance = Đang chờ cho phép trước
applicant-state-issued = Đã cấp thẻ

applicant-state-explain-draft = Hồ sơ này là bản nháp. Không ai khác xem được cho đến khi bạn nộp.
applicant-state-explain-submitted = Hồ sơ của bạn đã được gửi đến nền kinh tế của bạn, nơi sẽ sớm bắt đầu xét duyệt.
applicant-state-explain-home_review = Nền kinh tế của bạn đang kiểm tra hồ sơ.
applicant-state-explain-info_requested = Nền kinh tế của bạn cần thêm thông tin từ bạn. Hãy trả lời câu hỏi bên dưới để việc xét duyệt được tiếp tục.
applicant-state-explain-rejected = Nền kinh tế của bạn không chấp thuận hồ sơ này.
applicant-state-explain-withdrawn = Bạn đã rút hồ sơ này. Bạn có thể bắt đầu hồ sơ mới bất cứ lúc nào.
applicant-state-explain-pre_clearance = Nền kinh tế của bạn đã chấp thuận hồ sơ và đề nghị các nền kinh tế thành viên khác cho phép trước cho bạn. Mỗi nền kinh tế quyết định theo thời gian riêng của mình.
applicant-state-explain-issued = Thẻ của bạn đã được cấp. Các nền kinh tế chấp thuận sau này sẽ được thêm vào thẻ hoặc vào thẻ thay thế.

## Tình trạng cho phép trước và tình trạng thẻ

applicant-pc-status-pending = Đang chờ quyết định
applicant-pc-status-approved = Đã chấp thuận
applicant-pc-status-declined = Đã từ chối
applicant-pc-status-withdrawn = Đã rút lại chấp thuận
applicant-pc-status-closed = Đã đóng mà không có quyết định

applicant-card-status-active = Đang hiệu lực
applicant-card-status-replaced = Đã được thay thế
applicant-card-status-cancelled = Đã hủy
applicant-card-status-lost = Đã báo mất
applicant-card-status-expired = Đã hết hạn

## Bắt đầu hồ sơ

applicant-apply-title = Bắt đầu hồ sơ
applicant-apply-lead = Bạn nộp hồ sơ cho nền kinh tế của mình: nền kinh tế thành viên đã cấp hộ chiếu cho bạn. Nền kinh tế đó kiểm tra hồ sơ trước, rồi đề nghị các nền kinh tế khác cho phép trước cho bạn.
applicant-apply-need-passport = Bạn cần hộ chiếu còn hiệu lực ít nhất sáu tháng nữa.
applicant-apply-need-travel = Bạn sẽ được hỏi về nơi làm việc, chức vụ và mức độ thường xuyên đi công tác.
applicant-apply-need-photo = Bạn cần một ảnh kiểu hộ chiếu chụp gần đây, dưới dạng tệp JPEG.
applicant-apply-home = Nền kinh tế của bạn
applicant-apply-home-hint = Nền kinh tế đã cấp hộ chiếu cho bạn. Hồng Kông, Trung Quốc cũng nhận hồ sơ của thường trú nhân.
applicant-apply-transitional = chỉ làn ưu tiên
applicant-apply-transitional-note = Canada và Hoa Kỳ là thành viên chuyển tiếp: người mang thẻ của họ được đi làn ưu tiên APEC nhưng không được các nền kinh tế khác cho phép trước.
applicant-apply-start = Bắt đầu hồ sơ
applicant-apply-error-home = Hãy chọn nền kinh tế của bạn trong danh sách.

## Các bước

applicant-steps-label = Các bước nộp hồ sơ
applicant-step-numbered = Bước { $number }: { $step }
applicant-step-context = Hồ sơ { $reference } gửi { $home }
applicant-step-personal = Thông tin cá nhân
applicant-step-passport = Hộ chiếu
applicant-step-employment = Công việc
applicant-step-travel = Đi công tác
applicant-step-photo = Ảnh
applicant-step-review = Kiểm tra và nộp
applicant-step-save-later = Dừng tại đây và tiếp tục sau (các bước đã lưu được giữ lại)
applicant-save-continue = Lưu và tiếp tục
applicant-error-summary = Một số câu trả lời cần bạn xem lại

applicant-personal-lead = Hãy viết họ tên đúng như trong hộ chiếu.
applicant-passport-lead = Nhập hộ chiếu bạn sẽ dùng khi đi lại. Thẻ của bạn chỉ có hiệu lực kèm hộ chiếu này.
applicant-employment-lead = Hãy cho chúng tôi biết về doanh nghiệp mà bạn đi công tác cho. Doanh nghiệp nhỏ và vừa đều được chào đón.
applicant-travel-lead = Hãy cho chúng tôi biết bạn đi công tác trong khu vực APEC thường xuyên đến mức nào.
applicant-photo-lead = Tải lên một ảnh màu chụp gần đây thấy rõ khuôn mặt, như ảnh hộ chiếu.
applicant-review-lead = Hãy kiểm tra câu trả lời trước khi nộp. Sau khi nộp, bạn không thể thay đổi.

## Nhãn trường

applicant-field-family-name = Họ (như trong vùng đọc máy của hộ chiếu)
applicant-field-given-names = Tên (như trong vùng đọc máy của hộ chiếu)
applicant-field-native-name = Họ tên đầy đủ viết bằng chữ bản ngữ
applicant-field-sex = Giới tính (như trong hộ chiếu)
applicant-field-date-of-birth = Ngày sinh
applicant-field-place-of-birth = Nơi sinh
applicant-field-residential-address = Địa chỉ thường trú
applicant-field-phone = Số điện thoại
applicant-field-email = Địa chỉ email cho hồ sơ này
applicant-field-passport-number = Số hộ chiếu
applicant-field-issuing-state = Quốc gia cấp (quốc tịch của bạn)
applicant-field-issued-on = Ngày cấp
applicant-field-expires-on = Ngày hết hạn
applicant-field-employer-name = Tên nơi làm việc hoặc công ty
applicant-field-business-address = Địa chỉ doanh nghiệp
applicant-field-business-type = Loại hình kinh doanh
applicant-field-registration-number = Số đăng ký kinh doanh
applicant-field-sme = Doanh nghiệp có phải là doanh nghiệp nhỏ và vừa không?
applicant-field-position = Chức vụ của bạn
applicant-field-trips-per-year = Số chuyến công tác mỗi năm
applicant-field-average-trip-days = Thời gian trung bình của một chuyến, tính bằng ngày
applicant-field-priority-economies = Các nền kinh tế cần chờ trước khi cấp thẻ
applicant-field-renewal-of = Thẻ được gia hạn bằng hồ sơ này
applicant-field-photo = Ảnh (tệp JPEG)
applicant-field-consent = Cam kết và đồng ý
applicant-field-other = Một câu trả lời
applicant-section-passport = Thông tin hộ chiếu
applicant-section-employer = Thông tin nơi làm việc

## Gợi ý

applicant-hint-mrz-family = Chữ cái Latinh từ A đến Z như in ở hai dòng cuối trang ảnh của hộ chiếu, ví dụ CHEN.
applicant-hint-mrz-given = Chữ cái Latinh từ A đến Z như in trong vùng đọc máy, ví dụ TAI MAN. Để trống nếu hộ chiếu không ghi tên.
applicant-hint-native-name = Bằng hệ chữ bạn dùng để viết tên, ví dụ 陳大文.
applicant-hint-sex = Chọn X nếu hộ chiếu ghi X hoặc không xác định giới tính.
applicant-hint-date = Năm, tháng và ngày, ví dụ 1985-04-23.
applicant-hint-expires-on = Năm, tháng và ngày. Hộ chiếu phải còn hiệu lực ít nhất sáu tháng nữa.
applicant-hint-place-of-birth = Thành phố hoặc thị trấn, và quốc gia hoặc nền kinh tế.
applicant-hint-address = Viết địa chỉ như khi ghi trên thư, bằng bất kỳ hệ chữ nào; có thể viết nhiều dòng.
applicant-hint-phone = Bắt đầu bằng + và mã quốc gia, ví dụ +886 2 2345 6789.
applicant-hint-email = Địa chỉ viết bằng bất kỳ hệ chữ nào đều được chấp nhận, ví dụ 葉士豪@例え.jp.
applicant-hint-passport-number = Chỉ gồm chữ cái và chữ số, như in trên trang ảnh.
applicant-hint-issuing-state = Nền kinh tế đã cấp hộ chiếu.
applicant-hint-registration-number = Số đăng ký của doanh nghiệp, nếu có.
applicant-hint-sme = Thường dưới 250 nhân viên; nền kinh tế của bạn có thể dùng định nghĩa riêng.
applicant-hint-trips-per-year = Một số nguyên từ 1 đến 365.
applicant-hint-average-trip-days = Số ngày là số nguyên từ 1 đến 365.
applicant-hint-priority-economies = Nền kinh tế của bạn có thể cấp thẻ ngay khi các nền kinh tế bạn nêu ở đây đã quyết định. Nêu tối đa { $max } nền kinh tế, hoặc không nêu nền kinh tế nào để chờ theo chính sách thông thường.
applicant-hint-renewal-of = Nếu hồ sơ này là để gia hạn một thẻ bạn đang có, hãy chọn thẻ đó: thẻ đó sẽ bị hủy khi thẻ mới được cấp.
applicant-renewal-none = Đây không phải là gia hạn
applicant-hint-photo = Tệp JPEG tối đa { $kib } KiB và tối thiểu { $min_width } × { $min_height } điểm ảnh.

## Lựa chọn

applicant-sex-F = Nữ
applicant-sex-M = Nam
applicant-sex-X = Không xác định (X)

applicant-business-manufacturing = Sản xuất
applicant-business-trade = Thương mại
applicant-business-services = Dịch vụ
applicant-business-finance = Tài chính
applicant-business-technology = Công nghệ
applicant-business-resources = Khai khoáng và năng lượng
applicant-business-agriculture = Nông nghiệp
applicant-business-tourism = Du lịch
applicant-business-education = Giáo dục
applicant-business-government = Chính phủ
applicant-business-other = Khác

## Thông báo về câu trả lời

applicant-error-required = Hãy điền cả mục này: nó đi cùng các câu trả lời khác trong nhóm.
applicant-error-choose = Hãy chọn một trong các lựa chọn.
applicant-error-date = Hãy nhập một ngày có thật theo năm, tháng và ngày, ví dụ 1985-04-23.
applicant-error-date-of-birth-future = Ngày sinh phải là một ngày trong quá khứ.
applicant-error-date-of-birth-past = Ngày sinh cách đây hơn 120 năm. Hãy kiểm tra lại năm.
applicant-error-too-young = Người nộp hồ sơ phải từ { $years } tuổi trở lên.
applicant-error-mrz-latin = Chỉ dùng chữ cái từ A đến Z, dấu cách và dấu gạch nối, như in trong vùng đọc máy của hộ chiếu.
applicant-error-mrz-too-long = Tên dài hơn { $max } chữ cái. Hãy viết như in trong vùng đọc máy.
applicant-error-native-character = Ký tự ở vị trí { $position } không thể là một phần của tên.
applicant-error-native-too-long = Tên dài hơn { $max } ký tự.
applicant-error-short-text = Viết tối đa { $max } ký tự trên một dòng.
applicant-error-long-text = Viết tối đa { $max } ký tự.
applicant-error-sex = Hãy chọn một trong các lựa chọn giới tính.
applicant-error-phone = Hãy nhập số điện thoại bắt đầu bằng + và mã quốc gia, chỉ dùng chữ số, ví dụ +886 2 2345 6789.
applicant-error-email = Địa chỉ email này không hợp lệ. Hãy kiểm tra lỗi chính tả.
applicant-error-passport-number-character = Chỉ dùng chữ cái từ A đến Z và chữ số, như in trong hộ chiếu.
applicant-error-passport-number-too-long = Số hộ chiếu có tối đa { $max } chữ cái và chữ số.
applicant-error-issuing-state = Hãy chọn nền kinh tế đã cấp hộ chiếu.
applicant-error-issuing-state-home = Bạn nộp hồ sơ cho { $home }, vì vậy hộ chiếu của bạn phải do { $home } cấp. Hãy bắt đầu hồ sơ mới gửi nền kinh tế đã cấp hộ chiếu cho bạn.
applicant-error-issued-future = Ngày cấp không được ở trong tương lai.
applicant-error-issued-after-expiry = Ngày cấp phải trước ngày hết hạn.
applicant-error-passport-validity = Hộ chiếu phải còn hiệu lực ít nhất { $months } tháng nữa. Hãy gia hạn hộ chiếu trước khi nộp hồ sơ.
applicant-error-business-type = Hãy chọn loại hình kinh doanh.
applicant-error-days = Hãy nhập một số nguyên từ 1 đến { $max }.
applicant-error-priority-unknown = Chỉ chọn các nền kinh tế trong danh sách.
applicant-error-priority-too-many = Chọn tối đa { $max } nền kinh tế.
applicant-error-renewal = Hãy chọn một trong các thẻ của bạn trong danh sách.
applicant-error-consent = Hãy đánh dấu vào ô để xác nhận lời cam kết trước khi nộp.

## Ảnh

applicant-photo-alt = Ảnh của bạn cho hồ sơ
applicant-photo-current = Ảnh hiện tại của bạn: { $width } × { $height } điểm ảnh.
applicant-photo-none-yet = Chưa tải lên ảnh nào.
applicant-photo-upload = Tải ảnh lên
applicant-photo-replace = Thay ảnh
applicant-photo-keep = Giữ ảnh này và tiếp tục
applicant-photo-error-none = Hãy chọn một tệp JPEG để tải lên.
applicant-photo-error-too-large = Tệp lớn hơn { $kib } KiB. Hãy chọn ảnh nhỏ hơn.
applicant-photo-error-not-jpeg = Tệp không phải là ảnh JPEG. Hãy lưu dưới dạng JPEG rồi thử lại.
applicant-photo-error-too-small = Ảnh có kích thước { $width } × { $height } điểm ảnh; ảnh phải có ít nhất { $min_width } × { $min_height }.
applicant-photo-error-too-big = Ảnh có kích thước { $width } × { $height } điểm ảnh; ảnh chỉ được tối đa { $max_width } × { $max_height }.

## Kiểm tra và nộp

applicant-review-missing-title = Vẫn còn thiếu
applicant-review-missing = Còn thiếu { $field }.
applicant-review-fix = Đến bước đó để sửa
applicant-review-change-personal = Sửa thông tin cá nhân
applicant-review-change-passport = Sửa thông tin hộ chiếu
applicant-review-change-employment = Sửa thông tin công việc
applicant-review-change-travel = Sửa thông tin đi công tác
applicant-review-change-photo = Thay ảnh
applicant-review-submit-title = Nộp hồ sơ
applicant-review-complete-first = Hãy điền các câu trả lời còn thiếu ở trên; sau đó bạn có thể nộp.
applicant-consent-legend = Cam kết
applicant-consent-declaration = Tôi cam kết rằng thông tin trong hồ sơ này là đúng sự thật và đầy đủ. Tôi đồng ý để { $home } cung cấp thông tin này cho các nền kinh tế thành viên khác của chương trình Thẻ đi lại của doanh nhân APEC, để họ quyết định có cho phép trước cho tôi hay không, và cho cơ quan kiểm soát xuất nhập cảnh của họ trong thời gian tôi mang thẻ.
applicant-consent-label = Tôi đồng ý với lời cam kết này
applicant-submit = Nộp hồ sơ
applicant-problem-missing = Chưa thể nộp hồ sơ: còn thiếu { $field }.
applicant-problem-invalid = Chưa thể nộp hồ sơ: hãy kiểm tra { $field }.
applicant-problem-not-eligible = Hồ sơ chưa đáp ứng quy định của chương trình: hãy kiểm tra các ngày trên hộ chiếu, quốc gia cấp và ngày sinh.
applicant-problem-other = Hiện không thể nộp hồ sơ. Hãy tải lại trang và thử lại.

## Trang tình trạng

applicant-status-title = Hồ sơ { $reference }
applicant-status-created = Ngày bắt đầu
applicant-status-review-target = Thời hạn xét duyệt dự kiến
applicant-status-review-target-text = { $home } dự kiến hoàn tất xét duyệt trước { $date }.
applicant-status-continue = Tiếp tục hồ sơ
applicant-status-question-title = { $home } yêu cầu bổ sung thông tin
applicant-status-answer = Câu trả lời của bạn
applicant-status-answer-hint = Hãy trả lời đầy đủ câu hỏi. Bạn có thể viết nhiều dòng.
applicant-status-send-answer = Gửi câu trả lời
applicant-status-new-photo = Ảnh mới (tệp JPEG)
applicant-status-new-photo-hint = Chỉ khi bạn được yêu cầu cung cấp ảnh mới.
applicant-respond-error-empty = Hãy viết câu trả lời trước khi gửi.
applicant-status-rejection-title = Lý do được nêu
applicant-status-pre-clearances = Cho phép trước của các nền kinh tế thành viên
applicant-status-pre-clearances-count = { $answered } trên { $total } nền kinh tế đã quyết định.
applicant-status-no-pre-clearances = Các yêu cầu cho phép trước được gửi đi sau khi nền kinh tế của bạn chấp thuận hồ sơ.
applicant-status-overdue = (muộn hơn thời hạn riêng của nền kinh tế đó)
applicant-status-not-decided = Chưa có
applicant-status-issue-requested = Bạn đã yêu cầu cấp thẻ ngay.
applicant-status-issue-title = Nhận thẻ ngay
applicant-status-issue-text = Nền kinh tế của bạn có thể cấp thẻ ngay với các chấp thuận đã nhận được đến nay. Các chấp thuận đến sau sẽ mang lại cho bạn một thẻ thay thế miễn phí.
applicant-status-issue-button = Cấp thẻ cho tôi ngay
applicant-status-history = Lịch sử
applicant-status-no-history = Chưa có sự việc nào.
applicant-withdraw-title = Rút hồ sơ
applicant-withdraw-text = Việc rút hồ sơ sẽ chấm dứt hẳn hồ sơ này. Bạn có thể nộp lại sau bằng một hồ sơ mới.
applicant-withdraw-confirm = Tôi muốn rút hồ sơ này
applicant-withdraw-button = Rút hồ sơ
applicant-withdraw-error-confirm = Hãy đánh dấu vào ô để xác nhận rằng bạn muốn rút hồ sơ.

applicant-done-submitted = Hồ sơ của bạn đã được nộp. Nền kinh tế của bạn sẽ xét duyệt hồ sơ.
applicant-done-answered = Câu trả lời của bạn đã được gửi đến nền kinh tế của bạn.
applicant-done-withdrawn = Hồ sơ của bạn đã được rút.
applicant-done-issue = Yêu cầu cấp thẻ ngay của bạn đã được ghi nhận.
applicant-done-photo = Ảnh mới của bạn đã được lưu.

applicant-who-you = Bạn
applicant-who-economy = { $economy }
applicant-who-scheme = Ban quản trị chương trình
applicant-who-system = Xử lý tự động

## Lịch sử

applicant-event-application_created = Hồ sơ đã được bắt đầu.
applicant-event-draft_updated = Các câu trả lời đã được lưu.
applicant-event-photo_attached = Một ảnh đã được tải lên.
applicant-event-submitted = Hồ sơ đã được nộp.
applicant-event-review_started = Nền kinh tế của bạn đã bắt đầu xét duyệt.
applicant-event-info_requested = Nền kinh tế của bạn đã yêu cầu bổ sung thông tin.
applicant-event-info_provided = Thông tin được yêu cầu đã được gửi.
applicant-event-rejected = Nền kinh tế của bạn đã từ chối hồ sơ.
applicant-event-withdrawn = Hồ sơ đã được rút.
applicant-event-home_approved = { $requests ->
    [0] Nền kinh tế của bạn đã chấp thuận hồ sơ.
   *[other] Nền kinh tế của bạn đã chấp thuận hồ sơ và đề nghị { $requests } nền kinh tế cho phép trước cho bạn.
    }
applicant-event-pre_clearance_requested = { $economy } đã được đề nghị cho phép trước cho bạn.
applicant-event-pre_clearance_decided = { $economy } đã quyết định về việc cho phép trước cho bạn.
applicant-event-pre_clearance_approved = { $economy } đã cho phép trước cho bạn.
applicant-event-pre_clearance_declined = { $economy } đã từ chối cho phép trước cho bạn.
applicant-event-pre_clearance_withdrawn = { $economy } đã rút lại việc cho phép trước.
applicant-event-pre_clearance_closed = Yêu cầu gửi { $economy } đã được đóng mà không có quyết định.
applicant-event-issue_requested = Bạn đã yêu cầu cấp thẻ ngay.
applicant-event-card_issued = Thẻ { $card } đã được cấp.
applicant-event-card_economies_changed = Các nền kinh tế trên thẻ { $card } đã thay đổi.
applicant-event-card_replaced = Thẻ { $old } đã được thay bằng thẻ { $new }.
applicant-event-card_cancelled = Thẻ { $card } đã bị hủy.
applicant-event-card_expired = Thẻ { $card } đã hết hạn.

## Thông báo

applicant-notice-submitted = Hồ sơ của bạn đã được nộp.
applicant-notice-review_started = Nền kinh tế của bạn đã bắt đầu xét duyệt hồ sơ.
applicant-notice-info_requested = Nền kinh tế của bạn cần thêm thông tin từ bạn.
applicant-notice-info_provided = Câu trả lời của bạn đã đến nền kinh tế của bạn.
applicant-notice-rejected = Nền kinh tế của bạn đã từ chối hồ sơ.
applicant-notice-withdrawn = Hồ sơ của bạn đã được rút.
applicant-notice-home_approved = Nền kinh tế của bạn đã chấp thuận hồ sơ; các yêu cầu cho phép trước đang được gửi đi.
applicant-notice-pre_clearance_decided = Một nền kinh tế đã quyết định về việc cho phép trước cho bạn.
applicant-notice-pre_clearance_withdrawn = Một nền kinh tế đã rút lại việc cho phép trước.
applicant-notice-issue_requested = Yêu cầu cấp thẻ ngay của bạn đã được ghi nhận.
applicant-notice-card_issued = Thẻ của bạn đã được cấp.
applicant-notice-card_economies_changed = Các nền kinh tế trên thẻ của bạn đã thay đổi.
applicant-notice-card_replaced = Thẻ của bạn đã được thay bằng thẻ mới.
applicant-notice-card_cancelled = Thẻ của bạn đã bị hủy.
applicant-notice-card_expired = Thẻ của bạn đã hết hạn.
applicant-notice-other = Có tin mới về hồ sơ của bạn.

## Trang thẻ

applicant-card-title = Thẻ { $number }
applicant-card-home = Nơi cấp
applicant-card-kind = Hình thức
applicant-card-virtual = Thẻ ảo (trên điện thoại của bạn)
applicant-card-physical = Thẻ vật lý
applicant-card-replaces = Thay cho thẻ
applicant-card-replaced-by = Được thay bằng thẻ
applicant-card-not-active = Thẻ này không còn hiệu lực để đi lại.
applicant-card-wallet = Hiển thị trên điện thoại của tôi
applicant-card-cleared = Các nền kinh tế đã cho phép trước cho bạn
applicant-card-stay-days = { $days ->
   *[other] Tối đa { $days } ngày mỗi lần lưu trú
    }
applicant-card-stay-unknown = Theo quyết định của nền kinh tế tại cửa khẩu
applicant-card-none-yet = Chưa có nền kinh tế nào cho phép trước cho bạn. Các chấp thuận sẽ hiện ở đây khi được gửi đến.
applicant-card-none-transitional = { $home } là thành viên chuyển tiếp: người mang thẻ của nền kinh tế này không được cho phép trước, vì vậy danh sách này sẽ luôn trống.
applicant-card-lanes = Với thẻ còn hiệu lực, bạn có thể đi lối đi APEC tại các sân bay của mọi nền kinh tế thành viên. Luôn mang theo hộ chiếu đã dùng để cấp thẻ; mỗi nền kinh tế vẫn có quyền từ chối nhập cảnh.
applicant-card-application = Xem hồ sơ của thẻ này

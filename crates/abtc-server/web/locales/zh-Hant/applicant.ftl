# 申請人入口網站：申請案、申請步驟、狀態頁面與卡片。
# { $braces } 中的值由頁面填入；翻譯時請保留。

## 一般用語

applicant-optional = 選填
applicant-choose = 請選擇
applicant-yes = 是
applicant-no = 否
applicant-not-given = 未提供
applicant-not-submitted = 尚未送出
applicant-back-to-portal = 返回我的申請案與卡片

## 入口網站

applicant-portal-title = 我的申請案與卡片
applicant-portal-apply = 提出新申請
applicant-portal-applications = 申請案
applicant-portal-cards = 卡片
applicant-portal-notifications = 通知
applicant-portal-no-applications = 您尚未提出任何申請。請建立申請案，透過您所屬的經濟體申請APEC商務旅行卡。
applicant-portal-no-cards = 您尚無任何卡片。您所屬的經濟體核發卡片後，卡片會顯示於此。
applicant-portal-no-notifications = 尚無通知。有關您的申請案與卡片的最新消息會顯示於此，最新的排在最前面。
applicant-portal-continue = 繼續填寫申請案 { $reference }
applicant-portal-view = 檢視申請案 { $reference }

## 表格欄位與資料

applicant-col-reference = 案號
applicant-col-home = 所屬經濟體
applicant-col-state = 狀態
applicant-col-submitted = 送出日期
applicant-col-next = 下一步
applicant-col-card-number = 卡號
applicant-col-card-status = 卡片狀態
applicant-col-issued = 核發日期
applicant-col-expires = 效期至
applicant-col-economy = 經濟體
applicant-col-decision = 決定
applicant-col-due = 預計決定日期
applicant-col-decided = 決定日期
applicant-col-stay = 每次入境可停留期間
applicant-col-date = 日期
applicant-col-event = 事件
applicant-col-by = 執行者

## 申請案狀態

applicant-state-draft = 草稿
applicant-state-submitted = 已送出
applicant-state-home_review = 所屬經濟體審查中
applicant-state-info_requested = 需補充資料
applicant-state-rejected = 已駁回
applicant-state-withdrawn = 已撤回
applicant-state-pre_clearance = 等待預先審核
applicant-state-issued = 已核發卡片

applicant-state-explain-draft = 此申請案為草稿。在您送出之前，其他人都無法看到。
applicant-state-explain-submitted = 您的申請案已送交您所屬的經濟體，該經濟體將很快開始審查。
applicant-state-explain-home_review = 您所屬的經濟體正在審查您的申請案。
applicant-state-explain-info_requested = 您所屬的經濟體需要您提供更多資料。請回答下方的問題，以便繼續審查。
applicant-state-explain-rejected = 您所屬的經濟體未核准此申請案。
applicant-state-explain-withdrawn = 您已撤回此申請案。您可隨時提出新的申請。
applicant-state-explain-pre_clearance = 您所屬的經濟體已核准您的申請案，並已請其他會員經濟體為您預先審核。各經濟體將依各自的時程作出決定。
applicant-state-explain-issued = 您的卡片已核發。之後才核准您的經濟體，會加註於此卡片或換發的卡片上。

## 預先審核與卡片狀態

applicant-pc-status-pending = 等待決定
applicant-pc-status-approved = 已核准
applicant-pc-status-declined = 已拒絕
applicant-pc-status-withdrawn = 核准已撤銷
applicant-pc-status-closed = 未經決定即結案

applicant-card-status-active = 有效
applicant-card-status-replaced = 已換發
applicant-card-status-cancelled = 已註銷
applicant-card-status-lost = 已報失
applicant-card-status-expired = 已過期

## 提出申請

applicant-apply-title = 提出申請
applicant-apply-lead = 您須向所屬的經濟體提出申請，也就是核發您護照的會員經濟體。該經濟體會先審查您的申請案，再請其他經濟體為您預先審核。
applicant-apply-need-passport = 您需要一本效期至少還有六個月的護照。
applicant-apply-need-travel = 您將需要填寫雇主、職位，以及因商務出差的頻率。
applicant-apply-need-photo = 您需要一張近期的護照規格照片，格式為JPEG檔案。
applicant-apply-home = 您所屬的經濟體
applicant-apply-home-hint = 核發您護照的經濟體。中國香港亦受理其永久性居民的申請。
applicant-apply-transitional = 僅限快速通道
applicant-apply-transitional-note = 加拿大和美國為過渡成員：其持卡人可使用APEC快速通道，但不會獲得其他經濟體的預先審核。
applicant-apply-start = 開始申請
applicant-apply-error-home = 請從清單中選擇您所屬的經濟體。

## 申請步驟

applicant-steps-label = 申請步驟
applicant-step-numbered = 第 { $number } 步：{ $step }
applicant-step-context = 向 { $home } 提出的申請案 { $reference }
applicant-step-personal = 個人資料
applicant-step-passport = 護照
applicant-step-employment = 工作
applicant-step-travel = 商務出差
applicant-step-photo = 照片
applicant-step-review = 檢查並送出
applicant-step-save-later = 先在此停止，稍後再繼續（已儲存的步驟會保留）
applicant-save-continue = 儲存並繼續
applicant-error-summary = 部分答案需要您注意

applicant-personal-lead = 請依照護照上所載的內容，準確填寫您的姓名。
applicant-passport-lead = 請輸入您旅行時將使用的護照。您的卡片僅搭配此本護照有效。
applicant-employment-lead = 請告訴我們您出差所代表的企業。歡迎中小企業申請。
applicant-travel-lead = 請告訴我們您在APEC區域內因商務出差的頻率。
applicant-photo-lead = 請上傳一張近期的彩色臉部照片，規格與護照照片相同。
applicant-review-lead = 送出前請檢查您的答案。送出後將無法修改。

## 欄位名稱

applicant-field-family-name = 姓（依護照機器可判讀區所載）
applicant-field-given-names = 名（依護照機器可判讀區所載）
applicant-field-native-name = 以您本國文字書寫的全名
applicant-field-sex = 性別（依護照所載）
applicant-field-date-of-birth = 出生日期
applicant-field-place-of-birth = 出生地
applicant-field-residential-address = 居住地址
applicant-field-phone = 電話號碼
applicant-field-email = 此申請案使用的電子郵件地址
applicant-field-passport-number = 護照號碼
applicant-field-issuing-state = 簽發國（您的國籍）
applicant-field-issued-on = 簽發日期
applicant-field-expires-on = 效期截止日
applicant-field-employer-name = 雇主或公司名稱
applicant-field-business-address = 公司地址
applicant-field-business-type = 行業類別
applicant-field-registration-number = 商業登記號碼
applicant-field-sme = 該企業是否為中小企業？
applicant-field-position = 您的職位
applicant-field-trips-per-year = 每年商務出差次數
applicant-field-average-trip-days = 每次出差平均天數
applicant-field-priority-economies = 核發卡片前須等待其決定的經濟體
applicant-field-renewal-of = 此申請案所換發的卡片
applicant-field-photo = 照片（JPEG檔案）
applicant-field-consent = 聲明與同意
applicant-field-other = 答案
applicant-section-passport = 護照資料
applicant-section-employer = 雇主資料

## 填寫提示

applicant-hint-mrz-family = 依護照照片頁底部兩行所印的拉丁字母A至Z填寫，例如 CHEN。
applicant-hint-mrz-given = 依機器可判讀區所印的拉丁字母A至Z填寫，例如 TAI MAN。若您的護照未顯示名，請留空。
applicant-hint-native-name = 以您書寫時使用的文字填寫，例如 陳大文。
applicant-hint-sex = 若您的護照顯示X或未指定性別，請選擇X。
applicant-hint-date = 年、月、日，例如 1985-04-23。
applicant-hint-expires-on = 年、月、日。護照效期須至少還有六個月。
applicant-hint-place-of-birth = 城市或鄉鎮，以及國家或經濟體。
applicant-hint-address = 請依寄信時的寫法填寫地址，可使用任何文字；可分為多行。
applicant-hint-phone = 以 + 和國碼開頭，例如 +886 2 2345 6789。
applicant-hint-email = 接受以任何文字書寫的地址，例如 葉士豪@例え.jp。
applicant-hint-passport-number = 僅限字母與數字，依照片頁所印填寫。
applicant-hint-issuing-state = 核發此護照的經濟體。
applicant-hint-registration-number = 企業的登記號碼（如有）。
applicant-hint-sme = 通常指員工少於250人的企業；您所屬的經濟體可能採用自己的定義。
applicant-hint-trips-per-year = 1至365之間的整數。
applicant-hint-average-trip-days = 1至365之間的整數天數。
applicant-hint-priority-economies = 您在此列出的經濟體作出決定後，您所屬的經濟體即可核發您的卡片。最多可列出 { $max } 個；若不列出任何經濟體，則依一般規定等待。
applicant-hint-renewal-of = 若此申請案是為了換發您持有的卡片，請選擇該卡片：新卡核發時，該卡即會註銷。
applicant-renewal-none = 這不是換發申請
applicant-hint-photo = JPEG檔案，大小不超過 { $kib } KiB，且至少為 { $min_width } × { $min_height } 像素。

## 選項

applicant-sex-F = 女
applicant-sex-M = 男
applicant-sex-X = 未指定（X）

applicant-business-manufacturing = 製造業
applicant-business-trade = 貿易
applicant-business-services = 服務業
applicant-business-finance = 金融業
applicant-business-technology = 科技業
applicant-business-resources = 礦業與能源
applicant-business-agriculture = 農業
applicant-business-tourism = 觀光業
applicant-business-education = 教育
applicant-business-government = 政府機關
applicant-business-other = 其他

## 關於答案的訊息

applicant-error-required = 此欄也請填寫：它與本組的其他答案相互關聯。
applicant-error-choose = 請選擇其中一個選項。
applicant-error-date = 請以年、月、日輸入有效的日期，例如 1985-04-23。
applicant-error-date-of-birth-future = 出生日期必須是過去的日期。
applicant-error-date-of-birth-past = 出生日期早於120年前。請檢查年份。
applicant-error-too-young = 申請人必須年滿 { $years } 歲。
applicant-error-mrz-latin = 僅可使用字母A至Z、空格和連字號，依護照機器可判讀區所印填寫。
applicant-error-mrz-too-long = 姓名超過 { $max } 個字母。請依機器可判讀區所印填寫。
applicant-error-native-character = 第 { $position } 個字元不能作為姓名的一部分。
applicant-error-native-too-long = 姓名超過 { $max } 個字元。
applicant-error-short-text = 請在一行內填寫，最多 { $max } 個字元。
applicant-error-long-text = 最多可填寫 { $max } 個字元。
applicant-error-sex = 請選擇其中一個性別選項。
applicant-error-phone = 請以 + 和國碼輸入電話號碼，僅使用數字，例如 +886 2 2345 6789。
applicant-error-email = 此電子郵件地址無效。請檢查是否有打字錯誤。
applicant-error-passport-number-character = 僅可使用字母A至Z與數字，依護照所印填寫。
applicant-error-passport-number-too-long = 護照號碼最多只有 { $max } 個字母與數字。
applicant-error-issuing-state = 請選擇核發此護照的經濟體。
applicant-error-issuing-state-home = 您是向 { $home } 提出申請，因此您的護照必須由 { $home } 核發。請向核發您護照的經濟體提出新的申請。
applicant-error-issued-future = 簽發日期不能是未來的日期。
applicant-error-issued-after-expiry = 簽發日期必須早於效期截止日。
applicant-error-passport-validity = 護照效期必須至少還有 { $months } 個月。請先換發護照再提出申請。
applicant-error-business-type = 請選擇行業類別。
applicant-error-days = 請輸入1至 { $max } 之間的整數。
applicant-error-priority-unknown = 請只選擇清單中的經濟體。
applicant-error-priority-too-many = 最多只能選擇 { $max } 個經濟體。
applicant-error-renewal = 請從清單中選擇您的一張卡片。
applicant-error-consent = 送出前請勾選方框，確認聲明內容。

## 照片

applicant-photo-alt = 您申請用的照片
applicant-photo-current = 您目前的照片：{ $width } × { $height } 像素。
applicant-photo-none-yet = 尚未上傳照片。
applicant-photo-upload = 上傳照片
applicant-photo-replace = 更換照片
applicant-photo-keep = 保留此照片並繼續
applicant-photo-error-none = 請選擇要上傳的JPEG檔案。
applicant-photo-error-too-large = 檔案大於 { $kib } KiB。請選擇較小的照片。
applicant-photo-error-not-jpeg = 此檔案不是JPEG照片。請另存為JPEG格式後再試一次。
applicant-photo-error-too-small = 照片為 { $width } × { $height } 像素；至少須為 { $min_width } × { $min_height }。
applicant-photo-error-too-big = 照片為 { $width } × { $height } 像素；最多只能為 { $max_width } × { $max_height }。

## 檢查並送出

applicant-review-missing-title = 尚缺資料
applicant-review-missing = 缺少「{ $field }」。
applicant-review-fix = 前往該步驟修正
applicant-review-change-personal = 修改個人資料
applicant-review-change-passport = 修改護照資料
applicant-review-change-employment = 修改工作資料
applicant-review-change-travel = 修改商務出差資料
applicant-review-change-photo = 更換照片
applicant-review-submit-title = 送出申請案
applicant-review-complete-first = 請先填妥上方缺少的答案，即可送出。
applicant-consent-legend = 聲明
applicant-consent-declaration = 本人聲明本申請案所填資料均屬真實且完整。本人同意 { $home } 將這些資料揭露給APEC商務旅行卡計畫的其他會員經濟體，以便其決定是否為本人預先審核，並於本人持卡期間揭露給其邊境管理機關。
applicant-consent-label = 本人同意此聲明
applicant-submit = 送出申請案
applicant-problem-missing = 申請案目前尚無法送出：缺少「{ $field }」。
applicant-problem-invalid = 申請案目前尚無法送出：請檢查「{ $field }」。
applicant-problem-not-eligible = 申請案目前尚不符合本計畫的規定：請檢查護照日期、簽發國及出生日期。
applicant-problem-other = 申請案目前無法送出。請重新載入頁面後再試一次。

## 狀態頁面

applicant-status-title = 申請案 { $reference }
applicant-status-created = 開始日期
applicant-status-review-target = 審查目標
applicant-status-review-target-text = { $home } 預計於 { $date } 前完成審查。
applicant-status-continue = 繼續填寫申請案
applicant-status-question-title = { $home } 要求提供更多資料
applicant-status-answer = 您的回覆
applicant-status-answer-hint = 請完整回答問題。可分為多行書寫。
applicant-status-send-answer = 送出回覆
applicant-status-new-photo = 新照片（JPEG檔案）
applicant-status-new-photo-hint = 僅於被要求提供新照片時上傳。
applicant-respond-error-empty = 送出前請先填寫您的回覆。
applicant-status-rejection-title = 所述理由
applicant-status-pre-clearances = 各會員經濟體的預先審核
applicant-status-pre-clearances-count = { $total } 個經濟體中已有 { $answered } 個作出決定。
applicant-status-no-pre-clearances = 您所屬的經濟體核准您的申請案後，才會發出預先審核請求。
applicant-status-overdue = （已超過該經濟體自訂的目標期限）
applicant-status-not-decided = 尚未決定
applicant-status-issue-requested = 您已要求立即核發卡片。
applicant-status-issue-title = 立即取得您的卡片
applicant-status-issue-text = 您所屬的經濟體可依目前已收到的核准，立即核發您的卡片。之後才收到的核准，將為您免費換發新卡。
applicant-status-issue-button = 立即核發我的卡片
applicant-status-history = 歷程
applicant-status-no-history = 目前尚無任何紀錄。
applicant-withdraw-title = 撤回申請案
applicant-withdraw-text = 撤回後，此申請案將永久終止。您之後可以再提出新的申請。
applicant-withdraw-confirm = 我要撤回此申請案
applicant-withdraw-button = 撤回申請案
applicant-withdraw-error-confirm = 請勾選方框，確認您要撤回申請案。

applicant-done-submitted = 您的申請案已送出。您所屬的經濟體將進行審查。
applicant-done-answered = 您的回覆已送交您所屬的經濟體。
applicant-done-withdrawn = 您的申請案已撤回。
applicant-done-issue = 已記錄您立即核發卡片的要求。
applicant-done-photo = 您的新照片已儲存。

applicant-who-you = 您
applicant-who-economy = { $economy }
applicant-who-scheme = 計畫管理單位
applicant-who-system = 自動處理

## 歷程

applicant-event-application_created = 申請案已建立。
applicant-event-draft_updated = 答案已儲存。
applicant-event-photo_attached = 已上傳照片。
applicant-event-submitted = 申請案已送出。
applicant-event-review_started = 所屬經濟體已開始審查。
applicant-event-info_requested = 所屬經濟體要求提供更多資料。
applicant-event-info_provided = 已送出所要求的資料。
applicant-event-rejected = 所屬經濟體已駁回申請案。
applicant-event-withdrawn = 申請案已撤回。
applicant-event-home_approved = { $requests ->
    [0] 所屬經濟體已核准申請案。
   *[other] 所屬經濟體已核准申請案，並請 { $requests } 個經濟體為您預先審核。
}
applicant-event-pre_clearance_requested = 已請 { $economy } 為您預先審核。
applicant-event-pre_clearance_decided = { $economy } 已就您的預先審核作出決定。
applicant-event-pre_clearance_approved = { $economy } 已核准您的預先審核。
applicant-event-pre_clearance_declined = { $economy } 拒絕為您預先審核。
applicant-event-pre_clearance_withdrawn = { $economy } 已撤銷對您的預先審核。
applicant-event-pre_clearance_closed = 向 { $economy } 提出的請求已結案，未作出決定。
applicant-event-issue_requested = 您已要求立即核發卡片。
applicant-event-card_issued = 卡片 { $card } 已核發。
applicant-event-card_economies_changed = 卡片 { $card } 上的經濟體已變更。
applicant-event-card_replaced = 卡片 { $old } 已由卡片 { $new } 取代。
applicant-event-card_cancelled = 卡片 { $card } 已註銷。
applicant-event-card_expired = 卡片 { $card } 已過期。

## 通知

applicant-notice-submitted = 您的申請案已送出。
applicant-notice-review_started = 您所屬的經濟體已開始審查您的申請案。
applicant-notice-info_requested = 您所屬的經濟體需要您提供更多資料。
applicant-notice-info_provided = 您所屬的經濟體已收到您的回覆。
applicant-notice-rejected = 您所屬的經濟體已駁回您的申請案。
applicant-notice-withdrawn = 您的申請案已撤回。
applicant-notice-home_approved = 您所屬的經濟體已核准您的申請案；預先審核請求正在發送中。
applicant-notice-pre_clearance_decided = 有一個經濟體已就您的預先審核作出決定。
applicant-notice-pre_clearance_withdrawn = 有一個經濟體撤銷了對您的預先審核。
applicant-notice-issue_requested = 已記錄您立即核發卡片的要求。
applicant-notice-card_issued = 您的卡片已核發。
applicant-notice-card_economies_changed = 您卡片上的經濟體已變更。
applicant-notice-card_replaced = 您的卡片已由新卡取代。
applicant-notice-card_cancelled = 您的卡片已註銷。
applicant-notice-card_expired = 您的卡片已過期。
applicant-notice-other = 您的申請案有新消息。

## 卡片頁面

applicant-card-title = 卡片 { $number }
applicant-card-home = 核發者
applicant-card-kind = 形式
applicant-card-virtual = 虛擬卡（存於您的手機）
applicant-card-physical = 實體卡
applicant-card-replaces = 所取代的卡片
applicant-card-replaced-by = 取代此卡的卡片
applicant-card-not-active = 此卡片已不能用於旅行。
applicant-card-wallet = 在我的手機上顯示
applicant-card-cleared = 已為您預先審核的經濟體
applicant-card-stay-days = { $days ->
   *[other] 每次停留最長 { $days } 天
}
applicant-card-stay-unknown = 由該經濟體於邊境決定
applicant-card-none-yet = 尚無經濟體為您預先審核。核准結果送達後會顯示於此。
applicant-card-none-transitional = { $home } 為過渡成員：其持卡人不會獲得預先審核，因此此清單將保持空白。
applicant-card-lanes = 持有效卡片，您可在每個會員經濟體的機場使用APEC專用通道。請務必攜帶此卡片所對應的護照；各經濟體均保有拒絕入境的權利。
applicant-card-application = 檢視此卡片的申請案

# 申请人门户：申请、申请步骤、状态页面与卡片。
# { $braces } 中的值由页面填入；翻译时请保留。

## 通用词语

applicant-optional = 可选
applicant-choose = 请选择
applicant-yes = 是
applicant-no = 否
applicant-not-given = 未提供
applicant-not-submitted = 尚未提交
applicant-back-to-portal = 返回我的申请与卡片

## 门户

applicant-portal-title = 我的申请与卡片
applicant-portal-apply = 开始新的申请
applicant-portal-applications = 申请
applicant-portal-cards = 卡片
applicant-portal-notifications = 通知
applicant-portal-no-applications = 您还没有任何申请。开始一项申请，即可通过您所属的经济体申办APEC商务旅行卡。
applicant-portal-no-cards = 您还没有卡片。您所属的经济体签发卡片后，卡片将显示在这里。
applicant-portal-no-notifications = 暂无通知。有关您的申请和卡片的动态将显示在这里，最新的排在最前面。
applicant-portal-continue = 继续填写申请 { $reference }
applicant-portal-view = 查看申请 { $reference }

## 表格列与信息

applicant-col-reference = 申请编号
applicant-col-home = 所属经济体
applicant-col-state = 状态
applicant-col-submitted = 提交日期
applicant-col-next = 下一步
applicant-col-card-number = 卡号
applicant-col-card-status = 卡片状态
applicant-col-issued = 签发日期
applicant-col-expires = 有效期至
applicant-col-economy = 经济体
applicant-col-decision = 决定
applicant-col-due = 预计决定日期
applicant-col-decided = 决定日期
applicant-col-stay = 每次入境允许停留期限
applicant-col-date = 日期
applicant-col-event = 事件
applicant-col-by = 操作方

## 申请状态

applicant-state-draft = 草稿
applicant-state-submitted = 已提交
applicant-state-home_review = 所属经济体审核中
applicant-state-info_requested = 需补充信息
applicant-state-rejected = 已驳回
applicant-state-withdrawn = 已撤回
applicant-state-pre_clearance = 等待预审
applicant-state-issued = 已签发卡片

applicant-state-explain-draft = 此申请为草稿。在您提交之前，其他人都无法看到。
applicant-state-explain-submitted = 您的申请已发送至您所属的经济体，该经济体将很快开始审核。
applicant-state-explain-home_review = 您所属的经济体正在审核您的申请。
applicant-state-explain-info_requested = 您所属的经济体需要您提供更多信息。请回答下方的问题，以便继续审核。
applicant-state-explain-rejected = 您所属的经济体未批准此申请。
applicant-state-explain-withdrawn = 您已撤回此申请。您可以随时开始新的申请。
applicant-state-explain-pre_clearance = 您所属的经济体已批准您的申请，并已请其他成员经济体为您进行预审。各经济体将按各自的进度作出决定。
applicant-state-explain-issued = 您的卡片已签发。之后批准您的经济体将添加到此卡片或补发的卡片上。

## 预审与卡片状态

applicant-pc-status-pending = 等待决定
applicant-pc-status-approved = 已批准
applicant-pc-status-declined = 已拒绝
applicant-pc-status-withdrawn = 批准已撤销
applicant-pc-status-closed = 未作决定即关闭

applicant-card-status-active = 有效
applicant-card-status-replaced = 已换发
applicant-card-status-cancelled = 已注销
applicant-card-status-lost = 已挂失
applicant-card-status-expired = 已过期

## 开始申请

applicant-apply-title = 开始申请
applicant-apply-lead = 您需要向所属经济体提出申请，即签发您护照的成员经济体。该经济体将首先审核您的申请，然后请其他经济体为您进行预审。
applicant-apply-need-passport = 您需要一本有效期至少还剩六个月的护照。
applicant-apply-need-travel = 您需要填写雇主、职位以及商务出行的频率。
applicant-apply-need-photo = 您需要一张近期的护照规格照片，格式为JPEG文件。
applicant-apply-home = 您所属的经济体
applicant-apply-home-hint = 签发您护照的经济体。中国香港也受理其永久性居民的申请。
applicant-apply-transitional = 仅限快速通道
applicant-apply-transitional-note = 加拿大和美国为过渡成员：其持卡人可使用APEC快速通道，但不会获得其他经济体的预审。
applicant-apply-start = 开始申请
applicant-apply-error-home = 请从列表中选择您所属的经济体。

## 申请步骤

applicant-steps-label = 申请步骤
applicant-step-numbered = 第 { $number } 步：{ $step }
applicant-step-context = 向 { $home } 提交的申请 { $reference }
applicant-step-personal = 个人信息
applicant-step-passport = 护照
applicant-step-employment = 工作信息
applicant-step-travel = 商务出行
applicant-step-photo = 照片
applicant-step-review = 检查并提交
applicant-step-save-later = 暂停填写，稍后继续（已保存的步骤会保留）
applicant-save-continue = 保存并继续
applicant-error-summary = 部分回答需要您注意

applicant-personal-lead = 请严格按照护照上的写法填写您的姓名。
applicant-passport-lead = 请输入您出行时将使用的护照。您的卡片仅配合此护照使用时有效。
applicant-employment-lead = 请介绍您因公出行所代表的企业。欢迎中小企业申请。
applicant-travel-lead = 请告诉我们您在APEC地区商务出行的频率。
applicant-photo-lead = 请上传一张近期的彩色面部照片，要求与护照照片相同。
applicant-review-lead = 提交前请检查您的回答。提交后将无法修改。

## 字段名称

applicant-field-family-name = 姓（与护照机读区一致）
applicant-field-given-names = 名（与护照机读区一致）
applicant-field-native-name = 以本国文字书写的全名
applicant-field-sex = 性别（与护照一致）
applicant-field-date-of-birth = 出生日期
applicant-field-place-of-birth = 出生地点
applicant-field-residential-address = 居住地址
applicant-field-phone = 电话号码
applicant-field-email = 用于本申请的电子邮箱地址
applicant-field-passport-number = 护照号码
applicant-field-issuing-state = 签发国（您的国籍）
applicant-field-issued-on = 签发日期
applicant-field-expires-on = 有效期截止日期
applicant-field-employer-name = 雇主或公司名称
applicant-field-business-address = 公司地址
applicant-field-business-type = 行业类型
applicant-field-registration-number = 企业注册号
applicant-field-sme = 该企业是否为中小企业？
applicant-field-position = 您的职位
applicant-field-trips-per-year = 每年商务出行次数
applicant-field-average-trip-days = 每次出行的平均天数
applicant-field-priority-economies = 签发卡片前需等待其决定的经济体
applicant-field-renewal-of = 本申请续办的卡片
applicant-field-photo = 照片（JPEG文件）
applicant-field-consent = 声明与同意
applicant-field-other = 回答
applicant-section-passport = 护照信息
applicant-section-employer = 雇主信息

## 填写提示

applicant-hint-mrz-family = 按护照照片页底部两行所印的拉丁字母A至Z填写，例如 CHEN。
applicant-hint-mrz-given = 按机读区所印的拉丁字母A至Z填写，例如 TAI MAN。如护照上未显示名，请留空。
applicant-hint-native-name = 用您书写时使用的文字填写，例如 陳大文。
applicant-hint-sex = 如果您的护照显示X或未指定性别，请选择X。
applicant-hint-date = 年、月、日，例如 1985-04-23。
applicant-hint-expires-on = 年、月、日。护照有效期必须至少还剩六个月。
applicant-hint-place-of-birth = 城市或城镇，以及国家或经济体。
applicant-hint-address = 按写信时的格式填写地址，可使用任何文字；可以分多行填写。
applicant-hint-phone = 以 + 和国家代码开头，例如 +886 2 2345 6789。
applicant-hint-email = 支持以任何文字书写的地址，例如 葉士豪@例え.jp。
applicant-hint-passport-number = 仅限字母和数字，按照片页所印填写。
applicant-hint-issuing-state = 签发该护照的经济体。
applicant-hint-registration-number = 企业的注册号码（如有）。
applicant-hint-sme = 通常指员工少于250人的企业；您所属的经济体可能采用自己的定义。
applicant-hint-trips-per-year = 1至365之间的整数。
applicant-hint-average-trip-days = 1至365之间的整数天数。
applicant-hint-priority-economies = 您在此列出的经济体作出决定后，您所属的经济体即可为您签发卡片。最多可列出 { $max } 个；如不列出任何经济体，则按通常规定等待。
applicant-hint-renewal-of = 如果本申请用于续办您持有的卡片，请选择该卡片：新卡签发时，该卡将被注销。
applicant-renewal-none = 这不是续办申请
applicant-hint-photo = JPEG文件，大小不超过 { $kib } KiB，且至少为 { $min_width } × { $min_height } 像素。

## 选项

applicant-sex-F = 女
applicant-sex-M = 男
applicant-sex-X = 未指定（X）

applicant-business-manufacturing = 制造业
applicant-business-trade = 贸易
applicant-business-services = 服务业
applicant-business-finance = 金融业
applicant-business-technology = 科技
applicant-business-resources = 矿业与能源
applicant-business-agriculture = 农业
applicant-business-tourism = 旅游业
applicant-business-education = 教育
applicant-business-government = 政府机关
applicant-business-other = 其他

## 关于回答的提示信息

applicant-error-required = 此项也需填写：它与本组的其他回答相互关联。
applicant-error-choose = 请选择其中一个选项。
applicant-error-date = 请按年、月、日输入有效日期，例如 1985-04-23。
applicant-error-date-of-birth-future = 出生日期必须是过去的日期。
applicant-error-date-of-birth-past = 出生日期早于120年前。请检查年份。
applicant-error-too-young = 申请人必须年满 { $years } 周岁。
applicant-error-mrz-latin = 只能使用字母A至Z、空格和连字符，按护照机读区所印填写。
applicant-error-mrz-too-long = 姓名超过 { $max } 个字母。请按机读区所印填写。
applicant-error-native-character = 第 { $position } 个字符不能作为姓名的一部分。
applicant-error-native-too-long = 姓名超过 { $max } 个字符。
applicant-error-short-text = 请在一行内填写，最多 { $max } 个字符。
applicant-error-long-text = 最多可填写 { $max } 个字符。
applicant-error-sex = 请选择其中一个性别选项。
applicant-error-phone = 请以 + 和国家代码输入电话号码，仅使用数字，例如 +886 2 2345 6789。
applicant-error-email = 该电子邮箱地址无效。请检查是否有输入错误。
applicant-error-passport-number-character = 只能使用字母A至Z和数字，按护照所印填写。
applicant-error-passport-number-too-long = 护照号码最多包含 { $max } 个字母和数字。
applicant-error-issuing-state = 请选择签发该护照的经济体。
applicant-error-issuing-state-home = 您是向 { $home } 提出申请，因此您的护照必须由 { $home } 签发。请向签发您护照的经济体开始新的申请。
applicant-error-issued-future = 签发日期不能是将来的日期。
applicant-error-issued-after-expiry = 签发日期必须早于有效期截止日期。
applicant-error-passport-validity = 护照有效期必须至少还剩 { $months } 个月。请先换发护照再申请。
applicant-error-business-type = 请选择行业类型。
applicant-error-days = 请输入1至 { $max } 之间的整数。
applicant-error-priority-unknown = 请只选择列表中的经济体。
applicant-error-priority-too-many = 最多只能选择 { $max } 个经济体。
applicant-error-renewal = 请从列表中选择您的一张卡片。
applicant-error-consent = 提交前请勾选复选框，确认声明内容。

## 照片

applicant-photo-alt = 您用于申请的照片
applicant-photo-current = 您当前的照片：{ $width } × { $height } 像素。
applicant-photo-none-yet = 尚未上传照片。
applicant-photo-upload = 上传照片
applicant-photo-replace = 更换照片
applicant-photo-keep = 保留此照片并继续
applicant-photo-error-none = 请选择要上传的JPEG文件。
applicant-photo-error-too-large = 文件大于 { $kib } KiB。请选择较小的照片。
applicant-photo-error-not-jpeg = 该文件不是JPEG照片。请另存为JPEG格式后重试。
applicant-photo-error-too-small = 照片为 { $width } × { $height } 像素；至少应为 { $min_width } × { $min_height }。
applicant-photo-error-too-big = 照片为 { $width } × { $height } 像素；最多只能为 { $max_width } × { $max_height }。

## 检查并提交

applicant-review-missing-title = 尚缺信息
applicant-review-missing = 缺少“{ $field }”。
applicant-review-fix = 前往该步骤修改
applicant-review-change-personal = 修改个人信息
applicant-review-change-passport = 修改护照信息
applicant-review-change-employment = 修改工作信息
applicant-review-change-travel = 修改商务出行信息
applicant-review-change-photo = 更换照片
applicant-review-submit-title = 提交申请
applicant-review-complete-first = 请先补全上方缺少的回答，然后即可提交。
applicant-consent-legend = 声明
applicant-consent-declaration = 本人声明本申请所填信息真实、完整。本人同意 { $home } 将这些信息披露给APEC商务旅行卡计划的其他成员经济体，以便其决定是否为本人进行预审，并在本人持卡期间披露给其边境管理部门。
applicant-consent-label = 本人同意此声明
applicant-submit = 提交申请
applicant-problem-missing = 申请暂时无法提交：缺少“{ $field }”。
applicant-problem-invalid = 申请暂时无法提交：请检查“{ $field }”。
applicant-problem-not-eligible = 申请暂不符合本计划的规定：请检查护照日期、签发国和出生日期。
applicant-problem-other = 申请目前无法提交。请刷新页面后重试。

## 状态页面

applicant-status-title = 申请 { $reference }
applicant-status-created = 开始日期
applicant-status-review-target = 审核目标
applicant-status-review-target-text = { $home } 计划于 { $date } 前完成审核。
applicant-status-continue = 继续填写申请
applicant-status-question-title = { $home } 要求提供更多信息
applicant-status-answer = 您的回复
applicant-status-answer-hint = 请完整回答问题。可以分多行书写。
applicant-status-send-answer = 发送回复
applicant-status-new-photo = 新照片（JPEG文件）
applicant-status-new-photo-hint = 仅在被要求提供新照片时上传。
applicant-respond-error-empty = 发送前请先填写您的回复。
applicant-status-rejection-title = 给出的理由
applicant-status-pre-clearances = 各成员经济体的预审
applicant-status-pre-clearances-count = { $total } 个经济体中已有 { $answered } 个作出决定。
applicant-status-no-pre-clearances = 您所属的经济体批准您的申请后，才会发出预审请求。
applicant-status-overdue = （已超过该经济体自定的目标期限）
applicant-status-not-decided = 尚未决定
applicant-status-issue-requested = 您已要求立即签发卡片。
applicant-status-issue-title = 立即领取您的卡片
applicant-status-issue-text = 您所属的经济体可以凭目前已收到的批准立即为您签发卡片。之后收到的批准将为您免费补发新卡。
applicant-status-issue-button = 立即签发我的卡片
applicant-status-history = 历史记录
applicant-status-no-history = 目前还没有任何记录。
applicant-withdraw-title = 撤回申请
applicant-withdraw-text = 撤回后，此申请将永久终止。您以后可以提交新的申请。
applicant-withdraw-confirm = 我要撤回此申请
applicant-withdraw-button = 撤回申请
applicant-withdraw-error-confirm = 请勾选复选框，确认您要撤回申请。

applicant-done-submitted = 您的申请已提交。您所属的经济体将进行审核。
applicant-done-answered = 您的回复已发送至您所属的经济体。
applicant-done-withdrawn = 您的申请已撤回。
applicant-done-issue = 已记录您立即签发卡片的请求。
applicant-done-photo = 您的新照片已保存。

applicant-who-you = 您
applicant-who-economy = { $economy }
applicant-who-scheme = 计划管理机构
applicant-who-system = 自动处理

## 历史记录

applicant-event-application_created = 申请已创建。
applicant-event-draft_updated = 回答已保存。
applicant-event-photo_attached = 已上传照片。
applicant-event-submitted = 申请已提交。
applicant-event-review_started = 所属经济体已开始审核。
applicant-event-info_requested = 所属经济体要求提供更多信息。
applicant-event-info_provided = 已发送所要求的信息。
applicant-event-rejected = 所属经济体已驳回申请。
applicant-event-withdrawn = 申请已撤回。
applicant-event-home_approved = { $requests ->
    [0] 所属经济体已批准申请。
   *[other] 所属经济体已批准申请，并请 { $requests } 个经济体为您进行预审。
}
applicant-event-pre_clearance_requested = 已请 { $economy } 为您进行预审。
applicant-event-pre_clearance_decided = { $economy } 已就您的预审作出决定。
applicant-event-pre_clearance_approved = { $economy } 已通过您的预审。
applicant-event-pre_clearance_declined = { $economy } 拒绝为您进行预审。
applicant-event-pre_clearance_withdrawn = { $economy } 已撤销对您的预审。
applicant-event-pre_clearance_closed = 向 { $economy } 发出的请求已关闭，未作出决定。
applicant-event-issue_requested = 您已要求立即签发卡片。
applicant-event-card_issued = 卡片 { $card } 已签发。
applicant-event-card_economies_changed = 卡片 { $card } 上的经济体已变更。
applicant-event-card_replaced = 卡片 { $old } 已由卡片 { $new } 替换。
applicant-event-card_cancelled = 卡片 { $card } 已注销。
applicant-event-card_expired = 卡片 { $card } 已过期。

## 通知

applicant-notice-submitted = 您的申请已提交。
applicant-notice-review_started = 您所属的经济体已开始审核您的申请。
applicant-notice-info_requested = 您所属的经济体需要您提供更多信息。
applicant-notice-info_provided = 您所属的经济体已收到您的回复。
applicant-notice-rejected = 您所属的经济体已驳回您的申请。
applicant-notice-withdrawn = 您的申请已撤回。
applicant-notice-home_approved = 您所属的经济体已批准您的申请；预审请求正在发送中。
applicant-notice-pre_clearance_decided = 有一个经济体已就您的预审作出决定。
applicant-notice-pre_clearance_withdrawn = 有一个经济体撤销了对您的预审。
applicant-notice-issue_requested = 已记录您立即签发卡片的请求。
applicant-notice-card_issued = 您的卡片已签发。
applicant-notice-card_economies_changed = 您卡片上的经济体已变更。
applicant-notice-card_replaced = 您的卡片已由新卡替换。
applicant-notice-card_cancelled = 您的卡片已注销。
applicant-notice-card_expired = 您的卡片已过期。
applicant-notice-other = 您的申请有新动态。

## 卡片页面

applicant-card-title = 卡片 { $number }
applicant-card-home = 签发方
applicant-card-kind = 形式
applicant-card-virtual = 虚拟卡（在您的手机上）
applicant-card-physical = 实体卡
applicant-card-replaces = 所替换的卡片
applicant-card-replaced-by = 替换此卡的卡片
applicant-card-not-active = 此卡片已不能用于出行。
applicant-card-wallet = 在我的手机上显示
applicant-card-cleared = 已为您预审的经济体
applicant-card-stay-days = { $days ->
   *[other] 每次停留最长 { $days } 天
}
applicant-card-stay-unknown = 由该经济体在边境决定
applicant-card-none-yet = 尚无经济体为您预审。收到批准后将显示在这里。
applicant-card-none-transitional = { $home } 为过渡成员：其持卡人不会获得预审，因此此列表将保持为空。
applicant-card-lanes = 持有效卡片，您可以在每个成员经济体的机场使用APEC专用通道。请务必携带此卡片对应的护照；各经济体均保留拒绝入境的权利。
applicant-card-application = 查看此卡片的申请

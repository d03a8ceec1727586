mail-greeting = { $name }，您好：
mail-status-subject = 您的 APEC 商务旅行卡申请有新进展
mail-card-subject = 您的 APEC 商务旅行卡有新消息
mail-status-intro = 您的申请 { $reference } 有新进展：
mail-status-link = 详细信息以及您需要办理的事项，请查看您的账户：
mail-notice-subject = APEC 商务旅行卡通知：{ $subject }
mail-notice-intro = { $sender } 致 APEC 商务旅行卡持卡人的通知：
mail-sender-scheme = APEC 商务旅行卡计划管理部门
mail-notice-link = 您的账户：
mail-footer = 本邮件由 APEC 商务旅行卡系统自动发送，请勿回复。

# 发给工作人员渠道的邮件：经济体的联系人及计划管理员的效率渠道。
# 已过截止日期的预审请求的逾期通报，以及每周处理情况摘要。
mail-staff-greeting = 您好：
mail-staff-footer = 您作为 { $channel } 的联系人，收到 APEC 商务旅行卡系统发送的本邮件。
mail-channel-efficiency = 计划的效率渠道
mail-escalation-subject = { $economy } 有 { $count } 件逾期的预审请求
mail-escalation-intro = 发给 { $economy } 的预审请求中，有 { $count } 件已过截止日期仍未作出决定。
mail-escalation-open = 逾期且仍未决定：{ $open } 件；最早的截止日期为 { $oldest }。
mail-escalation-references = 申请：
mail-escalation-more = ……另有 { $count } 件。
mail-escalation-link = 请求列表（截止日期最早者排在最前）：
mail-efficiency-subject = 逾期通报：{ $count } 件预审请求已过截止日期
mail-efficiency-intro = 以下经济体有刚过截止日期的预审请求：
mail-efficiency-row = { $economy }：新增 { $raised } 件，逾期共 { $open } 件，最早截止日期为 { $oldest }
mail-digest-subject = { $economy } 每周处理情况摘要（{ $from } 至 { $to }）
mail-digest-intro = { $economy } 在 { $from } 至 { $to } 这一周的预审处理情况：
mail-digest-received = 收到的请求：{ $count } 件
mail-digest-decided = 已决定：批准 { $approved } 件，拒绝 { $declined } 件
mail-digest-times = 决定用时：中位数 { $median } 天，第 90 百分位数 { $p90 } 天；{ $share } 在 { $target } 天目标期限内完成
mail-digest-no-decisions = 本周未作出任何决定。
mail-digest-backlog = 目前待处理：{ $pending } 件，其中逾期：{ $overdue } 件
mail-digest-escalations = 本周新增逾期通报：{ $raised } 件；仍未结：{ $open } 件
mail-digest-link = 完整报告：
mail-scheme-digest-subject = 计划每周处理情况摘要（{ $from } 至 { $to }）
mail-scheme-digest-intro = 各经济体在 { $from } 至 { $to } 这一周的预审处理情况：
mail-scheme-digest-row = { $economy }：已决定 { $decided } 件，中位数 { $median } 天；待处理 { $pending } 件，逾期 { $overdue } 件；未结逾期通报 { $open } 件

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = APEC 商务旅行卡：关于“{ $subject }”的消息
mail-ticket-reply = { $economy }已回复“{ $subject }”（{ $kind }）。
mail-ticket-refund-approved = { $economy }已批准您在“{ $subject }”中申请的退款。
mail-ticket-refund-declined = { $economy }未批准您在“{ $subject }”中申请的退款。原因请见该事项的页面。
mail-ticket-closed = { $economy }已关闭“{ $subject }”（{ $kind }）。如仍需帮助，可在其页面上重新打开。
mail-ticket-link = 请在您的账户中查看并回复：

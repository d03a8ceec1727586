mail-greeting = { $name } 您好：
mail-status-subject = 您的 APEC 商務旅行卡申請有新進度
mail-card-subject = 您的 APEC 商務旅行卡有新消息
mail-status-intro = 您的申請 { $reference } 有新進度：
mail-status-link = 詳細內容及您需要辦理的事項，請見您的帳戶：
mail-notice-subject = APEC 商務旅行卡公告：{ $subject }
mail-notice-intro = { $sender } 致 APEC 商務旅行卡持卡人的公告：
mail-sender-scheme = APEC 商務旅行卡計畫管理單位
mail-notice-link = 您的帳戶：
mail-footer = 本郵件由 APEC 商務旅行卡系統自動寄出，請勿回覆。

# 寄給工作人員管道的郵件：經濟體的聯絡人及計畫管理員的效率管道。
# 已過期限的預先審核請求之逾期通報，以及每週處理情形摘要。
mail-staff-greeting = 您好：
mail-staff-footer = 您以 { $channel } 聯絡人的身分，收到 APEC 商務旅行卡系統寄出的本郵件。
mail-channel-efficiency = 計畫的效率管道
mail-escalation-subject = { $economy } 有 { $count } 件逾期的預先審核請求
mail-escalation-intro = 送交 { $economy } 的預先審核請求中，有 { $count } 件已過期限仍未決定。
mail-escalation-open = 逾期且仍未決定：{ $open } 件；最早的期限為 { $oldest }。
mail-escalation-references = 申請案：
mail-escalation-more = ……另有 { $count } 件。
mail-escalation-link = 請求清單（期限最早者排在最前）：
mail-efficiency-subject = 逾期通報：{ $count } 件預先審核請求已過期限
mail-efficiency-intro = 下列經濟體有剛過期限的預先審核請求：
mail-efficiency-row = { $economy }：新增 { $raised } 件，逾期共 { $open } 件，最早期限為 { $oldest }
mail-digest-subject = { $economy } 每週處理情形摘要（{ $from } 至 { $to }）
mail-digest-intro = { $economy } 於 { $from } 至 { $to } 這一週的預先審核處理情形：
mail-digest-received = 收到的請求：{ $count } 件
mail-digest-decided = 已決定：核准 { $approved } 件，拒絕 { $declined } 件
mail-digest-times = 決定所需時間：中位數 { $median } 天，第 90 百分位數 { $p90 } 天；{ $share } 於 { $target } 天目標期限內完成
mail-digest-no-decisions = 本週未作出任何決定。
mail-digest-backlog = 目前待處理：{ $pending } 件，其中逾期：{ $overdue } 件
mail-digest-escalations = 本週新增逾期通報：{ $raised } 件；仍未結案：{ $open } 件
mail-digest-link = 完整報告：
mail-scheme-digest-subject = 計畫每週處理情形摘要（{ $from } 至 { $to }）
mail-scheme-digest-intro = 各經濟體於 { $from } 至 { $to } 這一週的預先審核處理情形：
mail-scheme-digest-row = { $economy }：已決定 { $decided } 件，中位數 { $median } 天；待處理 { $pending } 件，逾期 { $overdue } 件；未結案逾期通報 { $open } 件

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = APEC 商務旅行卡：關於「{ $subject }」的消息
mail-ticket-reply = { $economy }已回覆「{ $subject }」（{ $kind }）。
mail-ticket-refund-approved = { $economy }已核准您在「{ $subject }」中申請的退費。
mail-ticket-refund-declined = { $economy }未核准您在「{ $subject }」中申請的退費。原因請見該案件的頁面。
mail-ticket-closed = { $economy }已結案「{ $subject }」（{ $kind }）。如仍需協助，可在其頁面上重新開啟。
mail-ticket-link = 請在您的帳戶中查看並回覆：

# 逾期通報頁面（/escalations）：已過期限的預先審核請求（依經濟體分列），以及通知對象
# （各經濟體的聯絡人；計畫管理員的效率管道）。
nav-escalations = 逾期通報
escalations-title = 逾期的預先審核請求
escalations-intro = 預先審核請求於期限屆滿後仍未決定者，即予以逾期通報：系統以郵件通知該經濟體的聯絡人及計畫的效率管道，各經濟體的聯絡人並每週收到其處理情形摘要。
escalations-economy = 經濟體
escalations-open = 未結案
escalations-raised = 近 7 日新增
escalations-oldest = 最早期限
escalations-none = 目前沒有逾期的預先審核請求。
escalations-requests-heading = { $economy } 未結案的逾期通報
escalations-reference = 申請案
escalations-due = 期限
escalations-raised-at = 通報時間
escalations-find = 在佇列中查找
escalations-contacts-heading = 通知對象
escalations-contacts-economy = { $economy } 的逾期通報及每週摘要將寄送至下列地址。
escalations-contacts-efficiency = 效率管道透過下列地址接收所有經濟體的逾期通報及計畫的每週摘要。
escalations-contacts-none = 尚未設定：逾期通報會記錄於此，但不會寄送郵件。
escalations-contacts-label = 地址，每行一個，其後可加註語言（例如：desk@example.jp ja）
escalations-contacts-save = 儲存聯絡人
escalations-contacts-saved = 聯絡人已儲存。
escalations-contacts-invalid = 第 { $line } 行不是電子郵件地址（其後可加註語言標記）。
escalations-contacts-rejected = 清單未被接受：最多 10 個地址，且每個地址只能列出一次。

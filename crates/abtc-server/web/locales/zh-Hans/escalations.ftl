# 逾期通报页面（/escalations）：已过截止日期的预审请求（按经济体分列），以及通知对象
# （各经济体的联系人；计划管理员的效率渠道）。
nav-escalations = 逾期通报
escalations-title = 逾期的预审请求
escalations-intro = 预审请求超过截止日期仍未作出决定的，即予以逾期通报：系统以邮件通知该经济体的联系人及计划的效率渠道，各经济体的联系人还会每周收到其处理情况摘要。
escalations-economy = 经济体
escalations-open = 未结
escalations-raised = 最近 7 天新增
escalations-oldest = 最早截止日期
escalations-none = 目前没有逾期的预审请求。
escalations-requests-heading = { $economy } 未结的逾期通报
escalations-reference = 申请
escalations-due = 截止日期
escalations-raised-at = 通报时间
escalations-find = 在队列中查找
escalations-contacts-heading = 通知对象
escalations-contacts-economy = { $economy } 的逾期通报和每周摘要将发送至以下地址。
escalations-contacts-efficiency = 效率渠道通过以下地址接收所有经济体的逾期通报和计划的每周摘要。
escalations-contacts-none = 尚未设置：逾期通报会记录在此，但不会发送邮件。
escalations-contacts-label = 地址，每行一个，其后可注明语言（例如：desk@example.jp ja）
escalations-contacts-save = 保存联系人
escalations-contacts-saved = 联系人已保存。
escalations-contacts-invalid = 第 { $line } 行不是电子邮箱地址（其后可注明语言标记）。
escalations-contacts-rejected = 列表未被接受：最多 10 个地址，且每个地址只能列出一次。

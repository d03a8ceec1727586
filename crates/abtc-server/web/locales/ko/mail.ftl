mail-greeting = { $name } 님, 안녕하세요.
mail-status-subject = APEC 기업인 여행 카드 신청에 관한 새 소식
mail-card-subject = APEC 기업인 여행 카드에 관한 새 소식
mail-status-intro = 신청 { $reference }에 새 소식이 있습니다:
mail-status-link = 자세한 내용과 해야 할 일은 계정에서 확인하세요:
mail-notice-subject = APEC 기업인 여행 카드 공지: { $subject }
mail-notice-intro = { $sender }에서 APEC 기업인 여행 카드 소지자에게 보내는 공지:
mail-sender-scheme = APEC 기업인 여행 카드 제도 관리 기관
mail-notice-link = 내 계정:
mail-footer = 이 메시지는 APEC 기업인 여행 카드 시스템에서 자동으로 발송되었습니다. 회신은 확인되지 않습니다.

# 직원 채널로 보내는 메일: 경제체의 연락처와 제도 관리자의 효율성 채널.
# 기한이 지난 사전 심사 요청의 기한 초과 통보와 처리 현황 주간 요약.
mail-staff-greeting = 안녕하십니까.
mail-staff-footer = 이 메일은 APEC 기업인 여행 카드 시스템에 { $channel } 연락처로 등록된 분께 발송되었습니다.
mail-channel-efficiency = 제도의 효율성 채널
mail-escalation-subject = { $economy } 사전 심사 요청 { $count }건 기한 초과
mail-escalation-intro = { $economy }에 보낸 사전 심사 요청 { $count }건이 결정 없이 기한을 넘겼습니다.
mail-escalation-open = 기한이 지났으나 아직 결정되지 않은 요청: { $open }건. 가장 이른 기한은 { $oldest }였습니다.
mail-escalation-references = 신청:
mail-escalation-more = …외 { $count }건.
mail-escalation-link = 요청 목록(기한이 이른 순):
mail-efficiency-subject = 기한 초과 통보: 사전 심사 요청 { $count }건이 기한을 넘겼습니다
mail-efficiency-intro = 다음 경제체에 방금 기한을 넘긴 사전 심사 요청이 있습니다:
mail-efficiency-row = { $economy }: 신규 { $raised }건, 기한 초과 총 { $open }건, 가장 이른 기한 { $oldest }
mail-digest-subject = { $economy } 주간 처리 현황 요약, { $from }~{ $to }
mail-digest-intro = { $from }부터 { $to }까지 한 주간 { $economy }의 사전 심사 처리 현황:
mail-digest-received = 접수된 요청: { $count }건
mail-digest-decided = 결정: 승인 { $approved }건, 거절 { $declined }건
mail-digest-times = 결정 소요 기간: 중앙값 { $median }일, 90번째 백분위수 { $p90 }일; 목표 기간 { $target }일 이내 처리 비율 { $share }
mail-digest-no-decisions = 이번 주에는 결정이 없습니다.
mail-digest-backlog = 현재 대기 중: { $pending }건, 그중 기한 초과: { $overdue }건
mail-digest-escalations = 이번 주 발생한 기한 초과 통보: { $raised }건, 미해결: { $open }건
mail-digest-link = 전체 보고서:
mail-scheme-digest-subject = 제도 전체 주간 처리 현황 요약, { $from }~{ $to }
mail-scheme-digest-intro = { $from }부터 { $to }까지 한 주간 경제체별 사전 심사 처리 현황:
mail-scheme-digest-row = { $economy }: 결정 { $decided }건, 중앙값 { $median }일; 대기 { $pending }건, 기한 초과 { $overdue }건; 미해결 기한 초과 통보 { $open }건

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = APEC 기업인 여행 카드: “{ $subject }” 관련 소식
mail-ticket-reply = { $economy }에서 “{ $subject }”({ $kind })에 답변했습니다.
mail-ticket-refund-approved = { $economy }에서 “{ $subject }”에서 요청하신 환불을 승인했습니다.
mail-ticket-refund-declined = { $economy }에서 “{ $subject }”에서 요청하신 환불을 거절했습니다. 사유는 문의 페이지에 있습니다.
mail-ticket-closed = { $economy }에서 “{ $subject }”({ $kind })을(를) 종료했습니다. 도움이 더 필요하면 해당 페이지에서 다시 열 수 있습니다.
mail-ticket-link = 내용 확인과 답변은 계정에서 할 수 있습니다:

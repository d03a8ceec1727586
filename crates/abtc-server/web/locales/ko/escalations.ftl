# 기한 초과 통보 페이지(/escalations): 기한이 지난 사전 심사 요청(경제체별)과 통보 대상
# (각 경제체의 연락처, 제도 관리자의 효율성 채널).
nav-escalations = 기한 초과 통보
escalations-title = 기한이 지난 사전 심사 요청
escalations-intro = 기한이 지난 후에도 결정되지 않은 사전 심사 요청은 기한 초과 통보 대상이 됩니다. 해당 경제체의 연락처와 제도의 효율성 채널에 메일로 통보되며, 각 경제체의 연락처는 처리 현황 주간 요약도 받습니다.
escalations-economy = 경제체
escalations-open = 미해결
escalations-raised = 최근 7일간 발생
escalations-oldest = 가장 이른 기한
escalations-none = 기한이 지난 사전 심사 요청이 없습니다.
escalations-requests-heading = { $economy }의 미해결 기한 초과 통보
escalations-reference = 신청
escalations-due = 기한
escalations-raised-at = 통보 일시
escalations-find = 대기열에서 찾기
escalations-contacts-heading = 통보 대상
escalations-contacts-economy = { $economy }의 기한 초과 통보와 주간 요약은 다음 주소로 발송됩니다.
escalations-contacts-efficiency = 효율성 채널은 다음 주소로 모든 경제체의 기한 초과 통보와 제도의 주간 요약을 받습니다.
escalations-contacts-none = 아직 없습니다. 기한 초과 통보는 여기에 기록되지만 메일로 발송되지 않습니다.
escalations-contacts-label = 주소를 한 줄에 하나씩 입력하고, 필요하면 뒤에 언어를 덧붙이십시오(예: desk@example.jp ja)
escalations-contacts-save = 연락처 저장
escalations-contacts-saved = 연락처가 저장되었습니다.
escalations-contacts-invalid = { $line }번째 줄은 이메일 주소(뒤에 언어 태그를 덧붙일 수 있음)가 아닙니다.
escalations-contacts-rejected = 목록이 수락되지 않았습니다. 주소는 최대 10개까지이며 각 주소는 한 번만 기재해야 합니다.

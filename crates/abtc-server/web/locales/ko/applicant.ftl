# 신청자 포털: 신청, 신청 단계, 상태 페이지, 카드.
# { $braces } 안의 값은 페이지가 채웁니다. 번역에서도 그대로 유지하세요.

## 일반 용어

applicant-optional = 선택 사항
applicant-choose = 하나를 선택하세요
applicant-yes = 예
applicant-no = 아니요
applicant-not-given = 입력하지 않음
applicant-not-submitted = 아직 제출하지 않음
applicant-back-to-portal = 내 신청 및 카드로 돌아가기

## 포털

applicant-portal-title = 내 신청 및 카드
applicant-portal-apply = 새 신청 시작
applicant-portal-applications = 신청
applicant-portal-cards = 카드
applicant-portal-notifications = 알림
applicant-portal-no-applications = 아직 신청이 없습니다. 소속 경제체를 통해 APEC 기업인 여행 카드를 신청하려면 새 신청을 시작하세요.
applicant-portal-no-cards = 아직 카드가 없습니다. 소속 경제체가 카드를 발급하면 여기에 표시됩니다.
applicant-portal-no-notifications = 아직 알림이 없습니다. 신청과 카드에 관한 소식이 최신순으로 여기에 표시됩니다.
applicant-portal-continue = 신청 { $reference } 계속하기
applicant-portal-view = 신청 { $reference } 보기

## 표의 열과 항목

applicant-col-reference = 참조 번호
applicant-col-home = 소속 경제체
applicant-col-state = 상태
applicant-col-submitted = 제출일
applicant-col-next = 다음 단계
applicant-col-card-number = 카드 번호
applicant-col-card-status = 카드 상태
applicant-col-issued = 발급일
applicant-col-expires = 유효 기한
applicant-col-economy = 경제체
applicant-col-decision = 결정
applicant-col-due = 결정 예정일
applicant-col-decided = 결정일
applicant-col-stay = 방문당 허용 체류 기간
applicant-col-date = 날짜
applicant-col-event = 내용
applicant-col-by = 처리자

## 신청 상태

applicant-state-draft = 작성 중
applicant-state-submitted = 제출됨
applicant-state-home_review = 소속 경제체 심사 중
applicant-state-info_requested = 정보 요청됨
applicant-state-rejected = 반려됨
applicant-state-withdrawn = 철회됨
applicant-state-pre_clearance = 사전 심사 대기 중
applicant-state-issued = 카드 발급됨

applicant-state-explain-draft = 이 신청은 작성 중입니다. 제출하기 전에는 다른 사람이 볼 수 없습니다.
applicant-state-explain-submitted = 신청이 소속 경제체에 전송되었으며, 곧 심사가 시작됩니다.
applicant-state-explain-home_review = 소속 경제체가 신청을 심사하고 있습니다.
applicant-state-explain-info_requested = 소속 경제체에서 추가 정보를 요청했습니다. 심사가 계속될 수 있도록 아래 질문에 답변하세요.
applicant-state-explain-rejected = 소속 경제체가 이 신청을 승인하지 않았습니다.
applicant-state-explain-withdrawn = 이 신청을 철회했습니다. 언제든지 새 신청을 시작할 수 있습니다.
applicant-state-explain-pre_clearance = 소속 경제체가 신청을 승인하고 다른 회원 경제체에 귀하에 대한 사전 심사를 요청했습니다. 각 경제체는 자체 일정에 따라 결정합니다.
applicant-state-explain-issued = 카드가 발급되었습니다. 나중에 승인하는 경제체는 이 카드 또는 교체 카드에 추가됩니다.

## 사전 심사 및 카드 상태

applicant-pc-status-pending = 결정 대기 중
applicant-pc-status-approved = 승인됨
applicant-pc-status-declined = 거절됨
applicant-pc-status-withdrawn = 승인 철회됨
applicant-pc-status-closed = 결정 없이 종료됨

applicant-card-status-active = 유효
applicant-card-status-replaced = 교체됨
applicant-card-status-cancelled = 취소됨
applicant-card-status-lost = 분실 신고됨
applicant-card-status-expired = 만료됨

## 신청 시작

applicant-apply-title = 신청 시작
applicant-apply-lead = 신청은 소속 경제체, 즉 귀하의 여권을 발급한 회원 경제체에 합니다. 소속 경제체가 먼저 신청을 심사한 후 다른 경제체에 귀하에 대한 사전 심사를 요청합니다.
applicant-apply-need-passport = 유효 기간이 6개월 이상 남은 여권이 필요합니다.
applicant-apply-need-travel = 고용주, 직위, 출장 빈도에 관한 질문에 답하게 됩니다.
applicant-apply-need-photo = 최근에 촬영한 여권용 사진이 JPEG 파일로 필요합니다.
applicant-apply-home = 소속 경제체
applicant-apply-home-hint = 귀하의 여권을 발급한 경제체입니다. 중국 홍콩은 영주권자의 신청도 받습니다.
applicant-apply-transitional = 신속 심사대만 이용
applicant-apply-transitional-note = 캐나다와 미국은 과도기 회원입니다. 이들 경제체의 카드 소지자는 APEC 전용 신속 심사대를 이용하지만 다른 경제체의 사전 심사는 받지 않습니다.
applicant-apply-start = 신청 시작하기
applicant-apply-error-home = 목록에서 소속 경제체를 선택하세요.

## 단계

applicant-steps-label = 신청 단계
applicant-step-numbered = { $number }단계: { $step }
applicant-step-context = { $home }에 제출하는 신청 { $reference }
applicant-step-personal = 인적 사항
applicant-step-passport = 여권
applicant-step-employment = 고용 정보
applicant-step-travel = 출장
applicant-step-photo = 사진
applicant-step-review = 확인 및 제출
applicant-step-save-later = 여기서 멈추고 나중에 계속하기 (저장된 단계는 유지됩니다)
applicant-save-continue = 저장하고 계속하기
applicant-error-summary = 확인이 필요한 답변이 있습니다

applicant-personal-lead = 이름은 여권에 기재된 그대로 입력하세요.
applicant-passport-lead = 여행할 때 사용할 여권을 입력하세요. 카드는 이 여권과 함께 있을 때만 유효합니다.
applicant-employment-lead = 출장의 목적이 되는 사업체에 대해 알려 주세요. 중소기업도 환영합니다.
applicant-travel-lead = APEC 지역에서 얼마나 자주 출장을 가는지 알려 주세요.
applicant-photo-lead = 여권 사진처럼 최근에 촬영한 얼굴 컬러 사진을 업로드하세요.
applicant-review-lead = 제출하기 전에 답변을 확인하세요. 제출한 후에는 변경할 수 없습니다.

## 항목 이름

applicant-field-family-name = 성 (여권 기계 판독 영역에 기재된 대로)
applicant-field-given-names = 이름 (여권 기계 판독 영역에 기재된 대로)
applicant-field-native-name = 자국 문자로 쓴 전체 이름
applicant-field-sex = 성별 (여권에 기재된 대로)
applicant-field-date-of-birth = 생년월일
applicant-field-place-of-birth = 출생지
applicant-field-residential-address = 거주지 주소
applicant-field-phone = 전화번호
applicant-field-email = 이 신청에 사용할 이메일 주소
applicant-field-passport-number = 여권 번호
applicant-field-issuing-state = 발급 국가 (국적)
applicant-field-issued-on = 발급일
applicant-field-expires-on = 만료일
applicant-field-employer-name = 고용주 또는 회사 이름
applicant-field-business-address = 사업장 주소
applicant-field-business-type = 업종
applicant-field-registration-number = 사업자 등록 번호
applicant-field-sme = 이 사업체는 중소기업입니까?
applicant-field-position = 직위
applicant-field-trips-per-year = 연간 출장 횟수
applicant-field-average-trip-days = 평균 출장 기간 (일)
applicant-field-priority-economies = 카드 발급 전에 결정을 기다릴 경제체
applicant-field-renewal-of = 이 신청으로 갱신할 카드
applicant-field-photo = 사진 (JPEG 파일)
applicant-field-consent = 선언 및 동의
applicant-field-other = 답변
applicant-section-passport = 여권 정보
applicant-section-employer = 고용주 정보

## 도움말

applicant-hint-mrz-family = 여권 사진면 하단 두 줄에 인쇄된 대로 라틴 문자 A~Z로 입력하세요. 예: CHEN.
applicant-hint-mrz-given = 기계 판독 영역에 인쇄된 대로 라틴 문자 A~Z로 입력하세요. 예: TAI MAN. 여권에 이름이 없으면 비워 두세요.
applicant-hint-native-name = 평소 쓰는 문자로 입력하세요. 예: 陳大文.
applicant-hint-sex = 여권에 X 또는 미지정 성별이 표시되어 있으면 X를 선택하세요.
applicant-hint-date = 연, 월, 일 순서로 입력하세요. 예: 1985-04-23.
applicant-hint-expires-on = 연, 월, 일 순서로 입력하세요. 여권 유효 기간이 6개월 이상 남아 있어야 합니다.
applicant-hint-place-of-birth = 도시 또는 마을, 그리고 국가 또는 경제체.
applicant-hint-address = 편지에 쓰듯이 주소를 입력하세요. 어떤 문자로 써도 되며, 여러 줄로 써도 됩니다.
applicant-hint-phone = + 기호와 국가 번호로 시작하세요. 예: +886 2 2345 6789.
applicant-hint-email = 어떤 문자로 된 주소든 사용할 수 있습니다. 예: 葉士豪@例え.jp.
applicant-hint-passport-number = 사진면에 인쇄된 대로 문자와 숫자만 입력하세요.
applicant-hint-issuing-state = 여권을 발급한 경제체.
applicant-hint-registration-number = 사업체의 등록 번호가 있으면 입력하세요.
applicant-hint-sme = 보통 직원 250명 미만이며, 소속 경제체가 자체 기준을 적용할 수 있습니다.
applicant-hint-trips-per-year = 1에서 365 사이의 정수.
applicant-hint-average-trip-days = 1에서 365 사이의 정수(일 수).
applicant-hint-priority-economies = 여기에 지정한 경제체가 모두 결정하면 소속 경제체가 바로 카드를 발급할 수 있습니다. 최대 { $max }곳까지 지정할 수 있으며, 지정하지 않으면 일반 정책에 따릅니다.
applicant-hint-renewal-of = 이 신청이 보유 중인 카드를 갱신하는 것이라면 그 카드를 선택하세요. 새 카드가 발급되면 기존 카드는 취소됩니다.
applicant-renewal-none = 갱신이 아닙니다
applicant-hint-photo = 최대 { $kib } KiB, 최소 { $min_width } × { $min_height } 픽셀의 JPEG 파일.

## 선택 항목

applicant-sex-F = 여성
applicant-sex-M = 남성
applicant-sex-X = 미지정 (X)

applicant-business-manufacturing = 제조업
applicant-business-trade = 무역
applicant-business-services = 서비스업
applicant-business-finance = 금융
applicant-business-technology = 기술
applicant-business-resources = 광업 및 에너지
applicant-business-agriculture = 농업
applicant-business-tourism = 관광
applicant-business-education = 교육
applicant-business-government = 정부
applicant-business-other = 기타

## 답변에 관한 메시지

applicant-error-required = 이 항목도 입력하세요. 이 그룹의 다른 답변과 함께 있어야 합니다.
applicant-error-choose = 선택지 중 하나를 고르세요.
applicant-error-date = 실제 날짜를 연, 월, 일 순서로 입력하세요. 예: 1985-04-23.
applicant-error-date-of-birth-future = 생년월일은 과거 날짜여야 합니다.
applicant-error-date-of-birth-past = 생년월일이 120년도 더 전입니다. 연도를 확인하세요.
applicant-error-too-young = 신청자는 만 { $years }세 이상이어야 합니다.
applicant-error-mrz-latin = 여권 기계 판독 영역에 인쇄된 대로 A~Z 문자, 공백, 하이픈만 사용하세요.
applicant-error-mrz-too-long = 이름이 { $max }자를 넘습니다. 기계 판독 영역에 인쇄된 대로 입력하세요.
applicant-error-native-character = { $position }번째 문자는 이름에 사용할 수 없습니다.
applicant-error-native-too-long = 이름이 { $max }자를 넘습니다.
applicant-error-short-text = 한 줄로 최대 { $max }자까지 입력하세요.
applicant-error-long-text = 최대 { $max }자까지 입력하세요.
applicant-error-sex = 성별 선택지 중 하나를 고르세요.
applicant-error-phone = + 기호와 국가 번호를 포함하여 숫자로만 전화번호를 입력하세요. 예: +886 2 2345 6789.
applicant-error-email = 유효하지 않은 이메일 주소입니다. 오타가 없는지 확인하세요.
applicant-error-passport-number-character = 여권에 인쇄된 대로 A~Z 문자와 숫자만 사용하세요.
applicant-error-passport-number-too-long = 여권 번호는 문자와 숫자를 합쳐 최대 { $max }자입니다.
applicant-error-issuing-state = 여권을 발급한 경제체를 선택하세요.
applicant-error-issuing-state-home = { $home }에 신청하므로 여권도 { $home }에서 발급한 것이어야 합니다. 여권을 발급한 경제체에 새 신청을 시작하세요.
applicant-error-issued-future = 발급일은 미래 날짜일 수 없습니다.
applicant-error-issued-after-expiry = 발급일은 만료일보다 앞서야 합니다.
applicant-error-passport-validity = 여권 유효 기간이 { $months }개월 이상 남아 있어야 합니다. 신청하기 전에 여권을 갱신하세요.
applicant-error-business-type = 업종을 선택하세요.
applicant-error-days = 1에서 { $max } 사이의 정수를 입력하세요.
applicant-error-priority-unknown = 목록에 있는 경제체만 선택하세요.
applicant-error-priority-too-many = 경제체는 최대 { $max }곳까지 선택할 수 있습니다.
applicant-error-renewal = 목록에서 보유 중인 카드 중 하나를 선택하세요.
applicant-error-consent = 제출하기 전에 확인란을 선택하여 선언 내용을 확인하세요.

## 사진

applicant-photo-alt = 신청에 사용할 귀하의 사진
applicant-photo-current = 현재 사진: { $width } × { $height } 픽셀.
applicant-photo-none-yet = 아직 업로드한 사진이 없습니다.
applicant-photo-upload = 사진 업로드
applicant-photo-replace = 사진 바꾸기
applicant-photo-keep = 이 사진을 유지하고 계속하기
applicant-photo-error-none = 업로드할 JPEG 파일을 선택하세요.
applicant-photo-error-too-large = 파일이 { $kib } KiB보다 큽니다. 더 작은 사진을 선택하세요.
applicant-photo-error-not-jpeg = JPEG 사진 파일이 아닙니다. JPEG로 저장한 후 다시 시도하세요.
applicant-photo-error-too-small = 사진 크기가 { $width } × { $height } 픽셀입니다. 최소 { $min_width } × { $min_height } 픽셀이어야 합니다.
applicant-photo-error-too-big = 사진 크기가 { $width } × { $height } 픽셀입니다. 최대 { $max_width } × { $max_height } 픽셀이어야 합니다.

## 확인 및 제출

applicant-review-missing-title = 아직 입력하지 않은 항목
applicant-review-missing = { $field } 항목이 비어 있습니다.
applicant-review-fix = 해당 단계로 가서 수정하기
applicant-review-change-personal = 인적 사항 변경
applicant-review-change-passport = 여권 정보 변경
applicant-review-change-employment = 고용 정보 변경
applicant-review-change-travel = 출장 정보 변경
applicant-review-change-photo = 사진 변경
applicant-review-submit-title = 신청 제출
applicant-review-complete-first = 위에서 누락된 답변을 모두 입력하면 제출할 수 있습니다.
applicant-consent-legend = 선언
applicant-consent-declaration = 본인은 이 신청서의 정보가 사실이며 빠짐없음을 선언합니다. 본인은 { $home }이(가) 이 정보를 APEC 기업인 여행 카드 제도의 다른 회원 경제체에 제공하여 본인에 대한 사전 심사 여부를 결정할 수 있도록 하고, 본인이 카드를 보유하는 동안 해당 경제체의 출입국 당국에 제공하는 것에 동의합니다.
applicant-consent-label = 이 선언에 동의합니다
applicant-submit = 신청 제출
applicant-problem-missing = 아직 신청을 제출할 수 없습니다: { $field } 항목이 비어 있습니다.
applicant-problem-invalid = 아직 신청을 제출할 수 없습니다: { $field } 항목을 확인하세요.
applicant-problem-not-eligible = 신청이 아직 제도의 요건을 충족하지 않습니다: 여권 날짜, 발급 국가, 생년월일을 확인하세요.
applicant-problem-other = 지금은 신청을 제출할 수 없습니다. 페이지를 새로 고친 후 다시 시도하세요.

## 상태 페이지

applicant-status-title = 신청 { $reference }
applicant-status-created = 시작일
applicant-status-review-target = 심사 목표일
applicant-status-review-target-text = { $home }은(는) { $date }까지 심사를 마치는 것을 목표로 합니다.
applicant-status-continue = 신청 계속하기
applicant-status-question-title = { $home }에서 추가 정보를 요청했습니다
applicant-status-answer = 답변
applicant-status-answer-hint = 질문에 빠짐없이 답변하세요. 여러 줄로 써도 됩니다.
applicant-status-send-answer = 답변 보내기
applicant-status-new-photo = 새 사진 (JPEG 파일)
applicant-status-new-photo-hint = 새 사진을 요청받은 경우에만 제출하세요.
applicant-respond-error-empty = 보내기 전에 답변을 작성하세요.
applicant-status-rejection-title = 제시된 사유
applicant-status-pre-clearances = 회원 경제체의 사전 심사
applicant-status-pre-clearances-count = 경제체 { $total }곳 중 { $answered }곳이 결정했습니다.
applicant-status-no-pre-clearances = 사전 심사 요청은 소속 경제체가 신청을 승인한 후 발송됩니다.
applicant-status-overdue = (해당 경제체의 자체 목표일 초과)
applicant-status-not-decided = 아직 결정되지 않음
applicant-status-issue-requested = 카드를 지금 발급해 달라고 요청했습니다.
applicant-status-issue-title = 지금 카드 받기
applicant-status-issue-text = 소속 경제체는 지금까지 받은 승인으로 카드를 바로 발급할 수 있습니다. 나중에 도착하는 승인은 무료 교체 카드로 반영됩니다.
applicant-status-issue-button = 지금 카드 발급받기
applicant-status-history = 이력
applicant-status-no-history = 아직 아무 일도 없었습니다.
applicant-withdraw-title = 신청 철회
applicant-withdraw-text = 철회하면 이 신청은 완전히 종료됩니다. 나중에 새 신청으로 다시 신청할 수 있습니다.
applicant-withdraw-confirm = 이 신청을 철회하겠습니다
applicant-withdraw-button = 신청 철회
applicant-withdraw-error-confirm = 철회하려면 확인란을 선택하세요.

applicant-done-submitted = 신청이 제출되었습니다. 소속 경제체가 심사할 예정입니다.
applicant-done-answered = 답변이 소속 경제체에 전송되었습니다.
applicant-done-withdrawn = 신청이 철회되었습니다.
applicant-done-issue = 카드 즉시 발급 요청이 접수되었습니다.
applicant-done-photo = 새 사진이 저장되었습니다.

applicant-who-you = 본인
applicant-who-economy = { $economy }
applicant-who-scheme = 제도 관리 기관
applicant-who-system = 자동 처리

## 이력

applicant-event-application_created = 신청을 시작했습니다.
applicant-event-draft_updated = 답변을 저장했습니다.
applicant-event-photo_attached = 사진을 업로드했습니다.
applicant-event-submitted = 신청을 제출했습니다.
applicant-event-review_started = 소속 경제체가 심사를 시작했습니다.
applicant-event-info_requested = 소속 경제체가 추가 정보를 요청했습니다.
applicant-event-info_provided = 요청받은 정보를 보냈습니다.
applicant-event-rejected = 소속 경제체가 신청을 반려했습니다.
applicant-event-withdrawn = 신청이 철회되었습니다.
applicant-event-home_approved = { $requests ->
    [0] 소속 경제체가 신청을 승인했습니다.
   *[other] 소속 경제체가 신청을 승인하고 경제체 { $requests }곳에 귀하에 대한 사전 심사를 요청했습니다.
}
applicant-event-pre_clearance_requested = { $economy }에 귀하에 대한 사전 심사를 요청했습니다.
applicant-event-pre_clearance_decided = { $economy }이(가) 귀하의 사전 심사를 결정했습니다.
applicant-event-pre_clearance_approved = { $economy }이(가) 귀하의 사전 심사를 승인했습니다.
applicant-event-pre_clearance_declined = { $economy }이(가) 귀하의 사전 심사를 거절했습니다.
applicant-event-pre_clearance_withdrawn = { $economy }이(가) 사전 심사 승인을 철회했습니다.
applicant-event-pre_clearance_closed = { $economy }에 대한 요청이 결정 없이 종료되었습니다.
applicant-event-issue_requested = 카드를 지금 발급해 달라고 요청했습니다.
applicant-event-card_issued = 카드 { $card }이(가) 발급되었습니다.
applicant-event-card_economies_changed = 카드 { $card }에 표시된 경제체가 변경되었습니다.
applicant-event-card_replaced = 카드 { $old }이(가) 카드 { $new }(으)로 교체되었습니다.
applicant-event-card_cancelled = 카드 { $card }이(가) 취소되었습니다.
applicant-event-card_expired = 카드 { $card }이(가) 만료되었습니다.

## 알림

applicant-notice-submitted = 신청이 제출되었습니다.
applicant-notice-review_started = 소속 경제체가 신청 심사를 시작했습니다.
applicant-notice-info_requested = 소속 경제체에서 추가 정보를 요청했습니다.
applicant-notice-info_provided = 답변이 소속 경제체에 전달되었습니다.
applicant-notice-rejected = 소속 경제체가 신청을 반려했습니다.
applicant-notice-withdrawn = 신청이 철회되었습니다.
applicant-notice-home_approved = 소속 경제체가 신청을 승인했습니다. 사전 심사 요청이 발송되고 있습니다.
applicant-notice-pre_clearance_decided = 한 경제체가 귀하의 사전 심사를 결정했습니다.
applicant-notice-pre_clearance_withdrawn = 한 경제체가 사전 심사 승인을 철회했습니다.
applicant-notice-issue_requested = 카드 즉시 발급 요청이 접수되었습니다.
applicant-notice-card_issued = 카드가 발급되었습니다.
applicant-notice-card_economies_changed = 카드에 표시된 경제체가 변경되었습니다.
applicant-notice-card_replaced = 카드가 새 카드로 교체되었습니다.
applicant-notice-card_cancelled = 카드가 취소되었습니다.
applicant-notice-card_expired = 카드가 만료되었습니다.
applicant-notice-other = 신청에 관한 새 소식이 있습니다.

## 카드 페이지

applicant-card-title = 카드 { $number }
applicant-card-home = 발급 경제체
applicant-card-kind = 형태
applicant-card-virtual = 가상 카드 (휴대전화)
applicant-card-physical = 실물 카드
applicant-card-replaces = 교체 전 카드
applicant-card-replaced-by = 교체 후 카드
applicant-card-not-active = 이 카드는 더 이상 여행에 사용할 수 없습니다.
applicant-card-wallet = 휴대전화에 표시하기
applicant-card-cleared = 사전 심사를 승인한 경제체
applicant-card-stay-days = { $days ->
   *[other] 체류당 최대 { $days }일
}
applicant-card-stay-unknown = 입국 시 해당 경제체가 결정
applicant-card-none-yet = 아직 사전 심사를 승인한 경제체가 없습니다. 승인이 도착하면 여기에 표시됩니다.
applicant-card-none-transitional = { $home }은(는) 과도기 회원입니다. 카드 소지자가 사전 심사를 받지 않으므로 이 목록은 비어 있습니다.
applicant-card-lanes = 유효한 카드가 있으면 모든 회원 경제체의 공항에서 APEC 전용 심사대를 이용할 수 있습니다. 카드 발급 시 사용한 여권을 항상 지참하세요. 각 경제체는 입국을 거부할 권리를 가집니다.
applicant-card-application = 이 카드의 신청 보기

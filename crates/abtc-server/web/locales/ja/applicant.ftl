# 申請者ポータル：申請、申請の各ステップ、状況ページ、カード。
# { $braces } 内の値はページによって埋め込まれます。翻訳でもそのまま残してください。

## 一般的な語

applicant-optional = 任意
applicant-choose = 選択してください
applicant-yes = はい
applicant-no = いいえ
applicant-not-given = 未記入
applicant-not-submitted = 未提出
applicant-back-to-portal = 自分の申請とカードに戻る

## ポータル

applicant-portal-title = 自分の申請とカード
applicant-portal-apply = 新しい申請を始める
applicant-portal-applications = 申請
applicant-portal-cards = カード
applicant-portal-notifications = お知らせ
applicant-portal-no-applications = 申請はまだありません。申請を始めると、所属エコノミーを通じてAPECビジネス・トラベル・カードを申請できます。
applicant-portal-no-cards = カードはまだありません。所属エコノミーがカードを発行すると、ここに表示されます。
applicant-portal-no-notifications = お知らせはまだありません。申請やカードに関する最新情報が、新しい順にここに表示されます。
applicant-portal-continue = 申請 { $reference } を続ける
applicant-portal-view = 申請 { $reference } を表示

## 表の列と項目

applicant-col-reference = 申請番号
applicant-col-home = 所属エコノミー
applicant-col-state = 状況
applicant-col-submitted = 提出日
applicant-col-next = 次の手順
applicant-col-card-number = カード番号
applicant-col-card-status = カードの状態
applicant-col-issued = 発行日
applicant-col-expires = 有効期限
applicant-col-economy = エコノミー
applicant-col-decision = 決定
applicant-col-due = 決定予定日
applicant-col-decided = 決定日
applicant-col-stay = 1回の訪問で認められる滞在期間
applicant-col-date = 日付
applicant-col-event = 出来事
applicant-col-by = 実施者

## 申請の状況

applicant-state-draft = 下書き
applicant-state-submitted = 提出済み
applicant-state-home_review = 所属エコノミーで審査中
applicant-state-info_requested = 追加情報の依頼あり
applicant-state-rejected = 却下
applicant-state-withdrawn = 取り下げ済み
applicant-state-pre_clearance = 事前審査待ち
applicant-state-issued = カード発行済み

applicant-state-explain-draft = この申請は下書きです。提出するまで、ほかの人には見えません。
applicant-state-explain-submitted = 申請は所属エコノミーに送信されました。まもなく審査が始まります。
applicant-state-explain-home_review = 所属エコノミーが申請を審査しています。
applicant-state-explain-info_requested = 所属エコノミーが追加の情報を求めています。審査を続けられるよう、下の質問に回答してください。
applicant-state-explain-rejected = 所属エコノミーはこの申請を承認しませんでした。
applicant-state-explain-withdrawn = この申請は取り下げられました。新しい申請はいつでも始められます。
applicant-state-explain-pre_clearance = 所属エコノミーが申請を承認し、他の参加エコノミーに事前審査を依頼しました。各エコノミーはそれぞれの日程で決定します。
applicant-state-explain-issued = カードが発行されました。後から承認したエコノミーは、このカードまたは再発行されるカードに追加されます。

## 事前審査とカードの状態

applicant-pc-status-pending = 決定待ち
applicant-pc-status-approved = 承認
applicant-pc-status-declined = 不承認
applicant-pc-status-withdrawn = 承認の撤回
applicant-pc-status-closed = 決定なしで終了

applicant-card-status-active = 有効
applicant-card-status-replaced = 切り替え済み
applicant-card-status-cancelled = 取り消し
applicant-card-status-lost = 紛失届出済み
applicant-card-status-expired = 期限切れ

## 申請を始める

applicant-apply-title = 申請を始める
applicant-apply-lead = 申請先は所属エコノミー、つまりあなたの旅券を発給した参加エコノミーです。所属エコノミーがまず申請を審査し、その後、他のエコノミーに事前審査を依頼します。
applicant-apply-need-passport = 残存有効期間が6か月以上ある旅券が必要です。
applicant-apply-need-travel = 勤務先、役職、ビジネス渡航の頻度についてお尋ねします。
applicant-apply-need-photo = 最近撮影した旅券用の写真（JPEGファイル）が必要です。
applicant-apply-home = 所属エコノミー
applicant-apply-home-hint = あなたの旅券を発給したエコノミーです。中国香港は永住権を持つ居住者の申請も受け付けます。
applicant-apply-transitional = ファストトラック・レーンのみ
applicant-apply-transitional-note = カナダと米国は移行期メンバーです。これらのカード保持者はAPECのファストトラック・レーンを利用できますが、他のエコノミーからの事前審査は受けられません。
applicant-apply-start = 申請を始める
applicant-apply-error-home = 一覧から所属エコノミーを選択してください。

## ステップ

applicant-steps-label = 申請のステップ
applicant-step-numbered = ステップ { $number }：{ $step }
applicant-step-context = { $home } への申請 { $reference }
applicant-step-personal = 個人情報
applicant-step-passport = 旅券
applicant-step-employment = 勤務先
applicant-step-travel = ビジネス渡航
applicant-step-photo = 写真
applicant-step-review = 確認して提出
applicant-step-save-later = ここで中断して後で続ける（保存済みのステップは残ります）
applicant-save-continue = 保存して続ける
applicant-error-summary = 一部の回答を確認してください

applicant-personal-lead = 氏名は旅券に記載されているとおり正確に入力してください。
applicant-passport-lead = 渡航に使用する旅券を入力してください。カードはこの旅券と併せてのみ有効です。
applicant-employment-lead = 渡航の目的となる事業についてお知らせください。中小企業の方も歓迎します。
applicant-travel-lead = APEC地域内でのビジネス渡航の頻度をお知らせください。
applicant-photo-lead = 旅券用と同様の、最近撮影した顔のカラー写真をアップロードしてください。
applicant-review-lead = 提出する前に回答を確認してください。提出後は変更できません。

## 項目名

applicant-field-family-name = 姓（旅券の機械読取部分の表記どおり）
applicant-field-given-names = 名（旅券の機械読取部分の表記どおり）
applicant-field-native-name = 本国の文字での氏名
applicant-field-sex = 性別（旅券の記載どおり）
applicant-field-date-of-birth = 生年月日
applicant-field-place-of-birth = 出生地
applicant-field-residential-address = 住所
applicant-field-phone = 電話番号
applicant-field-email = この申請で使用するメールアドレス
applicant-field-passport-number = 旅券番号
applicant-field-issuing-state = 発行国（国籍）
applicant-field-issued-on = 発行年月日
applicant-field-expires-on = 有効期間満了日
applicant-field-employer-name = 勤務先または会社名
applicant-field-business-address = 勤務先の住所
applicant-field-business-type = 業種
applicant-field-registration-number = 事業登録番号
applicant-field-sme = その事業は中小企業ですか？
applicant-field-position = 役職
applicant-field-trips-per-year = 年間のビジネス渡航回数
applicant-field-average-trip-days = 1回の渡航の平均日数
applicant-field-priority-economies = カード発行前に決定を待つエコノミー
applicant-field-renewal-of = この申請で更新するカード
applicant-field-photo = 写真（JPEGファイル）
applicant-field-consent = 宣誓と同意
applicant-field-other = 回答
applicant-section-passport = 旅券の情報
applicant-section-employer = 勤務先の情報

## 入力のヒント

applicant-hint-mrz-family = 旅券の顔写真ページ下部の2行に印字されたラテン文字A～Zで入力してください。例：CHEN。
applicant-hint-mrz-given = 機械読取部分に印字されたラテン文字A～Zで入力してください。例：TAI MAN。旅券に記載がない場合は空欄にしてください。
applicant-hint-native-name = 普段お使いの文字で入力してください。例：陳大文。
applicant-hint-sex = 旅券の性別欄がXまたは未指定の場合は、Xを選択してください。
applicant-hint-date = 年・月・日の順。例：1985-04-23。
applicant-hint-expires-on = 年・月・日の順。旅券の残存有効期間が6か月以上必要です。
applicant-hint-place-of-birth = 市区町村と、国またはエコノミー。
applicant-hint-address = 手紙の宛名と同じように住所を書いてください。どの文字でも構いません。複数行でも問題ありません。
applicant-hint-phone = + と国番号から始めてください。例：+886 2 2345 6789。
applicant-hint-email = どの文字で書かれたアドレスも使用できます。例：葉士豪@例え.jp。
applicant-hint-passport-number = 顔写真ページに印字されているとおり、英字と数字のみ。
applicant-hint-issuing-state = 旅券を発給したエコノミー。
applicant-hint-registration-number = 事業の登録番号（ある場合）。
applicant-hint-sme = 通常は従業員250人未満。所属エコノミーが独自の定義を用いる場合があります。
applicant-hint-trips-per-year = 1から365までの整数。
applicant-hint-average-trip-days = 1から365までの整数（日数）。
applicant-hint-priority-economies = ここで指定したエコノミーが決定を下した時点で、所属エコノミーはカードを発行できます。最大 { $max } 件まで指定できます。指定しない場合は通常の方針どおりに待ちます。
applicant-hint-renewal-of = この申請がお持ちのカードの更新である場合は、そのカードを選択してください。新しいカードの発行時に、そのカードは取り消されます。
applicant-renewal-none = 更新ではありません
applicant-hint-photo = { $kib } KiB以下、かつ { $min_width } × { $min_height } ピクセル以上のJPEGファイル。

## 選択肢

applicant-sex-F = 女性
applicant-sex-M = 男性
applicant-sex-X = 指定なし（X）

applicant-business-manufacturing = 製造業
applicant-business-trade = 貿易
applicant-business-services = サービス業
applicant-business-finance = 金融
applicant-business-technology = テクノロジー
applicant-business-resources = 鉱業・エネルギー
applicant-business-agriculture = 農業
applicant-business-tourism = 観光
applicant-business-education = 教育
applicant-business-government = 政府機関
applicant-business-other = その他

## 回答に関するメッセージ

applicant-error-required = この項目も入力してください。このグループの他の回答と組になる項目です。
applicant-error-choose = 選択肢から1つ選んでください。
applicant-error-date = 実在する日付を年・月・日の順で入力してください。例：1985-04-23。
applicant-error-date-of-birth-future = 生年月日は過去の日付でなければなりません。
applicant-error-date-of-birth-past = 生年月日が120年以上前になっています。年を確認してください。
applicant-error-too-young = 申請者は { $years } 歳以上でなければなりません。
applicant-error-mrz-latin = 旅券の機械読取部分に印字されているとおり、A～Zの文字、スペース、ハイフンのみを使用してください。
applicant-error-mrz-too-long = 氏名が { $max } 文字を超えています。機械読取部分に印字されているとおりに入力してください。
applicant-error-native-character = { $position } 文字目の文字は氏名に使用できません。
applicant-error-native-too-long = 氏名が { $max } 文字を超えています。
applicant-error-short-text = 1行、{ $max } 文字以内で入力してください。
applicant-error-long-text = { $max } 文字以内で入力してください。
applicant-error-sex = 性別の選択肢から1つ選んでください。
applicant-error-phone = 電話番号は + と国番号から始め、数字のみで入力してください。例：+886 2 2345 6789。
applicant-error-email = このメールアドレスは無効です。入力ミスがないか確認してください。
applicant-error-passport-number-character = 旅券に印字されているとおり、A～Zの英字と数字のみを使用してください。
applicant-error-passport-number-too-long = 旅券番号は英数字 { $max } 文字以内です。
applicant-error-issuing-state = 旅券を発給したエコノミーを選択してください。
applicant-error-issuing-state-home = 申請先は { $home } のため、旅券は { $home } が発給したものでなければなりません。旅券を発給したエコノミーへ新しい申請を始めてください。
applicant-error-issued-future = 発行年月日を未来の日付にすることはできません。
applicant-error-issued-after-expiry = 発行年月日は有効期間満了日より前でなければなりません。
applicant-error-passport-validity = 旅券の残存有効期間が { $months } か月以上必要です。申請前に旅券を更新してください。
applicant-error-business-type = 業種を選択してください。
applicant-error-days = 1から { $max } までの整数を入力してください。
applicant-error-priority-unknown = 一覧にあるエコノミーのみを選択してください。
applicant-error-priority-too-many = 選択できるエコノミーは最大 { $max } 件です。
applicant-error-renewal = 一覧からお持ちのカードを1枚選択してください。
applicant-error-consent = 提出する前に、チェックボックスにチェックを入れて宣誓内容を確認してください。

## 写真

applicant-photo-alt = 申請用の写真
applicant-photo-current = 現在の写真：{ $width } × { $height } ピクセル。
applicant-photo-none-yet = 写真はまだアップロードされていません。
applicant-photo-upload = 写真をアップロード
applicant-photo-replace = 写真を差し替える
applicant-photo-keep = この写真のまま続ける
applicant-photo-error-none = アップロードするJPEGファイルを選択してください。
applicant-photo-error-too-large = ファイルが { $kib } KiBを超えています。より小さい写真を選択してください。
applicant-photo-error-not-jpeg = このファイルはJPEG形式の写真ではありません。JPEG形式で保存してから、もう一度お試しください。
applicant-photo-error-too-small = 写真は { $width } × { $height } ピクセルです。{ $min_width } × { $min_height } 以上が必要です。
applicant-photo-error-too-big = 写真は { $width } × { $height } ピクセルです。{ $max_width } × { $max_height } 以下にしてください。

## 確認して提出

applicant-review-missing-title = 未入力の項目
applicant-review-missing = 「{ $field }」が入力されていません。
applicant-review-fix = 該当するステップへ移動して修正する
applicant-review-change-personal = 個人情報を変更
applicant-review-change-passport = 旅券の情報を変更
applicant-review-change-employment = 勤務先の情報を変更
applicant-review-change-travel = ビジネス渡航の情報を変更
applicant-review-change-photo = 写真を変更
applicant-review-submit-title = 申請を提出
applicant-review-complete-first = 上記の未入力の回答を入力すると、提出できるようになります。
applicant-consent-legend = 宣誓
applicant-consent-declaration = 私は、この申請の記載内容が真実かつ完全であることを宣誓します。私は、{ $home } がこの内容を、私を事前審査するかどうかを決定するためにAPECビジネス・トラベル・カード制度の他の参加エコノミーに、また私がカードを保持する間はそれらの国境管理当局に、開示することに同意します。
applicant-consent-label = この宣誓に同意します
applicant-submit = 申請を提出
applicant-problem-missing = まだ申請を提出できません：「{ $field }」が入力されていません。
applicant-problem-invalid = まだ申請を提出できません：「{ $field }」を確認してください。
applicant-problem-not-eligible = 申請はまだ制度の要件を満たしていません：旅券の日付、発行国、生年月日を確認してください。
applicant-problem-other = 現在、申請を提出できません。ページを再読み込みして、もう一度お試しください。

## 状況ページ

applicant-status-title = 申請 { $reference }
applicant-status-created = 開始日
applicant-status-review-target = 審査の目標期日
applicant-status-review-target-text = { $home } は { $date } までに審査を終えることを目標としています。
applicant-status-continue = 申請を続ける
applicant-status-question-title = { $home } から追加情報の依頼があります
applicant-status-answer = 回答
applicant-status-answer-hint = 質問にもれなく回答してください。複数行で書いても構いません。
applicant-status-send-answer = 回答を送信
applicant-status-new-photo = 新しい写真（JPEGファイル）
applicant-status-new-photo-hint = 新しい写真を求められた場合のみ。
applicant-respond-error-empty = 送信する前に回答を入力してください。
applicant-status-rejection-title = 示された理由
applicant-status-pre-clearances = 参加エコノミーによる事前審査
applicant-status-pre-clearances-count = { $total } のエコノミーのうち { $answered } が決定済みです。
applicant-status-no-pre-clearances = 事前審査の依頼は、所属エコノミーが申請を承認した後に送られます。
applicant-status-overdue = （そのエコノミー自身の目標期日を過ぎています）
applicant-status-not-decided = 未決定
applicant-status-issue-requested = カードの即時発行を依頼しました。
applicant-status-issue-title = 今すぐカードを受け取る
applicant-status-issue-text = 所属エコノミーは、これまでに得られた承認でカードを今すぐ発行できます。後から届いた承認については、無料で再発行カードをお届けします。
applicant-status-issue-button = 今すぐカードを発行する
applicant-status-history = 履歴
applicant-status-no-history = まだ何も起きていません。
applicant-withdraw-title = 申請を取り下げる
applicant-withdraw-text = 取り下げると、この申請は完全に終了します。後で新しい申請として再度申請できます。
applicant-withdraw-confirm = この申請を取り下げます
applicant-withdraw-button = 申請を取り下げる
applicant-withdraw-error-confirm = 取り下げることを確認するため、チェックボックスにチェックを入れてください。

applicant-done-submitted = 申請を提出しました。所属エコノミーが審査します。
applicant-done-answered = 回答を所属エコノミーに送信しました。
applicant-done-withdrawn = 申請を取り下げました。
applicant-done-issue = カードの即時発行の依頼を受け付けました。
applicant-done-photo = 新しい写真を保存しました。

applicant-who-you = あなた
applicant-who-economy = { $economy }
applicant-who-scheme = 制度の運営事務局
applicant-who-system = 自動処理

## 履歴

applicant-event-application_created = 申請が開始されました。
applicant-event-draft_updated = 回答が保存されました。
applicant-event-photo_attached = 写真がアップロードされました。
applicant-event-submitted = 申請が提出されました。
applicant-event-review_started = 所属エコノミーが審査を開始しました。
applicant-event-info_requested = 所属エコノミーが追加情報を求めました。
applicant-event-info_provided = 求められた情報が送信されました。
applicant-event-rejected = 所属エコノミーが申請を却下しました。
applicant-event-withdrawn = 申請が取り下げられました。
applicant-event-home_approved = { $requests ->
    [0] 所属エコノミーが申請を承認しました。
   *[other] 所属エコノミーが申請を承認し、{ $requests } のエコノミーに事前審査を依頼しました。
}
applicant-event-pre_clearance_requested = { $economy } に事前審査が依頼されました。
applicant-event-pre_clearance_decided = { $economy } が事前審査について決定しました。
applicant-event-pre_clearance_approved = { $economy } が事前審査を承認しました。
applicant-event-pre_clearance_declined = { $economy } が事前審査を承認しませんでした。
applicant-event-pre_clearance_withdrawn = { $economy } が事前審査の承認を撤回しました。
applicant-event-pre_clearance_closed = { $economy } への依頼は決定なしで終了しました。
applicant-event-issue_requested = カードの即時発行を依頼しました。
applicant-event-card_issued = カード { $card } が発行されました。
applicant-event-card_economies_changed = カード { $card } のエコノミーが変更されました。
applicant-event-card_replaced = カード { $old } はカード { $new } に切り替えられました。
applicant-event-card_cancelled = カード { $card } は取り消されました。
applicant-event-card_expired = カード { $card } の有効期限が切れました。

## お知らせ

applicant-notice-submitted = 申請が提出されました。
applicant-notice-review_started = 所属エコノミーが申請の審査を開始しました。
applicant-notice-info_requested = 所属エコノミーが追加の情報を求めています。
applicant-notice-info_provided = 回答が所属エコノミーに届きました。
applicant-notice-rejected = 所属エコノミーが申請を却下しました。
applicant-notice-withdrawn = 申請が取り下げられました。
applicant-notice-home_approved = 所属エコノミーが申請を承認しました。事前審査の依頼が送られています。
applicant-notice-pre_clearance_decided = あるエコノミーが事前審査について決定しました。
applicant-notice-pre_clearance_withdrawn = あるエコノミーが事前審査の承認を撤回しました。
applicant-notice-issue_requested = カードの即時発行の依頼を受け付けました。
applicant-notice-card_issued = カードが発行されました。
applicant-notice-card_economies_changed = カードのエコノミーが変更されました。
applicant-notice-card_replaced = カードが新しいカードに切り替えられました。
applicant-notice-card_cancelled = カードが取り消されました。
applicant-notice-card_expired = カードの有効期限が切れました。
applicant-notice-other = 申請に関する新しいお知らせがあります。

## カードのページ

applicant-card-title = カード { $number }
applicant-card-home = 発行者
applicant-card-kind = 形態
applicant-card-virtual = バーチャルカード（スマートフォン内）
applicant-card-physical = 物理カード
applicant-card-replaces = 切り替え前のカード
applicant-card-replaced-by = 切り替え後のカード
applicant-card-not-active = このカードは渡航に使用できなくなりました。
applicant-card-wallet = スマートフォンで表示
applicant-card-cleared = 事前審査を承認したエコノミー
applicant-card-stay-days = { $days ->
   *[other] 1回の滞在につき最長 { $days } 日
}
applicant-card-stay-unknown = 国境で各エコノミーが決定
applicant-card-none-yet = 事前審査を承認したエコノミーはまだありません。承認が届くとここに表示されます。
applicant-card-none-transitional = { $home } は移行期メンバーです。そのカード保持者は事前審査を受けられないため、この一覧は空のままです。
applicant-card-lanes = 有効なカードがあれば、すべての参加エコノミーの空港でAPECレーンを利用できます。カードの発行に用いた旅券を必ず携帯してください。各エコノミーは入国を拒否する権利を保持しています。
applicant-card-application = このカードの申請を表示

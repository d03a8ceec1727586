mail-greeting = { $name } 様
mail-status-subject = APECビジネス・トラベル・カードの申請に関するお知らせ
mail-card-subject = APECビジネス・トラベル・カードに関するお知らせ
mail-status-intro = 申請 { $reference } に進展がありました：
mail-status-link = 詳細と必要な手続きは、アカウントでご確認ください：
mail-notice-subject = APECビジネス・トラベル・カードのお知らせ：{ $subject }
mail-notice-intro = { $sender } から APECビジネス・トラベル・カード所持者の皆様へのお知らせ：
mail-sender-scheme = APECビジネス・トラベル・カード制度事務局
mail-notice-link = アカウント：
mail-footer = このメールは APECビジネス・トラベル・カードのシステムから自動送信されています。返信はお読みできません。

# 職員向けチャネルへのメール：各エコノミーの連絡先と、制度管理者の効率化チャネル。
# 期限を過ぎた事前審査の依頼に関する期限超過通知と、処理状況の週次まとめ。
mail-staff-greeting = 関係各位
mail-staff-footer = このメールは、APECビジネス・トラベル・カードのシステムにおける { $channel } の連絡先としてお送りしています。
mail-channel-efficiency = 制度の効率化チャネル
mail-escalation-subject = { $economy } 宛ての事前審査の依頼 { $count } 件が期限超過
mail-escalation-intro = { $economy } 宛ての事前審査の依頼 { $count } 件が、決定されないまま期限を過ぎました。
mail-escalation-open = 期限を過ぎて未決定の依頼：{ $open } 件。最も早い期限は { $oldest } でした。
mail-escalation-references = 申請：
mail-escalation-more = …ほか { $count } 件。
mail-escalation-link = 依頼の一覧（期限の早い順）：
mail-efficiency-subject = 期限超過通知：事前審査の依頼 { $count } 件が期限を過ぎました
mail-efficiency-intro = 以下のエコノミーに、期限を過ぎたばかりの事前審査の依頼があります：
mail-efficiency-row = { $economy }：新規 { $raised } 件、期限超過の合計 { $open } 件、最も早い期限は { $oldest }
mail-digest-subject = { $economy } の処理状況週次まとめ（{ $from } ～ { $to }）
mail-digest-intro = { $from } から { $to } までの週における { $economy } の事前審査の処理状況：
mail-digest-received = 受け付けた依頼：{ $count } 件
mail-digest-decided = 決定：承認 { $approved } 件、不承認 { $declined } 件
mail-digest-times = 決定までの日数：中央値 { $median } 日、90 パーセンタイル { $p90 } 日。目標の { $target } 日以内の割合：{ $share }
mail-digest-no-decisions = 今週の決定はありません。
mail-digest-backlog = 現在の未処理：{ $pending } 件、うち期限超過：{ $overdue } 件
mail-digest-escalations = 今週の期限超過通知：{ $raised } 件。未解決：{ $open } 件
mail-digest-link = レポート全文：
mail-scheme-digest-subject = 制度全体の処理状況週次まとめ（{ $from } ～ { $to }）
mail-scheme-digest-intro = { $from } から { $to } までの週における、エコノミー別の事前審査の処理状況：
mail-scheme-digest-row = { $economy }：決定 { $decided } 件、中央値 { $median } 日。未処理 { $pending } 件、期限超過 { $overdue } 件。未解決の期限超過通知 { $open } 件

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = APECビジネス・トラベル・カード：「{ $subject }」についてのお知らせ
mail-ticket-reply = { $economy }が「{ $subject }」（{ $kind }）に返信しました。
mail-ticket-refund-approved = { $economy }は「{ $subject }」で申請された返金を承認しました。
mail-ticket-refund-declined = { $economy }は「{ $subject }」で申請された返金を認めませんでした。理由はチケットのページに記載されています。
mail-ticket-closed = { $economy }が「{ $subject }」（{ $kind }）を終了しました。さらにお手伝いが必要な場合は、そのページから再開できます。
mail-ticket-link = 内容の確認と返信は、アカウントで行えます：

# 期限超過通知のページ（/escalations）：期限を過ぎた事前審査の依頼（エコノミー別）と、その通知先
# （各エコノミーの連絡先、制度管理者の効率化チャネル）。
nav-escalations = 期限超過通知
escalations-title = 期限を過ぎた事前審査の依頼
escalations-intro = 期限を過ぎても決定されていない事前審査の依頼は、期限超過通知の対象となります。当該エコノミーの連絡先と制度の効率化チャネルにメールで通知され、各エコノミーの連絡先には処理状況の週次まとめも送付されます。
escalations-economy = エコノミー
escalations-open = 未解決
escalations-raised = 過去 7 日間の新規
escalations-oldest = 最も早い期限
escalations-none = 期限を過ぎた事前審査の依頼はありません。
escalations-requests-heading = { $economy } の未解決の期限超過通知
escalations-reference = 申請
escalations-due = 期限
escalations-raised-at = 通知日時
escalations-find = キューで検索
escalations-contacts-heading = 通知先
escalations-contacts-economy = { $economy } の期限超過通知と週次まとめは、以下のアドレスに送信されます。
escalations-contacts-efficiency = 効率化チャネルは、すべてのエコノミーの期限超過通知と制度の週次まとめを以下のアドレスで受け取ります。
escalations-contacts-none = まだ登録されていません。期限超過通知はここに記録されますが、メールは送信されません。
escalations-contacts-label = アドレスを 1 行に 1 件ずつ。各アドレスの後に言語を付けることもできます（例：desk@example.jp ja）
escalations-contacts-save = 連絡先を保存
escalations-contacts-saved = 連絡先を保存しました。
escalations-contacts-invalid = { $line } 行目は、メールアドレス（後に言語タグを付けることも可）ではありません。
escalations-contacts-rejected = リストは受け付けられませんでした。アドレスは最大 10 件までで、同じアドレスは 1 回だけ記載してください。

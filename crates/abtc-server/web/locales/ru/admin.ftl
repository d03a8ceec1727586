# Администрирование: сотрудники, API-клиенты, ключи и политика выдачи экономики; экономики программы и список доверия.

## Администрирование экономики
admin-title = Администрирование экономики { $economy }
admin-staff-heading = Сотрудники
admin-staff-none = Сотрудников пока нет.
admin-staff-create = Создать учётную запись сотрудника
admin-username = Имя пользователя
admin-username-hint = Не более 100 символов, без пробелов. Под этим именем сотрудник входит в систему.
admin-display-name = Отображаемое имя
admin-role = Роль
admin-initial-password = Начальный пароль
admin-initial-password-hint = Не менее 10 символов. Передайте его лично или по иному каналу, чем имя пользователя.
admin-created = Дата создания
admin-status = Статус
admin-actions = Действия
admin-account-active = Активна
admin-account-disabled = Отключена
admin-clients-heading = API-клиенты национальных систем
admin-clients-lead = Собственные системы вашей экономики используют эти токены, чтобы получать очереди и передавать решения через API от имени ваших сотрудников.
admin-clients-none = API-клиентов пока нет.
admin-client-name = Название
admin-client-create = Создать API-клиент
admin-client-token = Токен
admin-client-token-once = Скопируйте токен клиента { $name } сейчас: он показывается только один раз и не может быть восстановлен.
admin-client-revoked = Отозван
admin-client-revoke = Отозвать { $name }
admin-keys-heading = Ключи подписи
admin-keys-lead = Корневой ключ вашей экономики (CSCA) сертифицирует её подписантов документов, которые подписывают виртуальные карты. Проверяющие доверяют им благодаря списку доверия программы.
admin-keys-none = Ключей пока нет. Они создаются при смене ключей.
admin-key-role = Ключ
admin-key-role-csca = Корневой (CSCA)
admin-key-role-dsc = Подписант документов
admin-key-kid = Идентификатор ключа
admin-key-valid-from = Действует с
admin-key-valid-until = Действует до
admin-key-retired = Выведен из использования
admin-key-status-active = Используется
admin-key-status-retired = Выведен из использования
admin-key-status-expired = Срок действия истёк
admin-keys-rotate = Сменить подписанта документов
admin-keys-rotate-hint = С этого момента подписывает новый подписант документов; прежний остаётся доверенным в течение 30 дней, чтобы подписанные им карты по-прежнему проходили проверку. Список доверия сразу публикуется заново.
admin-policy-heading = Политика выдачи
admin-policy-current = Сейчас: { $policy }.
admin-target-current = Ваш целевой срок решения по запросам на предварительное согласование: { $days ->
    [one] { $days } день.
    [few] { $days } дня.
    [many] { $days } дней.
   *[other] { $days } дня.
}
admin-policy-kind = Когда выдаются карты вашим заявителям?
admin-policy-kind-all_responded = Когда ответят все экономики
admin-policy-kind-all_responded-hint = Карта печатается, когда получены все ответы по предварительному согласованию.
admin-policy-kind-priority = Когда ответят экономики, названные заявителем
admin-policy-kind-priority-hint = Или по просьбе заявителя; последующие одобрения дают право на бесплатную замену карты.
admin-policy-kind-interim = По истечении минимального срока и после минимального числа одобрений
admin-policy-kind-interim-hint = В зависимости от того, что наступит позже.
admin-policy-kind-virtual_immediate = Сразу, в виде виртуальной карты
admin-policy-kind-virtual_immediate-hint = Каждое новое одобрение появляется в карте по мере поступления.
admin-policy-max-named = Наибольшее число экономик, которые может назвать заявитель (приоритет, от 1 до 5)
admin-policy-min-days = Минимум дней на предварительном согласовании (промежуточная выдача, до 365)
admin-policy-min-approvals = Минимум одобрений (промежуточная выдача, до 20)
admin-policy-save = Сохранить политику
admin-policy-all_responded = карты выдаются, когда ответят все экономики
admin-policy-priority = карты выдаются, когда ответят названные экономики (не более { $max_named }), или по просьбе заявителя
admin-policy-interim = карты выдаются через { $min_days ->
    [one] { $min_days } день
    [few] { $min_days } дня
    [many] { $min_days } дней
   *[other] { $min_days } дня
} и после { $min_approvals ->
    [one] { $min_approvals } одобрения
   *[other] { $min_approvals } одобрений
}, в зависимости от того, что наступит позже
admin-policy-virtual_immediate = виртуальная карта выдаётся сразу
admin-pre-clearance-target = Целевой срок предварительного согласования (дней)
admin-home-review-target = Целевой срок рассмотрения в экономике заявителя (дней)
admin-done-staff = Учётная запись сотрудника готова. Сотрудник уже может войти в систему.
admin-done-client = API-клиент создан.
admin-done-client-revoked = Токен API-клиента отозван.
admin-done-keys = Используется новый подписант документов, список доверия опубликован заново.
admin-done-policy = Политика выдачи сохранена.
admin-error-role = Выберите одну из ролей сотрудников.
admin-error-username = Имя пользователя должно содержать от 1 до 100 символов без пробелов.
admin-error-username-taken = Это имя пользователя уже занято. Выберите другое.
admin-error-weak-password = Выберите начальный пароль подлиннее: не менее 10 символов.
admin-error-client-name = Укажите название клиента длиной от 1 до 100 символов.
admin-error-policy = Политика не сохранена: выберите вид политики и укажите значения в пределах указанных ограничений.

## Администрирование программы
admin-scheme-title = Администрирование программы
admin-trust-heading = Список доверия
admin-trust-version = Версия
admin-trust-issued = Дата публикации
admin-trust-signers = Подписанты документов
admin-trust-roots = Корневые ключи экономик
admin-trust-economies = Охваченные экономики
admin-trust-none = Список доверия ещё не публиковался.
admin-trust-unreadable = Последний список доверия не проходит проверку по действующему якорю доверия. Опубликуйте новый.
admin-trust-publish = Опубликовать новый список доверия
admin-trust-publish-hint = Включает действующие ключи в следующую версию и подписывает её; эту версию загружают проверяющие.
admin-economies-heading = Экономики
admin-economy-code = Код
admin-economy-name = Название
admin-membership = Участие
admin-membership-full = Полноправный участник
admin-membership-transitional = Участник переходного периода
admin-stay-days = Срок пребывания (дней)
admin-stay-days-hint = Только для полноправных участников (например, 60 или 90); для участника переходного периода оставьте поле пустым.
admin-virtual-card = Виртуальная карта
admin-virtual-accepts = Принимает
admin-virtual-refuses = Не принимает
admin-virtual-issues = выдаёт
admin-economy-edit-heading = Изменить данные экономики
admin-economy-edit-lead = Участие задаётся данными: экономика может стать полноправным участником, изменить срок пребывания или целевые сроки. Политику выдачи определяет собственный администратор экономики.
admin-accepts-virtual = Принимает виртуальную карту на своей границе
admin-issues-virtual = Выдаёт виртуальные карты
admin-accepts-residents = Принимает заявки от своих постоянных жителей
admin-economy-save = Сохранить { $economy }
admin-done-economy = Данные экономики { $economy } обновлены.
admin-done-trust-list = Опубликован новый список доверия.
admin-error-economy = Данные экономики { $economy } не сохранены: полноправному участнику нужен срок пребывания (от 1 до 365 дней), участнику переходного периода — нет, а целевые сроки должны составлять от 1 до 730 дней.

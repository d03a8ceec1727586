# Рабочее место сотрудников: очередь рассмотрения заявок своей экономики и страницы заявок, очередь предварительного согласования и страницы запросов.

## Очереди
officer-queue-title = Заявки на рассмотрение · { $economy }
officer-queue-lead = Заявки заявителей вашей экономики; первыми показаны наиболее просроченные. Откройте заявку, чтобы рассмотреть её.
officer-queue-count = { $count ->
    [one] { $count } заявка
    [few] { $count } заявки
    [many] { $count } заявок
   *[other] { $count } заявки
}
officer-queue-empty = Нет заявок, соответствующих этим фильтрам.
officer-pc-queue-title = Запросы на предварительное согласование · { $economy }
officer-pc-queue-lead = Запросы, адресованные вашей экономике; первыми показаны запросы с самым ранним сроком. Откройте запрос, чтобы принять по нему решение.
officer-pc-queue-count = { $count ->
    [one] { $count } запрос
    [few] { $count } запроса
    [many] { $count } запросов
   *[other] { $count } запроса
}
officer-pc-queue-empty = Нет запросов, соответствующих этим фильтрам.
officer-filters = Фильтры
officer-filter-state = Состояние
officer-filter-state-open = Открытые (поданные, на рассмотрении, запрошены сведения)
officer-filter-search = Поиск
officer-filter-search-hint = Часть номера заявки (ABTC-…) или имени заявителя в написании, как в паспорте.
officer-filter-overdue = Только просроченные
officer-filter-any-economy = Любая экономика
officer-filter-apply = Показать
officer-filter-clear = Сбросить фильтры
officer-pages = Страницы
officer-page-prev = Предыдущая страница
officer-page-next = Следующая страница
officer-page-of = Страница { $page } из { $pages }
officer-overdue = (просрочено)
officer-unnamed = (имя не указано)

## Столбцы и поля
officer-col-reference = Номер
officer-col-applicant = Заявитель
officer-col-state = Состояние
officer-col-status = Статус
officer-col-submitted = Дата подачи
officer-col-target = Целевой срок
officer-col-requested = Дата запроса
officer-col-due = Срок
officer-col-decided = Дата решения
officer-col-economy = Экономика
officer-col-card = Номер карты
officer-col-issued = Дата выдачи
officer-col-expires = Действительна до
officer-col-economies = Экономики с предварительным согласованием
officer-col-when = Когда
officer-col-what = Что произошло
officer-col-who = Кем
officer-home-economy = Экономика заявителя
officer-field-family-name = Фамилия
officer-field-given-names = Имя
officer-field-native-name = Имя в национальном написании
officer-field-sex = Пол
officer-field-date-of-birth = Дата рождения
officer-field-place-of-birth = Место рождения
officer-field-nationality = Гражданство
officer-field-passport-number = Номер паспорта
officer-field-issuing-state = Государство выдачи
officer-field-issued-on = Дата выдачи
officer-field-expires-on = Дата окончания срока действия
officer-field-address = Адрес места жительства
officer-field-phone = Телефон
officer-field-email = Адрес электронной почты
officer-field-employer = Работодатель
officer-field-business-address = Адрес организации
officer-field-business-type = Вид деятельности
officer-field-registration = Регистрационный номер организации
officer-field-sme = Малое или среднее предприятие
officer-field-position = Должность
officer-field-trips = Деловых поездок в год
officer-field-trip-days = Средняя продолжительность поездки (дней)
officer-field-priority = Экономики, названные заявителем в первую очередь
officer-field-consent = Согласие на передачу сведений другим экономикам
officer-field-renewal-of = Продление карты
officer-yes = Да
officer-no = Нет
officer-sex-F = Женский
officer-sex-M = Мужской
officer-sex-X = Не указан (X)
officer-business-manufacturing = Обрабатывающая промышленность
officer-business-trade = Торговля
officer-business-services = Услуги
officer-business-finance = Финансы
officer-business-technology = Технологии
officer-business-resources = Природные ресурсы
officer-business-agriculture = Сельское хозяйство
officer-business-tourism = Туризм
officer-business-education = Образование
officer-business-government = Государственный сектор
officer-business-other = Другое

## Состояния и статусы (всегда показываются текстом, а не только цветом)
officer-state-draft = Черновик
officer-state-submitted = Подана
officer-state-home_review = На рассмотрении
officer-state-info_requested = Запрошены сведения
officer-state-rejected = Отклонена
officer-state-withdrawn = Отозвана
officer-state-pre_clearance = На предварительном согласовании
officer-state-issued = Карта выдана
officer-status-pending = Ожидает решения
officer-status-approved = Одобрено
officer-status-declined = Отклонено
officer-status-withdrawn = Одобрение отозвано
officer-status-closed = Закрыто без решения
officer-card-status-active = Действует
officer-card-status-replaced = Заменена
officer-card-status-cancelled = Аннулирована
officer-card-status-lost = Утеряна
officer-card-status-expired = Срок действия истёк

## Страница заявки
officer-back-to-queue = Назад к заявкам
officer-case-title = Заявка { $reference }
officer-case-summary = Сводка
officer-open-question = Открытый вопрос заявителю
officer-rejection-reason = Причина отклонения
officer-issue-requested = Заявитель попросил выдать карту сейчас
officer-decide-heading = Решение
officer-waiting-for-applicant = У заявителя запрошены сведения. Рассмотрение продолжится после его ответа.
officer-review-hint = Прежде чем принимать решение, возьмите заявку на рассмотрение.
officer-action-review = Начать рассмотрение
officer-action-approve = Одобрить
officer-approve-hint = { $count ->
    [one] При одобрении запросы на предварительное согласование будут направлены { $count } экономике-участнице.
    [few] При одобрении запросы на предварительное согласование будут направлены { $count } экономикам-участницам.
    [many] При одобрении запросы на предварительное согласование будут направлены { $count } экономикам-участницам.
   *[other] При одобрении запросы на предварительное согласование будут направлены { $count } экономикам-участницам.
}
officer-action-request-info = Запросить сведения
officer-question = Вопрос заявителю
officer-question-hint = Заявитель увидит этот вопрос. Не более 500 символов.
officer-action-reject = Отклонить
officer-reason = Причина
officer-reason-hint = Заявитель увидит эту причину. Не более 500 символов.
officer-section-person = Личные данные
officer-section-passport = Паспорт
officer-section-contact = Контактные данные
officer-section-employment = Место работы
officer-section-travel = Поездки
officer-section-progress = Предварительное согласование по экономикам
officer-section-cards = Карты
officer-section-history = История
officer-photo-alt = Фотография заявителя
officer-no-photo = Фотографии нет.
officer-progress-summary = Запрошено экономик: { $asked }; одобрили: { $approved }, отказали: { $declined }, ожидается решение: { $pending }, отозвали одобрение: { $withdrawn }.
officer-progress-none = Предварительное согласование ещё не запрашивалось.
officer-cards-none = Карты не выдавались.
officer-card-virtual = виртуальная
officer-card-no-economies = Пока нет
officer-cancel-card = Аннулировать карту { $card }
officer-cancel-reason = Причина аннулирования
officer-cancel-reason-left_employer = Владелец карты больше не работает у работодателя
officer-cancel-reason-holder_request = По просьбе владельца карты
officer-cancel-reason-renewal = Продление
officer-cancel-reason-no_longer_eligible = Больше не отвечает требованиям
officer-action-cancel-card = Аннулировать карту
officer-replace-lost = Заменить утерянную или похищенную карту
officer-police-report = Номер заявления в полицию
officer-replace-new-passport = Заменить в связи с получением нового паспорта
officer-replace-approvals = Заменить, чтобы отразить новые одобрения
officer-replace-approvals-hint = В новой карте будут указаны все экономики, давшие одобрение на данный момент.
officer-action-replace-card = Заменить карту
officer-replace-reason-lost = утеря или кража
officer-replace-reason-new_passport = новый паспорт
officer-replace-reason-change_of_approvals = изменение одобрений
officer-history-none = Пока ничего не записано.

## Результаты и ошибки
officer-done-review = Рассмотрение начато.
officer-done-info = У заявителя запрошены сведения.
officer-done-approved = Одобрено. Запросы на предварительное согласование отправляются.
officer-done-rejected = Заявка отклонена.
officer-done-card-cancelled = Карта аннулирована.
officer-done-card-replaced = Выдана карта взамен прежней.
officer-done-pc-approved = Вы одобрили этот запрос.
officer-done-pc-declined = Вы отклонили этот запрос.
officer-done-pc-withdrawn = Одобрение отозвано; ваша экономика больше не указана в карте владельца.
officer-error-question = Напишите вопрос заявителю (не более 500 символов).
officer-error-reason = Укажите причину (не более 500 символов).
officer-error-police-report = Укажите номер заявления в полицию (не более 200 символов).
officer-error-passport = Укажите номер нового паспорта, дату его выдачи и дату окончания срока действия.
officer-error-decision = Выберите «одобрить» или «отклонить».
officer-error-note = Примечание слишком длинное или содержит недопустимые символы (не более 500 символов).
officer-error-decline-reason = При отклонении укажите причину.

## Страница запроса на предварительное согласование
officer-back-to-pc-queue = Назад к запросам
officer-pc-title = Запрос на предварительное согласование
officer-pc-lead = { $home } запрашивает у вашей экономики предварительное согласование для этого делового путешественника. Вам показано только то, что необходимо для решения.
officer-pc-request = Запрос
officer-pc-id = Номер запроса
officer-pc-note = Примечание
officer-pc-note-hint = Хранится только в вашей экономике; другие экономики и заявитель его не видят. Обязательно при отклонении.
officer-pc-decision = Решение вашей экономики
officer-pc-approve = Одобрить предварительное согласование
officer-pc-decline = Отказать в предварительном согласовании
officer-pc-submit = Записать решение
officer-pc-withdraw-heading = Отзыв одобрения
officer-pc-withdraw-hint = Владелец карты получит уведомление, и ваша экономика перестанет указываться в его карте.
officer-pc-withdraw = Отозвать одобрение

## История
officer-actor-system = Система
officer-event-application_created = Заявка начата
officer-event-draft_updated = Черновик изменён
officer-event-photo_attached = Фотография прикреплена
officer-event-submitted = Подана
officer-event-review_started = Рассмотрение начато
officer-event-info_requested = У заявителя запрошены сведения
officer-event-info_provided = Заявитель ответил
officer-event-rejected = Отклонена
officer-event-withdrawn = Отозвана заявителем
officer-event-home_approved = Одобрена экономикой заявителя; отправлено запросов на предварительное согласование: { $requests }
officer-event-pre_clearance_requested = Запрошено предварительное согласование экономики { $economy }
officer-event-pre_clearance_approved = Экономика { $economy } одобрила предварительное согласование
officer-event-pre_clearance_declined = Экономика { $economy } отказала в предварительном согласовании
officer-event-pre_clearance_withdrawn = Экономика { $economy } отозвала своё одобрение
officer-event-pre_clearance_closed = Запрос к экономике { $economy } закрыт без решения
officer-event-issue_requested = Заявитель попросил выдать карту сейчас
officer-event-card_issued = Выдана карта { $card }
officer-event-card_economies_changed = Изменён перечень экономик в карте { $card }: добавлены { $added }, удалены { $removed }
officer-event-card_replaced = Карта { $old } заменена картой { $new } ({ $reason })
officer-event-card_cancelled = Карта { $card } аннулирована ({ $reason })
officer-event-card_expired = Истёк срок действия карты { $card }

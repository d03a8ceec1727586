# Портал заявителя: заявки, шаги заявки, страница статуса и карта.
# Значения в { $скобках } подставляются страницами; сохраняйте их в переводах.

## Общие слова

applicant-optional = необязательно
applicant-choose = Выберите вариант
applicant-yes = Да
applicant-no = Нет
applicant-not-given = Не указано
applicant-not-submitted = Ещё не подана
applicant-back-to-portal = Назад к моим заявкам и картам

## Портал

applicant-portal-title = Мои заявки и карты
applicant-portal-apply = Начать новую заявку
applicant-portal-applications = Заявки
applicant-portal-cards = Карты
applicant-portal-notifications = Уведомления
applicant-portal-no-applications = У вас пока нет заявок. Начните заявку, чтобы получить карту деловых поездок АТЭС через свою экономику.
applicant-portal-no-cards = У вас пока нет карт. Карта появится здесь, когда ваша экономика её выдаст.
applicant-portal-no-notifications = Уведомлений пока нет. Здесь будут появляться новости о ваших заявках и картах, сначала самые свежие.
applicant-portal-continue = Продолжить заявку { $reference }
applicant-portal-view = Открыть заявку { $reference }

## Столбцы таблиц и сведения

applicant-col-reference = Номер
applicant-col-home = Ваша экономика
applicant-col-state = Статус
applicant-col-submitted = Подана
applicant-col-next = Далее
applicant-col-card-number = Номер карты
applicant-col-card-status = Статус карты
applicant-col-issued = Выдана
applicant-col-expires = Действительна до
applicant-col-economy = Экономика
applicant-col-decision = Решение
applicant-col-due = Решение ожидается до
applicant-col-decided = Дата решения
applicant-col-stay = Разрешённый срок пребывания за один визит
applicant-col-date = Дата
applicant-col-event = Что произошло
applicant-col-by = Кем

## Состояния заявки

applicant-state-draft = Черновик
applicant-state-submitted = Подана
applicant-state-home_review = На рассмотрении в вашей экономике
applicant-state-info_requested = Запрошены сведения
applicant-state-rejected = Отклонена
applicant-state-withdrawn = Отозвана
applicant-state-pre_clearance = Ожидает предварительного согласования
applicant-state-issued = Карта выдана

applicant-state-explain-draft = Эта заявка — черновик. Никто другой не увидит её, пока вы её не подадите.
applicant-state-explain-submitted = Ваша заявка отправлена в вашу экономику, которая скоро начнёт её рассмотрение.
applicant-state-explain-home_review = Ваша экономика проверяет вашу заявку.
applicant-state-explain-info_requested = Вашей экономике нужны от вас дополнительные сведения. Ответьте на вопрос ниже, чтобы рассмотрение могло продолжиться.
applicant-state-explain-rejected = Ваша экономика не одобрила эту заявку.
applicant-state-explain-withdrawn = Вы отозвали эту заявку. Вы можете в любое время начать новую.
applicant-state-explain-pre_clearance = Ваша экономика одобрила вашу заявку и запросила у других экономик-участниц предварительное согласование для вас. Каждая экономика принимает решение в свои сроки.
applicant-state-explain-issued = Ваша карта выдана. Экономики, которые одобрят вас позже, будут добавлены в неё или в карту, выданную взамен.

## Статусы предварительного согласования и карты

applicant-pc-status-pending = Ожидает решения
applicant-pc-status-approved = Одобрено
applicant-pc-status-declined = Отклонено
applicant-pc-status-withdrawn = Одобрение отозвано
applicant-pc-status-closed = Закрыто без решения

applicant-card-status-active = Действует
applicant-card-status-replaced = Заменена
applicant-card-status-cancelled = Аннулирована
applicant-card-status-lost = Заявлена как утерянная
applicant-card-status-expired = Срок действия истёк

## Начало заявки

applicant-apply-title = Начать заявку
applicant-apply-lead = Заявка подаётся в вашу экономику — экономику-участницу, выдавшую ваш паспорт. Сначала она проверяет вашу заявку, а затем запрашивает у других экономик предварительное согласование для вас.
applicant-apply-need-passport = Вам понадобится паспорт, действительный ещё не менее шести месяцев.
applicant-apply-need-travel = Вас спросят о работодателе, должности и о том, как часто вы ездите в деловые поездки.
applicant-apply-need-photo = Вам понадобится недавняя фотография паспортного образца в виде файла JPEG.
applicant-apply-home = Ваша экономика
applicant-apply-home-hint = Экономика, выдавшая ваш паспорт. Гонконг, Китай принимает заявки также от своих постоянных жителей.
applicant-apply-transitional = только ускоренные коридоры
applicant-apply-transitional-note = Канада и Соединённые Штаты — участники с переходным статусом: владельцы их карт пользуются ускоренными коридорами АТЭС, но не получают предварительного согласования других экономик.
applicant-apply-start = Начать заявку
applicant-apply-error-home = Выберите свою экономику из списка.

## Шаги

applicant-steps-label = Шаги заявки
applicant-step-numbered = Шаг { $number }: { $step }
applicant-step-context = Заявка { $reference }, экономика подачи: { $home }
applicant-step-personal = Личные данные
applicant-step-passport = Паспорт
applicant-step-employment = Место работы
applicant-step-travel = Деловые поездки
applicant-step-photo = Фотография
applicant-step-review = Проверка и подача
applicant-step-save-later = Остановиться и продолжить позже (сохранённые шаги не пропадут)
applicant-save-continue = Сохранить и продолжить
applicant-error-summary = Некоторые ответы требуют вашего внимания

applicant-personal-lead = Впишите имя и фамилию точно так, как они указаны в паспорте.
applicant-passport-lead = Укажите паспорт, с которым вы будете путешествовать. Карта действительна только вместе с этим паспортом.
applicant-employment-lead = Расскажите об организации, по делам которой вы ездите. Малые и средние предприятия приветствуются.
applicant-travel-lead = Расскажите, как часто вы совершаете деловые поездки в регионе АТЭС.
applicant-photo-lead = Загрузите недавнюю цветную фотографию своего лица, как для паспорта.
applicant-review-lead = Проверьте свои ответы перед подачей. После подачи изменить их будет нельзя.

## Подписи полей

applicant-field-family-name = Фамилия (как в машиночитаемой зоне паспорта)
applicant-field-given-names = Имя (как в машиночитаемой зоне паспорта)
applicant-field-native-name = Полное имя в национальном написании
applicant-field-sex = Пол (как в паспорте)
applicant-field-date-of-birth = Дата рождения
applicant-field-place-of-birth = Место рождения
applicant-field-residential-address = Адрес места жительства
applicant-field-phone = Номер телефона
applicant-field-email = Адрес электронной почты для этой заявки
applicant-field-passport-number = Номер паспорта
applicant-field-issuing-state = Государство выдачи (ваше гражданство)
applicant-field-issued-on = Дата выдачи
applicant-field-expires-on = Дата окончания срока действия
applicant-field-employer-name = Название работодателя или компании
applicant-field-business-address = Адрес организации
applicant-field-business-type = Вид деятельности
applicant-field-registration-number = Регистрационный номер организации
applicant-field-sme = Является ли организация малым или средним предприятием?
applicant-field-position = Ваша должность
applicant-field-trips-per-year = Деловых поездок в год
applicant-field-average-trip-days = Средняя продолжительность поездки в днях
applicant-field-priority-economies = Экономики, решения которых нужно дождаться до выдачи карты
applicant-field-renewal-of = Карта, которую продлевает эта заявка
applicant-field-photo = Фотография (файл JPEG)
applicant-field-consent = Заявление и согласие
applicant-field-other = Ответ
applicant-section-passport = Паспортные данные
applicant-section-employer = Сведения о работодателе

## Подсказки

applicant-hint-mrz-family = Латинские буквы от A до Z, как напечатано в двух строках внизу страницы паспорта с фотографией, например CHEN.
applicant-hint-mrz-given = Латинские буквы от A до Z, как напечатано в машиночитаемой зоне, например TAI MAN. Оставьте поле пустым, если в паспорте имени нет.
applicant-hint-native-name = В той системе письма, которой вы пользуетесь, например 陳大文.
applicant-hint-sex = Выберите X, если в паспорте указано X или пол не указан.
applicant-hint-date = Год, месяц и день, например 1985-04-23.
applicant-hint-expires-on = Год, месяц и день. Паспорт должен быть действителен ещё не менее шести месяцев.
applicant-hint-place-of-birth = Город или населённый пункт, а также страна или экономика.
applicant-hint-address = Напишите адрес так, как написали бы его на конверте, в любой системе письма; можно в несколько строк.
applicant-hint-phone = Начните с + и кода страны, например +886 2 2345 6789.
applicant-hint-email = Принимаются адреса в любой системе письма, например 葉士豪@例え.jp.
applicant-hint-passport-number = Только буквы и цифры, как напечатано на странице с фотографией.
applicant-hint-issuing-state = Экономика, выдавшая паспорт.
applicant-hint-registration-number = Номер, под которым зарегистрирована организация, если он есть.
applicant-hint-sme = Обычно менее 250 сотрудников; ваша экономика может применять собственное определение.
applicant-hint-trips-per-year = Целое число от 1 до 365.
applicant-hint-average-trip-days = Целое число дней от 1 до 365.
applicant-hint-priority-economies = Ваша экономика сможет выдать карту, как только названные здесь экономики примут решение. Укажите не более { $max } или не указывайте ни одной, чтобы действовал обычный порядок.
applicant-hint-renewal-of = Если эта заявка продлевает вашу действующую карту, выберите её: эта карта будет аннулирована при выдаче новой.
applicant-renewal-none = Это не продление
applicant-hint-photo = Файл JPEG размером не более { $kib } KiB и не менее { $min_width } × { $min_height } пикс.

## Варианты

applicant-sex-F = Женский
applicant-sex-M = Мужской
applicant-sex-X = Не указан (X)

applicant-business-manufacturing = Обрабатывающая промышленность
applicant-business-trade = Торговля
applicant-business-services = Услуги
applicant-business-finance = Финансы
applicant-business-technology = Технологии
applicant-business-resources = Добыча полезных ископаемых и энергетика
applicant-business-agriculture = Сельское хозяйство
applicant-business-tourism = Туризм
applicant-business-education = Образование
applicant-business-government = Государственный сектор
applicant-business-other = Другое

## Сообщения об ответах

applicant-error-required = Заполните и это поле: оно нужно вместе с остальными ответами этой группы.
applicant-error-choose = Выберите один из вариантов.
applicant-error-date = Введите существующую дату: год, месяц и день, например 1985-04-23.
applicant-error-date-of-birth-future = Дата рождения должна быть в прошлом.
applicant-error-date-of-birth-past = Дата рождения — более 120 лет назад. Проверьте год.
applicant-error-too-young = Минимальный возраст заявителя (полных лет): { $years }.
applicant-error-mrz-latin = Используйте только буквы от A до Z, пробелы и дефисы, как напечатано в машиночитаемой зоне паспорта.
applicant-error-mrz-too-long = Имя слишком длинное (максимум букв: { $max }). Запишите его так, как оно напечатано в машиночитаемой зоне.
applicant-error-native-character = Символ в позиции { $position } не может быть частью имени.
applicant-error-native-too-long = Имя слишком длинное (максимум символов: { $max }).
applicant-error-short-text = Допустимо не более { $max } симв. в одной строке.
applicant-error-long-text = Допустимо не более { $max } симв.
applicant-error-sex = Выберите один из вариантов пола.
applicant-error-phone = Введите номер телефона с + и кодом страны, только цифрами, например +886 2 2345 6789.
applicant-error-email = Этот адрес электронной почты недействителен. Проверьте, нет ли в нём опечаток.
applicant-error-passport-number-character = Используйте только буквы от A до Z и цифры, как напечатано в паспорте.
applicant-error-passport-number-too-long = Номер паспорта слишком длинный (максимум букв и цифр: { $max }).
applicant-error-issuing-state = Выберите экономику, выдавшую паспорт.
applicant-error-issuing-state-home = Вы подаёте заявку в экономику { $home }, поэтому паспорт должен быть выдан экономикой { $home }. Начните новую заявку в экономику, выдавшую ваш паспорт.
applicant-error-issued-future = Дата выдачи не может быть в будущем.
applicant-error-issued-after-expiry = Дата выдачи должна быть раньше даты окончания срока действия.
applicant-error-passport-validity = Паспорт должен быть действителен ещё не менее { $months } мес. Продлите его перед подачей заявки.
applicant-error-business-type = Выберите вид деятельности.
applicant-error-days = Введите целое число от 1 до { $max }.
applicant-error-priority-unknown = Выбирайте только экономики из списка.
applicant-error-priority-too-many = Выбрано слишком много экономик (максимум: { $max }).
applicant-error-renewal = Выберите одну из своих карт из списка.
applicant-error-consent = Перед подачей отметьте флажок, чтобы подтвердить заявление.

## Фотография

applicant-photo-alt = Ваша фотография для заявки
applicant-photo-current = Текущая фотография: { $width } × { $height } пикс.
applicant-photo-none-yet = Фотография ещё не загружена.
applicant-photo-upload = Загрузить фотографию
applicant-photo-replace = Заменить фотографию
applicant-photo-keep = Оставить эту фотографию и продолжить
applicant-photo-error-none = Выберите файл JPEG для загрузки.
applicant-photo-error-too-large = Файл больше { $kib } KiB. Выберите фотографию меньшего размера.
applicant-photo-error-not-jpeg = Файл не является фотографией в формате JPEG. Сохраните её в формате JPEG и попробуйте ещё раз.
applicant-photo-error-too-small = Размер фотографии — { $width } × { $height } пикс.; требуется не менее { $min_width } × { $min_height }.
applicant-photo-error-too-big = Размер фотографии — { $width } × { $height } пикс.; допускается не более { $max_width } × { $max_height }.

## Проверка и подача

applicant-review-missing-title = Ещё не заполнено
applicant-review-missing = Не заполнено: { $field }.
applicant-review-fix = Перейти к шагу и исправить
applicant-review-change-personal = Изменить личные данные
applicant-review-change-passport = Изменить паспортные данные
applicant-review-change-employment = Изменить сведения о месте работы
applicant-review-change-travel = Изменить сведения о деловых поездках
applicant-review-change-photo = Изменить фотографию
applicant-review-submit-title = Подача заявки
applicant-review-complete-first = Заполните недостающие ответы выше; после этого заявку можно будет подать.
applicant-consent-legend = Заявление
applicant-consent-declaration = Я заявляю, что сведения в этой заявке верны и полны. Я даю согласие на то, чтобы экономика { $home } передала их другим экономикам-участницам программы карт деловых поездок АТЭС, чтобы они могли решить вопрос о моём предварительном согласовании, а также их пограничным органам, пока я являюсь владельцем карты.
applicant-consent-label = Я принимаю это заявление
applicant-submit = Подать заявку
applicant-problem-missing = Заявку пока нельзя подать: не заполнено поле «{ $field }».
applicant-problem-invalid = Заявку пока нельзя подать: проверьте поле «{ $field }».
applicant-problem-not-eligible = Заявка пока не соответствует правилам программы: проверьте даты в паспорте, государство выдачи и дату рождения.
applicant-problem-other = Сейчас заявку нельзя подать. Обновите страницу и попробуйте ещё раз.

## Страница статуса

applicant-status-title = Заявка { $reference }
applicant-status-created = Начата
applicant-status-review-target = Целевой срок рассмотрения
applicant-status-review-target-text = Экономика { $home } планирует завершить рассмотрение до { $date }.
applicant-status-continue = Продолжить заявку
applicant-status-question-title = Экономика { $home } запрашивает дополнительные сведения
applicant-status-answer = Ваш ответ
applicant-status-answer-hint = Ответьте на вопрос полностью. Можно писать в несколько строк.
applicant-status-send-answer = Отправить ответ
applicant-status-new-photo = Новая фотография (файл JPEG)
applicant-status-new-photo-hint = Только если у вас запросили новую фотографию.
applicant-respond-error-empty = Напишите ответ перед отправкой.
applicant-status-rejection-title = Указанная причина
applicant-status-pre-clearances = Предварительное согласование экономиками-участницами
applicant-status-pre-clearances-count = Экономик, принявших решение: { $answered } из { $total }.
applicant-status-no-pre-clearances = Запросы на предварительное согласование отправляются после того, как ваша экономика одобрит заявку.
applicant-status-overdue = (позже целевого срока самой экономики)
applicant-status-not-decided = Пока нет
applicant-status-issue-requested = Вы попросили выдать карту сейчас.
applicant-status-issue-title = Получить карту сейчас
applicant-status-issue-text = Ваша экономика может выдать карту прямо сейчас с уже полученными одобрениями. Одобрения, поступившие позже, принесут вам бесплатную карту взамен нынешней.
applicant-status-issue-button = Выдать мне карту сейчас
applicant-status-history = История
applicant-status-no-history = Пока ничего не произошло.
applicant-withdraw-title = Отозвать заявку
applicant-withdraw-text = Отзыв окончательно прекращает эту заявку. Позже вы сможете подать новую заявку.
applicant-withdraw-confirm = Я хочу отозвать эту заявку
applicant-withdraw-button = Отозвать заявку
applicant-withdraw-error-confirm = Отметьте флажок, чтобы подтвердить отзыв заявки.

applicant-done-submitted = Ваша заявка подана. Ваша экономика рассмотрит её.
applicant-done-answered = Ваш ответ отправлен в вашу экономику.
applicant-done-withdrawn = Ваша заявка отозвана.
applicant-done-issue = Ваша просьба выдать карту сейчас зарегистрирована.
applicant-done-photo = Новая фотография сохранена.

applicant-who-you = Вы
applicant-who-economy = { $economy }
applicant-who-scheme = Администрация программы
applicant-who-system = Автоматическая обработка

## История

applicant-event-application_created = Заявка начата.
applicant-event-draft_updated = Ответы сохранены.
applicant-event-photo_attached = Загружена фотография.
applicant-event-submitted = Заявка подана.
applicant-event-review_started = Ваша экономика начала рассмотрение.
applicant-event-info_requested = Ваша экономика запросила дополнительные сведения.
applicant-event-info_provided = Запрошенные сведения отправлены.
applicant-event-rejected = Ваша экономика отклонила заявку.
applicant-event-withdrawn = Заявка отозвана.
applicant-event-home_approved = { $requests ->
    [0] Ваша экономика одобрила заявку.
    [one] Ваша экономика одобрила заявку и запросила предварительное согласование для вас у { $requests } экономики.
    [few] Ваша экономика одобрила заявку и запросила предварительное согласование для вас у { $requests } экономик.
    [many] Ваша экономика одобрила заявку и запросила предварительное согласование для вас у { $requests } экономик.
   *[other] Ваша экономика одобрила заявку и запросила предварительное согласование для вас у { $requests } экономики.
}
applicant-event-pre_clearance_requested = Направлен запрос на предварительное согласование в экономику { $economy }.
applicant-event-pre_clearance_decided = Экономика { $economy } приняла решение о вашем предварительном согласовании.
applicant-event-pre_clearance_approved = Экономика { $economy } предоставила вам предварительное согласование.
applicant-event-pre_clearance_declined = Экономика { $economy } отказала вам в предварительном согласовании.
applicant-event-pre_clearance_withdrawn = Экономика { $economy } отозвала своё предварительное согласование.
applicant-event-pre_clearance_closed = Запрос к экономике { $economy } закрыт без решения.
applicant-event-issue_requested = Вы попросили выдать карту сейчас.
applicant-event-card_issued = Выдана карта { $card }.
applicant-event-card_economies_changed = Изменён перечень экономик в карте { $card }.
applicant-event-card_replaced = Карта { $old } заменена картой { $new }.
applicant-event-card_cancelled = Карта { $card } аннулирована.
applicant-event-card_expired = Истёк срок действия карты { $card }.

## Уведомления

applicant-notice-submitted = Ваша заявка подана.
applicant-notice-review_started = Ваша экономика начала рассмотрение вашей заявки.
applicant-notice-info_requested = Вашей экономике нужны от вас дополнительные сведения.
applicant-notice-info_provided = Ваш ответ получен вашей экономикой.
applicant-notice-rejected = Ваша экономика отклонила вашу заявку.
applicant-notice-withdrawn = Ваша заявка отозвана.
applicant-notice-home_approved = Ваша экономика одобрила вашу заявку; запросы на предварительное согласование отправляются.
applicant-notice-pre_clearance_decided = Одна из экономик приняла решение о вашем предварительном согласовании.
applicant-notice-pre_clearance_withdrawn = Одна из экономик отозвала своё предварительное согласование.
applicant-notice-issue_requested = Ваша просьба выдать карту сейчас зарегистрирована.
applicant-notice-card_issued = Ваша карта выдана.
applicant-notice-card_economies_changed = Изменён перечень экономик в вашей карте.
applicant-notice-card_replaced = Ваша карта заменена новой.
applicant-notice-card_cancelled = Ваша карта аннулирована.
applicant-notice-card_expired = Истёк срок действия вашей карты.
applicant-notice-other = Есть новости по вашей заявке.

## Страница карты

applicant-card-title = Карта { $number }
applicant-card-home = Выдана экономикой
applicant-card-kind = Форма
applicant-card-virtual = Виртуальная карта (в телефоне)
applicant-card-physical = Физическая карта
applicant-card-replaces = Заменяет карту
applicant-card-replaced-by = Заменена картой
applicant-card-not-active = Эта карта больше не действительна для поездок.
applicant-card-wallet = Показать в телефоне
applicant-card-cleared = Экономики, предоставившие вам предварительное согласование
applicant-card-stay-days = { $days ->
    [one] До { $days } дня за одно пребывание
    [few] До { $days } дней за одно пребывание
    [many] До { $days } дней за одно пребывание
   *[other] До { $days } дня за одно пребывание
}
applicant-card-stay-unknown = На усмотрение экономики при въезде
applicant-card-none-yet = Ни одна экономика ещё не предоставила вам предварительное согласование. Одобрения будут появляться здесь по мере поступления.
applicant-card-none-transitional = Экономика { $home } — участник с переходным статусом: владельцы её карт не получают предварительного согласования, поэтому этот список остаётся пустым.
applicant-card-lanes = С действительной картой вы можете пользоваться коридорами АТЭС в аэропортах всех экономик-участниц. Всегда имейте при себе паспорт, на который выдана карта; каждая экономика сохраняет за собой право отказать во въезде.
applicant-card-application = Открыть заявку на эту карту

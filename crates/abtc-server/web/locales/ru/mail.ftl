mail-greeting = Здравствуйте, { $name }!
mail-status-subject = Новости по вашему заявлению на карту деловых поездок АТЭС
mail-card-subject = Новости по вашей карте деловых поездок АТЭС
mail-status-intro = По вашему заявлению { $reference } есть новости:
mail-status-link = Подробности и то, что вам нужно сделать, — в вашей учётной записи:
mail-notice-subject = Уведомление о карте деловых поездок АТЭС: { $subject }
mail-notice-intro = Уведомление держателям карты деловых поездок АТЭС от: { $sender }
mail-sender-scheme = администрация программы карт деловых поездок АТЭС
mail-notice-link = Ваша учётная запись:
mail-footer = Это сообщение отправлено автоматически системой карт деловых поездок АТЭС. Ответы не читаются.

# Письма в служебные каналы: контактам экономики и в канал эффективности администратора программы.
# Эскалации запросов на предварительное согласование с истёкшим сроком и еженедельная сводка о ходе рассмотрения.
mail-staff-greeting = Здравствуйте!
mail-staff-footer = Вы получили это письмо как контактное лицо ({ $channel }) в системе карт деловых поездок АТЭС.
mail-channel-efficiency = канал эффективности программы
mail-escalation-subject = { $economy }: просроченных запросов на предварительное согласование — { $count }
mail-escalation-intro = Запросов на предварительное согласование, адресованных экономике { $economy }, срок по которым истёк без принятия решения: { $count }.
mail-escalation-open = Просрочено и всё ещё без решения: { $open }; самый ранний срок истёк { $oldest }.
mail-escalation-references = Заявки:
mail-escalation-more = …и ещё { $count }.
mail-escalation-link = Запросы, начиная с самого раннего срока:
mail-efficiency-subject = Эскалация: истёк срок по запросам на предварительное согласование ({ $count })
mail-efficiency-intro = У следующих экономик есть запросы на предварительное согласование, срок по которым только что истёк:
mail-efficiency-row = { $economy }: новых — { $raised }, всего просрочено — { $open }, самый ранний срок — { $oldest }
mail-digest-subject = Еженедельная сводка о ходе рассмотрения: { $economy }, с { $from } по { $to }
mail-digest-intro = Рассмотрение запросов на предварительное согласование экономикой { $economy } за неделю с { $from } по { $to }:
mail-digest-received = Получено запросов: { $count }
mail-digest-decided = Принято решений: одобрено — { $approved }, отклонено — { $declined }
mail-digest-times = Срок принятия решения: медиана — { $median } дн., 90-й процентиль — { $p90 } дн.; { $share } — в пределах целевого срока { $target } дн.
mail-digest-no-decisions = На этой неделе решения не принимались.
mail-digest-backlog = Сейчас ожидают решения: { $pending }, из них просрочено: { $overdue }
mail-digest-escalations = Эскалаций за эту неделю: { $raised }; всё ещё открыто: { $open }
mail-digest-link = Полный отчёт:
mail-scheme-digest-subject = Еженедельная сводка о ходе рассмотрения по программе, с { $from } по { $to }
mail-scheme-digest-intro = Рассмотрение запросов на предварительное согласование по экономикам за неделю с { $from } по { $to }:
mail-scheme-digest-row = { $economy }: решений — { $decided }, медиана — { $median } дн.; ожидают — { $pending }, просрочено — { $overdue }; открытых эскалаций — { $open }

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = Карта деловых поездок АТЭС: новости по обращению «{ $subject }»
mail-ticket-reply = { $economy } ответила на обращение «{ $subject }» ({ $kind }).
mail-ticket-refund-approved = { $economy } одобрила возврат средств, о котором вы просили в обращении «{ $subject }».
mail-ticket-refund-declined = { $economy } отклонила возврат средств, о котором вы просили в обращении «{ $subject }». Причина указана на странице обращения.
mail-ticket-closed = { $economy } закрыла обращение «{ $subject }» ({ $kind }). Если вам нужна дополнительная помощь, его можно открыть снова на его странице.
mail-ticket-link = Прочитать и ответить можно в вашей учётной записи:

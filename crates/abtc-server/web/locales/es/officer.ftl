# El puesto de trabajo de los funcionarios: la cola de revisión de la economía de origen y las páginas de expedientes, la cola de preautorización y las páginas de peticiones.

## Colas
officer-queue-title = Solicitudes por revisar · { $economy }
officer-queue-lead = Los solicitantes de su economía, primero las solicitudes con mayor retraso. Abra una solicitud para revisarla.
officer-queue-count = { $count ->
    [one] Una solicitud
   *[other] { $count } solicitudes
}
officer-queue-empty = Ninguna solicitud coincide con estos filtros.
officer-pc-queue-title = Peticiones de preautorización · { $economy }
officer-pc-queue-lead = Peticiones dirigidas a su economía, primero las de fecha límite más próxima. Abra una petición para resolverla.
officer-pc-queue-count = { $count ->
    [one] Una petición
   *[other] { $count } peticiones
}
officer-pc-queue-empty = Ninguna petición coincide con estos filtros.
officer-filters = Filtros
officer-filter-state = Estado
officer-filter-state-open = Abiertas (presentadas, en revisión, información solicitada)
officer-filter-search = Buscar
officer-filter-search-hint = Parte de una referencia (ABTC-…) o del nombre del solicitante tal como figura en el pasaporte.
officer-filter-overdue = Solo fuera de plazo
officer-filter-any-economy = Cualquier economía
officer-filter-apply = Mostrar
officer-filter-clear = Borrar los filtros
officer-pages = Páginas
officer-page-prev = Página anterior
officer-page-next = Página siguiente
officer-page-of = Página { $page } de { $pages }
officer-overdue = (fuera de plazo)
officer-unnamed = (sin nombre)

## Columnas y campos
officer-col-reference = Referencia
officer-col-applicant = Solicitante
officer-col-state = Estado
officer-col-status = Situación
officer-col-submitted = Fecha de presentación
officer-col-target = Fecha objetivo
officer-col-requested = Fecha de petición
officer-col-due = Fecha límite
officer-col-decided = Fecha de decisión
officer-col-economy = Economía
officer-col-card = Número de tarjeta
officer-col-issued = Fecha de expedición
officer-col-expires = Vencimiento
officer-col-economies = Economías con preautorización
officer-col-when = Fecha y hora
officer-col-what = Suceso
officer-col-who = Autor
officer-home-economy = Economía de origen
officer-field-family-name = Apellidos
officer-field-given-names = Nombres
officer-field-native-name = Nombre en su escritura original
officer-field-sex = Sexo
officer-field-date-of-birth = Fecha de nacimiento
officer-field-place-of-birth = Lugar de nacimiento
officer-field-nationality = Nacionalidad
officer-field-passport-number = Número de pasaporte
officer-field-issuing-state = Estado emisor
officer-field-issued-on = Fecha de expedición
officer-field-expires-on = Fecha de vencimiento
officer-field-address = Domicilio
officer-field-phone = Teléfono
officer-field-email = Correo electrónico
officer-field-employer = Empleador
officer-field-business-address = Dirección de la empresa
officer-field-business-type = Tipo de actividad
officer-field-registration = Número de registro mercantil
officer-field-sme = Pequeña o mediana empresa
officer-field-position = Cargo
officer-field-trips = Viajes de negocios al año
officer-field-trip-days = Duración media de los viajes (días)
officer-field-priority = Economías que el solicitante indicó como prioritarias
officer-field-consent = Consiente la comunicación de sus datos a otras economías
officer-field-renewal-of = Renueva la tarjeta
officer-yes = Sí
officer-no = No
officer-sex-F = Femenino
officer-sex-M = Masculino
officer-sex-X = Sin especificar (X)
officer-business-manufacturing = Manufactura
officer-business-trade = Comercio
officer-business-services = Servicios
officer-business-finance = Finanzas
officer-business-technology = Tecnología
officer-business-resources = Recursos naturales
officer-business-agriculture = Agricultura
officer-business-tourism = Turismo
officer-business-education = Educación
officer-business-government = Administración pública
officer-business-other = Otro

## Estados y situaciones (siempre en texto, nunca solo mediante el color)
officer-state-draft = Borrador
officer-state-submitted = Presentada
officer-state-home_review = En revisión
officer-state-info_requested = Información solicitada
officer-state-rejected = Rechazada
officer-state-withdrawn = Retirada
officer-state-pre_clearance = En preautorización
officer-state-issued = Tarjeta expedida
officer-status-pending = Pendiente
officer-status-approved = Aprobada
officer-status-declined = Denegada
officer-status-withdrawn = Aprobación retirada
officer-status-closed = Cerrada sin decisión
officer-card-status-active = Activa
officer-card-status-replaced = Sustituida
officer-card-status-cancelled = Cancelada
officer-card-status-lost = Extraviada
officer-card-status-expired = Caducada

## La página del expediente
officer-back-to-queue = Volver a las solicitudes
officer-case-title = Solicitud { $reference }
officer-case-summary = Resumen
officer-open-question = Pregunta pendiente al solicitante
officer-rejection-reason = Motivo del rechazo
officer-issue-requested = El solicitante ha pedido la expedición inmediata de la tarjeta
officer-decide-heading = Decisión
officer-waiting-for-applicant = Se ha pedido información al solicitante. La revisión continuará cuando responda.
officer-review-hint = Inicie la revisión de la solicitud antes de resolverla.
officer-action-review = Iniciar la revisión
officer-action-approve = Aprobar
officer-approve-hint = { $count ->
    [one] Al aprobar se envía una petición de preautorización a una economía miembro.
   *[other] Al aprobar se envían peticiones de preautorización a { $count } economías miembro.
}
officer-action-request-info = Pedir información
officer-question = Pregunta al solicitante
officer-question-hint = El solicitante verá esta pregunta. Hasta 500 caracteres.
officer-action-reject = Rechazar
officer-reason = Motivo
officer-reason-hint = El solicitante verá este motivo. Hasta 500 caracteres.
officer-section-person = Datos personales
officer-section-passport = Pasaporte
officer-section-contact = Contacto
officer-section-employment = Empleo
officer-section-travel = Viajes
officer-section-progress = Preautorización por economía
officer-section-cards = Tarjetas
officer-section-history = Historial
officer-photo-alt = Fotografía del solicitante
officer-no-photo = Sin fotografía.
officer-progress-summary = Economías consultadas: { $asked }. Aprobaron: { $approved }; denegaron: { $declined }; pendientes: { $pending }; retiraron la aprobación: { $withdrawn }.
officer-progress-none = Aún no se ha pedido ninguna preautorización.
officer-cards-none = No se ha expedido ninguna tarjeta.
officer-card-virtual = virtual
officer-card-no-economies = Ninguna todavía
officer-cancel-card = Cancelar la tarjeta { $card }
officer-cancel-reason = Motivo de la cancelación
officer-cancel-reason-left_employer = El titular dejó la empresa
officer-cancel-reason-holder_request = A petición del titular
officer-cancel-reason-renewal = Renovación
officer-cancel-reason-no_longer_eligible = Ya no cumple los requisitos
officer-action-cancel-card = Cancelar la tarjeta
officer-replace-lost = Sustituir una tarjeta extraviada o robada
officer-police-report = Número de la denuncia policial
officer-replace-new-passport = Sustituir por un pasaporte nuevo
officer-replace-approvals = Sustituir para reflejar nuevas aprobaciones
officer-replace-approvals-hint = La nueva tarjeta incluye todas las economías que han dado su aprobación hasta ahora.
officer-action-replace-card = Sustituir la tarjeta
officer-replace-reason-lost = extravío o robo
officer-replace-reason-new_passport = pasaporte nuevo
officer-replace-reason-change_of_approvals = cambio de aprobaciones
officer-history-none = Aún no hay nada registrado.

## Resultados y problemas
officer-done-review = Se ha iniciado la revisión.
officer-done-info = Se ha pedido información al solicitante.
officer-done-approved = Aprobada. Las peticiones de preautorización están en camino.
officer-done-rejected = La solicitud ha sido rechazada.
officer-done-card-cancelled = La tarjeta ha sido cancelada.
officer-done-card-replaced = Se ha expedido una tarjeta de sustitución.
officer-done-pc-approved = Ha aprobado esta petición.
officer-done-pc-declined = Ha denegado esta petición.
officer-done-pc-withdrawn = Se ha retirado la aprobación; la tarjeta del titular ya no incluye a su economía.
officer-error-question = Escriba la pregunta al solicitante (hasta 500 caracteres).
officer-error-reason = Escriba el motivo (hasta 500 caracteres).
officer-error-police-report = Indique el número de la denuncia policial (hasta 200 caracteres).
officer-error-passport = Indique el número, la fecha de expedición y la fecha de vencimiento del nuevo pasaporte.
officer-error-decision = Elija aprobar o denegar.
officer-error-note = La nota es demasiado larga o contiene caracteres no permitidos (hasta 500 caracteres).
officer-error-decline-reason = Indique un motivo si deniega la petición.

## La página de la petición de preautorización
officer-back-to-pc-queue = Volver a las peticiones
officer-pc-title = Petición de preautorización
officer-pc-lead = { $home } pregunta si su economía concede la preautorización a este viajero de negocios. Solo se muestra lo necesario para decidir.
officer-pc-request = La petición
officer-pc-id = Número de petición
officer-pc-note = Nota
officer-pc-note-hint = Solo la conserva su economía; las demás economías y el solicitante nunca la ven. Obligatoria si deniega la petición.
officer-pc-decision = Decisión de su economía
officer-pc-approve = Aprobar la preautorización
officer-pc-decline = Denegar la preautorización
officer-pc-submit = Registrar la decisión
officer-pc-withdraw-heading = Retirar la aprobación
officer-pc-withdraw-hint = Se notifica al titular y su tarjeta deja de incluir a su economía.
officer-pc-withdraw = Retirar la aprobación

## Historial
officer-actor-system = El sistema
officer-event-application_created = Solicitud iniciada
officer-event-draft_updated = Borrador actualizado
officer-event-photo_attached = Fotografía adjuntada
officer-event-submitted = Presentada
officer-event-review_started = Revisión iniciada
officer-event-info_requested = Se pidió información al solicitante
officer-event-info_provided = El solicitante respondió
officer-event-rejected = Rechazada
officer-event-withdrawn = Retirada por el solicitante
officer-event-home_approved = Aprobada por la economía de origen; peticiones de preautorización enviadas: { $requests }
officer-event-pre_clearance_requested = Preautorización pedida a { $economy }
officer-event-pre_clearance_approved = { $economy } aprobó la preautorización
officer-event-pre_clearance_declined = { $economy } denegó la preautorización
officer-event-pre_clearance_withdrawn = { $economy } retiró su aprobación
officer-event-pre_clearance_closed = La petición a { $economy } se cerró sin decisión
officer-event-issue_requested = El solicitante pidió la expedición inmediata de la tarjeta
officer-event-card_issued = Tarjeta { $card } expedida
officer-event-card_economies_changed = Economías de la tarjeta { $card } modificadas: añadidas { $added }; retiradas { $removed }
officer-event-card_replaced = Tarjeta { $old } sustituida por { $new } ({ $reason })
officer-event-card_cancelled = Tarjeta { $card } cancelada ({ $reason })
officer-event-card_expired = Tarjeta { $card } caducada

# El portal del solicitante: las solicitudes, los pasos de la solicitud, la página de estado y la tarjeta.
# Los valores entre { $llaves } los rellenan las páginas; consérvelos en las traducciones.

## Palabras generales

applicant-optional = opcional
applicant-choose = Elija una opción
applicant-yes = Sí
applicant-no = No
applicant-not-given = No indicado
applicant-not-submitted = Aún no presentada
applicant-back-to-portal = Volver a mis solicitudes y tarjetas

## Portal

applicant-portal-title = Mis solicitudes y tarjetas
applicant-portal-apply = Iniciar una nueva solicitud
applicant-portal-applications = Solicitudes
applicant-portal-cards = Tarjetas
applicant-portal-notifications = Avisos
applicant-portal-no-applications = Aún no tiene solicitudes. Inicie una para solicitar la Tarjeta de Viaje de Negocios APEC a través de su economía de origen.
applicant-portal-no-cards = Aún no tiene tarjetas. Cuando su economía de origen le expida una, aparecerá aquí.
applicant-portal-no-notifications = Aún no hay avisos. Aquí encontrará las novedades sobre sus solicitudes y tarjetas, primero las más recientes.
applicant-portal-continue = Continuar la solicitud { $reference }
applicant-portal-view = Ver la solicitud { $reference }

## Columnas de las tablas y datos

applicant-col-reference = Referencia
applicant-col-home = Economía de origen
applicant-col-state = Estado
applicant-col-submitted = Presentada
applicant-col-next = Siguiente paso
applicant-col-card-number = Número de tarjeta
applicant-col-card-status = Estado de la tarjeta
applicant-col-issued = Expedida
applicant-col-expires = Válida hasta
applicant-col-economy = Economía
applicant-col-decision = Decisión
applicant-col-due = Decisión prevista para
applicant-col-decided = Fecha de decisión
applicant-col-stay = Estancia permitida por visita
applicant-col-date = Fecha
applicant-col-event = Suceso
applicant-col-by = Autor

## Estados de la solicitud

applicant-state-draft = Borrador
applicant-state-submitted = Presentada
applicant-state-home_review = En revisión en su economía de origen
applicant-state-info_requested = Información solicitada
applicant-state-rejected = Rechazada
applicant-state-withdrawn = Retirada
applicant-state-pre_clearance = En espera de preautorización
applicant-state-issued = Tarjeta expedida

applicant-state-explain-draft = Esta solicitud es un borrador. Nadie más puede verla hasta que usted la presente.
applicant-state-explain-submitted = Su solicitud se envió a su economía de origen, que empezará a revisarla en breve.
applicant-state-explain-home_review = Su economía de origen está revisando su solicitud.
applicant-state-explain-info_requested = Su economía de origen necesita más información. Responda a la pregunta que figura abajo para que la revisión pueda continuar.
applicant-state-explain-rejected = Su economía de origen no aprobó esta solicitud.
applicant-state-explain-withdrawn = Usted retiró esta solicitud. Puede iniciar una nueva en cualquier momento.
applicant-state-explain-pre_clearance = Su economía de origen aprobó su solicitud y pidió a las demás economías miembro que le concedan la preautorización. Cada economía decide en sus propios plazos.
applicant-state-explain-issued = Su tarjeta se ha expedido. Las economías que le aprueben más adelante se añadirán a ella o a una tarjeta de sustitución.

## Estados de la preautorización y de la tarjeta

applicant-pc-status-pending = En espera de decisión
applicant-pc-status-approved = Aprobada
applicant-pc-status-declined = Denegada
applicant-pc-status-withdrawn = Aprobación retirada
applicant-pc-status-closed = Cerrada sin decisión

applicant-card-status-active = Activa
applicant-card-status-replaced = Sustituida
applicant-card-status-cancelled = Cancelada
applicant-card-status-lost = Declarada extraviada
applicant-card-status-expired = Caducada

## Iniciar una solicitud

applicant-apply-title = Iniciar una solicitud
applicant-apply-lead = La solicitud se presenta ante su economía de origen: la economía miembro que expidió su pasaporte. Esta revisa primero su solicitud y después pide a las demás economías que le concedan la preautorización.
applicant-apply-need-passport = Necesita su pasaporte, con una validez restante de al menos seis meses.
applicant-apply-need-travel = Se le preguntará por su empleador, su cargo y la frecuencia de sus viajes de negocios.
applicant-apply-need-photo = Necesita una fotografía reciente de tipo pasaporte en un archivo JPEG.
applicant-apply-home = Su economía de origen
applicant-apply-home-hint = La economía que expidió su pasaporte. Hong Kong, China acepta también a sus residentes permanentes.
applicant-apply-transitional = solo carriles de paso rápido
applicant-apply-transitional-note = Canadá y los Estados Unidos son miembros en transición: los titulares de sus tarjetas usan los carriles de paso rápido APEC, pero no reciben preautorización de otras economías.
applicant-apply-start = Iniciar la solicitud
applicant-apply-error-home = Elija su economía de origen en la lista.

## Los pasos

applicant-steps-label = Pasos de la solicitud
applicant-step-numbered = Paso { $number }: { $step }
applicant-step-context = Solicitud { $reference } ante { $home }
applicant-step-personal = Datos personales
applicant-step-passport = Pasaporte
applicant-step-employment = Empleo
applicant-step-travel = Viajes de negocios
applicant-step-photo = Fotografía
applicant-step-review = Revisar y presentar
applicant-step-save-later = Parar aquí y continuar más tarde (los pasos guardados se conservan)
applicant-save-continue = Guardar y continuar
applicant-error-summary = Algunas respuestas requieren su atención

applicant-personal-lead = Escriba sus nombres y apellidos exactamente como figuran en su pasaporte.
applicant-passport-lead = Indique el pasaporte con el que viajará. Su tarjeta solo es válida con este pasaporte.
applicant-employment-lead = Háblenos de la empresa por la que viaja. Las pequeñas y medianas empresas son bienvenidas.
applicant-travel-lead = Indíquenos con qué frecuencia viaja por negocios en la región APEC.
applicant-photo-lead = Suba una fotografía reciente en color de su rostro, como la de un pasaporte.
applicant-review-lead = Revise sus respuestas antes de presentarlas. No podrá modificarlas después de presentarlas.

## Etiquetas de los campos

applicant-field-family-name = Apellidos (como en la zona de lectura mecánica del pasaporte)
applicant-field-given-names = Nombres (como en la zona de lectura mecánica del pasaporte)
applicant-field-native-name = Nombre completo en su escritura original
applicant-field-sex = Sexo (como en su pasaporte)
applicant-field-date-of-birth = Fecha de nacimiento
applicant-field-place-of-birth = Lugar de nacimiento
applicant-field-residential-address = Domicilio
applicant-field-phone = Número de teléfono
applicant-field-email = Correo electrónico para esta solicitud
applicant-field-passport-number = Número de pasaporte
applicant-field-issuing-state = Estado emisor (su nacionalidad)
applicant-field-issued-on = Fecha de expedición
applicant-field-expires-on = Fecha de vencimiento
applicant-field-employer-name = Nombre del empleador o de la empresa
applicant-field-business-address = Dirección de la empresa
applicant-field-business-type = Tipo de actividad
applicant-field-registration-number = Número de registro mercantil
applicant-field-sme = ¿Es la empresa una pequeña o mediana empresa?
applicant-field-position = Su cargo
applicant-field-trips-per-year = Viajes de negocios al año
applicant-field-average-trip-days = Duración media de un viaje, en días
applicant-field-priority-economies = Economías cuya decisión se espera antes de expedir la tarjeta
applicant-field-renewal-of = Tarjeta que renueva esta solicitud
applicant-field-photo = Fotografía (archivo JPEG)
applicant-field-consent = Declaración y consentimiento
applicant-field-other = Una respuesta
applicant-section-passport = Datos del pasaporte
applicant-section-employer = Datos del empleador

## Indicaciones

applicant-hint-mrz-family = Letras latinas de la A a la Z, tal como aparecen impresas en las dos líneas de la parte inferior de la página de la fotografía del pasaporte, por ejemplo CHEN.
applicant-hint-mrz-given = Letras latinas de la A a la Z, tal como aparecen impresas en la zona de lectura mecánica, por ejemplo TAI MAN. Déjelo vacío si su pasaporte no indica ninguno.
applicant-hint-native-name = En la escritura en la que usted lo escribe, por ejemplo 陳大文.
applicant-hint-sex = Elija X si su pasaporte indica X o un sexo no especificado.
applicant-hint-date = Año, mes y día, por ejemplo 1985-04-23.
applicant-hint-expires-on = Año, mes y día. El pasaporte debe tener una validez restante de al menos seis meses.
applicant-hint-place-of-birth = Ciudad o localidad, y país o economía.
applicant-hint-address = Escriba la dirección como lo haría en una carta, en cualquier sistema de escritura; puede usar varias líneas.
applicant-hint-phone = Empiece por + y el código del país, por ejemplo +886 2 2345 6789.
applicant-hint-email = Se aceptan direcciones en cualquier sistema de escritura, por ejemplo 葉士豪@例え.jp.
applicant-hint-passport-number = Solo letras y cifras, tal como aparecen impresas en la página de la fotografía.
applicant-hint-issuing-state = La economía que expidió el pasaporte.
applicant-hint-registration-number = El número con el que está registrada la empresa, si lo tiene.
applicant-hint-sme = Por lo general, menos de 250 empleados; su economía de origen puede aplicar su propia definición.
applicant-hint-trips-per-year = Un número entero del 1 al 365.
applicant-hint-average-trip-days = Un número entero de días del 1 al 365.
applicant-hint-priority-economies = Su economía de origen puede expedir su tarjeta en cuanto las economías que indique aquí hayan decidido. Indique hasta { $max }, o ninguna para seguir la política habitual.
applicant-hint-renewal-of = Si esta solicitud renueva una tarjeta que ya tiene, elíjala: esa tarjeta se cancela cuando se expide la nueva.
applicant-renewal-none = No es una renovación
applicant-hint-photo = Un archivo JPEG de { $kib } KiB como máximo y de al menos { $min_width } × { $min_height } píxeles.

## Opciones

applicant-sex-F = Femenino
applicant-sex-M = Masculino
applicant-sex-X = Sin especificar (X)

applicant-business-manufacturing = Manufactura
applicant-business-trade = Comercio
applicant-business-services = Servicios
applicant-business-finance = Finanzas
applicant-business-technology = Tecnología
applicant-business-resources = Minería y energía
applicant-business-agriculture = Agricultura
applicant-business-tourism = Turismo
applicant-business-education = Educación
applicant-business-government = Administración pública
applicant-business-other = Otro

## Mensajes sobre las respuestas

applicant-error-required = Indique también este dato: va junto con las demás respuestas de este grupo.
applicant-error-choose = Elija una de las opciones.
applicant-error-date = Indique una fecha real como año, mes y día, por ejemplo 1985-04-23.
applicant-error-date-of-birth-future = La fecha de nacimiento debe estar en el pasado.
applicant-error-date-of-birth-past = La fecha de nacimiento es de hace más de 120 años. Compruebe el año.
applicant-error-too-young = Los solicitantes deben tener al menos { $years } años.
applicant-error-mrz-latin = Use solo las letras de la A a la Z, espacios y guiones, tal como aparecen impresos en la zona de lectura mecánica del pasaporte.
applicant-error-mrz-too-long = El nombre tiene más de { $max } letras. Escríbalo tal como aparece impreso en la zona de lectura mecánica.
applicant-error-native-character = El carácter de la posición { $position } no puede formar parte de un nombre.
applicant-error-native-too-long = El nombre tiene más de { $max } caracteres.
applicant-error-short-text = Escriba como máximo { $max } caracteres en una sola línea.
applicant-error-long-text = Escriba como máximo { $max } caracteres.
applicant-error-sex = Elija una de las opciones de sexo.
applicant-error-phone = Indique el número de teléfono con + y el código del país, solo con cifras, por ejemplo +886 2 2345 6789.
applicant-error-email = Esta dirección de correo electrónico no es válida. Compruebe que no tenga errores de escritura.
applicant-error-passport-number-character = Use solo letras de la A a la Z y cifras, tal como aparecen impresas en el pasaporte.
applicant-error-passport-number-too-long = Un número de pasaporte tiene como máximo { $max } letras y cifras.
applicant-error-issuing-state = Elija la economía que expidió el pasaporte.
applicant-error-issuing-state-home = Presenta su solicitud ante { $home }, por lo que su pasaporte debe haber sido expedido por { $home }. Inicie una nueva solicitud ante la economía que expidió su pasaporte.
applicant-error-issued-future = La fecha de expedición no puede ser futura.
applicant-error-issued-after-expiry = La fecha de expedición debe ser anterior a la fecha de vencimiento.
applicant-error-passport-validity = El pasaporte debe tener una validez restante de al menos { $months } meses. Renuévelo antes de presentar la solicitud.
applicant-error-business-type = Elija el tipo de actividad.
applicant-error-days = Indique un número entero del 1 al { $max }.
applicant-error-priority-unknown = Elija solo economías de la lista.
applicant-error-priority-too-many = Elija como máximo { $max } economías.
applicant-error-renewal = Elija una de sus tarjetas de la lista.
applicant-error-consent = Marque la casilla para confirmar la declaración antes de presentar la solicitud.

## Fotografía

applicant-photo-alt = Su fotografía para la solicitud
applicant-photo-current = Su fotografía actual: { $width } × { $height } píxeles.
applicant-photo-none-yet = Aún no se ha subido ninguna fotografía.
applicant-photo-upload = Subir la fotografía
applicant-photo-replace = Cambiar la fotografía
applicant-photo-keep = Conservar esta fotografía y continuar
applicant-photo-error-none = Elija un archivo JPEG para subirlo.
applicant-photo-error-too-large = El archivo supera los { $kib } KiB. Elija una fotografía más pequeña.
applicant-photo-error-not-jpeg = El archivo no es una fotografía JPEG. Guárdela como JPEG e inténtelo de nuevo.
applicant-photo-error-too-small = La fotografía mide { $width } × { $height } píxeles; debe medir al menos { $min_width } × { $min_height }.
applicant-photo-error-too-big = La fotografía mide { $width } × { $height } píxeles; debe medir como máximo { $max_width } × { $max_height }.

## Revisar y presentar

applicant-review-missing-title = Todavía falta
applicant-review-missing = Falta: { $field }.
applicant-review-fix = Ir al paso para corregirlo
applicant-review-change-personal = Modificar los datos personales
applicant-review-change-passport = Modificar los datos del pasaporte
applicant-review-change-employment = Modificar los datos del empleo
applicant-review-change-travel = Modificar los datos de los viajes de negocios
applicant-review-change-photo = Cambiar la fotografía
applicant-review-submit-title = Presentar la solicitud
applicant-review-complete-first = Complete las respuestas que faltan arriba; después podrá presentar la solicitud.
applicant-consent-legend = Declaración
applicant-consent-declaration = Declaro que la información de esta solicitud es veraz y completa. Acepto que { $home } la comunique a las demás economías miembro del programa de la Tarjeta de Viaje de Negocios APEC, para que puedan decidir si me conceden la preautorización, y a sus autoridades fronterizas mientras sea titular de una tarjeta.
applicant-consent-label = Acepto esta declaración
applicant-submit = Presentar la solicitud
applicant-problem-missing = Todavía no se puede presentar la solicitud: falta { $field }.
applicant-problem-invalid = Todavía no se puede presentar la solicitud: revise { $field }.
applicant-problem-not-eligible = La solicitud aún no cumple las normas del programa: revise las fechas del pasaporte, el Estado emisor y la fecha de nacimiento.
applicant-problem-other = No se puede presentar la solicitud en este momento. Recargue la página e inténtelo de nuevo.

## Página de estado

applicant-status-title = Solicitud { $reference }
applicant-status-created = Iniciada
applicant-status-review-target = Plazo previsto de revisión
applicant-status-review-target-text = { $home } prevé terminar su revisión a más tardar el { $date }.
applicant-status-continue = Continuar la solicitud
applicant-status-question-title = { $home } solicita más información
applicant-status-answer = Su respuesta
applicant-status-answer-hint = Responda a la pregunta de forma completa. Puede escribir varias líneas.
applicant-status-send-answer = Enviar la respuesta
applicant-status-new-photo = Nueva fotografía (archivo JPEG)
applicant-status-new-photo-hint = Solo si se le ha pedido una nueva fotografía.
applicant-respond-error-empty = Escriba su respuesta antes de enviarla.
applicant-status-rejection-title = Motivo indicado
applicant-status-pre-clearances = Preautorización por parte de las economías miembro
applicant-status-pre-clearances-count = Han decidido { $answered } de { $total } economías.
applicant-status-no-pre-clearances = Las peticiones de preautorización se envían después de que su economía de origen apruebe su solicitud.
applicant-status-overdue = (después del plazo que la propia economía se fijó)
applicant-status-not-decided = Todavía no
applicant-status-issue-requested = Ha pedido que su tarjeta se expida ya.
applicant-status-issue-title = Obtenga su tarjeta ya
applicant-status-issue-text = Su economía de origen puede expedir su tarjeta ahora con las aprobaciones recibidas hasta el momento. Las aprobaciones que lleguen después le darán una tarjeta de sustitución gratuita.
applicant-status-issue-button = Expedir mi tarjeta ahora
applicant-status-history = Historial
applicant-status-no-history = Todavía no ha ocurrido nada.
applicant-withdraw-title = Retirar la solicitud
applicant-withdraw-text = Al retirarla, esta solicitud termina definitivamente. Más adelante puede volver a solicitar la tarjeta con una nueva solicitud.
applicant-withdraw-confirm = Quiero retirar esta solicitud
applicant-withdraw-button = Retirar la solicitud
applicant-withdraw-error-confirm = Marque la casilla para confirmar que desea retirar la solicitud.

applicant-done-submitted = Su solicitud se ha presentado. Su economía de origen la revisará.
applicant-done-answered = Su respuesta se ha enviado a su economía de origen.
applicant-done-withdrawn = Su solicitud se ha retirado.
applicant-done-issue = Se ha registrado su petición de que la tarjeta se expida ya.
applicant-done-photo = Se ha guardado su nueva fotografía.

applicant-who-you = Usted
applicant-who-economy = { $economy }
applicant-who-scheme = La administración del programa
applicant-who-system = Procesamiento automático

## Historial

applicant-event-application_created = Se inició la solicitud.
applicant-event-draft_updated = Se guardaron respuestas.
applicant-event-photo_attached = Se subió una fotografía.
applicant-event-submitted = Se presentó la solicitud.
applicant-event-review_started = La economía de origen inició su revisión.
applicant-event-info_requested = La economía de origen pidió más información.
applicant-event-info_provided = Se envió la información solicitada.
applicant-event-rejected = La economía de origen rechazó la solicitud.
applicant-event-withdrawn = Se retiró la solicitud.
applicant-event-home_approved = { $requests ->
    [0] La economía de origen aprobó la solicitud.
    [one] La economía de origen aprobó la solicitud y pidió a una economía que le concediera la preautorización.
   *[other] La economía de origen aprobó la solicitud y pidió a { $requests } economías que le concedieran la preautorización.
}
applicant-event-pre_clearance_requested = Se pidió a { $economy } que le concediera la preautorización.
applicant-event-pre_clearance_decided = { $economy } tomó una decisión sobre su preautorización.
applicant-event-pre_clearance_approved = { $economy } le concedió la preautorización.
applicant-event-pre_clearance_declined = { $economy } le denegó la preautorización.
applicant-event-pre_clearance_withdrawn = { $economy } retiró su preautorización.
applicant-event-pre_clearance_closed = La petición a { $economy } se cerró sin decisión.
applicant-event-issue_requested = Usted pidió que la tarjeta se expidiera ya.
applicant-event-card_issued = Se expidió la tarjeta { $card }.
applicant-event-card_economies_changed = Cambiaron las economías de la tarjeta { $card }.
applicant-event-card_replaced = La tarjeta { $old } se sustituyó por la tarjeta { $new }.
applicant-event-card_cancelled = Se canceló la tarjeta { $card }.
applicant-event-card_expired = La tarjeta { $card } caducó.

## Avisos

applicant-notice-submitted = Su solicitud se ha presentado.
applicant-notice-review_started = Su economía de origen empezó a revisar su solicitud.
applicant-notice-info_requested = Su economía de origen necesita más información.
applicant-notice-info_provided = Su respuesta llegó a su economía de origen.
applicant-notice-rejected = Su economía de origen rechazó su solicitud.
applicant-notice-withdrawn = Su solicitud se ha retirado.
applicant-notice-home_approved = Su economía de origen aprobó su solicitud; las peticiones de preautorización están en camino.
applicant-notice-pre_clearance_decided = Una economía tomó una decisión sobre su preautorización.
applicant-notice-pre_clearance_withdrawn = Una economía retiró su preautorización.
applicant-notice-issue_requested = Se ha registrado su petición de que la tarjeta se expida ya.
applicant-notice-card_issued = Se ha expedido su tarjeta.
applicant-notice-card_economies_changed = Cambiaron las economías de su tarjeta.
applicant-notice-card_replaced = Su tarjeta se ha sustituido por una nueva.
applicant-notice-card_cancelled = Su tarjeta se ha cancelado.
applicant-notice-card_expired = Su tarjeta ha caducado.
applicant-notice-other = Hay novedades sobre su solicitud.

## Página de la tarjeta

applicant-card-title = Tarjeta { $number }
applicant-card-home = Expedida por
applicant-card-kind = Formato
applicant-card-virtual = Tarjeta virtual (en su teléfono)
applicant-card-physical = Tarjeta física
applicant-card-replaces = Sustituye a la tarjeta
applicant-card-replaced-by = Sustituida por la tarjeta
applicant-card-not-active = Esta tarjeta ya no es válida para viajar.
applicant-card-wallet = Mostrar en mi teléfono
applicant-card-cleared = Economías que le concedieron la preautorización
applicant-card-stay-days = { $days ->
    [one] Hasta { $days } día por estancia
   *[other] Hasta { $days } días por estancia
}
applicant-card-stay-unknown = Según decida la economía en la frontera
applicant-card-none-yet = Ninguna economía le ha concedido todavía la preautorización. Las aprobaciones aparecerán aquí a medida que lleguen.
applicant-card-none-transitional = { $home } es un miembro en transición: los titulares de sus tarjetas no reciben preautorización, por lo que esta lista permanece vacía.
applicant-card-lanes = Con una tarjeta válida puede usar los carriles APEC en los aeropuertos de todas las economías miembro. Lleve siempre el pasaporte para el que se expidió la tarjeta; cada economía se reserva el derecho de denegar la entrada.
applicant-card-application = Ver la solicitud de esta tarjeta

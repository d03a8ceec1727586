mail-greeting = Hola, { $name }:
mail-status-subject = Novedades sobre su solicitud de la Tarjeta de Viaje de Negocios APEC
mail-card-subject = Novedades sobre su Tarjeta de Viaje de Negocios APEC
mail-status-intro = Hay novedades sobre su solicitud { $reference }:
mail-status-link = Los detalles, y lo que deba hacer, están en su cuenta:
mail-notice-subject = Aviso de la Tarjeta de Viaje de Negocios APEC: { $subject }
mail-notice-intro = Aviso a los titulares de la Tarjeta de Viaje de Negocios APEC de { $sender }:
mail-sender-scheme = la administración del programa de la Tarjeta de Viaje de Negocios APEC
mail-notice-link = Su cuenta:
mail-footer = Este mensaje fue enviado automáticamente por el sistema de la Tarjeta de Viaje de Negocios APEC. Las respuestas no se leen.

# Correo a los canales del personal: los contactos de una economía y el canal de eficiencia del administrador del programa.
# Escalamientos de peticiones de preautorización fuera de plazo y resumen semanal de la tramitación.
mail-staff-greeting = Estimados colegas:
mail-staff-footer = Recibe este mensaje como contacto de { $channel } en el sistema de la Tarjeta de Viaje de Negocios APEC.
mail-channel-efficiency = el canal de eficiencia del programa
mail-escalation-subject = { $count } peticiones de preautorización fuera de plazo para { $economy }
mail-escalation-intro = { $count } peticiones de preautorización dirigidas a { $economy } han superado su fecha límite sin resolverse.
mail-escalation-open = Fuera de plazo y aún sin resolver: { $open }; la más antigua vencía el { $oldest }.
mail-escalation-references = Solicitudes:
mail-escalation-more = …y { $count } más.
mail-escalation-link = Las peticiones, primero las de fecha límite más antigua:
mail-efficiency-subject = Escalamiento: { $count } peticiones de preautorización superaron su fecha límite
mail-efficiency-intro = Estas economías tienen peticiones de preautorización que acaban de superar su fecha límite:
mail-efficiency-row = { $economy }: { $raised } nuevas, { $open } fuera de plazo en total, la más antigua vencía el { $oldest }
mail-digest-subject = Resumen semanal de tramitación de { $economy }, del { $from } al { $to }
mail-digest-intro = Tramitación de preautorizaciones por { $economy } en la semana del { $from } al { $to }:
mail-digest-received = Peticiones recibidas: { $count }
mail-digest-decided = Resueltas: { $approved } aprobadas, { $declined } denegadas
mail-digest-times = Tiempo de resolución: mediana de { $median } días, percentil 90 de { $p90 } días; { $share } dentro del objetivo de { $target } días
mail-digest-no-decisions = No hubo resoluciones esta semana.
mail-digest-backlog = Pendientes ahora: { $pending }, de las cuales fuera de plazo: { $overdue }
mail-digest-escalations = Escalamientos generados esta semana: { $raised }; aún abiertos: { $open }
mail-digest-link = El informe completo:
mail-scheme-digest-subject = Resumen semanal de tramitación del programa, del { $from } al { $to }
mail-scheme-digest-intro = Tramitación de preautorizaciones por economía en la semana del { $from } al { $to }:
mail-scheme-digest-row = { $economy }: { $decided } resueltas, mediana de { $median } días; { $pending } pendientes, { $overdue } fuera de plazo; { $open } escalamientos abiertos

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = Tarjeta de Viaje de Negocios APEC: novedades sobre «{ $subject }»
mail-ticket-reply = { $economy } respondió a «{ $subject }» ({ $kind }).
mail-ticket-refund-approved = { $economy } aprobó el reembolso que solicitó en «{ $subject }».
mail-ticket-refund-declined = { $economy } rechazó el reembolso que solicitó en «{ $subject }». El motivo figura en la página de la solicitud.
mail-ticket-closed = { $economy } cerró «{ $subject }» ({ $kind }). Si necesita más ayuda, puede reabrirla en su página.
mail-ticket-link = Léalo, y responda, en su cuenta:

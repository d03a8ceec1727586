# Página de escalamientos (/escalations): peticiones de preautorización fuera de plazo, por economía, y
# a quién se avisa (los contactos de cada economía; el canal de eficiencia del administrador del programa).
nav-escalations = Escalamientos
escalations-title = Peticiones de preautorización fuera de plazo
escalations-intro = Una petición de preautorización que sigue sin resolver después de su fecha límite se escala: se avisa por correo a los contactos de la economía y al canal de eficiencia del programa, y los contactos de cada economía reciben un resumen semanal de su tramitación.
escalations-economy = Economía
escalations-open = Abiertos
escalations-raised = Generados en los últimos 7 días
escalations-oldest = Fecha límite más antigua
escalations-none = Ninguna petición de preautorización está fuera de plazo.
escalations-requests-heading = Escalamientos abiertos de { $economy }
escalations-reference = Solicitud
escalations-due = Fecha límite
escalations-raised-at = Escalado el
escalations-find = Buscar en la cola
escalations-contacts-heading = A quién se avisa
escalations-contacts-economy = Los escalamientos y el resumen semanal de { $economy } se envían a estas direcciones.
escalations-contacts-efficiency = El canal de eficiencia recibe en estas direcciones los escalamientos de todas las economías y el resumen semanal del programa.
escalations-contacts-none = Nadie todavía: los escalamientos se registran aquí, pero no se envían por correo.
escalations-contacts-label = Direcciones, una por línea, cada una seguida opcionalmente de un idioma (por ejemplo: desk@example.jp ja)
escalations-contacts-save = Guardar contactos
escalations-contacts-saved = Se guardaron los contactos.
escalations-contacts-invalid = La línea { $line } no es una dirección de correo electrónico seguida opcionalmente de una etiqueta de idioma.
escalations-contacts-rejected = No se aceptó la lista: como máximo 10 direcciones, cada una indicada una sola vez.

# The escalations page (/escalations): pre-clearance requests past their due date, per economy, and
# who is told about them (an economy's contacts; the scheme administrator's efficiency channel).
nav-escalations = Escalations
escalations-title = Overdue pre-clearance requests
escalations-intro = A pre-clearance request still undecided after its due date is escalated: the economy's contacts and the scheme's efficiency channel are told by mail, and each economy's contacts get a weekly digest of its processing.
escalations-economy = Economy
escalations-open = Open
escalations-raised = Raised in the last 7 days
escalations-oldest = Oldest due date
escalations-none = No pre-clearance request is overdue.
escalations-requests-heading = Open escalations of { $economy }
escalations-reference = Application
escalations-due = Due on
escalations-raised-at = Escalated
escalations-find = Find in the queue
escalations-contacts-heading = Who is told
escalations-contacts-economy = Escalations and the weekly digest of { $economy } are mailed to these addresses.
escalations-contacts-efficiency = The efficiency channel receives every economy's escalations and the scheme's weekly digest at these addresses.
escalations-contacts-none = Nobody yet: escalations are recorded here but not mailed.
escalations-contacts-label = Addresses, one per line, each optionally followed by a language (for example: desk@example.jp ja)
escalations-contacts-save = Save contacts
escalations-contacts-saved = The contacts were saved.
escalations-contacts-invalid = Line { $line } is not an e-mail address optionally followed by a language tag.
escalations-contacts-rejected = The list was not accepted: at most 10 addresses, each listed once.

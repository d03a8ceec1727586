mail-greeting = Halo { $name },
mail-status-subject = Kabar terbaru tentang permohonan Kartu Perjalanan Bisnis APEC Anda
mail-card-subject = Kabar terbaru tentang Kartu Perjalanan Bisnis APEC Anda
mail-status-intro = Ada kabar terbaru tentang permohonan { $reference } Anda:
mail-status-link = Rinciannya, dan hal yang perlu Anda lakukan, ada di akun Anda:
mail-notice-subject = Pemberitahuan Kartu Perjalanan Bisnis APEC: { $subject }
mail-notice-intro = Pemberitahuan kepada pemegang Kartu Perjalanan Bisnis APEC dari { $sender }:
mail-sender-scheme = pengelola program Kartu Perjalanan Bisnis APEC
mail-notice-link = Akun Anda:
mail-footer = Pesan ini dikirim otomatis oleh sistem Kartu Perjalanan Bisnis APEC. Balasan tidak dibaca.

# Surat kepada kanal staf: kontak suatu ekonomi dan kanal efisiensi administrator skema.
# Eskalasi permintaan pra-persetujuan yang melewati tenggat, dan ringkasan mingguan pemrosesan.
mail-staff-greeting = Dengan hormat,
mail-staff-footer = Anda menerima pesan ini sebagai kontak untuk { $channel } dalam sistem Kartu Perjalanan Bisnis APEC.
mail-channel-efficiency = kanal efisiensi skema
mail-escalation-subject = { $count } permintaan pra-persetujuan untuk { $economy } melewati tenggat
mail-escalation-intro = { $count } permintaan pra-persetujuan yang ditujukan kepada { $economy } telah melewati tenggat tanpa keputusan.
mail-escalation-open = Melewati tenggat dan belum diputuskan: { $open }; tenggat paling awal jatuh pada { $oldest }.
mail-escalation-references = Permohonan:
mail-escalation-more = …dan { $count } lainnya.
mail-escalation-link = Daftar permintaan, dengan tenggat paling awal lebih dahulu:
mail-efficiency-subject = Eskalasi: { $count } permintaan pra-persetujuan melewati tenggat
mail-efficiency-intro = Ekonomi berikut memiliki permintaan pra-persetujuan yang baru saja melewati tenggat:
mail-efficiency-row = { $economy }: { $raised } baru, { $open } melewati tenggat secara keseluruhan, tenggat paling awal { $oldest }
mail-digest-subject = Ringkasan mingguan pemrosesan { $economy }, { $from } sampai { $to }
mail-digest-intro = Pemrosesan pra-persetujuan oleh { $economy } pada minggu { $from } sampai { $to }:
mail-digest-received = Permintaan diterima: { $count }
mail-digest-decided = Diputuskan: { $approved } disetujui, { $declined } ditolak
mail-digest-times = Waktu keputusan: median { $median } hari, persentil ke-90 { $p90 } hari; { $share } dalam target { $target } hari
mail-digest-no-decisions = Tidak ada keputusan minggu ini.
mail-digest-backlog = Menunggu saat ini: { $pending }, di antaranya melewati tenggat: { $overdue }
mail-digest-escalations = Eskalasi yang muncul minggu ini: { $raised }; masih terbuka: { $open }
mail-digest-link = Laporan lengkap:
mail-scheme-digest-subject = Ringkasan mingguan pemrosesan skema, { $from } sampai { $to }
mail-scheme-digest-intro = Pemrosesan pra-persetujuan per ekonomi pada minggu { $from } sampai { $to }:
mail-scheme-digest-row = { $economy }: { $decided } diputuskan, median { $median } hari; { $pending } menunggu, { $overdue } melewati tenggat; { $open } eskalasi terbuka

# Mail to a cardholder when the economy acts on their ticket.
mail-ticket-subject = Kartu Perjalanan Bisnis APEC: kabar tentang “{ $subject }”
mail-ticket-reply = { $economy } membalas “{ $subject }” ({ $kind }).
mail-ticket-refund-approved = { $economy } menyetujui pengembalian dana yang Anda minta dalam “{ $subject }”.
mail-ticket-refund-declined = { $economy } menolak pengembalian dana yang Anda minta dalam “{ $subject }”. Alasannya ada di halaman tiket.
mail-ticket-closed = { $economy } menutup “{ $subject }” ({ $kind }). Jika Anda masih memerlukan bantuan, Anda dapat membukanya kembali di halamannya.
mail-ticket-link = Baca, dan balas, di akun Anda:

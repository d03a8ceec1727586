# Portal pemohon: permohonan, langkah-langkah permohonan, halaman status, dan halaman kartu.
# Nilai di dalam { $kurung } diisi oleh halaman; pertahankan dalam terjemahan.

## Kata umum

applicant-optional = opsional
applicant-choose = Pilih salah satu
applicant-yes = Ya
applicant-no = Tidak
applicant-not-given = Tidak diisi
applicant-not-submitted = Belum diajukan
applicant-back-to-portal = Kembali ke permohonan dan kartu saya

## Portal

applicant-portal-title = Permohonan dan kartu saya
applicant-portal-apply = Mulai permohonan baru
applicant-portal-applications = Permohonan
applicant-portal-cards = Kartu
applicant-portal-notifications = Pemberitahuan
applicant-portal-no-applications = Anda belum memiliki permohonan. Mulailah permohonan untuk mendapatkan Kartu Perjalanan Bisnis APEC melalui ekonomi asal Anda.
applicant-portal-no-cards = Anda belum memiliki kartu. Kartu akan muncul di sini setelah diterbitkan oleh ekonomi asal Anda.
applicant-portal-no-notifications = Belum ada pemberitahuan. Kabar tentang permohonan dan kartu Anda akan muncul di sini, yang terbaru di atas.
applicant-portal-continue = Lanjutkan permohonan { $reference }
applicant-portal-view = Lihat permohonan { $reference }

## Kolom tabel dan keterangan

applicant-col-reference = Nomor referensi
applicant-col-home = Ekonomi asal
applicant-col-state = Status
applicant-col-submitted = Diajukan
applicant-col-next = Berikutnya
applicant-col-card-number = Nomor kartu
applicant-col-card-status = Status kartu
applicant-col-issued = Diterbitkan
applicant-col-expires = Berlaku hingga
applicant-col-economy = Ekonomi
applicant-col-decision = Keputusan
applicant-col-due = Keputusan diharapkan paling lambat
applicant-col-decided = Diputuskan
applicant-col-stay = Masa tinggal per kunjungan
applicant-col-date = Tanggal
applicant-col-event = Kejadian
applicant-col-by = Oleh

## Status permohonan

applicant-state-draft = Draf
applicant-state-submitted = Diajukan
applicant-state-home_review = Sedang ditinjau oleh ekonomi asal Anda
applicant-state-info_requested = Informasi diminta
applicant-state-rejected = Ditolak
applicant-state-withdrawn = Ditarik
applicant-state-pre_clearance = Menunggu pra-persetujuan
applicant-state-issued = Kartu diterbitkan

applicant-state-explain-draft = Permohonan ini masih berupa draf. Tidak ada orang lain yang dapat melihatnya sampai Anda mengajukannya.
applicant-state-explain-submitted = Permohonan Anda telah dikirim ke ekonomi asal Anda, yang akan segera mulai meninjaunya.
applicant-state-explain-home_review = Ekonomi asal Anda sedang memeriksa permohonan Anda.
applicant-state-explain-info_requested = Ekonomi asal Anda memerlukan informasi tambahan dari Anda. Jawab pertanyaan di bawah agar peninjauan dapat dilanjutkan.
applicant-state-explain-rejected = Ekonomi asal Anda tidak menyetujui permohonan ini.
applicant-state-explain-withdrawn = Anda telah menarik permohonan ini. Anda dapat memulai permohonan baru kapan saja.
applicant-state-explain-pre_clearance = Ekonomi asal Anda telah menyetujui permohonan Anda dan meminta ekonomi anggota lainnya memberikan pra-persetujuan untuk Anda. Setiap ekonomi memutuskan menurut jadwalnya sendiri.
applicant-state-explain-issued = Kartu Anda telah diterbitkan. Ekonomi yang menyetujui Anda kemudian akan ditambahkan ke kartu ini atau ke kartu pengganti.

## Status pra-persetujuan dan status kartu

applicant-pc-status-pending = Menunggu keputusan
applicant-pc-status-approved = Disetujui
applicant-pc-status-declined = Ditolak
applicant-pc-status-withdrawn = Persetujuan ditarik
applicant-pc-status-closed = Ditutup tanpa keputusan

applicant-card-status-active = Aktif
applicant-card-status-replaced = Diganti
applicant-card-status-cancelled = Dibatalkan
applicant-card-status-lost = Dilaporkan hilang
applicant-card-status-expired = Kedaluwarsa

## Memulai permohonan

applicant-apply-title = Mulai permohonan
applicant-apply-lead = Anda mengajukan permohonan ke ekonomi asal Anda: ekonomi anggota yang menerbitkan paspor Anda. Ekonomi tersebut memeriksa permohonan Anda terlebih dahulu, lalu meminta ekonomi lainnya memberikan pra-persetujuan untuk Anda.
applicant-apply-need-passport = Anda memerlukan paspor yang masih berlaku setidaknya enam bulan lagi.
applicant-apply-need-travel = Anda akan ditanya tentang pemberi kerja, jabatan, dan seberapa sering Anda melakukan perjalanan bisnis.
applicant-apply-need-photo = Anda memerlukan foto terbaru bergaya paspor dalam bentuk berkas JPEG.
applicant-apply-home = Ekonomi asal Anda
applicant-apply-home-hint = Ekonomi yang menerbitkan paspor Anda. Hong Kong, Tiongkok juga menerima penduduk tetapnya.
applicant-apply-transitional = hanya jalur cepat
applicant-apply-transitional-note = Kanada dan Amerika Serikat adalah anggota transisi: pemegang kartu dari kedua ekonomi tersebut dapat menggunakan jalur cepat APEC, tetapi tidak mendapat pra-persetujuan dari ekonomi lain.
applicant-apply-start = Mulai permohonan
applicant-apply-error-home = Pilih ekonomi asal Anda dari daftar.

## Langkah-langkah

applicant-steps-label = Langkah-langkah permohonan
applicant-step-numbered = Langkah { $number }: { $step }
applicant-step-context = Permohonan { $reference } ke { $home }
applicant-step-personal = Data pribadi
applicant-step-passport = Paspor
applicant-step-employment = Pekerjaan
applicant-step-travel = Perjalanan bisnis
applicant-step-photo = Foto
applicant-step-review = Periksa dan ajukan
applicant-step-save-later = Berhenti di sini dan lanjutkan nanti (langkah yang sudah disimpan tetap tersimpan)
applicant-save-continue = Simpan dan lanjutkan
applicant-error-summary = Beberapa jawaban perlu Anda perhatikan

applicant-personal-lead = Tulis nama Anda persis seperti yang tertera di paspor.
applicant-passport-lead = Masukkan paspor yang akan Anda gunakan untuk bepergian. Kartu Anda hanya berlaku bersama paspor ini.
applicant-employment-lead = Ceritakan tentang usaha yang menjadi tujuan perjalanan bisnis Anda. Usaha kecil dan menengah dipersilakan.
applicant-travel-lead = Beri tahu kami seberapa sering Anda melakukan perjalanan bisnis di kawasan APEC.
applicant-photo-lead = Unggah foto berwarna terbaru wajah Anda, seperti untuk paspor.
applicant-review-lead = Periksa jawaban Anda sebelum mengajukannya. Setelah diajukan, jawaban tidak dapat diubah.

## Label isian

applicant-field-family-name = Nama keluarga (seperti di zona baca mesin paspor)
applicant-field-given-names = Nama depan (seperti di zona baca mesin paspor)
applicant-field-native-name = Nama lengkap dalam aksara Anda sendiri
applicant-field-sex = Jenis kelamin (seperti di paspor Anda)
applicant-field-date-of-birth = Tanggal lahir
applicant-field-place-of-birth = Tempat lahir
applicant-field-residential-address = Alamat tempat tinggal
applicant-field-phone = Nomor telepon
applicant-field-email = Alamat email untuk permohonan ini
applicant-field-passport-number = Nomor paspor
applicant-field-issuing-state = Negara penerbit (kewarganegaraan Anda)
applicant-field-issued-on = Tanggal terbit
applicant-field-expires-on = Tanggal habis berlaku
applicant-field-employer-name = Nama pemberi kerja atau perusahaan
applicant-field-business-address = Alamat usaha
applicant-field-business-type = Jenis usaha
applicant-field-registration-number = Nomor registrasi usaha
applicant-field-sme = Apakah usaha ini termasuk usaha kecil atau menengah?
applicant-field-position = Jabatan Anda
applicant-field-trips-per-year = Perjalanan bisnis per tahun
applicant-field-average-trip-days = Rata-rata lama perjalanan, dalam hari
applicant-field-priority-economies = Ekonomi yang ditunggu sebelum kartu diterbitkan
applicant-field-renewal-of = Kartu yang diperpanjang dengan permohonan ini
applicant-field-photo = Foto (berkas JPEG)
applicant-field-consent = Pernyataan dan persetujuan
applicant-field-other = Sebuah jawaban
applicant-section-passport = Data paspor
applicant-section-employer = Data pemberi kerja

## Petunjuk

applicant-hint-mrz-family = Huruf Latin A sampai Z seperti tercetak pada dua baris di bagian bawah halaman foto paspor, misalnya CHEN.
applicant-hint-mrz-given = Huruf Latin A sampai Z seperti tercetak di zona baca mesin, misalnya TAI MAN. Kosongkan jika paspor Anda tidak mencantumkannya.
applicant-hint-native-name = Dalam aksara yang Anda gunakan untuk menulisnya, misalnya 陳大文.
applicant-hint-sex = Pilih X jika paspor Anda mencantumkan X atau jenis kelamin yang tidak ditentukan.
applicant-hint-date = Tahun, bulan, dan tanggal, misalnya 1985-04-23.
applicant-hint-expires-on = Tahun, bulan, dan tanggal. Paspor harus masih berlaku setidaknya enam bulan lagi.
applicant-hint-place-of-birth = Kota atau kabupaten, dan negara atau ekonomi.
applicant-hint-address = Tulis alamat seperti pada surat, dalam aksara apa pun; boleh beberapa baris.
applicant-hint-phone = Awali dengan + dan kode negara, misalnya +886 2 2345 6789.
applicant-hint-email = Alamat dalam aksara apa pun dapat diterima, misalnya 葉士豪@例え.jp.
applicant-hint-passport-number = Hanya huruf dan angka, seperti tercetak di halaman foto.
applicant-hint-issuing-state = Ekonomi yang menerbitkan paspor.
applicant-hint-registration-number = Nomor registrasi usaha, jika ada.
applicant-hint-sme = Biasanya kurang dari 250 karyawan; ekonomi asal Anda mungkin menggunakan definisinya sendiri.
applicant-hint-trips-per-year = Bilangan bulat dari 1 sampai 365.
applicant-hint-average-trip-days = Jumlah hari berupa bilangan bulat dari 1 sampai 365.
applicant-hint-priority-economies = Ekonomi asal Anda dapat menerbitkan kartu Anda segera setelah ekonomi yang Anda sebutkan di sini memutuskan. Sebutkan paling banyak { $max }, atau tidak sama sekali untuk menunggu sesuai kebijakan biasa.
applicant-hint-renewal-of = Jika permohonan ini memperpanjang kartu yang Anda miliki, pilih kartu tersebut: kartu itu dibatalkan saat kartu baru diterbitkan.
applicant-renewal-none = Ini bukan perpanjangan
applicant-hint-photo = Berkas JPEG berukuran paling besar { $kib } KiB dan paling kecil { $min_width } × { $min_height } piksel.

## Pilihan

applicant-sex-F = Perempuan
applicant-sex-M = Laki-laki
applicant-sex-X = Tidak ditentukan (X)

applicant-business-manufacturing = Manufaktur
applicant-business-trade = Perdagangan
applicant-business-services = Jasa
applicant-business-finance = Keuangan
applicant-business-technology = Teknologi
applicant-business-resources = Pertambangan dan energi
applicant-business-agriculture = Pertanian
applicant-business-tourism = Pariwisata
applicant-business-education = Pendidikan
applicant-business-government = Pemerintahan
applicant-business-other = Lainnya

## Pesan tentang jawaban

applicant-error-required = Isi juga bagian ini: bagian ini melengkapi jawaban lain dalam kelompok yang sama.
applicant-error-choose = Pilih salah satu opsi.
applicant-error-date = Masukkan tanggal yang benar dalam format tahun, bulan, dan tanggal, misalnya 1985-04-23.
applicant-error-date-of-birth-future = Tanggal lahir harus di masa lalu.
applicant-error-date-of-birth-past = Tanggal lahir lebih dari 120 tahun yang lalu. Periksa tahunnya.
applicant-error-too-young = Pemohon harus berusia setidaknya { $years } tahun.
applicant-error-mrz-latin = Gunakan hanya huruf A sampai Z, spasi, dan tanda hubung, seperti tercetak di zona baca mesin paspor.
applicant-error-mrz-too-long = Nama lebih panjang dari { $max } huruf. Tulis seperti tercetak di zona baca mesin.
applicant-error-native-character = Karakter pada posisi { $position } tidak dapat menjadi bagian dari nama.
applicant-error-native-too-long = Nama lebih panjang dari { $max } karakter.
applicant-error-short-text = Tulis paling banyak { $max } karakter dalam satu baris.
applicant-error-long-text = Tulis paling banyak { $max } karakter.
applicant-error-sex = Pilih salah satu opsi jenis kelamin.
applicant-error-phone = Masukkan nomor telepon dengan + dan kode negara, hanya dengan angka, misalnya +886 2 2345 6789.
applicant-error-email = Alamat email ini tidak valid. Periksa apakah ada salah ketik.
applicant-error-passport-number-character = Gunakan hanya huruf A sampai Z dan angka, seperti tercetak di paspor.
applicant-error-passport-number-too-long = Nomor paspor terdiri dari paling banyak { $max } huruf dan angka.
applicant-error-issuing-state = Pilih ekonomi yang menerbitkan paspor.
applicant-error-issuing-state-home = Anda mengajukan permohonan ke { $home }, jadi paspor Anda harus diterbitkan oleh { $home }. Mulailah permohonan baru ke ekonomi yang menerbitkan paspor Anda.
applicant-error-issued-future = Tanggal terbit tidak boleh di masa depan.
applicant-error-issued-after-expiry = Tanggal terbit harus sebelum tanggal habis berlaku.
applicant-error-passport-validity = Paspor harus masih berlaku setidaknya { $months } bulan lagi. Perpanjang paspor sebelum mengajukan permohonan.
applicant-error-business-type = Pilih jenis usaha.
applicant-error-days = Masukkan bilangan bulat dari 1 sampai { $max }.
applicant-error-priority-unknown = Pilih hanya ekonomi yang ada di daftar.
applicant-error-priority-too-many = Pilih paling banyak { $max } ekonomi.
applicant-error-renewal = Pilih salah satu kartu Anda dari daftar.
applicant-error-consent = Centang kotak untuk mengonfirmasi pernyataan sebelum mengajukan.

## Foto

applicant-photo-alt = Foto Anda untuk permohonan
applicant-photo-current = Foto Anda saat ini: { $width } × { $height } piksel.
applicant-photo-none-yet = Belum ada foto yang diunggah.
applicant-photo-upload = Unggah foto
applicant-photo-replace = Ganti foto
applicant-photo-keep = Pakai foto ini dan lanjutkan
applicant-photo-error-none = Pilih berkas JPEG untuk diunggah.
applicant-photo-error-too-large = Berkas lebih besar dari { $kib } KiB. Pilih foto yang lebih kecil.
applicant-photo-error-not-jpeg = Berkas ini bukan foto JPEG. Simpan sebagai JPEG lalu coba lagi.
applicant-photo-error-too-small = Foto berukuran { $width } × { $height } piksel; ukurannya harus paling kecil { $min_width } × { $min_height }.
applicant-photo-error-too-big = Foto berukuran { $width } × { $height } piksel; ukurannya harus paling besar { $max_width } × { $max_height }.

## Periksa dan ajukan

applicant-review-missing-title = Masih kurang
applicant-review-missing = { $field } belum diisi.
applicant-review-fix = Buka langkahnya untuk memperbaiki
applicant-review-change-personal = Ubah data pribadi
applicant-review-change-passport = Ubah data paspor
applicant-review-change-employment = Ubah data pekerjaan
applicant-review-change-travel = Ubah data perjalanan bisnis
applicant-review-change-photo = Ganti foto
applicant-review-submit-title = Ajukan permohonan
applicant-review-complete-first = Lengkapi jawaban yang kurang di atas; setelah itu Anda dapat mengajukan.
applicant-consent-legend = Pernyataan
applicant-consent-declaration = Saya menyatakan bahwa informasi dalam permohonan ini benar dan lengkap. Saya setuju bahwa { $home } dapat mengungkapkannya kepada ekonomi anggota lainnya dalam skema Kartu Perjalanan Bisnis APEC, agar mereka dapat memutuskan apakah akan memberikan pra-persetujuan untuk saya, serta kepada otoritas perbatasan mereka selama saya memegang kartu.
applicant-consent-label = Saya menyetujui pernyataan ini
applicant-submit = Ajukan permohonan
applicant-problem-missing = Permohonan belum dapat diajukan: { $field } belum diisi.
applicant-problem-invalid = Permohonan belum dapat diajukan: periksa { $field }.
applicant-problem-not-eligible = Permohonan belum memenuhi aturan skema: periksa tanggal-tanggal paspor, negara penerbit, dan tanggal lahir.
applicant-problem-other = Permohonan tidak dapat diajukan saat ini. Muat ulang halaman dan coba lagi.

## Halaman status

applicant-status-title = Permohonan { $reference }
applicant-status-created = Dimulai
applicant-status-review-target = Target peninjauan
applicant-status-review-target-text = { $home } menargetkan peninjauan selesai paling lambat { $date }.
applicant-status-continue = Lanjutkan permohonan
applicant-status-question-title = { $home } meminta informasi tambahan
applicant-status-answer = Jawaban Anda
applicant-status-answer-hint = Jawab pertanyaan secara lengkap. Anda boleh menulis beberapa baris.
applicant-status-send-answer = Kirim jawaban
applicant-status-new-photo = Foto baru (berkas JPEG)
applicant-status-new-photo-hint = Hanya jika Anda diminta mengirim foto baru.
applicant-respond-error-empty = Tulis jawaban Anda sebelum mengirimnya.
applicant-status-rejection-title = Alasan yang diberikan
applicant-status-pre-clearances = Pra-persetujuan oleh ekonomi anggota
applicant-status-pre-clearances-count = { $answered } dari { $total } ekonomi telah memutuskan.
applicant-status-no-pre-clearances = Permintaan pra-persetujuan dikirim setelah ekonomi asal Anda menyetujui permohonan Anda.
applicant-status-overdue = (melewati target ekonomi tersebut sendiri)
applicant-status-not-decided = Belum
applicant-status-issue-requested = Anda telah meminta agar kartu Anda diterbitkan sekarang.
applicant-status-issue-title = Dapatkan kartu Anda sekarang
applicant-status-issue-text = Ekonomi asal Anda dapat menerbitkan kartu Anda sekarang dengan persetujuan yang sudah diterima. Persetujuan yang datang kemudian akan memberi Anda kartu pengganti secara gratis.
applicant-status-issue-button = Terbitkan kartu saya sekarang
applicant-status-history = Riwayat
applicant-status-no-history = Belum ada kejadian.
applicant-withdraw-title = Tarik permohonan
applicant-withdraw-text = Penarikan mengakhiri permohonan ini untuk selamanya. Anda dapat mengajukan lagi nanti dengan permohonan baru.
applicant-withdraw-confirm = Saya ingin menarik permohonan ini
applicant-withdraw-button = Tarik permohonan
applicant-withdraw-error-confirm = Centang kotak untuk mengonfirmasi bahwa Anda ingin menarik permohonan.

applicant-done-submitted = Permohonan Anda telah diajukan. Ekonomi asal Anda akan meninjaunya.
applicant-done-answered = Jawaban Anda telah dikirim ke ekonomi asal Anda.
applicant-done-withdrawn = Permohonan Anda telah ditarik.
applicant-done-issue = Permintaan Anda untuk menerbitkan kartu sekarang telah dicatat.
applicant-done-photo = Foto baru Anda telah disimpan.

applicant-who-you = Anda
applicant-who-economy = { $economy }
applicant-who-scheme = Administrasi skema
applicant-who-system = Pemrosesan otomatis

## Riwayat

applicant-event-application_created = Permohonan dimulai.
applicant-event-draft_updated = Jawaban disimpan.
applicant-event-photo_attached = Foto diunggah.
applicant-event-submitted = Permohonan diajukan.
applicant-event-review_started = Ekonomi asal memulai peninjauan.
applicant-event-info_requested = Ekonomi asal meminta informasi tambahan.
applicant-event-info_provided = Informasi yang diminta telah dikirim.
applicant-event-rejected = Ekonomi asal menolak permohonan.
applicant-event-withdrawn = Permohonan ditarik.
applicant-event-home_approved = { $requests ->
    [0] Ekonomi asal menyetujui permohonan.
   *[other] Ekonomi asal menyetujui permohonan dan meminta { $requests } ekonomi memberikan pra-persetujuan untuk Anda.
    }
applicant-event-pre_clearance_requested = { $economy } diminta memberikan pra-persetujuan untuk Anda.
applicant-event-pre_clearance_decided = { $economy } telah memutuskan pra-persetujuan Anda.
applicant-event-pre_clearance_approved = { $economy } memberikan pra-persetujuan untuk Anda.
applicant-event-pre_clearance_declined = { $economy } menolak memberikan pra-persetujuan untuk Anda.
applicant-event-pre_clearance_withdrawn = { $economy } menarik pra-persetujuannya.
applicant-event-pre_clearance_closed = Permintaan kepada { $economy } ditutup tanpa keputusan.
applicant-event-issue_requested = Anda meminta agar kartu diterbitkan sekarang.
applicant-event-card_issued = Kartu { $card } diterbitkan.
applicant-event-card_economies_changed = Daftar ekonomi pada kartu { $card } berubah.
applicant-event-card_replaced = Kartu { $old } diganti dengan kartu { $new }.
applicant-event-card_cancelled = Kartu { $card } dibatalkan.
applicant-event-card_expired = Kartu { $card } telah kedaluwarsa.

## Pemberitahuan

applicant-notice-submitted = Permohonan Anda telah diajukan.
applicant-notice-review_started = Ekonomi asal Anda mulai meninjau permohonan Anda.
applicant-notice-info_requested = Ekonomi asal Anda memerlukan informasi tambahan dari Anda.
applicant-notice-info_provided = Jawaban Anda telah diterima oleh ekonomi asal Anda.
applicant-notice-rejected = Ekonomi asal Anda menolak permohonan Anda.
applicant-notice-withdrawn = Permohonan Anda telah ditarik.
applicant-notice-home_approved = Ekonomi asal Anda menyetujui permohonan Anda; permintaan pra-persetujuan sedang dikirim.
applicant-notice-pre_clearance_decided = Sebuah ekonomi telah memutuskan pra-persetujuan Anda.
applicant-notice-pre_clearance_withdrawn = Sebuah ekonomi menarik pra-persetujuannya.
applicant-notice-issue_requested = Permintaan Anda untuk menerbitkan kartu sekarang telah dicatat.
applicant-notice-card_issued = Kartu Anda telah diterbitkan.
applicant-notice-card_economies_changed = Daftar ekonomi pada kartu Anda berubah.
applicant-notice-card_replaced = Kartu Anda telah diganti dengan kartu baru.
applicant-notice-card_cancelled = Kartu Anda telah dibatalkan.
applicant-notice-card_expired = Kartu Anda telah kedaluwarsa.
applicant-notice-other = Ada kabar tentang permohonan Anda.

## Halaman kartu

applicant-card-title = Kartu { $number }
applicant-card-home = Diterbitkan oleh
applicant-card-kind = Bentuk
applicant-card-virtual = Kartu virtual (di ponsel Anda)
applicant-card-physical = Kartu fisik
applicant-card-replaces = Menggantikan kartu
applicant-card-replaced-by = Digantikan oleh kartu
applicant-card-not-active = Kartu ini tidak lagi berlaku untuk perjalanan.
applicant-card-wallet = Tampilkan di ponsel saya
applicant-card-cleared = Ekonomi yang memberikan pra-persetujuan untuk Anda
applicant-card-stay-days = { $days ->
   *[other] Paling lama { $days } hari per kunjungan
    }
applicant-card-stay-unknown = Sesuai keputusan ekonomi tersebut di perbatasan
applicant-card-none-yet = Belum ada ekonomi yang memberikan pra-persetujuan untuk Anda. Persetujuan akan muncul di sini begitu diterima.
applicant-card-none-transitional = { $home } adalah anggota transisi: pemegang kartunya tidak mendapat pra-persetujuan, sehingga daftar ini tetap kosong.
applicant-card-lanes = Dengan kartu yang berlaku, Anda dapat menggunakan jalur APEC di bandara setiap ekonomi anggota. Selalu bawa paspor yang menjadi dasar penerbitan kartu; setiap ekonomi tetap berhak menolak masuk.
applicant-card-application = Lihat permohonan untuk kartu ini

# Halaman eskalasi (/escalations): permintaan pra-persetujuan yang melewati tenggat, per ekonomi, dan
# siapa yang diberi tahu (kontak suatu ekonomi; kanal efisiensi administrator skema).
nav-escalations = Eskalasi
escalations-title = Permintaan pra-persetujuan yang melewati tenggat
escalations-intro = Permintaan pra-persetujuan yang belum diputuskan setelah tenggatnya akan dieskalasi: kontak ekonomi tersebut dan kanal efisiensi skema diberi tahu melalui email, dan kontak setiap ekonomi menerima ringkasan mingguan tentang pemrosesan oleh ekonominya.
escalations-economy = Ekonomi
escalations-open = Terbuka
escalations-raised = Muncul dalam 7 hari terakhir
escalations-oldest = Tenggat paling awal
escalations-none = Tidak ada permintaan pra-persetujuan yang melewati tenggat.
escalations-requests-heading = Eskalasi terbuka untuk { $economy }
escalations-reference = Permohonan
escalations-due = Tenggat
escalations-raised-at = Dieskalasi
escalations-find = Cari di antrean
escalations-contacts-heading = Siapa yang diberi tahu
escalations-contacts-economy = Eskalasi dan ringkasan mingguan { $economy } dikirim ke alamat-alamat ini.
escalations-contacts-efficiency = Kanal efisiensi menerima eskalasi semua ekonomi dan ringkasan mingguan skema di alamat-alamat ini.
escalations-contacts-none = Belum ada: eskalasi dicatat di sini tetapi tidak dikirim melalui email.
escalations-contacts-label = Alamat, satu per baris, masing-masing dapat diikuti bahasa (misalnya: desk@example.jp ja)
escalations-contacts-save = Simpan kontak
escalations-contacts-saved = Kontak telah disimpan.
escalations-contacts-invalid = Baris { $line } bukan alamat email yang dapat diikuti tag bahasa.
escalations-contacts-rejected = Daftar tidak diterima: paling banyak 10 alamat, masing-masing dicantumkan satu kali.

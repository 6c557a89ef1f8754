Tue Nov 17 00:00:00 2026 Info: Begin Logfile
Tue Nov 17 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Tue Nov 17 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Tue Nov 17 03:06:57 2026 Info: New SMTP ICID 433421 interface IncomingMail (192.0.2.10) address 198.51.85.203 reverse dns host mail.client-b.example verified yes
Tue Nov 17 03:06:57 2026 Info: ICID 433421 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.0
Tue Nov 17 03:06:57 2026 Info: ICID 433421 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 03:06:57 2026 Info: Start MID 1010332 ICID 433421
Tue Nov 17 03:06:57 2026 Info: MID 1010332 ICID 433421 From: <max.larsen@client-b.example>
Tue Nov 17 03:06:57 2026 Info: MID 1010332 ICID 433421 RID 0 To: <kofi.nguyen@corp.example>
Tue Nov 17 03:06:58 2026 Info: MID 1010332 Message-ID '<87ee1cd0698b8b72ca68.1248@client-b.example>'
Tue Nov 17 03:06:58 2026 Info: MID 1010332 Subject 'Lunch on Friday?'
Tue Nov 17 03:06:58 2026 Info: MID 1010332 ready 634254 bytes from <max.larsen@client-b.example>
Tue Nov 17 03:06:58 2026 Info: ICID 433421 close
Tue Nov 17 03:06:58 2026 Info: MID 1010332 DMARC: Verification passed
Tue Nov 17 03:06:58 2026 Info: MID 1010332 DKIM: pass signature verified (d=client-b.example s=s5 i=@client-b.example)
Tue Nov 17 03:06:58 2026 Info: MID 1010332 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Tue Nov 17 03:06:58 2026 Info: MID 1010332 using engine: CASE spam negative
Tue Nov 17 03:06:59 2026 Info: MID 1010332 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 03:07:00 2026 Info: MID 1010332 attachment 'Q1 Report 2026.pdf'
Tue Nov 17 03:07:00 2026 Info: MID 1010332 attachment 'image001.png'
Tue Nov 17 03:07:00 2026 Info: MID 1010332 AMP file reputation verdict : UNKNOWN
Tue Nov 17 03:07:00 2026 Info: MID 1010332 queued for delivery
Tue Nov 17 03:07:03 2026 Info: New SMTP DCID 209241 interface 192.0.2.20 address 52.101.237.222 port 25
Tue Nov 17 03:07:03 2026 Info: DCID 209241 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 03:07:03 2026 Info: Delivery start DCID 209241 MID 1010332 to RID [0]
Tue Nov 17 03:07:03 2026 Info: Message done DCID 209241 MID 1010332 to RID [0]
Tue Nov 17 03:07:03 2026 Info: MID 1010332 RID [0] Response '2.6.0 [InternalId=360511138328, Hostname=AM0PR01MB7803.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 03:07:03 2026 Info: DCID 209241 close
Tue Nov 17 03:07:03 2026 Info: Message finished MID 1010332 done
Tue Nov 17 07:23:04 2026 Info: New SMTP ICID 433422 interface IncomingMail (192.0.2.10) address 198.51.32.124 reverse dns host mail.logistics.example verified yes
Tue Nov 17 07:23:04 2026 Info: ICID 433422 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.0
Tue Nov 17 07:23:04 2026 Info: ICID 433422 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 07:23:04 2026 Info: Start MID 1010333 ICID 433422
Tue Nov 17 07:23:04 2026 Info: MID 1010333 ICID 433422 From: <sofia.weber@logistics.example>
Tue Nov 17 07:23:04 2026 Info: MID 1010333 ICID 433422 RID 0 To: <ravi.nguyen@corp.example>
Tue Nov 17 07:23:04 2026 Info: MID 1010333 ICID 433422 RID 1 To: <lena.sato@corp.example>
Tue Nov 17 07:23:04 2026 Info: MID 1010333 ICID 433422 RID 2 To: <zoe.kim@corp.example>
Tue Nov 17 07:23:05 2026 Info: MID 1010333 Message-ID '<ee8cf6c07f5a4f989410.11626@logistics.example>'
Tue Nov 17 07:23:05 2026 Info: MID 1010333 Subject 'The "new" travel policy'
Tue Nov 17 07:23:05 2026 Info: MID 1010333 ready 9752 bytes from <sofia.weber@logistics.example>
Tue Nov 17 07:23:05 2026 Info: MID 1010333 antivirus negative
Tue Nov 17 07:23:05 2026 Info: ICID 433422 close
Tue Nov 17 07:23:05 2026 Info: MID 1010333 DMARC: Verification passed
Tue Nov 17 07:23:05 2026 Info: MID 1010333 interim AV verdict using Sophos CLEAN
Tue Nov 17 07:23:05 2026 Info: MID 1010333 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Tue Nov 17 07:23:05 2026 Info: MID 1010333 using engine: CASE spam negative
Tue Nov 17 07:23:05 2026 Info: MID 1010333 DKIM: pass signature verified (d=logistics.example s=s7 i=@logistics.example)
Tue Nov 17 07:23:06 2026 Info: MID 1010333 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 07:23:06 2026 Info: MID 1010333 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 07:23:07 2026 Info: MID 1010333 queued for delivery
Tue Nov 17 07:23:07 2026 Info: New SMTP DCID 209242 interface 192.0.2.20 address 52.101.214.209 port 25
Tue Nov 17 07:23:07 2026 Info: DCID 209242 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 07:23:07 2026 Info: Delivery start DCID 209242 MID 1010333 to RID [0, 1, 2]
Tue Nov 17 07:23:08 2026 Info: Message done DCID 209242 MID 1010333 to RID [0, 1, 2]
Tue Nov 17 07:23:08 2026 Info: MID 1010333 RID [0, 1, 2] Response '2.6.0 [InternalId=359448900180, Hostname=AM0PR01MB1257.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 07:23:08 2026 Info: Message finished MID 1010333 done
Tue Nov 17 07:23:08 2026 Info: DCID 209242 close
Tue Nov 17 07:36:05 2026 Info: New SMTP ICID 433423 interface OutgoingMail (192.0.2.11) address 10.20.7.130 reverse dns host exch3.corp.example verified yes
Tue Nov 17 07:36:05 2026 Info: ICID 433423 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 07:36:05 2026 Info: Start MID 1010334 ICID 433423
Tue Nov 17 07:36:05 2026 Info: MID 1010334 ICID 433423 From: <nora.mendes@corp.example>
Tue Nov 17 07:36:05 2026 Info: MID 1010334 ICID 433423 RID 0 To: <ivan.okafor@client-a.example>
Tue Nov 17 07:36:05 2026 Info: MID 1010334 ICID 433423 RID 1 To: <lena.berg@newsletter.example>
Tue Nov 17 07:36:05 2026 Info: MID 1010334 Message-ID '<faa798d6a9c680c05610.99397@corp.example>'
Tue Nov 17 07:36:05 2026 Info: MID 1010334 Subject 'Lunch on Friday?'
Tue Nov 17 07:36:05 2026 Info: MID 1010334 ready 32075 bytes from <nora.mendes@corp.example>
Tue Nov 17 07:36:05 2026 Info: MID 1010334 using engine: CASE spam negative
Tue Nov 17 07:36:05 2026 Info: MID 1010334 DMARC: Verification passed
Tue Nov 17 07:36:06 2026 Info: MID 1010334 SPF: mailfrom identity nora.mendes@corp.example Pass (v=spf1)
Tue Nov 17 07:36:06 2026 Info: ICID 433423 close
Tue Nov 17 07:36:06 2026 Info: MID 1010334 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Tue Nov 17 07:36:07 2026 Info: MID 1010334 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 07:36:07 2026 Info: MID 1010334 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 07:36:08 2026 Info: MID 1010334 queued for delivery
Tue Nov 17 07:36:12 2026 Info: New SMTP DCID 209243 interface 192.0.2.20 address 203.0.113.63 port 25
Tue Nov 17 07:36:12 2026 Info: DCID 209243 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:36:12 2026 Info: Delivery start DCID 209243 MID 1010334 to RID [0]
Tue Nov 17 07:36:13 2026 Info: Message done DCID 209243 MID 1010334 to RID [0]
Tue Nov 17 07:36:13 2026 Info: MID 1010334 RID [0] Response '2.0.0 Ok: queued as WcV5ztNWVVoTCFf8'
Tue Nov 17 07:36:13 2026 Info: New SMTP DCID 209244 interface 192.0.2.20 address 203.0.113.243 port 25
Tue Nov 17 07:36:13 2026 Info: DCID 209244 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 07:36:13 2026 Info: Delivery start DCID 209244 MID 1010334 to RID [1]
Tue Nov 17 07:36:13 2026 Info: DCID 209243 close
Tue Nov 17 07:36:13 2026 Info: Message done DCID 209244 MID 1010334 to RID [1]
Tue Nov 17 07:36:13 2026 Info: MID 1010334 RID [1] Response '2.0.0 Ok: queued as XhEPJu6QjyXaaSWy'
Tue Nov 17 07:36:13 2026 Info: DCID 209244 close
Tue Nov 17 07:36:13 2026 Info: Message finished MID 1010334 done
Tue Nov 17 07:44:29 2026 Info: New SMTP ICID 433424 interface IncomingMail (192.0.2.10) address 198.51.119.92 reverse dns host mail.client-b.example verified yes
Tue Nov 17 07:44:29 2026 Info: ICID 433424 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7
Tue Nov 17 07:44:29 2026 Info: ICID 433424 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:44:29 2026 Info: Start MID 1010335 ICID 433424
Tue Nov 17 07:44:29 2026 Info: MID 1010335 ICID 433424 From: <paul.dubois@client-b.example>
Tue Nov 17 07:44:29 2026 Info: MID 1010335 ICID 433424 RID 0 To: <zoe.moreau@corp.example>
Tue Nov 17 07:44:29 2026 Info: MID 1010335 ICID 433424 RID 1 To: <sam.obrien@corp.example>
Tue Nov 17 07:44:29 2026 Info: MID 1010335 ICID 433424 RID 2 To: <mia.garcia@corp.example>
Tue Nov 17 07:44:29 2026 Info: MID 1010335 ICID 433424 RID 3 To: <ravi.obrien@corp.example>
Tue Nov 17 07:44:30 2026 Info: MID 1010335 Message-ID '<d1b76a6e17fcc69dd3e9.95651@client-b.example>'
Tue Nov 17 07:44:30 2026 Info: MID 1010335 Subject 'Your order 49816 has shipped'
Tue Nov 17 07:44:30 2026 Info: MID 1010335 ready 28918 bytes from <paul.dubois@client-b.example>
Tue Nov 17 07:44:30 2026 Info: MID 1010335 URL https://www.client-b.example/t/bbd69c8404 has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 07:44:30 2026 Info: ICID 433424 close
Tue Nov 17 07:44:30 2026 Info: MID 1010335 using engine: CASE spam negative
Tue Nov 17 07:44:30 2026 Info: MID 1010335 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Tue Nov 17 07:44:31 2026 Info: MID 1010335 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 07:44:32 2026 Info: MID 1010335 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 07:44:32 2026 Info: MID 1010335 queued for delivery
Tue Nov 17 07:44:35 2026 Info: New SMTP DCID 209245 interface 192.0.2.20 address 52.101.93.130 port 25
Tue Nov 17 07:44:35 2026 Info: DCID 209245 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:44:35 2026 Info: Delivery start DCID 209245 MID 1010335 to RID [0, 1, 2, 3]
Tue Nov 17 07:44:35 2026 Info: Message done DCID 209245 MID 1010335 to RID [0, 1, 2, 3]
Tue Nov 17 07:44:35 2026 Info: MID 1010335 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=326158029552, Hostname=AM0PR01MB3846.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 07:44:35 2026 Info: Message finished MID 1010335 done
Tue Nov 17 07:44:35 2026 Info: DCID 209245 close
Tue Nov 17 07:50:27 2026 Info: New SMTP ICID 433425 interface IncomingMail (192.0.2.10) address 198.51.254.99 reverse dns host mail.client-a.example verified yes
Tue Nov 17 07:50:27 2026 Info: ICID 433425 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Tue Nov 17 07:50:27 2026 Info: ICID 433425 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 07:50:28 2026 Info: Start MID 1010336 ICID 433425
Tue Nov 17 07:50:28 2026 Info: MID 1010336 ICID 433425 From: <ivan.okafor@client-a.example>
Tue Nov 17 07:50:28 2026 Info: MID 1010336 ICID 433425 RID 0 To: <zoe.kim@corp.example>
Tue Nov 17 07:50:28 2026 Info: MID 1010336 Message-ID '<92a365528e54b7080562.38829@client-a.example>'
Tue Nov 17 07:50:28 2026 Info: MID 1010336 Subject 'FW: contract draft'
Tue Nov 17 07:50:28 2026 Info: MID 1010336 ready 36206 bytes from <ivan.okafor@client-a.example>
Tue Nov 17 07:50:28 2026 Info: ICID 433425 close
Tue Nov 17 07:50:28 2026 Info: MID 1010336 URL https://www.client-a.example/t/457c5922c has reputation 0.0 matched Condition: URL Reputation Rule
Tue Nov 17 07:50:28 2026 Info: MID 1010336 Outbreak Filters: verdict negative
Tue Nov 17 07:50:28 2026 Info: MID 1010336 using engine: CASE spam negative
Tue Nov 17 07:50:28 2026 Info: MID 1010336 SPF: mailfrom identity ivan.okafor@client-a.example Pass (v=spf1)
Tue Nov 17 07:50:29 2026 Info: MID 1010336 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 07:50:29 2026 Info: MID 1010336 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 07:50:32 2026 Info: MID 1010336 queued for delivery
Tue Nov 17 07:50:32 2026 Info: New SMTP DCID 209246 interface 192.0.2.20 address 52.101.111.32 port 25
Tue Nov 17 07:50:32 2026 Info: DCID 209246 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 07:50:32 2026 Info: Delivery start DCID 209246 MID 1010336 to RID [0]
Tue Nov 17 07:50:33 2026 Info: Message done DCID 209246 MID 1010336 to RID [0]
Tue Nov 17 07:50:33 2026 Info: MID 1010336 RID [0] Response '2.6.0 [InternalId=837168219094, Hostname=AM0PR01MB7266.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 07:50:33 2026 Info: Message finished MID 1010336 done
Tue Nov 17 07:50:33 2026 Info: DCID 209246 close
Tue Nov 17 08:10:36 2026 Info: New SMTP ICID 433426 interface OutgoingMail (192.0.2.11) address 10.20.9.202 reverse dns host exch4.corp.example verified yes
Tue Nov 17 08:10:36 2026 Info: ICID 433426 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 08:10:36 2026 Info: Start MID 1010337 ICID 433426
Tue Nov 17 08:10:36 2026 Info: MID 1010337 ICID 433426 From: <lena.sato@corp.example>
Tue Nov 17 08:10:36 2026 Info: MID 1010337 ICID 433426 RID 0 To: <hugo.weber@bank.example>
Tue Nov 17 08:10:36 2026 Info: MID 1010337 ICID 433426 RID 1 To: <ida.obrien@client-a.example>
Tue Nov 17 08:10:36 2026 Info: MID 1010337 Message-ID '<7cdc78132f5be2950349.31901@corp.example>'
Tue Nov 17 08:10:36 2026 Info: MID 1010337 Subject 'Budget 2027 – first numbers'
Tue Nov 17 08:10:36 2026 Info: MID 1010337 ready 20140 bytes from <lena.sato@corp.example>
Tue Nov 17 08:10:36 2026 Info: MID 1010337 DKIM: pass signature verified (d=corp.example s=s8 i=@corp.example)
Tue Nov 17 08:10:36 2026 Info: ICID 433426 close
Tue Nov 17 08:10:37 2026 Info: MID 1010337 DMARC: Verification passed
Tue Nov 17 08:10:37 2026 Info: MID 1010337 SPF: mailfrom identity lena.sato@corp.example Pass (v=spf1)
Tue Nov 17 08:10:37 2026 Info: MID 1010337 using engine: CASE spam negative
Tue Nov 17 08:10:37 2026 Info: MID 1010337 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 08:10:37 2026 Info: MID 1010337 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 08:10:38 2026 Info: MID 1010337 queued for delivery
Tue Nov 17 08:10:39 2026 Info: New SMTP DCID 209247 interface 192.0.2.20 address 203.0.113.174 port 25
Tue Nov 17 08:10:39 2026 Info: DCID 209247 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 08:10:39 2026 Info: Delivery start DCID 209247 MID 1010337 to RID [0]
Tue Nov 17 08:10:39 2026 Info: Message done DCID 209247 MID 1010337 to RID [0]
Tue Nov 17 08:10:39 2026 Info: MID 1010337 RID [0] Response '2.0.0 Ok: queued as upqqBzCPTeFaHVVG'
Tue Nov 17 08:10:39 2026 Info: New SMTP DCID 209248 interface 192.0.2.20 address 203.0.113.8 port 25
Tue Nov 17 08:10:39 2026 Info: DCID 209248 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 08:10:39 2026 Info: Delivery start DCID 209248 MID 1010337 to RID [1]
Tue Nov 17 08:10:39 2026 Info: DCID 209247 close
Tue Nov 17 08:10:41 2026 Info: Message done DCID 209248 MID 1010337 to RID [1]
Tue Nov 17 08:10:41 2026 Info: MID 1010337 RID [1] Response '2.0.0 Ok: queued as SUiR7hWidKhyDMtY'
Tue Nov 17 08:10:41 2026 Info: Message finished MID 1010337 done
Tue Nov 17 08:10:41 2026 Info: DCID 209248 close
Tue Nov 17 08:12:37 2026 Info: New SMTP ICID 433427 interface IncomingMail (192.0.2.10) address 198.51.221.200 reverse dns host mail.gmail.example verified yes
Tue Nov 17 08:12:37 2026 Info: ICID 433427 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.0
Tue Nov 17 08:12:37 2026 Info: ICID 433427 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 08:12:38 2026 Info: Start MID 1010338 ICID 433427
Tue Nov 17 08:12:38 2026 Info: MID 1010338 ICID 433427 From: <leo.jensen@gmail.example>
Tue Nov 17 08:12:38 2026 Info: MID 1010338 ICID 433427 RID 0 To: <ida.dubois@corp.example>
Tue Nov 17 08:12:38 2026 Info: MID 1010338 Message-ID '<a1077997431c6143df74.20808@gmail.example>'
Tue Nov 17 08:12:38 2026 Info: MID 1010338 Subject 'Invoice 32383'
Tue Nov 17 08:12:38 2026 Info: MID 1010338 ready 359268 bytes from <leo.jensen@gmail.example>
Tue Nov 17 08:12:38 2026 Info: MID 1010338 using engine: CASE spam negative
Tue Nov 17 08:12:38 2026 Info: MID 1010338 SPF: mailfrom identity leo.jensen@gmail.example Pass (v=spf1)
Tue Nov 17 08:12:38 2026 Info: MID 1010338 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Tue Nov 17 08:12:38 2026 Info: ICID 433427 close
Tue Nov 17 08:12:38 2026 Info: MID 1010338 DMARC: Verification passed
Tue Nov 17 08:12:40 2026 Info: MID 1010338 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 08:12:40 2026 Info: MID 1010338 attachment 'minutes-18990.docx'
Tue Nov 17 08:12:40 2026 Info: MID 1010338 attachment 'notes.txt'
Tue Nov 17 08:12:40 2026 Info: MID 1010338 attachment 'image001.png'
Tue Nov 17 08:12:40 2026 Info: MID 1010338 AMP file reputation verdict : UNKNOWN
Tue Nov 17 08:12:42 2026 Info: MID 1010338 queued for delivery
Tue Nov 17 08:12:44 2026 Info: New SMTP DCID 209249 interface 192.0.2.20 address 52.101.181.5 port 25
Tue Nov 17 08:12:44 2026 Info: DCID 209249 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 08:12:44 2026 Info: Delivery start DCID 209249 MID 1010338 to RID [0]
Tue Nov 17 08:12:45 2026 Info: Message done DCID 209249 MID 1010338 to RID [0] [('from', 'leo.jensen@gmail.example'), ('to', 'ida.dubois@corp.example')]
Tue Nov 17 08:12:45 2026 Info: MID 1010338 RID [0] Response '2.6.0 [InternalId=688432844748, Hostname=AM0PR01MB9167.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 08:12:45 2026 Info: Message finished MID 1010338 done
Tue Nov 17 08:12:45 2026 Info: DCID 209249 close
Tue Nov 17 08:22:04 2026 Info: New SMTP ICID 433428 interface OutgoingMail (192.0.2.11) address 10.20.1.250 reverse dns host exch1.corp.example verified yes
Tue Nov 17 08:22:04 2026 Info: ICID 433428 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 08:22:04 2026 Info: Start MID 1010339 ICID 433428
Tue Nov 17 08:22:04 2026 Info: MID 1010339 ICID 433428 From: <lucia.okafor@corp.example>
Tue Nov 17 08:22:04 2026 Info: MID 1010339 ICID 433428 RID 0 To: <nora.okafor@partner.example>
Tue Nov 17 08:22:05 2026 Info: MID 1010339 Message-ID '<4a9f210b932d038dbf34.46426@corp.example>'
Tue Nov 17 08:22:05 2026 Info: MID 1010339 Subject 'Reminder: timesheets due'
Tue Nov 17 08:22:05 2026 Info: MID 1010339 ready 29957 bytes from <lucia.okafor@corp.example>
Tue Nov 17 08:22:05 2026 Info: MID 1010339 URL https://www.corp.example/t/3d5f2f576f has reputation 0.0 matched Condition: URL Reputation Rule
Tue Nov 17 08:22:05 2026 Info: ICID 433428 close
Tue Nov 17 08:22:05 2026 Info: MID 1010339 SPF: mailfrom identity lucia.okafor@corp.example Pass (v=spf1)
Tue Nov 17 08:22:05 2026 Info: MID 1010339 using engine: CASE spam negative
Tue Nov 17 08:22:06 2026 Info: MID 1010339 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 08:22:06 2026 Info: MID 1010339 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 08:22:09 2026 Info: MID 1010339 queued for delivery
Tue Nov 17 08:22:12 2026 Info: New SMTP DCID 209250 interface 192.0.2.20 address 203.0.113.227 port 25
Tue Nov 17 08:22:12 2026 Info: DCID 209250 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 08:22:12 2026 Info: Delivery start DCID 209250 MID 1010339 to RID [0]
Tue Nov 17 08:22:13 2026 Info: Message done DCID 209250 MID 1010339 to RID [0]
Tue Nov 17 08:22:13 2026 Info: MID 1010339 RID [0] Response '2.0.0 Ok: queued as 9FYPHSADy2uJ6JfL'
Tue Nov 17 08:22:13 2026 Info: Message finished MID 1010339 done
Tue Nov 17 08:22:13 2026 Info: DCID 209250 close
Tue Nov 17 08:30:38 2026 Info: New SMTP ICID 433429 interface IncomingMail (192.0.2.10) address 198.51.130.245 reverse dns host mail.logistics.example verified yes
Tue Nov 17 08:30:38 2026 Info: ICID 433429 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Tue Nov 17 08:30:38 2026 Info: ICID 433429 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 08:30:38 2026 Info: Start MID 1010340 ICID 433429
Tue Nov 17 08:30:38 2026 Info: MID 1010340 ICID 433429 From: <mia.sato@logistics.example>
Tue Nov 17 08:30:38 2026 Info: MID 1010340 ICID 433429 RID 0 To: <omar.garcia@corp.example>
Tue Nov 17 08:30:39 2026 Info: MID 1010340 Message-ID '<CAQZWUVpfO2sh1Am1WX_0morKPYpoJOVY7/xPOOLkJxm@mail.logistics.example>'
Tue Nov 17 08:30:39 2026 Info: MID 1010340 Subject 'Reminder: timesheets due'
Tue Nov 17 08:30:39 2026 Info: MID 1010340 ready 133649 bytes from <mia.sato@logistics.example>
Tue Nov 17 08:30:39 2026 Info: ICID 433429 close
Tue Nov 17 08:30:39 2026 Info: MID 1010340 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Tue Nov 17 08:30:39 2026 Info: MID 1010340 using engine: CASE spam negative
Tue Nov 17 08:30:40 2026 Info: MID 1010340 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 08:30:40 2026 Info: MID 1010340 attachment 'invoice_45299.pdf'
Tue Nov 17 08:30:40 2026 Info: MID 1010340 AMP file reputation verdict : CLEAN
Tue Nov 17 08:30:41 2026 Info: MID 1010340 queued for delivery
Tue Nov 17 08:30:43 2026 Info: New SMTP DCID 209251 interface 192.0.2.20 address 52.101.86.79 port 25
Tue Nov 17 08:30:43 2026 Info: DCID 209251 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 08:30:43 2026 Info: Delivery start DCID 209251 MID 1010340 to RID [0]
Tue Nov 17 08:30:45 2026 Info: Message done DCID 209251 MID 1010340 to RID [0]
Tue Nov 17 08:30:45 2026 Info: MID 1010340 RID [0] Response '2.6.0 [InternalId=793083219246, Hostname=AM0PR01MB5238.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 08:30:45 2026 Info: Message finished MID 1010340 done
Tue Nov 17 08:30:45 2026 Info: DCID 209251 close
Tue Nov 17 08:30:58 2026 Info: New SMTP ICID 433430 interface IncomingMail (192.0.2.10) address 198.51.1.40 reverse dns host mail.client-b.example verified yes
Tue Nov 17 08:30:58 2026 Info: ICID 433430 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Tue Nov 17 08:30:58 2026 Info: ICID 433430 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 08:30:58 2026 Info: Start MID 1010341 ICID 433430
Tue Nov 17 08:30:58 2026 Info: MID 1010341 ICID 433430 From: <max.fischer@client-b.example>
Tue Nov 17 08:30:58 2026 Info: MID 1010341 ICID 433430 RID 0 To: <ana.kowalski@corp.example>
Tue Nov 17 08:30:59 2026 Info: MID 1010341 Message-ID '<a59b0f73f759153fdc65.66706@client-b.example>'
Tue Nov 17 08:30:59 2026 Info: MID 1010341 Subject Re: [support #467] FW: issue with\r\n the VPN client after the latest update (urgent)
Tue Nov 17 08:30:59 2026 Info: MID 1010341 ready 896822 bytes from <max.fischer@client-b.example>
Tue Nov 17 08:30:59 2026 Info: MID 1010341 antivirus negative
Tue Nov 17 08:30:59 2026 Info: MID 1010341 interim AV verdict using Sophos CLEAN
Tue Nov 17 08:30:59 2026 Info: ICID 433430 close
Tue Nov 17 08:30:59 2026 Info: MID 1010341 DKIM: pass signature verified (d=client-b.example s=s6 i=@client-b.example)
Tue Nov 17 08:30:59 2026 Info: MID 1010341 DMARC: Verification passed
Tue Nov 17 08:30:59 2026 Info: MID 1010341 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Tue Nov 17 08:30:59 2026 Info: MID 1010341 using engine: CASE spam negative
Tue Nov 17 08:31:01 2026 Info: MID 1010341 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 08:31:01 2026 Info: MID 1010341 attachment 'photo=2056763.heic'
Tue Nov 17 08:31:01 2026 Info: MID 1010341 AMP file reputation verdict : CLEAN
Tue Nov 17 08:31:03 2026 Info: MID 1010341 queued for delivery
Tue Nov 17 08:31:05 2026 Info: New SMTP DCID 209252 interface 192.0.2.20 address 52.101.147.142 port 25
Tue Nov 17 08:31:05 2026 Info: DCID 209252 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 08:31:05 2026 Info: Delivery start DCID 209252 MID 1010341 to RID [0]
Tue Nov 17 08:31:05 2026 Info: Message done DCID 209252 MID 1010341 to RID [0]
Tue Nov 17 08:31:05 2026 Info: MID 1010341 RID [0] Response '2.6.0 [InternalId=558379186076, Hostname=AM0PR01MB5927.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 08:31:05 2026 Info: Message finished MID 1010341 done
Tue Nov 17 08:31:05 2026 Info: DCID 209252 close
Tue Nov 17 08:36:59 2026 Info: New SMTP ICID 433431 interface IncomingMail (192.0.2.10) address 198.51.3.7 reverse dns host mail.gmail.example verified yes
Tue Nov 17 08:36:59 2026 Info: ICID 433431 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2
Tue Nov 17 08:36:59 2026 Info: ICID 433431 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 08:36:59 2026 Info: Start MID 1010342 ICID 433431
Tue Nov 17 08:36:59 2026 Info: MID 1010342 ICID 433431 From: <paul.moreau@gmail.example>
Tue Nov 17 08:36:59 2026 Info: MID 1010342 ICID 433431 RID 0 To: <kofi.nguyen@corp.example>
Tue Nov 17 08:37:00 2026 Info: MID 1010342 Message-ID '<316dd306687d369a4f9d.49892@gmail.example>'
Tue Nov 17 08:37:00 2026 Info: MID 1010342 Subject 'Quarterly report'
Tue Nov 17 08:37:00 2026 Info: MID 1010342 ready 42667 bytes from <paul.moreau@gmail.example>
Tue Nov 17 08:37:00 2026 Info: MID 1010342 interim AV verdict using Sophos CLEAN
Tue Nov 17 08:37:00 2026 Info: MID 1010342 DKIM: pass signature verified (d=gmail.example s=s5 i=@gmail.example)
Tue Nov 17 08:37:00 2026 Info: MID 1010342 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Tue Nov 17 08:37:00 2026 Info: ICID 433431 close
Tue Nov 17 08:37:00 2026 Info: MID 1010342 using engine: CASE spam negative
Tue Nov 17 08:37:00 2026 Info: MID 1010342 DMARC: Verification passed
Tue Nov 17 08:37:00 2026 Info: MID 1010342 antivirus negative
Tue Nov 17 08:37:01 2026 Info: MID 1010342 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 08:37:01 2026 Info: MID 1010342 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 08:37:02 2026 Info: MID 1010342 queued for delivery
Tue Nov 17 08:37:03 2026 Info: New SMTP DCID 209253 interface 192.0.2.20 address 52.101.63.192 port 25
Tue Nov 17 08:37:03 2026 Info: DCID 209253 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 08:37:03 2026 Info: Delivery start DCID 209253 MID 1010342 to RID [0]
Tue Nov 17 08:37:04 2026 Info: Message done DCID 209253 MID 1010342 to RID [0]
Tue Nov 17 08:37:04 2026 Info: MID 1010342 RID [0] Response '2.6.0 [InternalId=347210656557, Hostname=AM0PR01MB3910.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 08:37:04 2026 Info: Message finished MID 1010342 done
Tue Nov 17 08:37:04 2026 Info: DCID 209253 close
Tue Nov 17 08:40:25 2026 Info: New SMTP ICID 433432 interface IncomingMail (192.0.2.10) address 198.51.191.87 reverse dns host mail.university.example verified yes
Tue Nov 17 08:40:25 2026 Info: ICID 433432 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.1
Tue Nov 17 08:40:25 2026 Info: ICID 433432 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 08:40:25 2026 Info: Start MID 1010343 ICID 433432
Tue Nov 17 08:40:25 2026 Info: MID 1010343 ICID 433432 From: <emma.larsen@university.example>
Tue Nov 17 08:40:25 2026 Info: MID 1010343 ICID 433432 RID 0 To: <omar.weber@corp.example>
Tue Nov 17 08:40:26 2026 Info: MID 1010343 Message-ID '<1f70408cf466b7a29f0f.60570@university.example>'
Tue Nov 17 08:40:26 2026 Info: MID 1010343 Subject 'Reminder: timesheets due'
Tue Nov 17 08:40:26 2026 Info: MID 1010343 ready 19548 bytes from <emma.larsen@university.example>
Tue Nov 17 08:40:26 2026 Info: MID 1010343 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Tue Nov 17 08:40:26 2026 Info: MID 1010343 DMARC: Verification passed
Tue Nov 17 08:40:26 2026 Info: ICID 433432 close
Tue Nov 17 08:40:26 2026 Info: MID 1010343 using engine: CASE spam negative
Tue Nov 17 08:40:26 2026 Info: MID 1010343 DKIM: pass signature verified (d=university.example s=s7 i=@university.example)
Tue Nov 17 08:40:27 2026 Info: MID 1010343 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 08:40:27 2026 Info: MID 1010343 attachment 'meeting.ics'
Tue Nov 17 08:40:27 2026 Info: MID 1010343 AMP file reputation verdict : UNKNOWN
Tue Nov 17 08:40:28 2026 Info: MID 1010343 queued for delivery
Tue Nov 17 08:40:30 2026 Info: New SMTP DCID 209254 interface 192.0.2.20 address 52.101.19.95 port 25
Tue Nov 17 08:40:30 2026 Info: DCID 209254 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 08:40:30 2026 Info: Delivery start DCID 209254 MID 1010343 to RID [0]
Tue Nov 17 08:40:30 2026 Info: Bounced: DCID 209254 MID 1010343 From: <emma.larsen@university.example> To: <omar.weber@corp.example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <omar.weber@corp.example>: Mailbox full; quota exceeded'])
Tue Nov 17 08:40:30 2026 Info: Message finished MID 1010343 done
Tue Nov 17 08:40:30 2026 Info: DCID 209254 close
Tue Nov 17 08:40:32 2026 Info: Start MID 1010344 ICID 0
Tue Nov 17 08:40:32 2026 Info: MID 1010344 was generated for bounce of MID 1010343
Tue Nov 17 08:40:32 2026 Info: MID 1010344 ICID 0 From: <>
Tue Nov 17 08:40:32 2026 Info: MID 1010344 ICID 0 RID 0 To: <emma.larsen@university.example>
Tue Nov 17 08:40:32 2026 Info: MID 1010344 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 08:40:32 2026 Info: MID 1010344 ready 8807 bytes from <>
Tue Nov 17 08:40:32 2026 Info: MID 1010344 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 08:40:32 2026 Info: MID 1010344 queued for delivery
Tue Nov 17 08:40:33 2026 Info: New SMTP DCID 209255 interface 192.0.2.20 address 203.0.113.51 port 25
Tue Nov 17 08:40:33 2026 Info: DCID 209255 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 08:40:33 2026 Info: Delivery start DCID 209255 MID 1010344 to RID [0]
Tue Nov 17 08:40:35 2026 Info: Message done DCID 209255 MID 1010344 to RID [0]
Tue Nov 17 08:40:35 2026 Info: MID 1010344 RID [0] Response '2.0.0 Ok: queued as Lpu3Ue7XscgiM6HD'
Tue Nov 17 08:40:35 2026 Info: Message finished MID 1010344 done
Tue Nov 17 08:40:35 2026 Info: DCID 209255 close
Tue Nov 17 08:55:05 2026 Info: New SMTP ICID 433433 interface IncomingMail (192.0.2.10) address 198.51.227.84 reverse dns host mail.bank.example verified yes
Tue Nov 17 08:55:05 2026 Info: ICID 433433 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Tue Nov 17 08:55:05 2026 Info: ICID 433433 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 08:55:05 2026 Info: Start MID 1010345 ICID 433433
Tue Nov 17 08:55:05 2026 Info: MID 1010345 ICID 433433 From: <mary.mendes@bank.example>
Tue Nov 17 08:55:05 2026 Info: MID 1010345 ICID 433433 RID 0 To: <kofi.moreau@corp.example>
Tue Nov 17 08:55:05 2026 Info: MID 1010345 Message-ID '<23d42fff89eacd52fe21.12461@bank.example>'
Tue Nov 17 08:55:05 2026 Info: MID 1010345 Subject 'Your order 37492 has shipped'
Tue Nov 17 08:55:05 2026 Info: MID 1010345 ready 21428 bytes from <mary.mendes@bank.example>
Tue Nov 17 08:55:05 2026 Info: MID 1010345 antivirus negative
Tue Nov 17 08:55:05 2026 Info: MID 1010345 using engine: CASE spam negative
Tue Nov 17 08:55:05 2026 Info: ICID 433433 close
Tue Nov 17 08:55:05 2026 Info: MID 1010345 DKIM: pass signature verified (d=bank.example s=s4 i=@bank.example)
Tue Nov 17 08:55:05 2026 Info: MID 1010345 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Tue Nov 17 08:55:05 2026 Info: MID 1010345 interim AV verdict using Sophos CLEAN
Tue Nov 17 08:55:05 2026 Info: MID 1010345 DMARC: Verification passed
Tue Nov 17 08:55:06 2026 Info: MID 1010345 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 08:55:06 2026 Info: MID 1010345 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 08:55:08 2026 Info: MID 1010345 queued for delivery
Tue Nov 17 08:55:11 2026 Info: New SMTP DCID 209256 interface 192.0.2.20 address 52.101.64.103 port 25
Tue Nov 17 08:55:11 2026 Info: DCID 209256 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 08:55:11 2026 Info: Delivery start DCID 209256 MID 1010345 to RID [0]
Tue Nov 17 08:55:11 2026 Info: Message done DCID 209256 MID 1010345 to RID [0]
Tue Nov 17 08:55:11 2026 Info: MID 1010345 RID [0] Response '2.6.0 [InternalId=375359163003, Hostname=AM0PR01MB6145.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 08:55:11 2026 Info: Message finished MID 1010345 done
Tue Nov 17 08:55:11 2026 Info: DCID 209256 close
Tue Nov 17 09:02:33 2026 Info: New SMTP ICID 433434 interface IncomingMail (192.0.2.10) address 198.51.44.76 reverse dns host mail.logistics.example verified yes
Tue Nov 17 09:02:33 2026 Info: ICID 433434 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3
Tue Nov 17 09:02:33 2026 Info: ICID 433434 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 09:02:34 2026 Info: Start MID 1010346 ICID 433434
Tue Nov 17 09:02:34 2026 Info: MID 1010346 ICID 433434 From: <mary.moreau@logistics.example>
Tue Nov 17 09:02:34 2026 Info: MID 1010346 ICID 433434 RID 0 To: <zoe.moreau@corp.example>
Tue Nov 17 09:02:34 2026 Info: MID 1010346 Message-ID '<CAmKA_x+Vz5qCSZdmMOBaHPB4PimCk1PqwlXisdxyydJ@mail.logistics.example>'
Tue Nov 17 09:02:34 2026 Info: MID 1010346 Subject 'Candidate CV 98150'
Tue Nov 17 09:02:34 2026 Info: MID 1010346 ready 46438 bytes from <mary.moreau@logistics.example>
Tue Nov 17 09:02:34 2026 Info: MID 1010346 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Tue Nov 17 09:02:34 2026 Info: MID 1010346 Outbreak Filters: verdict negative
Tue Nov 17 09:02:34 2026 Info: ICID 433434 close
Tue Nov 17 09:02:34 2026 Info: MID 1010346 using engine: CASE spam negative
Tue Nov 17 09:02:34 2026 Info: MID 1010346 URL https://www.logistics.example/t/106bba0f5a has reputation 7.9 matched Condition: URL Reputation Rule
Tue Nov 17 09:02:36 2026 Info: MID 1010346 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 09:02:36 2026 Info: MID 1010346 attachment 'meeting.ics'
Tue Nov 17 09:02:36 2026 Info: MID 1010346 AMP file reputation verdict : CLEAN
Tue Nov 17 09:02:37 2026 Info: MID 1010346 queued for delivery
Tue Nov 17 09:02:39 2026 Info: New SMTP DCID 209257 interface 192.0.2.20 address 52.101.99.15 port 25
Tue Nov 17 09:02:39 2026 Info: DCID 209257 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 09:02:39 2026 Info: Delivery start DCID 209257 MID 1010346 to RID [0]
Tue Nov 17 09:02:41 2026 Info: Message done DCID 209257 MID 1010346 to RID [0]
Tue Nov 17 09:02:41 2026 Info: MID 1010346 RID [0] Response '2.6.0 [InternalId=673795915415, Hostname=AM0PR01MB3352.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 09:02:41 2026 Info: Message finished MID 1010346 done
Tue Nov 17 09:02:41 2026 Info: DCID 209257 close
Tue Nov 17 09:30:31 2026 Info: New SMTP ICID 433435 interface IncomingMail (192.0.2.10) address 198.51.168.113 reverse dns host mail.travel.example verified yes
Tue Nov 17 09:30:31 2026 Info: ICID 433435 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.4
Tue Nov 17 09:30:31 2026 Info: ICID 433435 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 09:30:31 2026 Info: Start MID 1010347 ICID 433435
Tue Nov 17 09:30:31 2026 Info: MID 1010347 ICID 433435 From: <ewa.patel@travel.example>
Tue Nov 17 09:30:31 2026 Info: MID 1010347 ICID 433435 RID 0 To: <omar.weber@corp-mail.example>
Tue Nov 17 09:30:31 2026 Info: MID 1010347 ICID 433435 RID 1 To: <eva.kowalski@corp.example>
Tue Nov 17 09:30:31 2026 Info: MID 1010347 ICID 433435 RID 2 To: <lena.novak@corp.example>
Tue Nov 17 09:30:31 2026 Info: MID 1010347 ICID 433435 RID 3 To: <nina.lopez@corp.example>
Tue Nov 17 09:30:31 2026 Info: MID 1010347 ICID 433435 RID 4 To: <inovak@corp.example>
Tue Nov 17 09:30:31 2026 Info: MID 1010347 ICID 433435 RID 5 To: <finance-archive@corp.example>
Tue Nov 17 09:30:31 2026 Info: MID 1010347 ICID 433435 RID 6 To: <kofi.nguyen@corp.example>
Tue Nov 17 09:30:31 2026 Info: MID 1010347 ICID 433435 RID 7 To: <emma.garcia@corp.example>
Tue Nov 17 09:30:32 2026 Info: MID 1010347 Message-ID '<8253ffecc35cbc542fd3.33110@travel.example>'
Tue Nov 17 09:30:32 2026 Info: MID 1010347 Subject 'Lunch on Friday?'
Tue Nov 17 09:30:32 2026 Info: MID 1010347 ready 930985 bytes from <ewa.patel@travel.example>
Tue Nov 17 09:30:32 2026 Info: MID 1010347 antivirus negative
Tue Nov 17 09:30:32 2026 Info: MID 1010347 DMARC: Verification passed
Tue Nov 17 09:30:32 2026 Info: MID 1010347 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Tue Nov 17 09:30:32 2026 Info: ICID 433435 close
Tue Nov 17 09:30:32 2026 Info: MID 1010347 DKIM: pass signature verified (d=travel.example s=s5 i=@travel.example)
Tue Nov 17 09:30:32 2026 Info: MID 1010347 using engine: CASE spam negative
Tue Nov 17 09:30:32 2026 Info: MID 1010347 interim AV verdict using Sophos CLEAN
Tue Nov 17 09:30:34 2026 Info: MID 1010347 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 09:30:34 2026 Info: MID 1010347 attachment 'minutes-18990.docx'
Tue Nov 17 09:30:34 2026 Info: MID 1010347 attachment 'Report,Final=20Draft:=20Revenue=20(Q4),Approved.pdf'
Tue Nov 17 09:30:34 2026 Info: MID 1010347 attachment 'image002.jpg'
Tue Nov 17 09:30:34 2026 Info: MID 1010347 AMP file reputation verdict : UNKNOWN
Tue Nov 17 09:30:35 2026 Info: MID 1010347 queued for delivery
Tue Nov 17 09:30:35 2026 Info: MID 1010348 was generated based on MID 1010347 by bcc filter 'Finance_Archive'
Tue Nov 17 09:30:35 2026 Info: MID 1010348 ICID 0 From: <ewa.patel@travel.example>
Tue Nov 17 09:30:35 2026 Info: MID 1010348 ICID 0 RID 0 To: <finance-archive@corp.example>
Tue Nov 17 09:30:35 2026 Info: MID 1010348 Message-ID '<8253ffecc35cbc542fd3.33110@travel.example>'
Tue Nov 17 09:30:35 2026 Info: MID 1010348 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 09:30:35 2026 Info: MID 1010348 queued for delivery
Tue Nov 17 09:30:36 2026 Info: New SMTP DCID 209258 interface 192.0.2.20 address 52.101.23.67 port 25
Tue Nov 17 09:30:36 2026 Info: DCID 209258 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 09:30:36 2026 Info: Delivery start DCID 209258 MID 1010347 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Tue Nov 17 09:30:36 2026 Info: New SMTP DCID 209259 interface 192.0.2.20 address 52.101.229.156 port 25
Tue Nov 17 09:30:36 2026 Info: DCID 209259 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 09:30:36 2026 Info: Delivery start DCID 209259 MID 1010348 to RID [0]
Tue Nov 17 09:30:37 2026 Info: Message done DCID 209258 MID 1010347 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Tue Nov 17 09:30:37 2026 Info: MID 1010347 RID [0, 1, 2, 3, 4, 5, 6, 7] Response '2.6.0 [InternalId=265250936535, Hostname=AM0PR01MB5393.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 09:30:37 2026 Info: DCID 209258 close
Tue Nov 17 09:30:37 2026 Info: Message finished MID 1010347 done
Tue Nov 17 09:30:38 2026 Info: Message done DCID 209259 MID 1010348 to RID [0]
Tue Nov 17 09:30:38 2026 Info: MID 1010348 RID [0] Response '2.6.0 [InternalId=379807720571, Hostname=AM0PR01MB3594.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 09:30:38 2026 Info: Message finished MID 1010348 done
Tue Nov 17 09:30:38 2026 Info: DCID 209259 close
Tue Nov 17 09:57:18 2026 Info: New SMTP ICID 433436 interface IncomingMail (192.0.2.10) address 198.51.209.111 reverse dns host mail.client-b.example verified yes
Tue Nov 17 09:57:18 2026 Info: ICID 433436 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.1
Tue Nov 17 09:57:18 2026 Info: ICID 433436 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 09:57:18 2026 Info: Start MID 1010349 ICID 433436
Tue Nov 17 09:57:18 2026 Info: MID 1010349 ICID 433436 From: <noah.ivanova@client-b.example>
Tue Nov 17 09:57:18 2026 Info: MID 1010349 ICID 433436 RID 0 To: <ana.kowalski@corp.example>
Tue Nov 17 09:57:18 2026 Info: MID 1010349 ICID 433436 RID 1 To: <nina.patel@corp.example>
Tue Nov 17 09:57:18 2026 Info: MID 1010349 ICID 433436 RID 2 To: <ines.berg@corp.example>
Tue Nov 17 09:57:18 2026 Info: MID 1010349 ICID 433436 RID 3 To: <sara.novak@corp.example>
Tue Nov 17 09:57:18 2026 Info: MID 1010349 ICID 433436 RID 4 To: <ivan.okafor@corp-mail.example>
Tue Nov 17 09:57:18 2026 Info: MID 1010349 ICID 433436 RID 5 To: <leo.dubois93@corp.example>
Tue Nov 17 09:57:18 2026 Info: MID 1010349 ICID 433436 RID 6 To: <kofi.moreau@corp.example>
Tue Nov 17 09:57:18 2026 Info: MID 1010349 ICID 433436 RID 7 To: <nora.mendes@corp.example>
Tue Nov 17 09:57:19 2026 Info: MID 1010349 Message-ID '<0a8f6163ad0da392aa29.45067@client-b.example>'
Tue Nov 17 09:57:19 2026 Info: MID 1010349 Subject 'Candidate CV 46921'
Tue Nov 17 09:57:19 2026 Info: MID 1010349 ready 80887 bytes from <noah.ivanova@client-b.example>
Tue Nov 17 09:57:19 2026 Info: ICID 433436 close
Tue Nov 17 09:57:19 2026 Info: MID 1010349 DMARC: Verification passed
Tue Nov 17 09:57:19 2026 Info: MID 1010349 using engine: CASE spam negative
Tue Nov 17 09:57:19 2026 Info: MID 1010349 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Tue Nov 17 09:57:19 2026 Info: MID 1010349 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Tue Nov 17 09:57:20 2026 Info: MID 1010349 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 09:57:20 2026 Info: MID 1010349 attachment 'invoice_44952.pdf'
Tue Nov 17 09:57:20 2026 Info: MID 1010349 AMP file reputation verdict : UNKNOWN
Tue Nov 17 09:57:21 2026 Info: MID 1010349 queued for delivery
Tue Nov 17 09:57:21 2026 Info: New SMTP DCID 209260 interface 192.0.2.20 address 52.101.117.231 port 25
Tue Nov 17 09:57:21 2026 Info: DCID 209260 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 09:57:21 2026 Info: Delivery start DCID 209260 MID 1010349 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Tue Nov 17 09:57:22 2026 Info: Message done DCID 209260 MID 1010349 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Tue Nov 17 09:57:22 2026 Info: MID 1010349 RID [0, 1, 2, 3, 4, 5, 6, 7] Response '2.6.0 [InternalId=463550646237, Hostname=AM0PR01MB2255.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 09:57:22 2026 Info: Message finished MID 1010349 done
Tue Nov 17 09:57:22 2026 Info: DCID 209260 close
Tue Nov 17 09:58:36 2026 Info: New SMTP ICID 433437 interface IncomingMail (192.0.2.10) address 198.51.187.185 reverse dns host mail.gmail.example verified yes
Tue Nov 17 09:58:36 2026 Info: ICID 433437 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.2
Tue Nov 17 09:58:36 2026 Info: ICID 433437 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 09:58:36 2026 Info: Start MID 1010350 ICID 433437
Tue Nov 17 09:58:36 2026 Info: MID 1010350 ICID 433437 From: <paul.moreau@gmail.example>
Tue Nov 17 09:58:36 2026 Info: MID 1010350 ICID 433437 RID 0 To: <noah.okafor@corp.example>
Tue Nov 17 09:58:37 2026 Info: MID 1010350 Message-ID '<CAs7YPxpaAVvMgzXItto8Yie5WQY3xM2/W0upPA6W355@mail.gmail.example>'
Tue Nov 17 09:58:37 2026 Info: MID 1010350 Subject 'Scan from copier 88918'
Tue Nov 17 09:58:37 2026 Info: MID 1010350 ready 502260 bytes from <paul.moreau@gmail.example>
Tue Nov 17 09:58:37 2026 Info: MID 1010350 using engine: CASE spam negative
Tue Nov 17 09:58:37 2026 Info: ICID 433437 close
Tue Nov 17 09:58:37 2026 Info: MID 1010350 URL https://www.gmail.example/t/918c069788 has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 09:58:37 2026 Info: MID 1010350 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Tue Nov 17 09:58:38 2026 Info: MID 1010350 matched all recipients for per-recipient policy Executives in the inbound table
Tue Nov 17 09:58:39 2026 Info: MID 1010350 attachment 'Q1=20Report=202026.pdf'
Tue Nov 17 09:58:39 2026 Info: MID 1010350 AMP file reputation verdict : UNKNOWN
Tue Nov 17 09:58:40 2026 Info: MID 1010350 queued for delivery
Tue Nov 17 09:58:42 2026 Info: New SMTP DCID 209261 interface 192.0.2.20 address 52.101.36.35 port 25
Tue Nov 17 09:58:42 2026 Info: DCID 209261 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 09:58:42 2026 Info: Delivery start DCID 209261 MID 1010350 to RID [0]
Tue Nov 17 09:58:43 2026 Info: Message done DCID 209261 MID 1010350 to RID [0]
Tue Nov 17 09:58:43 2026 Info: MID 1010350 RID [0] Response '2.0.0 Ok: queued as waVfzKqd6r5ZcQMT'
Tue Nov 17 09:58:43 2026 Info: DCID 209261 close
Tue Nov 17 09:58:43 2026 Info: Message finished MID 1010350 done
Tue Nov 17 10:10:56 2026 Info: New SMTP ICID 433438 interface IncomingMail (192.0.2.10) address 198.51.195.252 reverse dns host mail.client-b.example verified yes
Tue Nov 17 10:10:56 2026 Info: ICID 433438 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Tue Nov 17 10:10:56 2026 Info: ICID 433438 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 10:10:56 2026 Info: Start MID 1010351 ICID 433438
Tue Nov 17 10:10:56 2026 Info: MID 1010351 ICID 433438 From: <max.fischer@client-b.example>
Tue Nov 17 10:10:56 2026 Info: MID 1010351 ICID 433438 RID 0 To: <sara.novak23@corp.example>
Tue Nov 17 10:10:56 2026 Info: MID 1010351 Message-ID '<c02c14b38c74bcb6e2fd.50305@client-b.example>'
Tue Nov 17 10:10:56 2026 Info: MID 1010351 Subject 'Quarterly report'
Tue Nov 17 10:10:56 2026 Info: MID 1010351 ready 41698 bytes from <max.fischer@client-b.example>
Tue Nov 17 10:10:56 2026 Info: ICID 433438 close
Tue Nov 17 10:10:56 2026 Info: MID 1010351 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Tue Nov 17 10:10:56 2026 Info: MID 1010351 using engine: CASE spam negative
Tue Nov 17 10:10:56 2026 Info: MID 1010351 DKIM: pass signature verified (d=client-b.example s=s5 i=@client-b.example)
Tue Nov 17 10:10:56 2026 Info: MID 1010351 DMARC: Verification passed
Tue Nov 17 10:10:58 2026 Info: MID 1010351 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 10:10:58 2026 Info: MID 1010351 attachment 'image001.png'
Tue Nov 17 10:10:58 2026 Info: MID 1010351 AMP file reputation verdict : CLEAN
Tue Nov 17 10:11:00 2026 Info: MID 1010351 queued for delivery
Tue Nov 17 10:11:02 2026 Info: New SMTP DCID 209262 interface 192.0.2.20 address 52.101.98.12 port 25
Tue Nov 17 10:11:02 2026 Info: DCID 209262 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 10:11:02 2026 Info: Delivery start DCID 209262 MID 1010351 to RID [0]
Tue Nov 17 10:11:03 2026 Info: Message done DCID 209262 MID 1010351 to RID [0]
Tue Nov 17 10:11:03 2026 Info: MID 1010351 RID [0] Response '2.6.0 [InternalId=601779217468, Hostname=AM0PR01MB5786.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 10:11:03 2026 Info: Message finished MID 1010351 done
Tue Nov 17 10:11:03 2026 Info: DCID 209262 close
Tue Nov 17 10:21:33 2026 Info: New SMTP ICID 433439 interface IncomingMail (192.0.2.10) address 198.51.49.26 reverse dns host mail.gmail.example verified yes
Tue Nov 17 10:21:33 2026 Info: ICID 433439 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Tue Nov 17 10:21:33 2026 Info: ICID 433439 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 10:21:34 2026 Info: Start MID 1010352 ICID 433439
Tue Nov 17 10:21:34 2026 Info: MID 1010352 ICID 433439 From: <sara.ivanova@gmail.example>
Tue Nov 17 10:21:34 2026 Info: MID 1010352 ICID 433439 RID 0 To: <tom.weber@corp.example>
Tue Nov 17 10:21:34 2026 Info: MID 1010352 Message-ID '<84cb1c3dbb9c0086d192.61304@gmail.example>'
Tue Nov 17 10:21:34 2026 Info: MID 1010352 Subject 'Re: project timeline'
Tue Nov 17 10:21:34 2026 Info: MID 1010352 ready 832868 bytes from <sara.ivanova@gmail.example>
Tue Nov 17 10:21:34 2026 Info: MID 1010352 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Tue Nov 17 10:21:34 2026 Info: ICID 433439 close
Tue Nov 17 10:21:34 2026 Info: MID 1010352 URL https://www.gmail.example/t/17f4a1e747 has reputation 7.9 matched Condition: URL Reputation Rule
Tue Nov 17 10:21:34 2026 Info: MID 1010352 using engine: CASE spam negative
Tue Nov 17 10:21:35 2026 Info: MID 1010352 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 10:21:35 2026 Info: MID 1010352 attachment 'budget_2026_v4.xlsx'
Tue Nov 17 10:21:35 2026 Info: File reputation query initiating. File Name = 'budget_2026_v4.xlsx', MID = 1010352, File Size = 603030 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Tue Nov 17 10:21:35 2026 Info: MID 1010352 AMP file reputation verdict : CLEAN
Tue Nov 17 10:21:35 2026 Info: Response received for file reputation query from Cloud. File Name = 'budget_2026_v4.xlsx', MID = 1010352, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 41ee1761e5d1bb2c469f8c832cdc1240e62bca9751bad83a7c093a7dd6ada4f9, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Tue Nov 17 10:21:36 2026 Info: MID 1010352 queued for delivery
Tue Nov 17 10:21:38 2026 Info: New SMTP DCID 209263 interface 192.0.2.20 address 52.101.68.167 port 25
Tue Nov 17 10:21:38 2026 Info: DCID 209263 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 10:21:38 2026 Info: Delivery start DCID 209263 MID 1010352 to RID [0]
Tue Nov 17 10:21:39 2026 Info: Message done DCID 209263 MID 1010352 to RID [0]
Tue Nov 17 10:21:39 2026 Info: MID 1010352 RID [0] Response '2.6.0 [InternalId=391519221766, Hostname=AM0PR01MB8336.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 10:21:39 2026 Info: Message finished MID 1010352 done
Tue Nov 17 10:21:39 2026 Info: DCID 209263 close
Tue Nov 17 10:45:10 2026 Info: New SMTP ICID 433440 interface IncomingMail (192.0.2.10) address 198.51.60.199 reverse dns host mail.logistics.example verified yes
Tue Nov 17 10:45:10 2026 Info: ICID 433440 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Tue Nov 17 10:45:10 2026 Info: ICID 433440 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 10:45:10 2026 Info: Start MID 1010353 ICID 433440
Tue Nov 17 10:45:10 2026 Info: MID 1010353 ICID 433440 From: <mary.moreau@logistics.example>
Tue Nov 17 10:45:10 2026 Info: MID 1010353 ICID 433440 RID 0 To: <ida.novak@corp.example>
Tue Nov 17 10:45:10 2026 Info: MID 1010353 ICID 433440 RID 1 To: <yuki.novak@corp-legacy.example>
Tue Nov 17 10:45:11 2026 Info: MID 1010353 Message-ID '<f7440f59a7deb96ccc8e.18162@logistics.example>'
Tue Nov 17 10:45:11 2026 Info: MID 1010353 Subject "Re: O'Brien account review"
Tue Nov 17 10:45:11 2026 Info: MID 1010353 ready 73252 bytes from <mary.moreau@logistics.example>
Tue Nov 17 10:45:11 2026 Info: MID 1010353 using engine: CASE spam negative
Tue Nov 17 10:45:11 2026 Info: ICID 433440 close
Tue Nov 17 10:45:11 2026 Info: MID 1010353 DKIM: pass signature verified (d=logistics.example s=s6 i=@logistics.example)
Tue Nov 17 10:45:11 2026 Info: MID 1010353 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Tue Nov 17 10:45:11 2026 Info: MID 1010353 DMARC: Verification passed
Tue Nov 17 10:45:12 2026 Info: MID 1010353 was split creating MID 1010354 due to a per-recipient policy DEFAULT in the inbound table
Tue Nov 17 10:45:12 2026 Info: MID 1010354 ICID 0 From: <mary.moreau@logistics.example>
Tue Nov 17 10:45:12 2026 Info: MID 1010354 ICID 0 RID 0 To: <yuki.novak@corp-legacy.example>
Tue Nov 17 10:45:12 2026 Info: MID 1010354 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 10:45:12 2026 Info: MID 1010353 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 10:45:12 2026 Info: MID 1010354 AMP file reputation verdict : CLEAN
Tue Nov 17 10:45:12 2026 Info: MID 1010353 attachment 'budget_2026_v2.xlsx'
Tue Nov 17 10:45:12 2026 Info: MID 1010353 AMP file reputation verdict : CLEAN
Tue Nov 17 10:45:13 2026 Info: MID 1010354 queued for delivery
Tue Nov 17 10:45:14 2026 Info: MID 1010353 queued for delivery
Tue Nov 17 10:45:15 2026 Info: New SMTP DCID 209265 interface 192.0.2.20 address 10.30.0.25 port 25
Tue Nov 17 10:45:15 2026 Info: DCID 209265 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 10:45:15 2026 Info: Delivery start DCID 209265 MID 1010354 to RID [0]
Tue Nov 17 10:45:16 2026 Info: New SMTP DCID 209264 interface 192.0.2.20 address 52.101.153.3 port 25
Tue Nov 17 10:45:16 2026 Info: DCID 209264 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 10:45:16 2026 Info: Delivery start DCID 209264 MID 1010353 to RID [0]
Tue Nov 17 10:45:17 2026 Info: Message done DCID 209265 MID 1010354 to RID [0]
Tue Nov 17 10:45:17 2026 Info: MID 1010354 RID [0] Response '2.0.0 Ok: queued as F5DximNvuQ5Z2PXN'
Tue Nov 17 10:45:17 2026 Info: Message finished MID 1010354 done
Tue Nov 17 10:45:17 2026 Info: DCID 209265 close
Tue Nov 17 10:45:17 2026 Info: Message done DCID 209264 MID 1010353 to RID [0]
Tue Nov 17 10:45:17 2026 Info: MID 1010353 RID [0] Response '2.0.0 Ok: queued as TGqHxB3xe3vpQFGF'
Tue Nov 17 10:45:17 2026 Info: Message finished MID 1010353 done
Tue Nov 17 10:45:17 2026 Info: DCID 209264 close
Tue Nov 17 10:49:30 2026 Info: New SMTP ICID 433441 interface IncomingMail (192.0.2.10) address 198.51.70.58 reverse dns host mail.logistics.example verified yes
Tue Nov 17 10:49:30 2026 Info: ICID 433441 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2
Tue Nov 17 10:49:30 2026 Info: ICID 433441 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 10:49:30 2026 Info: Start MID 1010355 ICID 433441
Tue Nov 17 10:49:30 2026 Info: MID 1010355 ICID 433441 From: <yuki.sato@logistics.example>
Tue Nov 17 10:49:30 2026 Info: MID 1010355 ICID 433441 RID 0 To: <ivan.okafor@corp-mail.example>
Tue Nov 17 10:49:31 2026 Info: MID 1010355 Message-ID '<CAigH9qiSb9ch9a5EvISF771hHi8wA/=nBvpAdBEtzVK@mail.logistics.example>'
Tue Nov 17 10:49:31 2026 Info: MID 1010355 Subject 'FW: contract draft'
Tue Nov 17 10:49:31 2026 Info: MID 1010355 ready 22326 bytes from <yuki.sato@logistics.example>
Tue Nov 17 10:49:31 2026 Info: MID 1010355 using engine: CASE spam negative
Tue Nov 17 10:49:31 2026 Info: MID 1010355 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Tue Nov 17 10:49:31 2026 Info: MID 1010355 DKIM: pass signature verified (d=logistics.example s=s5 i=@logistics.example)
Tue Nov 17 10:49:31 2026 Info: ICID 433441 close
Tue Nov 17 10:49:31 2026 Info: MID 1010355 antivirus negative
Tue Nov 17 10:49:31 2026 Info: MID 1010355 interim AV verdict using Sophos CLEAN
Tue Nov 17 10:49:31 2026 Info: MID 1010355 DMARC: Verification passed
Tue Nov 17 10:49:32 2026 Info: MID 1010355 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 10:49:32 2026 Info: MID 1010355 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 10:49:33 2026 Info: MID 1010355 queued for delivery
Tue Nov 17 10:49:34 2026 Info: New SMTP DCID 209266 interface 192.0.2.20 address 52.101.109.250 port 25
Tue Nov 17 10:49:34 2026 Info: DCID 209266 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 10:49:34 2026 Info: Delivery start DCID 209266 MID 1010355 to RID [0]
Tue Nov 17 10:49:34 2026 Info: Message done DCID 209266 MID 1010355 to RID [0] [('from', 'yuki.sato@logistics.example'), ('to', 'ivan.okafor@corp-mail.example')]
Tue Nov 17 10:49:34 2026 Info: MID 1010355 RID [0] Response '2.0.0 Ok: queued as 4RVVnTcoRHooAazj'
Tue Nov 17 10:49:34 2026 Info: Message finished MID 1010355 done
Tue Nov 17 10:49:34 2026 Info: DCID 209266 close
Tue Nov 17 10:53:15 2026 Info: New SMTP ICID 433442 interface IncomingMail (192.0.2.10) address 198.51.140.30 reverse dns host mail.client-b.example verified yes
Tue Nov 17 10:53:15 2026 Info: ICID 433442 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2
Tue Nov 17 10:53:15 2026 Info: ICID 433442 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 10:53:15 2026 Info: Start MID 1010356 ICID 433442
Tue Nov 17 10:53:15 2026 Info: MID 1010356 ICID 433442 From: <max.larsen@client-b.example>
Tue Nov 17 10:53:15 2026 Info: MID 1010356 ICID 433442 RID 0 To: <lena.novak@corp.example>
Tue Nov 17 10:53:15 2026 Info: MID 1010356 ICID 433442 RID 1 To: <emma.garcia@corp.example>
Tue Nov 17 10:53:15 2026 Info: MID 1010356 Message-ID '<CAaJ8n6sWvShq0QykqGjGq1Zdpl-4tXDtOvr5DgWWR3e@mail.client-b.example>'
Tue Nov 17 10:53:15 2026 Info: MID 1010356 Subject 'FW: contract draft'
Tue Nov 17 10:53:15 2026 Info: MID 1010356 ready 535638 bytes from <max.larsen@client-b.example>
Tue Nov 17 10:53:15 2026 Info: ICID 433442 close
Tue Nov 17 10:53:15 2026 Info: MID 1010356 using engine: CASE spam negative
Tue Nov 17 10:53:15 2026 Info: MID 1010356 antivirus negative
Tue Nov 17 10:53:16 2026 Info: MID 1010356 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Tue Nov 17 10:53:16 2026 Info: MID 1010356 interim AV verdict using Sophos CLEAN
Tue Nov 17 10:53:16 2026 Info: MID 1010356 DMARC: Verification passed
Tue Nov 17 10:53:16 2026 Info: MID 1010356 DKIM: pass signature verified (d=client-b.example s=s1 i=@client-b.example)
Tue Nov 17 10:53:16 2026 Info: MID 1010356 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 10:53:17 2026 Info: MID 1010356 attachment 'invoice_18015.pdf'
Tue Nov 17 10:53:17 2026 Info: MID 1010356 AMP file reputation verdict : UNKNOWN
Tue Nov 17 10:53:18 2026 Info: MID 1010356 queued for delivery
Tue Nov 17 10:53:21 2026 Info: New SMTP DCID 209267 interface 192.0.2.20 address 52.101.72.80 port 25
Tue Nov 17 10:53:21 2026 Info: DCID 209267 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 10:53:21 2026 Info: Delivery start DCID 209267 MID 1010356 to RID [0, 1]
Tue Nov 17 10:53:21 2026 Info: Message done DCID 209267 MID 1010356 to RID [0, 1]
Tue Nov 17 10:53:21 2026 Info: MID 1010356 RID [0, 1] Response '2.6.0 [InternalId=261961693267, Hostname=AM0PR01MB4834.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 10:53:21 2026 Info: Message finished MID 1010356 done
Tue Nov 17 10:53:21 2026 Info: DCID 209267 close
Tue Nov 17 11:25:57 2026 Info: New SMTP ICID 433443 interface IncomingMail (192.0.2.10) address 198.51.244.153 reverse dns host mail.logistics.example verified yes
Tue Nov 17 11:25:57 2026 Info: ICID 433443 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Tue Nov 17 11:25:57 2026 Info: ICID 433443 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:25:58 2026 Info: Start MID 1010357 ICID 433443
Tue Nov 17 11:25:58 2026 Info: MID 1010357 ICID 433443 From: <sofia.weber@logistics.example>
Tue Nov 17 11:25:58 2026 Info: MID 1010357 ICID 433443 RID 0 To: <ravi.nguyen@corp.example>
Tue Nov 17 11:25:58 2026 Info: MID 1010357 Message-ID '<6cc58bdeecc86151de16.32589@logistics.example>'
Tue Nov 17 11:25:58 2026 Info: MID 1010357 Subject 'Your order 77669 has shipped'
Tue Nov 17 11:25:58 2026 Info: MID 1010357 ready 74867 bytes from <sofia.weber@logistics.example>
Tue Nov 17 11:25:58 2026 Info: ICID 433443 close
Tue Nov 17 11:25:58 2026 Info: MID 1010357 URL https://www.logistics.example/t/e84ff0297e has reputation 0.0 matched Condition: URL Reputation Rule
Tue Nov 17 11:25:58 2026 Info: MID 1010357 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Tue Nov 17 11:25:58 2026 Info: MID 1010357 using engine: CASE spam negative
Tue Nov 17 11:25:59 2026 Info: MID 1010357 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 11:25:59 2026 Info: MID 1010357 attachment 'image002.jpg'
Tue Nov 17 11:25:59 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1010357, File Size = 52966 bytes, File Type = image/jpeg
Tue Nov 17 11:25:59 2026 Info: MID 1010357 AMP file reputation verdict : CLEAN
Tue Nov 17 11:25:59 2026 Info: MID 1010357 queued for delivery
Tue Nov 17 11:26:00 2026 Info: Response received for file reputation query from Cache. File Name = 'image002.jpg', MID = 1010357, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = b8dee081179a071e518ae4525b4b1b75321c52966bd8c67656d050cd67601367, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Tue Nov 17 11:26:03 2026 Info: New SMTP DCID 209268 interface 192.0.2.20 address 52.101.76.183 port 25
Tue Nov 17 11:26:03 2026 Info: DCID 209268 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:26:03 2026 Info: Delivery start DCID 209268 MID 1010357 to RID [0]
Tue Nov 17 11:26:04 2026 Info: Message done DCID 209268 MID 1010357 to RID [0]
Tue Nov 17 11:26:04 2026 Info: MID 1010357 RID [0] Response '2.0.0 Ok: queued as haBT5WeNggqVZ2rg'
Tue Nov 17 11:26:04 2026 Info: Message finished MID 1010357 done
Tue Nov 17 11:26:04 2026 Info: DCID 209268 close
Tue Nov 17 11:31:03 2026 Info: New SMTP ICID 433444 interface IncomingMail (192.0.2.10) address 198.51.190.35 reverse dns host mail.bank.example verified yes
Tue Nov 17 11:31:03 2026 Info: ICID 433444 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Tue Nov 17 11:31:03 2026 Info: ICID 433444 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:31:03 2026 Info: Start MID 1010358 ICID 433444
Tue Nov 17 11:31:03 2026 Info: MID 1010358 ICID 433444 From: <tom.obrien@bank.example>
Tue Nov 17 11:31:03 2026 Info: MID 1010358 ICID 433444 RID 0 To: <lena.novak@corp.example>
Tue Nov 17 11:31:03 2026 Info: MID 1010358 ICID 433444 RID 1 To: <eva.kowalski@corp.example>
Tue Nov 17 11:31:03 2026 Info: MID 1010358 ICID 433444 RID 2 To: <nina.lopez@corp.example>
Tue Nov 17 11:31:04 2026 Info: MID 1010358 Message-ID '<9257100bb32306beba61.4663@bank.example>'
Tue Nov 17 11:31:04 2026 Info: MID 1010358 Subject 'FW: contract draft'
Tue Nov 17 11:31:04 2026 Info: MID 1010358 ready 7469 bytes from <tom.obrien@bank.example>
Tue Nov 17 11:31:04 2026 Info: MID 1010358 using engine: CASE spam negative
Tue Nov 17 11:31:04 2026 Info: ICID 433444 close
Tue Nov 17 11:31:04 2026 Info: MID 1010358 Outbreak Filters: verdict negative
Tue Nov 17 11:31:04 2026 Info: MID 1010358 URL https://www.bank.example/t/a398901e03 has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 11:31:04 2026 Info: MID 1010358 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Tue Nov 17 11:31:05 2026 Info: MID 1010358 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 11:31:05 2026 Info: MID 1010358 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:31:06 2026 Info: MID 1010358 queued for delivery
Tue Nov 17 11:31:06 2026 Info: New SMTP DCID 209269 interface 192.0.2.20 address 52.101.210.29 port 25
Tue Nov 17 11:31:06 2026 Info: DCID 209269 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:31:06 2026 Info: Delivery start DCID 209269 MID 1010358 to RID [0, 1, 2]
Tue Nov 17 11:31:08 2026 Info: Message done DCID 209269 MID 1010358 to RID [0, 1, 2]
Tue Nov 17 11:31:08 2026 Info: MID 1010358 RID [0, 1, 2] Response '2.6.0 [InternalId=859059068935, Hostname=AM0PR01MB4926.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:31:08 2026 Info: Message finished MID 1010358 done
Tue Nov 17 11:31:08 2026 Info: DCID 209269 close
Tue Nov 17 11:36:13 2026 Info: New SMTP ICID 433445 interface IncomingMail (192.0.2.10) address 198.51.132.190 reverse dns host mail.gmail.example verified yes
Tue Nov 17 11:36:13 2026 Info: ICID 433445 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.0
Tue Nov 17 11:36:13 2026 Info: ICID 433445 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:36:13 2026 Info: Start MID 1010359 ICID 433445
Tue Nov 17 11:36:13 2026 Info: MID 1010359 ICID 433445 From: <paul.moreau@gmail.example>
Tue Nov 17 11:36:13 2026 Info: MID 1010359 ICID 433445 RID 0 To: <li.larsen@corp.example>
Tue Nov 17 11:36:14 2026 Info: MID 1010359 Message-ID '<2efbc66ddd388be00452.92354@gmail.example>'
Tue Nov 17 11:36:14 2026 Info: MID 1010359 Subject 'Budget 2027 – first numbers'
Tue Nov 17 11:36:14 2026 Info: MID 1010359 ready 39071 bytes from <paul.moreau@gmail.example>
Tue Nov 17 11:36:14 2026 Info: ICID 433445 close
Tue Nov 17 11:36:14 2026 Info: MID 1010359 DKIM: pass signature verified (d=gmail.example s=s8 i=@gmail.example)
Tue Nov 17 11:36:15 2026 Info: MID 1010359 using engine: CASE spam negative
Tue Nov 17 11:36:15 2026 Info: MID 1010359 DMARC: Verification passed
Tue Nov 17 11:36:15 2026 Info: MID 1010359 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Tue Nov 17 11:36:16 2026 Info: MID 1010359 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 11:36:16 2026 Info: MID 1010359 attachment 'meeting.ics'
Tue Nov 17 11:36:16 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1010359, File Size = 4706 bytes, File Type = text/calendar
Tue Nov 17 11:36:16 2026 Info: MID 1010359 AMP file reputation verdict : CLEAN
Tue Nov 17 11:36:16 2026 Info: Response received for file reputation query from Cloud. File Name = 'meeting.ics', MID = 1010359, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = a7d0e597bde3a6e4149a3e17771ba4bae989da51bec49ab46fc820d2d82cba01, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Tue Nov 17 11:36:17 2026 Info: MID 1010359 queued for delivery
Tue Nov 17 11:36:20 2026 Info: New SMTP DCID 209270 interface 192.0.2.20 address 52.101.196.6 port 25
Tue Nov 17 11:36:20 2026 Info: DCID 209270 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 11:36:20 2026 Info: Delivery start DCID 209270 MID 1010359 to RID [0]
Tue Nov 17 11:36:20 2026 Info: Message done DCID 209270 MID 1010359 to RID [0]
Tue Nov 17 11:36:20 2026 Info: MID 1010359 RID [0] Response '2.6.0 [InternalId=521551189289, Hostname=AM0PR01MB1165.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:36:20 2026 Info: Message finished MID 1010359 done
Tue Nov 17 11:36:20 2026 Info: DCID 209270 close
Tue Nov 17 11:44:05 2026 Info: New SMTP ICID 433446 interface IncomingMail (192.0.2.10) address 198.51.215.149 reverse dns host mail.lawfirm.example verified yes
Tue Nov 17 11:44:05 2026 Info: ICID 433446 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Tue Nov 17 11:44:05 2026 Info: ICID 433446 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 11:44:05 2026 Info: Start MID 1010360 ICID 433446
Tue Nov 17 11:44:05 2026 Info: MID 1010360 ICID 433446 From: <tom.cohen@lawfirm.example>
Tue Nov 17 11:44:05 2026 Info: MID 1010360 ICID 433446 RID 0 To: <tom.weber@corp.example>
Tue Nov 17 11:44:06 2026 Info: MID 1010360 Message-ID "<o'hara.c94f63668f14@lawfirm.example>"
Tue Nov 17 11:44:06 2026 Info: MID 1010360 Subject 'Candidate CV 27340'
Tue Nov 17 11:44:06 2026 Info: MID 1010360 ready 20306 bytes from <tom.cohen@lawfirm.example>
Tue Nov 17 11:44:06 2026 Info: MID 1010360 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Tue Nov 17 11:44:06 2026 Info: ICID 433446 close
Tue Nov 17 11:44:06 2026 Info: MID 1010360 using engine: CASE spam negative
Tue Nov 17 11:44:06 2026 Info: MID 1010360 Outbreak Filters: verdict negative
Tue Nov 17 11:44:06 2026 Info: MID 1010360 URL https://www.lawfirm.example/t/6e055688eb has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 11:44:06 2026 Info: MID 1010360 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 11:44:06 2026 Info: MID 1010360 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:44:08 2026 Info: MID 1010360 queued for delivery
Tue Nov 17 11:44:10 2026 Info: New SMTP DCID 209271 interface 192.0.2.20 address 52.101.146.103 port 25
Tue Nov 17 11:44:10 2026 Info: DCID 209271 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 11:44:10 2026 Info: Delivery start DCID 209271 MID 1010360 to RID [0]
Tue Nov 17 11:44:11 2026 Info: Message done DCID 209271 MID 1010360 to RID [0] [('from', 'tom.cohen@lawfirm.example'), ('to', 'tom.weber@corp.example')]
Tue Nov 17 11:44:11 2026 Info: MID 1010360 RID [0] Response '2.6.0 [InternalId=270651598313, Hostname=AM0PR01MB5539.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 11:44:11 2026 Info: Message finished MID 1010360 done
Tue Nov 17 11:44:11 2026 Info: DCID 209271 close
Tue Nov 17 11:58:02 2026 Info: New SMTP ICID 433447 interface IncomingMail (192.0.2.10) address 198.51.195.233 reverse dns host mail.client-b.example verified yes
Tue Nov 17 11:58:02 2026 Info: ICID 433447 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.9
Tue Nov 17 11:58:02 2026 Info: ICID 433447 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 11:58:02 2026 Info: Start MID 1010361 ICID 433447
Tue Nov 17 11:58:02 2026 Info: MID 1010361 ICID 433447 From: <noah.silva@client-b.example>
Tue Nov 17 11:58:02 2026 Info: MID 1010361 ICID 433447 RID 0 To: <leo.dubois@corp-mail.example>
Tue Nov 17 11:58:03 2026 Info: MID 1010361 Message-ID '<e037508685ab1e948d42.14765@client-b.example>'
Tue Nov 17 11:58:03 2026 Info: MID 1010361 Subject Re: [support #8762] FW: issue with\r\n the VPN client after the latest update (urgent)
Tue Nov 17 11:58:03 2026 Info: MID 1010361 ready 34221 bytes from <noah.silva@client-b.example>
Tue Nov 17 11:58:03 2026 Info: ICID 433447 close
Tue Nov 17 11:58:03 2026 Info: MID 1010361 using engine: CASE spam negative
Tue Nov 17 11:58:03 2026 Info: MID 1010361 DMARC: Verification passed
Tue Nov 17 11:58:03 2026 Info: MID 1010361 antivirus negative
Tue Nov 17 11:58:03 2026 Info: MID 1010361 DKIM: pass signature verified (d=client-b.example s=s9 i=@client-b.example)
Tue Nov 17 11:58:03 2026 Info: MID 1010361 interim AV verdict using Sophos CLEAN
Tue Nov 17 11:58:03 2026 Info: MID 1010361 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Tue Nov 17 11:58:03 2026 Info: MID 1010361 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 11:58:04 2026 Info: MID 1010361 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 11:58:04 2026 Info: New SMTP DCID 209272 interface 192.0.2.20 address 192.0.2.50 port 6025
Tue Nov 17 11:58:04 2026 Info: Delivery start DCID 209272 MID 1010361 to RID [0] to offbox IronPort Spam Quarantine
Tue Nov 17 11:58:04 2026 Info: Message done DCID 209272 MID 1010361 to RID [0] (external quarantine)
Tue Nov 17 11:58:04 2026 Info: Message finished MID 1010361 done
Tue Nov 17 11:58:04 2026 Info: DCID 209272 close
Tue Nov 17 12:01:04 2026 Info: New SMTP ICID 433448 interface IncomingMail (192.0.2.10) address 198.51.224.229 reverse dns host mail.partner.example verified yes
Tue Nov 17 12:01:04 2026 Info: ICID 433448 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.5
Tue Nov 17 12:01:04 2026 Info: ICID 433448 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:01:04 2026 Info: Start MID 1010362 ICID 433448
Tue Nov 17 12:01:04 2026 Info: MID 1010362 ICID 433448 From: <nora.okafor@partner.example>
Tue Nov 17 12:01:04 2026 Info: MID 1010362 ICID 433448 RID 0 To: <sara.novak@corp.example>
Tue Nov 17 12:01:05 2026 Info: MID 1010362 Message-ID '<050879b4fde5c308ec62.93329@partner.example>'
Tue Nov 17 12:01:05 2026 Info: MID 1010362 Subject 'Re: project timeline'
Tue Nov 17 12:01:05 2026 Info: MID 1010362 ready 668010 bytes from <nora.okafor@partner.example>
Tue Nov 17 12:01:05 2026 Info: MID 1010362 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Tue Nov 17 12:01:05 2026 Info: MID 1010362 using engine: CASE spam negative
Tue Nov 17 12:01:05 2026 Info: ICID 433448 close
Tue Nov 17 12:01:05 2026 Info: MID 1010362 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 12:01:06 2026 Info: MID 1010362 attachment 'specs-6596.zip'
Tue Nov 17 12:01:06 2026 Info: File reputation query initiating. File Name = 'specs-6596.zip', MID = 1010362, File Size = 490555 bytes, File Type = application/zip
Tue Nov 17 12:01:06 2026 Info: MID 1010362 AMP file reputation verdict : CLEAN
Tue Nov 17 12:01:06 2026 Info: Response received for file reputation query from Cloud. File Name = 'specs-6596.zip', MID = 1010362, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 78c1948a14d7f4a266a9971bd1ee801a1c3ccd6a4cc291669c846ed0a6a33196, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Tue Nov 17 12:01:08 2026 Info: MID 1010362 queued for delivery
Tue Nov 17 12:01:08 2026 Info: New SMTP DCID 209273 interface 192.0.2.20 address 52.101.184.246 port 25
Tue Nov 17 12:01:08 2026 Info: DCID 209273 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:01:08 2026 Info: Delivery start DCID 209273 MID 1010362 to RID [0]
Tue Nov 17 12:01:09 2026 Info: Message done DCID 209273 MID 1010362 to RID [0]
Tue Nov 17 12:01:09 2026 Info: MID 1010362 RID [0] Response '2.6.0 [InternalId=839004444546, Hostname=AM0PR01MB6972.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 12:01:09 2026 Info: Message finished MID 1010362 done
Tue Nov 17 12:01:09 2026 Info: DCID 209273 close
Tue Nov 17 12:05:15 2026 Info: New SMTP ICID 433449 interface IncomingMail (192.0.2.10) address 198.51.98.186 reverse dns host mail.gmail.example verified yes
Tue Nov 17 12:05:15 2026 Info: ICID 433449 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.6
Tue Nov 17 12:05:15 2026 Info: ICID 433449 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 12:05:15 2026 Info: Start MID 1010363 ICID 433449
Tue Nov 17 12:05:15 2026 Info: MID 1010363 ICID 433449 From: <paul.moreau@gmail.example>
Tue Nov 17 12:05:15 2026 Info: MID 1010363 ICID 433449 RID 0 To: <paul.moreau@corp.example>
Tue Nov 17 12:05:15 2026 Info: MID 1010363 ICID 433449 RID 1 To: <dan.okafor@corp.example>
Tue Nov 17 12:05:15 2026 Info: MID 1010363 ICID 433449 RID 2 To: <omar.garcia@corp.example>
Tue Nov 17 12:05:15 2026 Info: MID 1010363 ICID 433449 RID 3 To: <lucia.okafor@corp.example>
Tue Nov 17 12:05:15 2026 Info: MID 1010363 Message-ID '<1ba18867a9f08e5a8fe8.55650@gmail.example>'
Tue Nov 17 12:05:15 2026 Info: MID 1010363 Subject 'Re: Re: Re: hiring plan'
Tue Nov 17 12:05:15 2026 Info: MID 1010363 ready 2793525 bytes from <paul.moreau@gmail.example>
Tue Nov 17 12:05:15 2026 Info: ICID 433449 close
Tue Nov 17 12:05:15 2026 Info: MID 1010363 antivirus negative
Tue Nov 17 12:05:15 2026 Info: MID 1010363 interim AV verdict using Sophos CLEAN
Tue Nov 17 12:05:15 2026 Info: MID 1010363 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Tue Nov 17 12:05:15 2026 Info: MID 1010363 DKIM: pass signature verified (d=gmail.example s=s2 i=@gmail.example)
Tue Nov 17 12:05:15 2026 Info: MID 1010363 using engine: CASE spam negative
Tue Nov 17 12:05:15 2026 Info: MID 1010363 DMARC: Verification passed
Tue Nov 17 12:05:16 2026 Info: MID 1010363 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 12:05:16 2026 Info: MID 1010363 attachment 'specs-66188.zip'
Tue Nov 17 12:05:16 2026 Info: MID 1010363 AMP file reputation verdict : CLEAN
Tue Nov 17 12:05:18 2026 Info: MID 1010363 queued for delivery
Tue Nov 17 12:05:20 2026 Info: New SMTP DCID 209274 interface 192.0.2.20 address 52.101.132.230 port 25
Tue Nov 17 12:05:20 2026 Info: DCID 209274 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:05:20 2026 Info: Delivery start DCID 209274 MID 1010363 to RID [0, 1, 2, 3]
Tue Nov 17 12:05:22 2026 Info: Message done DCID 209274 MID 1010363 to RID [0, 1, 2, 3]
Tue Nov 17 12:05:22 2026 Info: MID 1010363 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as 6aFBsKKdH4g5fWde'
Tue Nov 17 12:05:22 2026 Info: Message finished MID 1010363 done
Tue Nov 17 12:05:22 2026 Info: DCID 209274 close
Tue Nov 17 12:12:11 2026 Info: New SMTP ICID 433450 interface IncomingMail (192.0.2.10) address 198.51.213.176 reverse dns host mail.bank.example verified yes
Tue Nov 17 12:12:11 2026 Info: ICID 433450 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.8
Tue Nov 17 12:12:11 2026 Info: ICID 433450 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:12:11 2026 Info: Start MID 1010364 ICID 433450
Tue Nov 17 12:12:11 2026 Info: MID 1010364 ICID 433450 From: <tom.obrien@bank.example>
Tue Nov 17 12:12:11 2026 Info: MID 1010364 ICID 433450 RID 0 To: <lena.sato@corp.example>
Tue Nov 17 12:12:12 2026 Info: MID 1010364 Message-ID '<CAEaqdk1KiRbLJo-/QNEkfqJxKPpLc=uqFju/v7=ZzoZ@mail.bank.example>'
Tue Nov 17 12:12:12 2026 Info: MID 1010364 Subject 'Budget 2027 – first numbers'
Tue Nov 17 12:12:12 2026 Info: MID 1010364 ready 17865 bytes from <tom.obrien@bank.example>
Tue Nov 17 12:12:12 2026 Info: MID 1010364 DKIM: pass signature verified (d=bank.example s=s7 i=@bank.example)
Tue Nov 17 12:12:12 2026 Info: MID 1010364 DMARC: Verification passed
Tue Nov 17 12:12:12 2026 Info: ICID 433450 close
Tue Nov 17 12:12:12 2026 Info: MID 1010364 using engine: CASE spam negative
Tue Nov 17 12:12:12 2026 Info: MID 1010364 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Tue Nov 17 12:12:12 2026 Info: MID 1010364 antivirus negative
Tue Nov 17 12:12:12 2026 Info: MID 1010364 interim AV verdict using Sophos CLEAN
Tue Nov 17 12:12:13 2026 Info: MID 1010364 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 12:12:13 2026 Info: MID 1010364 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 12:12:15 2026 Info: MID 1010364 queued for delivery
Tue Nov 17 12:12:18 2026 Info: New SMTP DCID 209275 interface 192.0.2.20 address 52.101.1.91 port 25
Tue Nov 17 12:12:18 2026 Info: DCID 209275 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 12:12:18 2026 Info: Delivery start DCID 209275 MID 1010364 to RID [0]
Tue Nov 17 12:12:19 2026 Info: Message done DCID 209275 MID 1010364 to RID [0]
Tue Nov 17 12:12:19 2026 Info: MID 1010364 RID [0] Response '2.0.0 Ok: queued as uBgmCKgJhF7bTkeW'
Tue Nov 17 12:12:19 2026 Info: Message finished MID 1010364 done
Tue Nov 17 12:12:19 2026 Info: DCID 209275 close
Tue Nov 17 12:13:20 2026 Info: New SMTP ICID 433451 interface IncomingMail (192.0.2.10) address 198.51.26.117 reverse dns host mail.partner.example verified yes
Tue Nov 17 12:13:20 2026 Info: ICID 433451 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.8
Tue Nov 17 12:13:20 2026 Info: ICID 433451 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 12:13:20 2026 Info: Start MID 1010365 ICID 433451
Tue Nov 17 12:13:20 2026 Info: MID 1010365 ICID 433451 From: <nora.okafor@partner.example>
Tue Nov 17 12:13:20 2026 Info: MID 1010365 ICID 433451 RID 0 To: <lena.novak@corp.example>
Tue Nov 17 12:13:20 2026 Info: MID 1010365 ICID 433451 RID 1 To: <eva.kowalski@corp.example>
Tue Nov 17 12:13:20 2026 Info: MID 1010365 ICID 433451 RID 2 To: <kofi.nguyen@corp.example>
Tue Nov 17 12:13:21 2026 Info: MID 1010365 Message-ID '<c32d43a78f89e07adcef.71681@partner.example>'
Tue Nov 17 12:13:21 2026 Info: MID 1010365 Subject 'Reminder: timesheets due'
Tue Nov 17 12:13:21 2026 Info: MID 1010365 ready 15415 bytes from <nora.okafor@partner.example>
Tue Nov 17 12:13:21 2026 Info: ICID 433451 close
Tue Nov 17 12:13:21 2026 Info: MID 1010365 DMARC: Verification passed
Tue Nov 17 12:13:21 2026 Info: MID 1010365 using engine: CASE spam negative
Tue Nov 17 12:13:21 2026 Info: MID 1010365 DKIM: pass signature verified (d=partner.example s=s7 i=@partner.example)
Tue Nov 17 12:13:21 2026 Info: MID 1010365 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Tue Nov 17 12:13:21 2026 Info: MID 1010365 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 12:13:21 2026 Info: MID 1010365 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 12:13:23 2026 Info: MID 1010365 queued for delivery
Tue Nov 17 12:13:23 2026 Info: MID 1010366 was generated based on MID 1010365 by bcc filter 'Finance_Archive'
Tue Nov 17 12:13:23 2026 Info: MID 1010366 ICID 0 From: <nora.okafor@partner.example>
Tue Nov 17 12:13:23 2026 Info: MID 1010366 ICID 0 RID 0 To: <finance-archive@corp.example>
Tue Nov 17 12:13:23 2026 Info: MID 1010366 Message-ID '<c32d43a78f89e07adcef.71681@partner.example>'
Tue Nov 17 12:13:23 2026 Info: MID 1010366 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 12:13:23 2026 Info: MID 1010366 queued for delivery
Tue Nov 17 12:13:25 2026 Info: New SMTP DCID 209276 interface 192.0.2.20 address 52.101.126.137 port 25
Tue Nov 17 12:13:25 2026 Info: DCID 209276 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 12:13:25 2026 Info: Delivery start DCID 209276 MID 1010365 to RID [0, 1, 2]
Tue Nov 17 12:13:25 2026 Info: New SMTP DCID 209277 interface 192.0.2.20 address 52.101.213.234 port 25
Tue Nov 17 12:13:25 2026 Info: DCID 209277 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 12:13:25 2026 Info: Delivery start DCID 209277 MID 1010366 to RID [0]
Tue Nov 17 12:13:27 2026 Info: Message done DCID 209277 MID 1010366 to RID [0]
Tue Nov 17 12:13:27 2026 Info: MID 1010366 RID [0] Response '2.0.0 Ok: queued as e67MNmhaeMZjtrFM'
Tue Nov 17 12:13:27 2026 Info: Message finished MID 1010366 done
Tue Nov 17 12:13:27 2026 Info: DCID 209277 close
Tue Nov 17 12:13:27 2026 Info: Message done DCID 209276 MID 1010365 to RID [0, 1, 2]
Tue Nov 17 12:13:27 2026 Info: MID 1010365 RID [0, 1, 2] Response '2.6.0 [InternalId=945444436290, Hostname=AM0PR01MB5589.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 12:13:27 2026 Info: DCID 209276 close
Tue Nov 17 12:13:27 2026 Info: Message finished MID 1010365 done
Tue Nov 17 12:37:43 2026 Info: New SMTP ICID 433452 interface IncomingMail (192.0.2.10) address 198.51.42.39 reverse dns host mail.supplier.example verified yes
Tue Nov 17 12:37:43 2026 Info: ICID 433452 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Tue Nov 17 12:37:43 2026 Info: ICID 433452 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 12:37:43 2026 Info: Start MID 1010367 ICID 433452
Tue Nov 17 12:37:43 2026 Info: MID 1010367 ICID 433452 From: <ana.mendes@supplier.example>
Tue Nov 17 12:37:43 2026 Info: MID 1010367 ICID 433452 RID 0 To: <eva.kowalski@corp.example>
Tue Nov 17 12:37:43 2026 Info: MID 1010367 Message-ID '<b434b53bbcf86bbb%23#&4da11@supplier.example>'
Tue Nov 17 12:37:43 2026 Info: MID 1010367 Subject 'Budget 2027 – first numbers'
Tue Nov 17 12:37:43 2026 Info: MID 1010367 ready 2416146 bytes from <ana.mendes@supplier.example>
Tue Nov 17 12:37:43 2026 Info: MID 1010367 antivirus negative
Tue Nov 17 12:37:43 2026 Info: ICID 433452 close
Tue Nov 17 12:37:43 2026 Info: MID 1010367 using engine: CASE spam negative
Tue Nov 17 12:37:43 2026 Info: MID 1010367 DKIM: pass signature verified (d=supplier.example s=s4 i=@supplier.example)
Tue Nov 17 12:37:43 2026 Info: MID 1010367 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Tue Nov 17 12:37:43 2026 Info: MID 1010367 interim AV verdict using Sophos CLEAN
Tue Nov 17 12:37:43 2026 Info: MID 1010367 DMARC: Verification passed
Tue Nov 17 12:37:44 2026 Info: MID 1010367 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 12:37:44 2026 Info: MID 1010367 attachment 'Q3 Report 2026.pdf'
Tue Nov 17 12:37:44 2026 Info: MID 1010367 AMP file reputation verdict : LOWRISK
Tue Nov 17 12:37:46 2026 Info: MID 1010367 queued for delivery
Tue Nov 17 12:37:50 2026 Info: New SMTP DCID 209278 interface 192.0.2.20 address 52.101.42.251 port 25
Tue Nov 17 12:37:50 2026 Info: DCID 209278 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 12:37:50 2026 Info: Delivery start DCID 209278 MID 1010367 to RID [0]
Tue Nov 17 12:37:50 2026 Info: Message done DCID 209278 MID 1010367 to RID [0]
Tue Nov 17 12:37:50 2026 Info: MID 1010367 RID [0] Response '2.6.0 [InternalId=970701556544, Hostname=AM0PR01MB5197.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 12:37:50 2026 Info: DCID 209278 close
Tue Nov 17 12:37:50 2026 Info: Message finished MID 1010367 done
Tue Nov 17 12:43:52 2026 Info: New SMTP ICID 433453 interface IncomingMail (192.0.2.10) address 198.51.121.9 reverse dns host mail.gmail.example verified yes
Tue Nov 17 12:43:52 2026 Info: ICID 433453 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.8
Tue Nov 17 12:43:52 2026 Info: ICID 433453 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 12:43:52 2026 Info: Start MID 1010368 ICID 433453
Tue Nov 17 12:43:52 2026 Info: MID 1010368 ICID 433453 From: <paul.moreau@gmail.example>
Tue Nov 17 12:43:52 2026 Info: MID 1010368 ICID 433453 RID 0 To: <ivan.silva@corp.example>
Tue Nov 17 12:43:52 2026 Info: MID 1010368 ICID 433453 RID 1 To: <kofi.moreau@corp.example>
Tue Nov 17 12:43:52 2026 Info: MID 1010368 ICID 433453 RID 2 To: <nora.mendes@corp.example>
Tue Nov 17 12:43:52 2026 Info: MID 1010368 ICID 433453 RID 3 To: <ivan.okafor@corp.example>
Tue Nov 17 12:43:52 2026 Info: MID 1010368 Message-ID "<o'brien.76649dff43cc@gmail.example>"
Tue Nov 17 12:43:52 2026 Info: MID 1010368 Subject 'Your order 91819 has shipped'
Tue Nov 17 12:43:52 2026 Info: MID 1010368 ready 1038583 bytes from <paul.moreau@gmail.example>
Tue Nov 17 12:43:52 2026 Info: ICID 433453 close
Tue Nov 17 12:43:52 2026 Info: MID 1010368 Outbreak Filters: verdict negative
Tue Nov 17 12:43:52 2026 Info: MID 1010368 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Tue Nov 17 12:43:53 2026 Info: MID 1010368 using engine: CASE spam negative
Tue Nov 17 12:43:53 2026 Info: MID 1010368 URL https://www.gmail.example/t/31633a06f5 has reputation 0.0 matched Condition: URL Reputation Rule
Tue Nov 17 12:43:54 2026 Info: MID 1010368 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 12:43:54 2026 Info: MID 1010368 attachment 'Q2 Report 2026.pdf'
Tue Nov 17 12:43:54 2026 Info: MID 1010368 AMP file reputation verdict : CLEAN
Tue Nov 17 12:43:55 2026 Info: MID 1010368 queued for delivery
Tue Nov 17 12:43:57 2026 Info: New SMTP DCID 209279 interface 192.0.2.20 address 52.101.75.162 port 25
Tue Nov 17 12:43:57 2026 Info: DCID 209279 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 12:43:57 2026 Info: Delivery start DCID 209279 MID 1010368 to RID [0, 1, 2, 3]
Tue Nov 17 12:43:59 2026 Info: Message done DCID 209279 MID 1010368 to RID [0, 1, 2, 3]
Tue Nov 17 12:43:59 2026 Info: MID 1010368 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as gxNrcuiadSvMLD4U'
Tue Nov 17 12:43:59 2026 Info: DCID 209279 close
Tue Nov 17 12:43:59 2026 Info: Message finished MID 1010368 done
Tue Nov 17 13:02:56 2026 Info: New SMTP ICID 433454 interface IncomingMail (192.0.2.10) address 198.51.24.64 reverse dns host mail.bank.example verified yes
Tue Nov 17 13:02:56 2026 Info: ICID 433454 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.3
Tue Nov 17 13:02:56 2026 Info: ICID 433454 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 13:02:56 2026 Info: Start MID 1010369 ICID 433454
Tue Nov 17 13:02:56 2026 Info: MID 1010369 ICID 433454 From: <mary.mendes@bank.example>
Tue Nov 17 13:02:56 2026 Info: MID 1010369 ICID 433454 RID 0 To: <marc.kowalski@corp.example>
Tue Nov 17 13:02:56 2026 Info: MID 1010369 ICID 433454 RID 1 To: <leo.dubois@corp.example>
Tue Nov 17 13:02:56 2026 Info: MID 1010369 ICID 433454 RID 2 To: <ewa.jensen@corp.example>
Tue Nov 17 13:02:56 2026 Info: MID 1010369 ICID 433454 RID 3 To: <ravi.nguyen48@corp-mail.example>
Tue Nov 17 13:02:56 2026 Info: MID 1010369 ICID 433454 RID 4 To: <li.haddad@corp.example>
Tue Nov 17 13:02:56 2026 Info: MID 1010369 ICID 433454 RID 5 To: <sara.novak23@corp.example>
Tue Nov 17 13:02:56 2026 Info: MID 1010369 ICID 433454 RID 6 To: <omar.garcia@corp.example>
Tue Nov 17 13:02:57 2026 Info: MID 1010369 Message-ID '<cc3dd958808bda66c17e.37565@bank.example>'
Tue Nov 17 13:02:57 2026 Info: MID 1010369 Subject 'Re: project timeline'
Tue Nov 17 13:02:57 2026 Info: MID 1010369 ready 3235 bytes from <mary.mendes@bank.example>
Tue Nov 17 13:02:57 2026 Info: MID 1010369 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Tue Nov 17 13:02:57 2026 Info: ICID 433454 close
Tue Nov 17 13:02:57 2026 Info: MID 1010369 URL https://www.bank.example/t/52d083e753 has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 13:02:57 2026 Info: MID 1010369 using engine: CASE spam negative
Tue Nov 17 13:02:58 2026 Info: MID 1010369 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 13:02:58 2026 Info: MID 1010369 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 13:03:00 2026 Info: MID 1010369 queued for delivery
Tue Nov 17 13:03:02 2026 Info: New SMTP DCID 209280 interface 192.0.2.20 address 52.101.165.113 port 25
Tue Nov 17 13:03:02 2026 Info: DCID 209280 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 13:03:02 2026 Info: Delivery start DCID 209280 MID 1010369 to RID [0, 1, 2, 3, 4, 5, 6]
Tue Nov 17 13:03:04 2026 Info: Message done DCID 209280 MID 1010369 to RID [0, 1, 2, 3, 4, 5, 6]
Tue Nov 17 13:03:04 2026 Info: MID 1010369 RID [0, 1, 2, 3, 4, 5, 6] Response '2.6.0 [InternalId=892939338349, Hostname=AM0PR01MB3910.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 13:03:04 2026 Info: Message finished MID 1010369 done
Tue Nov 17 13:03:04 2026 Info: DCID 209280 close
Tue Nov 17 13:15:24 2026 Info: New SMTP ICID 433455 interface IncomingMail (192.0.2.10) address 198.51.128.24 reverse dns host mail.bank.example verified yes
Tue Nov 17 13:15:24 2026 Info: ICID 433455 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Tue Nov 17 13:15:24 2026 Info: ICID 433455 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 13:15:24 2026 Info: Start MID 1010370 ICID 433455
Tue Nov 17 13:15:24 2026 Info: MID 1010370 ICID 433455 From: <tom.obrien@bank.example>
Tue Nov 17 13:15:24 2026 Info: MID 1010370 ICID 433455 RID 0 To: <ravi.nguyen48@corp.example>
Tue Nov 17 13:15:24 2026 Info: MID 1010370 Message-ID '<f52d3c5af49261bff9f2.73779@bank.example>'
Tue Nov 17 13:15:24 2026 Info: MID 1010370 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Tue Nov 17 13:15:24 2026 Info: MID 1010370 ready 29222 bytes from <tom.obrien@bank.example>
Tue Nov 17 13:15:24 2026 Info: MID 1010370 antivirus negative
Tue Nov 17 13:15:25 2026 Info: MID 1010370 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Tue Nov 17 13:15:25 2026 Info: ICID 433455 close
Tue Nov 17 13:15:25 2026 Info: MID 1010370 interim AV verdict using Sophos CLEAN
Tue Nov 17 13:15:25 2026 Info: MID 1010370 DMARC: Verification passed
Tue Nov 17 13:15:25 2026 Info: MID 1010370 DKIM: pass signature verified (d=bank.example s=s9 i=@bank.example)
Tue Nov 17 13:15:25 2026 Info: MID 1010370 using engine: CASE spam negative
Tue Nov 17 13:15:26 2026 Info: MID 1010370 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 13:15:26 2026 Info: MID 1010370 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 13:15:28 2026 Info: New SMTP DCID 209281 interface 192.0.2.20 address 192.0.2.50 port 6025
Tue Nov 17 13:15:28 2026 Info: Delivery start DCID 209281 MID 1010370 to RID [0] to offbox IronPort Spam Quarantine
Tue Nov 17 13:15:28 2026 Info: Message done DCID 209281 MID 1010370 to RID [0] (external quarantine)
Tue Nov 17 13:15:28 2026 Info: Message finished MID 1010370 done
Tue Nov 17 13:15:28 2026 Info: DCID 209281 close
Tue Nov 17 13:16:13 2026 Info: New SMTP ICID 433456 interface IncomingMail (192.0.2.10) address 198.51.201.110 reverse dns host mail.travel.example verified yes
Tue Nov 17 13:16:13 2026 Info: ICID 433456 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.7
Tue Nov 17 13:16:13 2026 Info: ICID 433456 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 13:16:13 2026 Info: Start MID 1010371 ICID 433456
Tue Nov 17 13:16:13 2026 Info: MID 1010371 ICID 433456 From: <ines.kowalski@travel.example>
Tue Nov 17 13:16:13 2026 Info: MID 1010371 ICID 433456 RID 0 To: <leo.dubois@corp.example>
Tue Nov 17 13:16:14 2026 Info: MID 1010371 Message-ID '<9aeb9adbbca59a872bf2.79680@travel.example>'
Tue Nov 17 13:16:14 2026 Info: MID 1010371 Subject 'FW: contract draft'
Tue Nov 17 13:16:14 2026 Info: MID 1010371 ready 39067 bytes from <ines.kowalski@travel.example>
Tue Nov 17 13:16:14 2026 Info: ICID 433456 close
Tue Nov 17 13:16:14 2026 Info: MID 1010371 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Tue Nov 17 13:16:14 2026 Info: MID 1010371 DMARC: Verification passed
Tue Nov 17 13:16:14 2026 Info: MID 1010371 using engine: CASE spam negative
Tue Nov 17 13:16:14 2026 Info: MID 1010371 DKIM: pass signature verified (d=travel.example s=s2 i=@travel.example)
Tue Nov 17 13:16:15 2026 Info: MID 1010371 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 13:16:15 2026 Info: MID 1010371 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 13:16:16 2026 Info: MID 1010371 queued for delivery
Tue Nov 17 13:16:18 2026 Info: New SMTP DCID 209282 interface 192.0.2.20 address 52.101.186.250 port 25
Tue Nov 17 13:16:18 2026 Info: DCID 209282 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 13:16:18 2026 Info: Delivery start DCID 209282 MID 1010371 to RID [0]
Tue Nov 17 13:16:19 2026 Info: Message done DCID 209282 MID 1010371 to RID [0]
Tue Nov 17 13:16:19 2026 Info: MID 1010371 RID [0] Response '2.6.0 [InternalId=363399479042, Hostname=AM0PR01MB1743.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 13:16:19 2026 Info: DCID 209282 close
Tue Nov 17 13:16:19 2026 Info: Message finished MID 1010371 done
Tue Nov 17 14:15:36 2026 Info: New SMTP ICID 433457 interface IncomingMail (192.0.2.10) address 198.51.29.49 reverse dns host mail.partner.example verified yes
Tue Nov 17 14:15:36 2026 Info: ICID 433457 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.1
Tue Nov 17 14:15:36 2026 Info: ICID 433457 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 14:15:37 2026 Info: Start MID 1010372 ICID 433457
Tue Nov 17 14:15:37 2026 Info: MID 1010372 ICID 433457 From: <ewa.obrien@partner.example>
Tue Nov 17 14:15:37 2026 Info: MID 1010372 ICID 433457 RID 0 To: <sara.novak@corp.example>
Tue Nov 17 14:15:37 2026 Info: MID 1010372 Message-ID '<a52f6b83bb628cf85f36.88793@partner.example>'
Tue Nov 17 14:15:37 2026 Info: MID 1010372 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Tue Nov 17 14:15:37 2026 Info: MID 1010372 ready 63893 bytes from <ewa.obrien@partner.example>
Tue Nov 17 14:15:37 2026 Info: MID 1010372 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Tue Nov 17 14:15:37 2026 Info: ICID 433457 close
Tue Nov 17 14:15:37 2026 Info: MID 1010372 interim AV verdict using Sophos CLEAN
Tue Nov 17 14:15:37 2026 Info: MID 1010372 antivirus negative
Tue Nov 17 14:15:37 2026 Info: MID 1010372 using engine: CASE spam negative
Tue Nov 17 14:15:37 2026 Info: MID 1010372 DKIM: pass signature verified (d=partner.example s=s6 i=@partner.example)
Tue Nov 17 14:15:37 2026 Info: MID 1010372 DMARC: Verification passed
Tue Nov 17 14:15:37 2026 Info: MID 1010372 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 14:15:38 2026 Info: MID 1010372 attachment 'image002.jpg'
Tue Nov 17 14:15:38 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1010372, File Size = 17188 bytes, File Type = image/jpeg
Tue Nov 17 14:15:38 2026 Info: MID 1010372 AMP file reputation verdict : CLEAN
Tue Nov 17 14:15:38 2026 Info: Response received for file reputation query from Cloud. File Name = image002.jpg, MID = 1010372, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = ee093f2be3af42167f1dedd1c80da511c0182c67048cb407591328017d6b2098, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Tue Nov 17 14:15:38 2026 Info: MID 1010372 queued for delivery
Tue Nov 17 14:15:39 2026 Info: New SMTP DCID 209283 interface 192.0.2.20 address 52.101.27.11 port 25
Tue Nov 17 14:15:39 2026 Info: DCID 209283 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 14:15:39 2026 Info: Delivery start DCID 209283 MID 1010372 to RID [0]
Tue Nov 17 14:15:41 2026 Info: Message done DCID 209283 MID 1010372 to RID [0]
Tue Nov 17 14:15:41 2026 Info: MID 1010372 RID [0] Response '2.6.0 [InternalId=867270218017, Hostname=AM0PR01MB4923.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 14:15:41 2026 Info: Message finished MID 1010372 done
Tue Nov 17 14:15:41 2026 Info: DCID 209283 close
Tue Nov 17 14:22:54 2026 Info: New SMTP ICID 433458 interface IncomingMail (192.0.2.10) address 198.51.242.31 reverse dns host mail.client-b.example verified yes
Tue Nov 17 14:22:54 2026 Info: ICID 433458 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Tue Nov 17 14:22:54 2026 Info: ICID 433458 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 14:22:55 2026 Info: Start MID 1010373 ICID 433458
Tue Nov 17 14:22:55 2026 Info: MID 1010373 ICID 433458 From: <noah.silva@client-b.example>
Tue Nov 17 14:22:55 2026 Info: MID 1010373 ICID 433458 RID 0 To: <ravi.obrien@corp-mail.example>
Tue Nov 17 14:22:55 2026 Info: MID 1010373 Message-ID '<CAhF90IOskbbPbDEPBPNXn/v2lzqAYItYdK_SJYVMucA@mail.client-b.example>'
Tue Nov 17 14:22:55 2026 Info: MID 1010373 Subject 'The "new" travel policy'
Tue Nov 17 14:22:55 2026 Info: MID 1010373 ready 3222 bytes from <noah.silva@client-b.example>
Tue Nov 17 14:22:55 2026 Info: MID 1010373 using engine: CASE spam negative
Tue Nov 17 14:22:55 2026 Info: ICID 433458 close
Tue Nov 17 14:22:56 2026 Info: MID 1010373 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Tue Nov 17 14:22:56 2026 Info: MID 1010373 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 14:22:56 2026 Info: MID 1010373 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 14:22:58 2026 Info: MID 1010373 queued for delivery
Tue Nov 17 14:23:00 2026 Info: New SMTP DCID 209284 interface 192.0.2.20 address 52.101.128.67 port 25
Tue Nov 17 14:23:00 2026 Info: DCID 209284 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 14:23:00 2026 Info: Delivery start DCID 209284 MID 1010373 to RID [0]
Tue Nov 17 14:23:00 2026 Info: Message done DCID 209284 MID 1010373 to RID [0]
Tue Nov 17 14:23:00 2026 Info: MID 1010373 RID [0] Response '2.0.0 Ok: queued as Ho5Tu7k5EnDdCg5c'
Tue Nov 17 14:23:00 2026 Info: Message finished MID 1010373 done
Tue Nov 17 14:23:00 2026 Info: DCID 209284 close
Tue Nov 17 15:00:19 2026 Info: New SMTP ICID 433459 interface IncomingMail (192.0.2.10) address 198.51.20.9 reverse dns host mail.lawfirm.example verified yes
Tue Nov 17 15:00:19 2026 Info: ICID 433459 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Tue Nov 17 15:00:19 2026 Info: ICID 433459 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 15:00:20 2026 Info: Start MID 1010374 ICID 433459
Tue Nov 17 15:00:20 2026 Info: MID 1010374 ICID 433459 From: <tom.cohen@lawfirm.example>
Tue Nov 17 15:00:20 2026 Info: MID 1010374 ICID 433459 RID 0 To: <noah.okafor@corp.example>
Tue Nov 17 15:00:20 2026 Info: MID 1010374 Message-ID '<CA-bV+H/Min5osyCLYTL=fub_ef_SRl8qcNyEUfT0wJ8@mail.lawfirm.example>'
Tue Nov 17 15:00:20 2026 Info: MID 1010374 Subject 'FW: contract draft'
Tue Nov 17 15:00:20 2026 Info: MID 1010374 ready 25539 bytes from <tom.cohen@lawfirm.example>
Tue Nov 17 15:00:20 2026 Info: MID 1010374 URL https://www.lawfirm.example/t/2dfd564477 has reputation 7.9 matched Condition: URL Reputation Rule
Tue Nov 17 15:00:20 2026 Info: ICID 433459 close
Tue Nov 17 15:00:20 2026 Info: MID 1010374 Outbreak Filters: verdict negative
Tue Nov 17 15:00:20 2026 Info: MID 1010374 using engine: CASE spam negative
Tue Nov 17 15:00:20 2026 Info: MID 1010374 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Tue Nov 17 15:00:21 2026 Info: MID 1010374 matched all recipients for per-recipient policy Executives in the inbound table
Tue Nov 17 15:00:21 2026 Info: MID 1010374 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 15:00:22 2026 Info: MID 1010374 queued for delivery
Tue Nov 17 15:00:24 2026 Info: New SMTP DCID 209285 interface 192.0.2.20 address 52.101.243.222 port 25
Tue Nov 17 15:00:24 2026 Info: DCID 209285 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 15:00:24 2026 Info: Delivery start DCID 209285 MID 1010374 to RID [0]
Tue Nov 17 15:00:25 2026 Info: Message done DCID 209285 MID 1010374 to RID [0]
Tue Nov 17 15:00:25 2026 Info: MID 1010374 RID [0] Response '2.0.0 Ok: queued as NEzAf9iATtpEcdKH'
Tue Nov 17 15:00:25 2026 Info: Message finished MID 1010374 done
Tue Nov 17 15:00:25 2026 Info: DCID 209285 close
Tue Nov 17 15:06:06 2026 Info: New SMTP ICID 433460 interface IncomingMail (192.0.2.10) address 198.51.8.121 reverse dns host mail.bank.example verified yes
Tue Nov 17 15:06:06 2026 Info: ICID 433460 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7
Tue Nov 17 15:06:06 2026 Info: ICID 433460 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 15:06:06 2026 Info: Start MID 1010375 ICID 433460
Tue Nov 17 15:06:06 2026 Info: MID 1010375 ICID 433460 From: <mary.mendes@bank.example>
Tue Nov 17 15:06:06 2026 Info: MID 1010375 ICID 433460 RID 0 To: <ivan.silva@corp.example>
Tue Nov 17 15:06:06 2026 Info: MID 1010375 ICID 433460 RID 1 To: <ravi.nguyen@corp.example>
Tue Nov 17 15:06:06 2026 Info: MID 1010375 ICID 433460 RID 2 To: <zoe.kim@corp-mail.example>
Tue Nov 17 15:06:06 2026 Info: MID 1010375 ICID 433460 RID 3 To: <tom.weber@corp.example>
Tue Nov 17 15:06:06 2026 Info: MID 1010375 Message-ID '<e485581b2eb753c74f8a.89093@bank.example>'
Tue Nov 17 15:06:06 2026 Info: MID 1010375 Subject 'Re: project timeline'
Tue Nov 17 15:06:06 2026 Info: MID 1010375 ready 18350 bytes from <mary.mendes@bank.example>
Tue Nov 17 15:06:06 2026 Info: MID 1010375 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Tue Nov 17 15:06:06 2026 Info: ICID 433460 close
Tue Nov 17 15:06:06 2026 Info: MID 1010375 DKIM: pass signature verified (d=bank.example s=s6 i=@bank.example)
Tue Nov 17 15:06:06 2026 Info: MID 1010375 DMARC: Verification passed
Tue Nov 17 15:06:06 2026 Info: MID 1010375 using engine: CASE spam negative
Tue Nov 17 15:06:07 2026 Info: MID 1010375 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 15:06:07 2026 Info: MID 1010375 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 15:06:08 2026 Info: MID 1010375 queued for delivery
Tue Nov 17 15:06:10 2026 Info: New SMTP DCID 209286 interface 192.0.2.20 address 52.101.170.196 port 25
Tue Nov 17 15:06:10 2026 Info: DCID 209286 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 15:06:10 2026 Info: Delivery start DCID 209286 MID 1010375 to RID [0, 1, 2, 3]
Tue Nov 17 15:06:11 2026 Info: Message done DCID 209286 MID 1010375 to RID [0, 1, 2, 3]
Tue Nov 17 15:06:11 2026 Info: MID 1010375 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=569653180210, Hostname=AM0PR01MB9973.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 15:06:11 2026 Info: DCID 209286 close
Tue Nov 17 15:06:11 2026 Info: Message finished MID 1010375 done
Tue Nov 17 15:10:28 2026 Info: New SMTP ICID 433461 interface OutgoingMail (192.0.2.11) address 10.20.5.35 reverse dns host exch2.corp.example verified yes
Tue Nov 17 15:10:28 2026 Info: ICID 433461 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 15:10:28 2026 Info: Start MID 1010376 ICID 433461
Tue Nov 17 15:10:28 2026 Info: MID 1010376 ICID 433461 From: <paul.moreau@corp.example>
Tue Nov 17 15:10:28 2026 Info: MID 1010376 ICID 433461 RID 0 To: <paul.smith@newsletter.example>
Tue Nov 17 15:10:29 2026 Info: MID 1010376 Message-ID '<CA_nR69g=Ou/Pv35RZHh5T7Rfs2=Xay10R5znWwExczn@mail.corp.example>'
Tue Nov 17 15:10:29 2026 Info: MID 1010376 Subject 'Weekly newsletter #81724'
Tue Nov 17 15:10:29 2026 Info: MID 1010376 ready 43925 bytes from <paul.moreau@corp.example>
Tue Nov 17 15:10:29 2026 Info: MID 1010376 DMARC: Verification passed
Tue Nov 17 15:10:29 2026 Info: MID 1010376 SPF: mailfrom identity paul.moreau@corp.example Pass (v=spf1)
Tue Nov 17 15:10:29 2026 Info: MID 1010376 using engine: CASE spam negative
Tue Nov 17 15:10:29 2026 Info: ICID 433461 close
Tue Nov 17 15:10:29 2026 Info: MID 1010376 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Tue Nov 17 15:10:30 2026 Info: MID 1010376 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 15:10:31 2026 Info: MID 1010376 attachment 'meeting.ics'
Tue Nov 17 15:10:31 2026 Info: MID 1010376 AMP file reputation verdict : UNKNOWN
Tue Nov 17 15:10:32 2026 Info: MID 1010376 queued for delivery
Tue Nov 17 15:10:34 2026 Info: New SMTP DCID 209287 interface 192.0.2.20 address 203.0.113.101 port 25
Tue Nov 17 15:10:34 2026 Info: DCID 209287 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 15:10:34 2026 Info: Delivery start DCID 209287 MID 1010376 to RID [0]
Tue Nov 17 15:10:36 2026 Info: Message done DCID 209287 MID 1010376 to RID [0]
Tue Nov 17 15:10:36 2026 Info: MID 1010376 RID [0] Response '2.0.0 Ok: queued as sz2h2WyaNywncQzo'
Tue Nov 17 15:10:36 2026 Info: Message finished MID 1010376 done
Tue Nov 17 15:10:36 2026 Info: DCID 209287 close
Tue Nov 17 16:27:59 2026 Info: New SMTP ICID 433462 interface OutgoingMail (192.0.2.11) address 10.20.8.67 reverse dns host exch3.corp.example verified yes
Tue Nov 17 16:27:59 2026 Info: ICID 433462 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 16:27:59 2026 Info: Start MID 1010377 ICID 433462
Tue Nov 17 16:27:59 2026 Info: MID 1010377 ICID 433462 From: <paul.moreau@corp.example>
Tue Nov 17 16:27:59 2026 Info: MID 1010377 ICID 433462 RID 0 To: <mary.mendes@bank.example>
Tue Nov 17 16:27:59 2026 Info: MID 1010377 Message-ID "<o'brien.f05dda8e8d82@corp.example>"
Tue Nov 17 16:27:59 2026 Info: MID 1010377 Subject 'Re: project timeline'
Tue Nov 17 16:27:59 2026 Info: MID 1010377 ready 22785 bytes from <paul.moreau@corp.example>
Tue Nov 17 16:27:59 2026 Info: ICID 433462 close
Tue Nov 17 16:27:59 2026 Info: MID 1010377 SPF: mailfrom identity paul.moreau@corp.example Pass (v=spf1)
Tue Nov 17 16:27:59 2026 Info: MID 1010377 using engine: CASE spam negative
Tue Nov 17 16:28:00 2026 Info: MID 1010377 URL https://www.corp.example/t/81dc575e53 has reputation 4.5 matched Condition: URL Reputation Rule
Tue Nov 17 16:28:01 2026 Info: MID 1010377 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 16:28:01 2026 Info: MID 1010377 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 16:28:01 2026 Info: MID 1010377 queued for delivery
Tue Nov 17 16:28:03 2026 Info: New SMTP DCID 209288 interface 192.0.2.20 address 203.0.113.108 port 25
Tue Nov 17 16:28:03 2026 Info: DCID 209288 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 16:28:03 2026 Info: Delivery start DCID 209288 MID 1010377 to RID [0]
Tue Nov 17 16:28:04 2026 Info: Message done DCID 209288 MID 1010377 to RID [0]
Tue Nov 17 16:28:04 2026 Info: MID 1010377 RID [0] Response '2.0.0 Ok: queued as bjSM2hUSVfJbVYWC'
Tue Nov 17 16:28:04 2026 Info: Message finished MID 1010377 done
Tue Nov 17 16:28:04 2026 Info: DCID 209288 close
Tue Nov 17 17:09:00 2026 Info: New SMTP ICID 433463 interface IncomingMail (192.0.2.10) address 198.51.201.145 reverse dns host mail.bank.example verified yes
Tue Nov 17 17:09:00 2026 Info: ICID 433463 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.1
Tue Nov 17 17:09:00 2026 Info: ICID 433463 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 17:09:01 2026 Info: Start MID 1010378 ICID 433463
Tue Nov 17 17:09:01 2026 Info: MID 1010378 ICID 433463 From: <lena.moreau@bank.example>
Tue Nov 17 17:09:01 2026 Info: MID 1010378 ICID 433463 RID 0 To: <li.haddad@corp.example>
Tue Nov 17 17:09:01 2026 Info: MID 1010378 ICID 433463 RID 1 To: <omar.garcia@corp.example>
Tue Nov 17 17:09:01 2026 Info: MID 1010378 Message-ID '<616a600ac669f1ebd869.10108@bank.example>'
Tue Nov 17 17:09:01 2026 Info: MID 1010378 Subject 'Scan from copier 93060'
Tue Nov 17 17:09:01 2026 Info: MID 1010378 ready 11445 bytes from <lena.moreau@bank.example>
Tue Nov 17 17:09:01 2026 Info: ICID 433463 close
Tue Nov 17 17:09:01 2026 Info: MID 1010378 using engine: CASE spam negative
Tue Nov 17 17:09:01 2026 Info: MID 1010378 SPF: mailfrom identity lena.moreau@bank.example Pass (v=spf1)
Tue Nov 17 17:09:01 2026 Info: MID 1010378 DKIM: pass signature verified (d=bank.example s=s8 i=@bank.example)
Tue Nov 17 17:09:02 2026 Info: MID 1010378 DMARC: Verification passed
Tue Nov 17 17:09:02 2026 Info: MID 1010378 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 17:09:02 2026 Info: MID 1010378 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 17:09:05 2026 Info: MID 1010378 queued for delivery
Tue Nov 17 17:09:08 2026 Info: New SMTP DCID 209289 interface 192.0.2.20 address 52.101.209.223 port 25
Tue Nov 17 17:09:08 2026 Info: DCID 209289 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 17:09:08 2026 Info: Delivery start DCID 209289 MID 1010378 to RID [0, 1]
Tue Nov 17 17:09:10 2026 Info: Message done DCID 209289 MID 1010378 to RID [0, 1]
Tue Nov 17 17:09:10 2026 Info: MID 1010378 RID [0, 1] Response '2.6.0 [InternalId=291280977478, Hostname=AM0PR01MB1304.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 17:09:10 2026 Info: Message finished MID 1010378 done
Tue Nov 17 17:09:10 2026 Info: DCID 209289 close
Tue Nov 17 17:10:29 2026 Info: New SMTP ICID 433464 interface IncomingMail (192.0.2.10) address 198.51.218.90 reverse dns host mail.bank.example verified yes
Tue Nov 17 17:10:29 2026 Info: ICID 433464 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5
Tue Nov 17 17:10:29 2026 Info: ICID 433464 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 17:10:29 2026 Info: Start MID 1010379 ICID 433464
Tue Nov 17 17:10:29 2026 Info: MID 1010379 ICID 433464 From: <tom.obrien@bank.example>
Tue Nov 17 17:10:29 2026 Info: MID 1010379 ICID 433464 RID 0 To: <omar.mendes@corp.example>
Tue Nov 17 17:10:29 2026 Info: MID 1010379 Message-ID '<a95bdc7f19ae25a66af1.28503@bank.example>'
Tue Nov 17 17:10:29 2026 Info: MID 1010379 Subject 'Lunch on Friday?'
Tue Nov 17 17:10:29 2026 Info: MID 1010379 ready 73164 bytes from <tom.obrien@bank.example>
Tue Nov 17 17:10:30 2026 Info: MID 1010379 DMARC: Verification passed
Tue Nov 17 17:10:30 2026 Info: MID 1010379 using engine: CASE spam negative
Tue Nov 17 17:10:30 2026 Info: ICID 433464 close
Tue Nov 17 17:10:30 2026 Info: MID 1010379 DKIM: pass signature verified (d=bank.example s=s4 i=@bank.example)
Tue Nov 17 17:10:30 2026 Info: MID 1010379 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Tue Nov 17 17:10:31 2026 Info: MID 1010379 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 17:10:31 2026 Info: MID 1010379 attachment 'minutes-82487.docx'
Tue Nov 17 17:10:31 2026 Info: MID 1010379 AMP file reputation verdict : CLEAN
Tue Nov 17 17:10:32 2026 Info: MID 1010379 queued for delivery
Tue Nov 17 17:10:35 2026 Info: New SMTP DCID 209290 interface 192.0.2.20 address 52.101.8.211 port 25
Tue Nov 17 17:10:35 2026 Info: DCID 209290 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 17:10:35 2026 Info: Delivery start DCID 209290 MID 1010379 to RID [0]
Tue Nov 17 17:10:36 2026 Info: Message done DCID 209290 MID 1010379 to RID [0]
Tue Nov 17 17:10:36 2026 Info: MID 1010379 RID [0] Response '2.6.0 [InternalId=402397488426, Hostname=AM0PR01MB8032.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 17:10:36 2026 Info: DCID 209290 close
Tue Nov 17 17:10:36 2026 Info: Message finished MID 1010379 done
Tue Nov 17 18:15:40 2026 Info: New SMTP ICID 433465 interface OutgoingMail (192.0.2.11) address 10.20.5.205 reverse dns host exch4.corp.example verified yes
Tue Nov 17 18:15:40 2026 Info: ICID 433465 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Tue Nov 17 18:15:40 2026 Info: Start MID 1010380 ICID 433465
Tue Nov 17 18:15:40 2026 Info: MID 1010380 ICID 433465 From: <lena.novak@corp.example>
Tue Nov 17 18:15:40 2026 Info: MID 1010380 ICID 433465 RID 0 To: <paul.moreau@gmail.example>
Tue Nov 17 18:15:40 2026 Info: MID 1010380 Message-ID '<1de0387d9ce3bcb34de3.7443@corp.example>'
Tue Nov 17 18:15:40 2026 Info: MID 1010380 Subject 'Café menu for next week'
Tue Nov 17 18:15:40 2026 Info: MID 1010380 ready 20962 bytes from <lena.novak@corp.example>
Tue Nov 17 18:15:40 2026 Info: MID 1010380 antivirus negative
Tue Nov 17 18:15:41 2026 Info: MID 1010380 DMARC: Verification passed
Tue Nov 17 18:15:41 2026 Info: ICID 433465 close
Tue Nov 17 18:15:41 2026 Info: MID 1010380 using engine: CASE spam negative
Tue Nov 17 18:15:41 2026 Info: MID 1010380 interim AV verdict using Sophos CLEAN
Tue Nov 17 18:15:41 2026 Info: MID 1010380 SPF: mailfrom identity lena.novak@corp.example Pass (v=spf1)
Tue Nov 17 18:15:41 2026 Info: MID 1010380 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Tue Nov 17 18:15:41 2026 Info: MID 1010380 matched all recipients for per-recipient policy DEFAULT in the outbound table
Tue Nov 17 18:15:41 2026 Info: MID 1010380 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 18:15:42 2026 Info: MID 1010380 queued for delivery
Tue Nov 17 18:15:43 2026 Info: New SMTP DCID 209291 interface 192.0.2.20 address 203.0.113.130 port 25
Tue Nov 17 18:15:43 2026 Info: DCID 209291 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 18:15:43 2026 Info: Delivery start DCID 209291 MID 1010380 to RID [0]
Tue Nov 17 18:15:45 2026 Info: Message done DCID 209291 MID 1010380 to RID [0]
Tue Nov 17 18:15:45 2026 Info: MID 1010380 RID [0] Response '2.0.0 Ok: queued as Z8bHLV3tr5FpHUqn'
Tue Nov 17 18:15:45 2026 Info: Message finished MID 1010380 done
Tue Nov 17 18:15:45 2026 Info: DCID 209291 close
Tue Nov 17 18:52:43 2026 Info: New SMTP ICID 433466 interface IncomingMail (192.0.2.10) address 198.51.187.125 reverse dns host mail.bank.example verified yes
Tue Nov 17 18:52:43 2026 Info: ICID 433466 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.3
Tue Nov 17 18:52:43 2026 Info: ICID 433466 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 18:52:43 2026 Info: Start MID 1010381 ICID 433466
Tue Nov 17 18:52:43 2026 Info: MID 1010381 ICID 433466 From: <sofia.walsh@bank.example>
Tue Nov 17 18:52:43 2026 Info: MID 1010381 ICID 433466 RID 0 To: <finance-archive@corp.example>
Tue Nov 17 18:52:43 2026 Info: MID 1010381 Message-ID '<ac8df11f3b6bbe60f49d.62375@bank.example>'
Tue Nov 17 18:52:43 2026 Info: MID 1010381 Subject 'Budget 2027 – first numbers'
Tue Nov 17 18:52:43 2026 Info: MID 1010381 ready 41228 bytes from <sofia.walsh@bank.example>
Tue Nov 17 18:52:43 2026 Info: MID 1010381 DKIM: pass signature verified (d=bank.example s=s8 i=@bank.example)
Tue Nov 17 18:52:43 2026 Info: MID 1010381 using engine: CASE spam negative
Tue Nov 17 18:52:44 2026 Info: MID 1010381 interim AV verdict using Sophos CLEAN
Tue Nov 17 18:52:44 2026 Info: ICID 433466 close
Tue Nov 17 18:52:44 2026 Info: MID 1010381 DMARC: Verification passed
Tue Nov 17 18:52:44 2026 Info: MID 1010381 antivirus negative
Tue Nov 17 18:52:44 2026 Info: MID 1010381 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Tue Nov 17 18:52:44 2026 Info: MID 1010381 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 18:52:44 2026 Info: MID 1010381 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 18:52:46 2026 Info: MID 1010381 queued for delivery
Tue Nov 17 18:52:47 2026 Info: New SMTP DCID 209292 interface 192.0.2.20 address 52.101.233.65 port 25
Tue Nov 17 18:52:47 2026 Info: DCID 209292 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 18:52:47 2026 Info: Delivery start DCID 209292 MID 1010381 to RID [0]
Tue Nov 17 18:52:48 2026 Info: Message done DCID 209292 MID 1010381 to RID [0]
Tue Nov 17 18:52:48 2026 Info: MID 1010381 RID [0] Response '2.0.0 Ok: queued as xkxBVvcChXK8f9Jx'
Tue Nov 17 18:52:48 2026 Info: Message finished MID 1010381 done
Tue Nov 17 18:52:48 2026 Info: DCID 209292 close
Tue Nov 17 19:17:28 2026 Info: New SMTP ICID 433467 interface IncomingMail (192.0.2.10) address 198.51.11.78 reverse dns host mail.newsletter.example verified yes
Tue Nov 17 19:17:28 2026 Info: ICID 433467 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.9
Tue Nov 17 19:17:28 2026 Info: ICID 433467 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 19:17:28 2026 Info: Start MID 1010382 ICID 433467
Tue Nov 17 19:17:28 2026 Info: MID 1010382 ICID 433467 From: <paul.smith@newsletter.example>
Tue Nov 17 19:17:28 2026 Info: MID 1010382 ICID 433467 RID 0 To: <kofi.moreau@corp.example>
Tue Nov 17 19:17:29 2026 Info: MID 1010382 Message-ID '<66c07fc7a8bf7194ad51.25370@newsletter.example>'
Tue Nov 17 19:17:29 2026 Info: MID 1010382 Subject 'Price list 9194'
Tue Nov 17 19:17:29 2026 Info: MID 1010382 ready 136938 bytes from <paul.smith@newsletter.example>
Tue Nov 17 19:17:29 2026 Info: MID 1010382 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Tue Nov 17 19:17:29 2026 Info: ICID 433467 close
Tue Nov 17 19:17:29 2026 Info: MID 1010382 antivirus negative
Tue Nov 17 19:17:29 2026 Info: MID 1010382 DMARC: Verification passed
Tue Nov 17 19:17:29 2026 Info: MID 1010382 interim AV verdict using Sophos CLEAN
Tue Nov 17 19:17:29 2026 Info: MID 1010382 DKIM: pass signature verified (d=newsletter.example s=s8 i=@newsletter.example)
Tue Nov 17 19:17:29 2026 Info: MID 1010382 using engine: CASE spam negative
Tue Nov 17 19:17:30 2026 Info: MID 1010382 matched all recipients for per-recipient policy Engineering in the inbound table
Tue Nov 17 19:17:30 2026 Info: MID 1010382 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Tue Nov 17 19:17:30 2026 Info: MID 1010382 AMP file reputation verdict : CLEAN
Tue Nov 17 19:17:32 2026 Info: MID 1010382 queued for delivery
Tue Nov 17 19:17:35 2026 Info: New SMTP DCID 209293 interface 192.0.2.20 address 52.101.203.136 port 25
Tue Nov 17 19:17:35 2026 Info: DCID 209293 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 19:17:35 2026 Info: Delivery start DCID 209293 MID 1010382 to RID [0]
Tue Nov 17 19:17:37 2026 Info: Message done DCID 209293 MID 1010382 to RID [0]
Tue Nov 17 19:17:37 2026 Info: MID 1010382 RID [0] Response '2.6.0 [InternalId=844285849443, Hostname=AM0PR01MB4124.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 19:17:37 2026 Info: Message finished MID 1010382 done
Tue Nov 17 19:17:37 2026 Info: DCID 209293 close
Tue Nov 17 20:34:38 2026 Info: New SMTP ICID 433468 interface IncomingMail (192.0.2.10) address 198.51.32.20 reverse dns host mail.gmail.example verified yes
Tue Nov 17 20:34:38 2026 Info: ICID 433468 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Tue Nov 17 20:34:38 2026 Info: ICID 433468 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 20:34:38 2026 Info: Start MID 1010383 ICID 433468
Tue Nov 17 20:34:38 2026 Info: MID 1010383 ICID 433468 From: <marc.mendes@gmail.example>
Tue Nov 17 20:34:38 2026 Info: MID 1010383 ICID 433468 RID 0 To: <journal@corp.example>
Tue Nov 17 20:34:38 2026 Info: MID 1010383 ICID 433468 RID 1 To: <noah.okafor90@corp.example>
Tue Nov 17 20:34:38 2026 Info: MID 1010383 ICID 433468 RID 2 To: <yuki.ivanova@corp.example>
Tue Nov 17 20:34:38 2026 Info: MID 1010383 ICID 433468 RID 3 To: <support@corp-mail.example>
Tue Nov 17 20:34:39 2026 Info: MID 1010383 Message-ID '<66ac859380930c747e9a.84831@gmail.example>'
Tue Nov 17 20:34:39 2026 Info: MID 1010383 Subject 'Meeting notes'
Tue Nov 17 20:34:39 2026 Info: MID 1010383 ready 35424 bytes from <marc.mendes@gmail.example>
Tue Nov 17 20:34:39 2026 Info: MID 1010383 interim AV verdict using Sophos CLEAN
Tue Nov 17 20:34:39 2026 Info: MID 1010383 antivirus negative
Tue Nov 17 20:34:39 2026 Info: ICID 433468 close
Tue Nov 17 20:34:39 2026 Info: MID 1010383 using engine: CASE spam negative
Tue Nov 17 20:34:39 2026 Info: MID 1010383 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Tue Nov 17 20:34:39 2026 Info: MID 1010383 DMARC: Verification passed
Tue Nov 17 20:34:39 2026 Info: MID 1010383 DKIM: pass signature verified (d=gmail.example s=s6 i=@gmail.example)
Tue Nov 17 20:34:40 2026 Info: MID 1010383 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 20:34:40 2026 Info: MID 1010383 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 20:34:41 2026 Info: MID 1010383 queued for delivery
Tue Nov 17 20:34:42 2026 Info: New SMTP DCID 209294 interface 192.0.2.20 address 52.101.236.2 port 25
Tue Nov 17 20:34:42 2026 Info: DCID 209294 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 20:34:42 2026 Info: Delivery start DCID 209294 MID 1010383 to RID [0, 1, 2, 3]
Tue Nov 17 20:34:44 2026 Info: Message done DCID 209294 MID 1010383 to RID [0, 1, 2, 3]
Tue Nov 17 20:34:44 2026 Info: MID 1010383 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as nY8ZQNCb6sVTwxTQ'
Tue Nov 17 20:34:44 2026 Info: DCID 209294 close
Tue Nov 17 20:34:44 2026 Info: Message finished MID 1010383 done
Tue Nov 17 20:54:20 2026 Info: New SMTP ICID 433469 interface IncomingMail (192.0.2.10) address 198.51.235.83 reverse dns host mail.partner.example verified yes
Tue Nov 17 20:54:20 2026 Info: ICID 433469 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.7
Tue Nov 17 20:54:20 2026 Info: ICID 433469 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 20:54:20 2026 Info: Start MID 1010384 ICID 433469
Tue Nov 17 20:54:20 2026 Info: MID 1010384 ICID 433469 From: <raj.obrien@partner.example>
Tue Nov 17 20:54:20 2026 Info: MID 1010384 ICID 433469 RID 0 To: <nina.lopez@corp.example>
Tue Nov 17 20:54:21 2026 Info: MID 1010384 Message-ID '<ad5e71b7a11caca841ba.65965@partner.example>'
Tue Nov 17 20:54:21 2026 Info: MID 1010384 Subject 'Scan from copier 22704'
Tue Nov 17 20:54:21 2026 Info: MID 1010384 ready 26361 bytes from <raj.obrien@partner.example>
Tue Nov 17 20:54:21 2026 Info: MID 1010384 using engine: CASE spam negative
Tue Nov 17 20:54:21 2026 Info: ICID 433469 close
Tue Nov 17 20:54:21 2026 Info: MID 1010384 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Tue Nov 17 20:54:21 2026 Info: MID 1010384 DMARC: Verification passed
Tue Nov 17 20:54:21 2026 Info: MID 1010384 DKIM: pass signature verified (d=partner.example s=s8 i=@partner.example)
Tue Nov 17 20:54:22 2026 Info: MID 1010384 matched all recipients for per-recipient policy Finance in the inbound table
Tue Nov 17 20:54:23 2026 Info: MID 1010384 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 20:54:24 2026 Info: MID 1010384 queued for delivery
Tue Nov 17 20:54:25 2026 Info: New SMTP DCID 209295 interface 192.0.2.20 address 52.101.46.33 port 25
Tue Nov 17 20:54:25 2026 Info: DCID 209295 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 20:54:25 2026 Info: Delivery start DCID 209295 MID 1010384 to RID [0]
Tue Nov 17 20:54:26 2026 Info: Message done DCID 209295 MID 1010384 to RID [0]
Tue Nov 17 20:54:26 2026 Info: MID 1010384 RID [0] Response '2.6.0 [InternalId=171445817622, Hostname=AM0PR01MB5641.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 20:54:26 2026 Info: Message finished MID 1010384 done
Tue Nov 17 20:54:26 2026 Info: DCID 209295 close
Tue Nov 17 22:02:23 2026 Info: New SMTP ICID 433470 interface IncomingMail (192.0.2.10) address 198.51.190.170 reverse dns host mail.travel.example verified yes
Tue Nov 17 22:02:23 2026 Info: ICID 433470 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.5
Tue Nov 17 22:02:23 2026 Info: ICID 433470 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 22:02:23 2026 Info: Start MID 1010385 ICID 433470
Tue Nov 17 22:02:23 2026 Info: MID 1010385 ICID 433470 From: <ewa.patel@travel.example>
Tue Nov 17 22:02:23 2026 Info: MID 1010385 ICID 433470 RID 0 To: <yuki.ivanova@corp.example>
Tue Nov 17 22:02:23 2026 Info: MID 1010385 ICID 433470 RID 1 To: <li.larsen@corp.example>
Tue Nov 17 22:02:23 2026 Info: MID 1010385 ICID 433470 RID 2 To: <journal@corp.example>
Tue Nov 17 22:02:24 2026 Info: MID 1010385 Message-ID '<CABby0t8sg8aAz=dlIqVG47kJNyeITp9D5IM3NOQxVPZ@mail.travel.example>'
Tue Nov 17 22:02:24 2026 Info: MID 1010385 Subject 'Re: project timeline'
Tue Nov 17 22:02:24 2026 Info: MID 1010385 ready 25059 bytes from <ewa.patel@travel.example>
Tue Nov 17 22:02:24 2026 Info: MID 1010385 DKIM: pass signature verified (d=travel.example s=s3 i=@travel.example)
Tue Nov 17 22:02:24 2026 Info: MID 1010385 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Tue Nov 17 22:02:24 2026 Info: ICID 433470 close
Tue Nov 17 22:02:24 2026 Info: MID 1010385 interim AV verdict using Sophos CLEAN
Tue Nov 17 22:02:24 2026 Info: MID 1010385 using engine: CASE spam negative
Tue Nov 17 22:02:24 2026 Info: MID 1010385 antivirus negative
Tue Nov 17 22:02:24 2026 Info: MID 1010385 DMARC: Verification passed
Tue Nov 17 22:02:25 2026 Info: MID 1010385 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 22:02:25 2026 Info: MID 1010385 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 22:02:25 2026 Info: MID 1010385 queued for delivery
Tue Nov 17 22:02:29 2026 Info: New SMTP DCID 209296 interface 192.0.2.20 address 52.101.226.52 port 25
Tue Nov 17 22:02:29 2026 Info: DCID 209296 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 22:02:29 2026 Info: Delivery start DCID 209296 MID 1010385 to RID [0, 1, 2]
Tue Nov 17 22:02:29 2026 Info: Message done DCID 209296 MID 1010385 to RID [0, 1, 2]
Tue Nov 17 22:02:29 2026 Info: MID 1010385 RID [0, 1, 2] Response '2.6.0 [InternalId=573501599285, Hostname=AM0PR01MB7706.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 22:02:29 2026 Info: DCID 209296 close
Tue Nov 17 22:02:29 2026 Info: Message finished MID 1010385 done
Tue Nov 17 22:15:57 2026 Info: New SMTP ICID 433471 interface IncomingMail (192.0.2.10) address 198.51.54.104 reverse dns host mail.partner.example verified yes
Tue Nov 17 22:15:57 2026 Info: ICID 433471 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4
Tue Nov 17 22:15:57 2026 Info: ICID 433471 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 22:15:57 2026 Info: Start MID 1010386 ICID 433471
Tue Nov 17 22:15:57 2026 Info: MID 1010386 ICID 433471 From: <ewa.obrien@partner.example>
Tue Nov 17 22:15:57 2026 Info: MID 1010386 ICID 433471 RID 0 To: <sam.obrien@corp.example>
Tue Nov 17 22:15:57 2026 Info: MID 1010386 ICID 433471 RID 1 To: <zoe.moreau@corp-mail.example>
Tue Nov 17 22:15:57 2026 Info: MID 1010386 ICID 433471 RID 2 To: <mia.garcia@corp.example>
Tue Nov 17 22:15:57 2026 Info: MID 1010386 ICID 433471 RID 3 To: <ravi.obrien@corp.example>
Tue Nov 17 22:15:57 2026 Info: MID 1010386 Message-ID '<35c9e37489682eaaf727.68422@partner.example>'
Tue Nov 17 22:15:57 2026 Info: MID 1010386 Subject 'Reminder: timesheets due'
Tue Nov 17 22:15:57 2026 Info: MID 1010386 ready 670235 bytes from <ewa.obrien@partner.example>
Tue Nov 17 22:15:57 2026 Info: MID 1010386 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Tue Nov 17 22:15:57 2026 Info: MID 1010386 using engine: CASE spam negative
Tue Nov 17 22:15:57 2026 Info: ICID 433471 close
Tue Nov 17 22:15:57 2026 Info: MID 1010386 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 22:15:58 2026 Info: MID 1010386 attachment 'Report,Final=20Draft:=20Revenue=20(Q2),Approved.pdf'
Tue Nov 17 22:15:58 2026 Info: File reputation query initiating. File Name = 'Report,Final Draft: Revenue (Q2),Approved.pdf', MID = 1010386, File Size = 472970 bytes, File Type = application/pdf
Tue Nov 17 22:15:58 2026 Info: MID 1010386 attachment 'image001.png'
Tue Nov 17 22:15:58 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1010386, File Size = 19728 bytes, File Type = image/png
Tue Nov 17 22:15:58 2026 Info: Response received for file reputation query from Cloud. File Name = Report,Final Draft: Revenue (Q2),Approved.pdf, MID = 1010386, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 10c09ab503f3a55ebbbf297da8f79aee1b990f6e06c6e47de74bd1aaca317b85, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Tue Nov 17 22:15:58 2026 Info: MID 1010386 AMP file reputation verdict : CLEAN
Tue Nov 17 22:15:58 2026 Info: Response received for file reputation query from Cache. File Name = image001.png, MID = 1010386, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 2d8ad8c0ac127e938005ce74721888ff4a3adf9934b3ff60c26e7a4287f53ddd, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Tue Nov 17 22:15:59 2026 Info: MID 1010386 queued for delivery
Tue Nov 17 22:16:02 2026 Info: New SMTP DCID 209297 interface 192.0.2.20 address 52.101.229.133 port 25
Tue Nov 17 22:16:02 2026 Info: DCID 209297 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 22:16:02 2026 Info: Delivery start DCID 209297 MID 1010386 to RID [0, 1, 2, 3]
Tue Nov 17 22:16:02 2026 Info: Message done DCID 209297 MID 1010386 to RID [0, 1, 2, 3]
Tue Nov 17 22:16:02 2026 Info: MID 1010386 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=954542878891, Hostname=AM0PR01MB8480.eurprd01.prod.outlook.com] Queued mail for delivery'
Tue Nov 17 22:16:02 2026 Info: Message finished MID 1010386 done
Tue Nov 17 22:16:02 2026 Info: DCID 209297 close
Tue Nov 17 23:27:24 2026 Info: New SMTP ICID 433472 interface IncomingMail (192.0.2.10) address 198.51.133.90 reverse dns host mail.client-a.example verified yes
Tue Nov 17 23:27:24 2026 Info: ICID 433472 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Tue Nov 17 23:27:24 2026 Info: ICID 433472 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 23:27:24 2026 Info: Start MID 1010387 ICID 433472
Tue Nov 17 23:27:24 2026 Info: MID 1010387 ICID 433472 From: <ida.obrien@client-a.example>
Tue Nov 17 23:27:24 2026 Info: MID 1010387 ICID 433472 RID 0 To: <li.haddad@corp.example>
Tue Nov 17 23:27:25 2026 Info: MID 1010387 Message-ID '<89435507594e8b9a0d4e.27606@client-a.example>'
Tue Nov 17 23:27:25 2026 Info: MID 1010387 Subject 'Scan from copier 94564'
Tue Nov 17 23:27:25 2026 Info: MID 1010387 ready 1727632 bytes from <ida.obrien@client-a.example>
Tue Nov 17 23:27:25 2026 Info: ICID 433472 close
Tue Nov 17 23:27:25 2026 Info: MID 1010387 using engine: CASE spam negative
Tue Nov 17 23:27:25 2026 Info: MID 1010387 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Tue Nov 17 23:27:26 2026 Info: MID 1010387 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 23:27:26 2026 Info: MID 1010387 attachment 'image002.jpg'
Tue Nov 17 23:27:26 2026 Info: MID 1010387 attachment 'Q2=20Report=202026.pdf'
Tue Nov 17 23:27:26 2026 Info: MID 1010387 attachment 'Caf=C3=A9=20menu=2017405.pdf'
Tue Nov 17 23:27:26 2026 Info: MID 1010387 AMP file reputation verdict : UNKNOWN
Tue Nov 17 23:27:28 2026 Info: MID 1010387 queued for delivery
Tue Nov 17 23:27:29 2026 Info: New SMTP DCID 209298 interface 192.0.2.20 address 52.101.76.202 port 25
Tue Nov 17 23:27:29 2026 Info: DCID 209298 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 23:27:29 2026 Info: Delivery start DCID 209298 MID 1010387 to RID [0]
Tue Nov 17 23:27:30 2026 Info: Message done DCID 209298 MID 1010387 to RID [0]
Tue Nov 17 23:27:30 2026 Info: MID 1010387 RID [0] Response '2.0.0 Ok: queued as JL35B93aNZXgU98H'
Tue Nov 17 23:27:30 2026 Info: Message finished MID 1010387 done
Tue Nov 17 23:27:30 2026 Info: DCID 209298 close
Tue Nov 17 23:35:33 2026 Info: New SMTP ICID 433473 interface IncomingMail (192.0.2.10) address 198.51.196.42 reverse dns host mail.partner.example verified yes
Tue Nov 17 23:35:33 2026 Info: ICID 433473 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.4
Tue Nov 17 23:35:33 2026 Info: ICID 433473 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Tue Nov 17 23:35:33 2026 Info: Start MID 1010388 ICID 433473
Tue Nov 17 23:35:33 2026 Info: MID 1010388 ICID 433473 From: <ewa.obrien@partner.example>
Tue Nov 17 23:35:33 2026 Info: MID 1010388 ICID 433473 RID 0 To: <noah.okafor@corp.example>
Tue Nov 17 23:35:33 2026 Info: MID 1010388 ICID 433473 RID 1 To: <omar.garcia@corp-mail.example>
Tue Nov 17 23:35:33 2026 Info: MID 1010388 ICID 433473 RID 2 To: <journal@corp.example>
Tue Nov 17 23:35:33 2026 Info: MID 1010388 Message-ID '<8fc3ae334bf0b50a61f6.74127@partner.example>'
Tue Nov 17 23:35:33 2026 Info: MID 1010388 Subject 'Lunch on Friday?'
Tue Nov 17 23:35:33 2026 Info: MID 1010388 ready 7284 bytes from <ewa.obrien@partner.example>
Tue Nov 17 23:35:33 2026 Info: MID 1010388 Outbreak Filters: verdict negative
Tue Nov 17 23:35:33 2026 Info: ICID 433473 close
Tue Nov 17 23:35:33 2026 Info: MID 1010388 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Tue Nov 17 23:35:33 2026 Info: MID 1010388 using engine: CASE spam negative
Tue Nov 17 23:35:33 2026 Info: MID 1010388 URL https://www.partner.example/t/2b6dd2ce19 has reputation 7.9 matched Condition: URL Reputation Rule
Tue Nov 17 23:35:34 2026 Info: MID 1010388 was split creating MID 1010389 due to a per-recipient policy DEFAULT in the inbound table
Tue Nov 17 23:35:34 2026 Info: MID 1010389 ICID 0 From: <ewa.obrien@partner.example>
Tue Nov 17 23:35:34 2026 Info: MID 1010389 ICID 0 RID 0 To: <omar.garcia@corp-mail.example>
Tue Nov 17 23:35:34 2026 Info: MID 1010389 ICID 0 RID 1 To: <journal@corp.example>
Tue Nov 17 23:35:34 2026 Info: MID 1010389 matched all recipients for per-recipient policy DEFAULT in the inbound table
Tue Nov 17 23:35:34 2026 Info: MID 1010388 matched all recipients for per-recipient policy Executives in the inbound table
Tue Nov 17 23:35:34 2026 Info: MID 1010389 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 23:35:34 2026 Info: MID 1010388 AMP file reputation verdict : SKIPPED (no attachment in message)
Tue Nov 17 23:35:36 2026 Info: MID 1010389 queued for delivery
Tue Nov 17 23:35:36 2026 Info: MID 1010388 queued for delivery
Tue Nov 17 23:35:37 2026 Info: New SMTP DCID 209299 interface 192.0.2.20 address 52.101.21.126 port 25
Tue Nov 17 23:35:37 2026 Info: DCID 209299 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Tue Nov 17 23:35:37 2026 Info: Delivery start DCID 209299 MID 1010388 to RID [0]
Tue Nov 17 23:35:38 2026 Info: Message done DCID 209299 MID 1010388 to RID [0]
Tue Nov 17 23:35:38 2026 Info: MID 1010388 RID [0] Response '2.0.0 Ok: queued as QML2fzVxcLkRzJZs'
Tue Nov 17 23:35:38 2026 Info: Message finished MID 1010388 done
Tue Nov 17 23:35:38 2026 Info: DCID 209299 close
Tue Nov 17 23:35:39 2026 Info: New SMTP DCID 209300 interface 192.0.2.20 address 52.101.30.51 port 25
Tue Nov 17 23:35:39 2026 Info: DCID 209300 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Tue Nov 17 23:35:39 2026 Info: Delivery start DCID 209300 MID 1010389 to RID [0, 1]
Tue Nov 17 23:35:41 2026 Info: Message done DCID 209300 MID 1010389 to RID [0, 1]
Tue Nov 17 23:35:41 2026 Info: MID 1010389 RID [0, 1] Response '2.0.0 Ok: queued as jnbGRqnpWH8ocFVB'
Tue Nov 17 23:35:41 2026 Info: Message finished MID 1010389 done
Tue Nov 17 23:35:41 2026 Info: DCID 209300 close
Wed Nov 18 00:00:00 2026 Info: End Logfile

Wed Nov 18 00:00:00 2026 Info: Begin Logfile
Wed Nov 18 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Wed Nov 18 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Wed Nov 18 01:24:35 2026 Info: New SMTP ICID 433474 interface IncomingMail (192.0.2.10) address 198.51.1.180 reverse dns host mail.client-b.example verified yes
Wed Nov 18 01:24:35 2026 Info: ICID 433474 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Wed Nov 18 01:24:35 2026 Info: ICID 433474 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 01:24:35 2026 Info: Start MID 1010390 ICID 433474
Wed Nov 18 01:24:35 2026 Info: MID 1010390 ICID 433474 From: <paul.dubois@client-b.example>
Wed Nov 18 01:24:35 2026 Info: MID 1010390 ICID 433474 RID 0 To: <tom.weber@corp.example>
Wed Nov 18 01:24:35 2026 Info: MID 1010390 Message-ID '<7d6a0bcb35906b9cac90.29538@client-b.example>'
Wed Nov 18 01:24:35 2026 Info: MID 1010390 Subject 'Weekly newsletter #42096'
Wed Nov 18 01:24:35 2026 Info: MID 1010390 ready 4928 bytes from <paul.dubois@client-b.example>
Wed Nov 18 01:24:35 2026 Info: MID 1010390 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Wed Nov 18 01:24:35 2026 Info: MID 1010390 Outbreak Filters: verdict negative
Wed Nov 18 01:24:35 2026 Info: MID 1010390 URL https://www.client-b.example/t/13af38818a has reputation 7.9 matched Condition: URL Reputation Rule
Wed Nov 18 01:24:35 2026 Info: ICID 433474 close
Wed Nov 18 01:24:35 2026 Info: MID 1010390 using engine: CASE spam negative
Wed Nov 18 01:24:36 2026 Info: MID 1010390 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 01:24:36 2026 Info: MID 1010390 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 01:24:38 2026 Info: MID 1010390 queued for delivery
Wed Nov 18 01:24:39 2026 Info: New SMTP DCID 209301 interface 192.0.2.20 address 52.101.176.239 port 25
Wed Nov 18 01:24:39 2026 Info: DCID 209301 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 01:24:39 2026 Info: Delivery start DCID 209301 MID 1010390 to RID [0]
Wed Nov 18 01:24:42 2026 Info: Message done DCID 209301 MID 1010390 to RID [0]
Wed Nov 18 01:24:42 2026 Info: MID 1010390 RID [0] Response '2.6.0 [InternalId=865645435958, Hostname=AM0PR01MB1118.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 01:24:42 2026 Info: Message finished MID 1010390 done
Wed Nov 18 01:24:42 2026 Info: DCID 209301 close
Wed Nov 18 02:41:54 2026 Info: New SMTP ICID 433475 interface IncomingMail (192.0.2.10) address 198.51.20.45 reverse dns host mail.client-b.example verified yes
Wed Nov 18 02:41:54 2026 Info: ICID 433475 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.7
Wed Nov 18 02:41:54 2026 Info: ICID 433475 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 02:41:54 2026 Info: Start MID 1010391 ICID 433475
Wed Nov 18 02:41:54 2026 Info: MID 1010391 ICID 433475 From: <noah.silva@client-b.example>
Wed Nov 18 02:41:54 2026 Info: MID 1010391 ICID 433475 RID 0 To: <emma.garcia@corp.example>
Wed Nov 18 02:41:54 2026 Info: MID 1010391 Message-ID '<ea1e589483f557974720.97130@client-b.example>'
Wed Nov 18 02:41:54 2026 Info: MID 1010391 Subject 'Your order 6020 has shipped'
Wed Nov 18 02:41:54 2026 Info: MID 1010391 ready 153660 bytes from <noah.silva@client-b.example>
Wed Nov 18 02:41:54 2026 Info: ICID 433475 close
Wed Nov 18 02:41:54 2026 Info: MID 1010391 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Wed Nov 18 02:41:54 2026 Info: MID 1010391 using engine: CASE spam negative
Wed Nov 18 02:41:54 2026 Info: MID 1010391 URL https://www.client-b.example/t/431369dae3 has reputation 7.9 matched Condition: URL Reputation Rule
Wed Nov 18 02:41:55 2026 Info: MID 1010391 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 02:41:55 2026 Info: MID 1010391 attachment 'minutes-8540.docx'
Wed Nov 18 02:41:55 2026 Info: MID 1010391 AMP file reputation verdict : CLEAN
Wed Nov 18 02:41:56 2026 Info: MID 1010391 rewritten to MID 1010392 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 02:41:56 2026 Info: Message finished MID 1010391 done
Wed Nov 18 02:41:56 2026 Info: MID 1010392 ICID 0 From: <noah.silva@client-b.example>
Wed Nov 18 02:41:56 2026 Info: MID 1010392 ICID 0 RID 0 To: <emma.garcia@corp.example>
Wed Nov 18 02:41:56 2026 Info: MID 1010392 Message-ID '<ea1e589483f557974720.97130@client-b.example>'
Wed Nov 18 02:41:56 2026 Info: MID 1010392 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 02:41:56 2026 Info: MID 1010392 queued for delivery
Wed Nov 18 02:41:58 2026 Info: New SMTP DCID 209302 interface 192.0.2.20 address 52.101.125.233 port 25
Wed Nov 18 02:41:58 2026 Info: DCID 209302 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 02:41:58 2026 Info: Delivery start DCID 209302 MID 1010392 to RID [0]
Wed Nov 18 02:41:58 2026 Info: Message done DCID 209302 MID 1010392 to RID [0]
Wed Nov 18 02:41:58 2026 Info: MID 1010392 RID [0] Response '2.6.0 [InternalId=604639489850, Hostname=AM0PR01MB2498.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 02:41:58 2026 Info: Message finished MID 1010392 done
Wed Nov 18 02:41:58 2026 Info: DCID 209302 close
Wed Nov 18 04:23:19 2026 Info: New SMTP ICID 433476 interface IncomingMail (192.0.2.10) address 198.51.91.71 reverse dns host mail.gmail.example verified yes
Wed Nov 18 04:23:19 2026 Info: ICID 433476 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.8
Wed Nov 18 04:23:19 2026 Info: ICID 433476 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 04:23:19 2026 Info: Start MID 1010393 ICID 433476
Wed Nov 18 04:23:19 2026 Info: MID 1010393 ICID 433476 From: <paul.moreau@gmail.example>
Wed Nov 18 04:23:19 2026 Info: MID 1010393 ICID 433476 RID 0 To: <zoe.kim@corp.example>
Wed Nov 18 04:23:19 2026 Info: MID 1010393 Message-ID '<4e9640a3511dd792f231.28453@gmail.example>'
Wed Nov 18 04:23:19 2026 Info: MID 1010393 Subject 'Weekly newsletter #42561'
Wed Nov 18 04:23:19 2026 Info: MID 1010393 ready 17756 bytes from <paul.moreau@gmail.example>
Wed Nov 18 04:23:19 2026 Info: MID 1010393 using engine: CASE spam negative
Wed Nov 18 04:23:20 2026 Info: ICID 433476 close
Wed Nov 18 04:23:20 2026 Info: MID 1010393 DKIM: pass signature verified (d=gmail.example s=s4 i=@gmail.example)
Wed Nov 18 04:23:20 2026 Info: MID 1010393 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Wed Nov 18 04:23:20 2026 Info: MID 1010393 DMARC: Verification passed
Wed Nov 18 04:23:21 2026 Info: MID 1010393 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 04:23:21 2026 Info: MID 1010393 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 04:23:23 2026 Info: MID 1010393 queued for delivery
Wed Nov 18 04:23:26 2026 Info: New SMTP DCID 209303 interface 192.0.2.20 address 52.101.235.195 port 25
Wed Nov 18 04:23:26 2026 Info: DCID 209303 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 04:23:26 2026 Info: Delivery start DCID 209303 MID 1010393 to RID [0]
Wed Nov 18 04:23:28 2026 Info: Message done DCID 209303 MID 1010393 to RID [0]
Wed Nov 18 04:23:28 2026 Info: MID 1010393 RID [0] Response '2.6.0 [InternalId=423906201878, Hostname=AM0PR01MB5714.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 04:23:28 2026 Info: Message finished MID 1010393 done
Wed Nov 18 04:23:28 2026 Info: DCID 209303 close
Wed Nov 18 05:47:17 2026 Info: New SMTP ICID 433477 interface IncomingMail (192.0.2.10) address 198.51.169.142 reverse dns host mail.travel.example verified yes
Wed Nov 18 05:47:17 2026 Info: ICID 433477 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.7
Wed Nov 18 05:47:17 2026 Info: ICID 433477 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 05:47:18 2026 Info: Start MID 1010394 ICID 433477
Wed Nov 18 05:47:18 2026 Info: MID 1010394 ICID 433477 From: <ines.kowalski@travel.example>
Wed Nov 18 05:47:18 2026 Info: MID 1010394 ICID 433477 RID 0 To: <omar.mendes@corp.example>
Wed Nov 18 05:47:18 2026 Info: MID 1010394 ICID 433477 RID 1 To: <eva.kowalski@corp.example>
Wed Nov 18 05:47:18 2026 Info: MID 1010394 ICID 433477 RID 2 To: <zoe.moreau@corp.example>
Wed Nov 18 05:47:18 2026 Info: MID 1010394 ICID 433477 RID 3 To: <journal@corp.example>
Wed Nov 18 05:47:18 2026 Info: MID 1010394 ICID 433477 RID 4 To: <lena.novak@corp.example>
Wed Nov 18 05:47:18 2026 Info: MID 1010394 ICID 433477 RID 5 To: <leo.dubois93@corp.example>
Wed Nov 18 05:47:18 2026 Info: MID 1010394 ICID 433477 RID 6 To: <dan.okafor@corp.example>
Wed Nov 18 05:47:18 2026 Info: MID 1010394 Message-ID '<3ae38468905a1ccc07be.10143@travel.example>'
Wed Nov 18 05:47:18 2026 Info: MID 1010394 Subject 'Invoice 45885'
Wed Nov 18 05:47:18 2026 Info: MID 1010394 ready 1118370 bytes from <ines.kowalski@travel.example>
Wed Nov 18 05:47:18 2026 Info: MID 1010394 DKIM: pass signature verified (d=travel.example s=s7 i=@travel.example)
Wed Nov 18 05:47:18 2026 Info: MID 1010394 DMARC: Verification passed
Wed Nov 18 05:47:18 2026 Info: ICID 433477 close
Wed Nov 18 05:47:18 2026 Info: MID 1010394 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Wed Nov 18 05:47:18 2026 Info: MID 1010394 using engine: CASE spam negative
Wed Nov 18 05:47:19 2026 Info: MID 1010394 was split creating MID 1010395 due to a per-recipient policy Finance in the inbound table
Wed Nov 18 05:47:19 2026 Info: MID 1010395 ICID 0 From: <ines.kowalski@travel.example>
Wed Nov 18 05:47:19 2026 Info: MID 1010395 ICID 0 RID 0 To: <eva.kowalski@corp.example>
Wed Nov 18 05:47:19 2026 Info: MID 1010395 ICID 0 RID 1 To: <lena.novak@corp.example>
Wed Nov 18 05:47:19 2026 Info: MID 1010394 was split creating MID 1010396 due to a per-recipient policy Engineering in the inbound table
Wed Nov 18 05:47:19 2026 Info: MID 1010396 ICID 0 From: <ines.kowalski@travel.example>
Wed Nov 18 05:47:19 2026 Info: MID 1010396 ICID 0 RID 0 To: <leo.dubois93@corp.example>
Wed Nov 18 05:47:19 2026 Info: MID 1010395 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 05:47:19 2026 Info: MID 1010396 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 05:47:19 2026 Info: MID 1010395 AMP file reputation verdict : CLEAN
Wed Nov 18 05:47:19 2026 Info: MID 1010396 AMP file reputation verdict : CLEAN
Wed Nov 18 05:47:19 2026 Info: MID 1010394 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 05:47:19 2026 Info: MID 1010394 attachment 'budget_2026_v2.xlsx'
Wed Nov 18 05:47:20 2026 Info: MID 1010394 AMP file reputation verdict : CLEAN
Wed Nov 18 05:47:20 2026 Info: MID 1010396 queued for delivery
Wed Nov 18 05:47:21 2026 Info: MID 1010394 queued for delivery
Wed Nov 18 05:47:21 2026 Info: MID 1010395 queued for delivery
Wed Nov 18 05:47:22 2026 Info: New SMTP DCID 209306 interface 192.0.2.20 address 52.101.117.157 port 25
Wed Nov 18 05:47:22 2026 Info: DCID 209306 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 05:47:22 2026 Info: Delivery start DCID 209306 MID 1010396 to RID [0]
Wed Nov 18 05:47:22 2026 Info: Message done DCID 209306 MID 1010396 to RID [0]
Wed Nov 18 05:47:22 2026 Info: MID 1010396 RID [0] Response '2.0.0 Ok: queued as ZUGkzi9Z3LUYtwH4'
Wed Nov 18 05:47:22 2026 Info: DCID 209306 close
Wed Nov 18 05:47:22 2026 Info: Message finished MID 1010396 done
Wed Nov 18 05:47:23 2026 Info: New SMTP DCID 209304 interface 192.0.2.20 address 52.101.229.143 port 25
Wed Nov 18 05:47:23 2026 Info: DCID 209304 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 05:47:23 2026 Info: Delivery start DCID 209304 MID 1010394 to RID [0, 2, 3, 6]
Wed Nov 18 05:47:24 2026 Info: New SMTP DCID 209305 interface 192.0.2.20 address 52.101.16.62 port 25
Wed Nov 18 05:47:24 2026 Info: DCID 209305 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 05:47:24 2026 Info: Delivery start DCID 209305 MID 1010395 to RID [0, 1]
Wed Nov 18 05:47:24 2026 Info: Message done DCID 209304 MID 1010394 to RID [0, 2, 3, 6]
Wed Nov 18 05:47:24 2026 Info: MID 1010394 RID [0, 2, 3, 6] Response '2.6.0 [InternalId=865332483533, Hostname=AM0PR01MB3354.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 05:47:24 2026 Info: Message finished MID 1010394 done
Wed Nov 18 05:47:24 2026 Info: DCID 209304 close
Wed Nov 18 05:47:26 2026 Info: Message done DCID 209305 MID 1010395 to RID [0, 1]
Wed Nov 18 05:47:26 2026 Info: MID 1010395 RID [0, 1] Response '2.6.0 [InternalId=275636003503, Hostname=AM0PR01MB5262.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 05:47:26 2026 Info: DCID 209305 close
Wed Nov 18 05:47:26 2026 Info: Message finished MID 1010395 done
Wed Nov 18 06:29:49 2026 Info: New SMTP ICID 433478 interface OutgoingMail (192.0.2.11) address 10.20.3.151 reverse dns host exch4.corp.example verified yes
Wed Nov 18 06:29:49 2026 Info: ICID 433478 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 06:29:49 2026 Info: Start MID 1010397 ICID 433478
Wed Nov 18 06:29:49 2026 Info: MID 1010397 ICID 433478 From: <sara.novak23@corp.example>
Wed Nov 18 06:29:49 2026 Info: MID 1010397 ICID 433478 RID 0 To: <sara.ivanova@gmail.example>
Wed Nov 18 06:29:49 2026 Info: MID 1010397 Message-ID '<CA6LkENymP-Lrew0TD9BT0o2BaNjuWJr0OMFt7_sEuUq@mail.corp.example>'
Wed Nov 18 06:29:49 2026 Info: MID 1010397 Subject 'Quarterly report'
Wed Nov 18 06:29:49 2026 Info: MID 1010397 ready 599128 bytes from <sara.novak23@corp.example>
Wed Nov 18 06:29:49 2026 Info: MID 1010397 SPF: mailfrom identity sara.novak23@corp.example Pass (v=spf1)
Wed Nov 18 06:29:49 2026 Info: MID 1010397 DKIM: pass signature verified (d=corp.example s=s8 i=@corp.example)
Wed Nov 18 06:29:49 2026 Info: MID 1010397 using engine: CASE spam negative
Wed Nov 18 06:29:49 2026 Info: ICID 433478 close
Wed Nov 18 06:29:49 2026 Info: MID 1010397 DMARC: Verification passed
Wed Nov 18 06:29:50 2026 Info: MID 1010397 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 06:29:50 2026 Info: MID 1010397 attachment 'invoice_45299.pdf'
Wed Nov 18 06:29:50 2026 Info: File reputation query initiating. File Name = 'invoice_45299.pdf', MID = 1010397, File Size = 73706 bytes, File Type = application/pdf
Wed Nov 18 06:29:50 2026 Info: MID 1010397 attachment 'Q1 Report 2026.pdf'
Wed Nov 18 06:29:50 2026 Info: File reputation query initiating. File Name = 'Q1 Report 2026.pdf', MID = 1010397, File Size = 371697 bytes, File Type = application/pdf
Wed Nov 18 06:29:50 2026 Info: MID 1010397 AMP file reputation verdict : UNKNOWN
Wed Nov 18 06:29:50 2026 Info: Response received for file reputation query from Cache. FileName = 'Q1 Report 2026.pdf', MID = 1010397, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =c17a9262453bf4912e7a26e9c76c603fe7e8f9f60a227385459c945c43fc0527, upload_action = 2
Wed Nov 18 06:29:50 2026 Info: Response received for file reputation query from Cache. File Name = 'invoice_45299.pdf', MID = 1010397, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 83239ef54ba2e1619fb9af5084768b8c54dd0ba5626467ba04a10547b401ba85, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 06:29:51 2026 Info: MID 1010397 queued for delivery
Wed Nov 18 06:29:54 2026 Info: New SMTP DCID 209307 interface 192.0.2.20 address 203.0.113.164 port 25
Wed Nov 18 06:29:54 2026 Info: DCID 209307 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 06:29:54 2026 Info: Delivery start DCID 209307 MID 1010397 to RID [0]
Wed Nov 18 06:29:56 2026 Info: Message done DCID 209307 MID 1010397 to RID [0]
Wed Nov 18 06:29:56 2026 Info: MID 1010397 RID [0] Response '2.0.0 Ok: queued as HwnvCQCfFQqrQpZu'
Wed Nov 18 06:29:56 2026 Info: Message finished MID 1010397 done
Wed Nov 18 06:29:56 2026 Info: DCID 209307 close
Wed Nov 18 06:42:35 2026 Info: New SMTP ICID 433479 interface IncomingMail (192.0.2.10) address 198.51.39.54 reverse dns host mail.gmail.example verified yes
Wed Nov 18 06:42:35 2026 Info: ICID 433479 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.8
Wed Nov 18 06:42:35 2026 Info: ICID 433479 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 06:42:35 2026 Info: Start MID 1010398 ICID 433479
Wed Nov 18 06:42:35 2026 Info: MID 1010398 ICID 433479 From: <leo.jensen@gmail.example>
Wed Nov 18 06:42:35 2026 Info: MID 1010398 ICID 433479 RID 0 To: <kofi.nguyen@corp.example>
Wed Nov 18 06:42:35 2026 Info: MID 1010398 Message-ID '<CAgWoCo-t5P=FQeEtjFQOXAOu-sE6qSfKd9+++1G2RUA@mail.gmail.example>'
Wed Nov 18 06:42:35 2026 Info: MID 1010398 Subject 'Weekly newsletter #60623'
Wed Nov 18 06:42:35 2026 Info: MID 1010398 ready 13231 bytes from <leo.jensen@gmail.example>
Wed Nov 18 06:42:35 2026 Info: MID 1010398 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Wed Nov 18 06:42:35 2026 Info: MID 1010398 SPF: mailfrom identity leo.jensen@gmail.example Pass (v=spf1)
Wed Nov 18 06:42:35 2026 Info: ICID 433479 close
Wed Nov 18 06:42:35 2026 Info: MID 1010398 DMARC: Verification passed
Wed Nov 18 06:42:35 2026 Info: MID 1010398 using engine: CASE spam negative
Wed Nov 18 06:42:36 2026 Info: MID 1010398 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 06:42:36 2026 Info: MID 1010398 attachment 'notes.txt'
Wed Nov 18 06:42:36 2026 Info: MID 1010398 AMP file reputation verdict : CLEAN
Wed Nov 18 06:42:37 2026 Info: MID 1010398 queued for delivery
Wed Nov 18 06:42:38 2026 Info: MID 1010399 was generated based on MID 1010398 by bcc filter 'Finance_Archive'
Wed Nov 18 06:42:38 2026 Info: MID 1010399 ICID 0 From: <leo.jensen@gmail.example>
Wed Nov 18 06:42:38 2026 Info: MID 1010399 ICID 0 RID 0 To: <finance-archive@corp.example>
Wed Nov 18 06:42:38 2026 Info: MID 1010399 Message-ID '<CAgWoCo-t5P=FQeEtjFQOXAOu-sE6qSfKd9+++1G2RUA@mail.gmail.example>'
Wed Nov 18 06:42:38 2026 Info: MID 1010399 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 06:42:38 2026 Info: MID 1010399 queued for delivery
Wed Nov 18 06:42:39 2026 Info: New SMTP DCID 209309 interface 192.0.2.20 address 52.101.116.218 port 25
Wed Nov 18 06:42:39 2026 Info: DCID 209309 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 06:42:39 2026 Info: Delivery start DCID 209309 MID 1010399 to RID [0]
Wed Nov 18 06:42:40 2026 Info: Message done DCID 209309 MID 1010399 to RID [0]
Wed Nov 18 06:42:40 2026 Info: MID 1010399 RID [0] Response '2.6.0 [InternalId=208474374536, Hostname=AM0PR01MB1879.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 06:42:40 2026 Info: Message finished MID 1010399 done
Wed Nov 18 06:42:40 2026 Info: DCID 209309 close
Wed Nov 18 06:42:41 2026 Info: New SMTP DCID 209308 interface 192.0.2.20 address 52.101.200.114 port 25
Wed Nov 18 06:42:41 2026 Info: DCID 209308 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 06:42:41 2026 Info: Delivery start DCID 209308 MID 1010398 to RID [0]
Wed Nov 18 06:42:42 2026 Info: Message done DCID 209308 MID 1010398 to RID [0]
Wed Nov 18 06:42:42 2026 Info: MID 1010398 RID [0] Response '2.6.0 [InternalId=805567604183, Hostname=AM0PR01MB3854.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 06:42:42 2026 Info: Message finished MID 1010398 done
Wed Nov 18 06:42:42 2026 Info: DCID 209308 close
Wed Nov 18 08:47:48 2026 Info: New SMTP ICID 433480 interface OutgoingMail (192.0.2.11) address 10.20.8.239 reverse dns host exch3.corp.example verified yes
Wed Nov 18 08:47:48 2026 Info: ICID 433480 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 08:47:48 2026 Info: Start MID 1010400 ICID 433480
Wed Nov 18 08:47:48 2026 Info: MID 1010400 ICID 433480 From: <tom.weber@corp.example>
Wed Nov 18 08:47:48 2026 Info: MID 1010400 ICID 433480 RID 0 To: <ida.obrien@client-a.example>
Wed Nov 18 08:47:48 2026 Info: MID 1010400 Message-ID '<a235eff535ab5601b6ea.30748@corp.example>'
Wed Nov 18 08:47:48 2026 Info: MID 1010400 Subject 'Invoice 61740'
Wed Nov 18 08:47:48 2026 Info: MID 1010400 ready 10385 bytes from <tom.weber@corp.example>
Wed Nov 18 08:47:48 2026 Info: MID 1010400 using engine: CASE spam negative
Wed Nov 18 08:47:48 2026 Info: MID 1010400 SPF: mailfrom identity tom.weber@corp.example Pass (v=spf1)
Wed Nov 18 08:47:49 2026 Info: MID 1010400 URL https://www.corp.example/t/51b53b78df has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 08:47:49 2026 Info: ICID 433480 close
Wed Nov 18 08:47:49 2026 Info: MID 1010400 Outbreak Filters: verdict negative
Wed Nov 18 08:47:50 2026 Info: MID 1010400 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 08:47:50 2026 Info: MID 1010400 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 08:47:51 2026 Info: MID 1010400 queued for delivery
Wed Nov 18 08:47:53 2026 Info: New SMTP DCID 209310 interface 192.0.2.20 address 203.0.113.62 port 25
Wed Nov 18 08:47:53 2026 Info: DCID 209310 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 08:47:53 2026 Info: Delivery start DCID 209310 MID 1010400 to RID [0]
Wed Nov 18 08:47:55 2026 Info: Message done DCID 209310 MID 1010400 to RID [0]
Wed Nov 18 08:47:55 2026 Info: MID 1010400 RID [0] Response '2.0.0 Ok: queued as QKeqey4DrhCBsLd6'
Wed Nov 18 08:47:55 2026 Info: Message finished MID 1010400 done
Wed Nov 18 08:47:55 2026 Info: DCID 209310 close
Wed Nov 18 09:00:04 2026 Info: New SMTP ICID 433481 interface OutgoingMail (192.0.2.11) address 10.20.0.126 reverse dns host exch2.corp.example verified yes
Wed Nov 18 09:00:04 2026 Info: ICID 433481 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 09:00:04 2026 Info: Start MID 1010401 ICID 433481
Wed Nov 18 09:00:04 2026 Info: MID 1010401 ICID 433481 From: <leo.dubois93@corp.example>
Wed Nov 18 09:00:04 2026 Info: MID 1010401 ICID 433481 RID 0 To: <ines.kowalski@travel.example>
Wed Nov 18 09:00:04 2026 Info: MID 1010401 Message-ID '<4d230cc420acec958260.80172@corp.example>'
Wed Nov 18 09:00:04 2026 Info: MID 1010401 Subject 'Reminder: timesheets due'
Wed Nov 18 09:00:04 2026 Info: MID 1010401 ready 41884 bytes from <leo.dubois93@corp.example>
Wed Nov 18 09:00:04 2026 Info: ICID 433481 close
Wed Nov 18 09:00:04 2026 Info: MID 1010401 Outbreak Filters: verdict negative
Wed Nov 18 09:00:04 2026 Info: MID 1010401 SPF: mailfrom identity leo.dubois93@corp.example Pass (v=spf1)
Wed Nov 18 09:00:04 2026 Info: MID 1010401 using engine: CASE spam negative
Wed Nov 18 09:00:04 2026 Info: MID 1010401 URL https://www.corp.example/t/5457579353 has reputation 7.9 matched Condition: URL Reputation Rule
Wed Nov 18 09:00:06 2026 Info: MID 1010401 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 09:00:06 2026 Info: MID 1010401 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 09:00:08 2026 Info: MID 1010401 queued for delivery
Wed Nov 18 09:00:09 2026 Info: New SMTP DCID 209311 interface 192.0.2.20 address 203.0.113.242 port 25
Wed Nov 18 09:00:09 2026 Info: DCID 209311 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 09:00:09 2026 Info: Delivery start DCID 209311 MID 1010401 to RID [0]
Wed Nov 18 09:00:11 2026 Info: Message done DCID 209311 MID 1010401 to RID [0]
Wed Nov 18 09:00:11 2026 Info: MID 1010401 RID [0] Response '2.0.0 Ok: queued as jULfbWyok6fgVPoQ'
Wed Nov 18 09:00:11 2026 Info: Message finished MID 1010401 done
Wed Nov 18 09:00:11 2026 Info: DCID 209311 close
Wed Nov 18 09:01:24 2026 Info: New SMTP ICID 433482 interface IncomingMail (192.0.2.10) address 198.51.13.218 reverse dns host mail.client-b.example verified yes
Wed Nov 18 09:01:24 2026 Info: ICID 433482 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.9
Wed Nov 18 09:01:24 2026 Info: ICID 433482 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 09:01:24 2026 Info: Start MID 1010402 ICID 433482
Wed Nov 18 09:01:24 2026 Info: MID 1010402 ICID 433482 From: <max.fischer@client-b.example>
Wed Nov 18 09:01:24 2026 Info: MID 1010402 ICID 433482 RID 0 To: <ravi.obrien@corp.example>
Wed Nov 18 09:01:24 2026 Info: MID 1010402 Message-ID '<CAPqws3-ZBcAuMme1f6bMfUpQbs7h7wpACicK5a2Lj_M@mail.client-b.example>'
Wed Nov 18 09:01:24 2026 Info: MID 1010402 Subject 'Weekly newsletter #96292'
Wed Nov 18 09:01:24 2026 Info: MID 1010402 ready 537297 bytes from <max.fischer@client-b.example>
Wed Nov 18 09:01:24 2026 Info: ICID 433482 close
Wed Nov 18 09:01:24 2026 Info: MID 1010402 URL https://www.client-b.example/t/63de0739fc has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 09:01:24 2026 Info: MID 1010402 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Wed Nov 18 09:01:24 2026 Info: MID 1010402 using engine: CASE spam negative
Wed Nov 18 09:01:25 2026 Info: MID 1010402 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 09:01:25 2026 Info: MID 1010402 attachment 'Q3 Report 2026.pdf'
Wed Nov 18 09:01:25 2026 Info: File reputation query initiating. File Name = 'Q3 Report 2026.pdf', MID = 1010402, File Size = 399848 bytes, File Type = application/pdf
Wed Nov 18 09:01:25 2026 Info: MID 1010402 AMP file reputation verdict : CLEAN
Wed Nov 18 09:01:26 2026 Info: Response received for file reputation query from Cache. FileName = 'Q3 Report 2026.pdf', MID = 1010402, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =5dbe3023a906922fa4b9a9c4b753a1eef08360852789d059c6e50df2e5a3863e, upload_action = 2
Wed Nov 18 09:01:26 2026 Info: MID 1010402 queued for delivery
Wed Nov 18 09:01:29 2026 Info: New SMTP DCID 209312 interface 192.0.2.20 address 52.101.179.29 port 25
Wed Nov 18 09:01:29 2026 Info: DCID 209312 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 09:01:29 2026 Info: Delivery start DCID 209312 MID 1010402 to RID [0]
Wed Nov 18 09:01:31 2026 Info: Message done DCID 209312 MID 1010402 to RID [0]
Wed Nov 18 09:01:31 2026 Info: MID 1010402 RID [0] Response '2.6.0 [InternalId=352930341368, Hostname=AM0PR01MB9424.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 09:01:31 2026 Info: Message finished MID 1010402 done
Wed Nov 18 09:01:31 2026 Info: DCID 209312 close
Wed Nov 18 09:02:26 2026 Info: New SMTP ICID 433483 interface IncomingMail (192.0.2.10) address 198.51.225.160 reverse dns host mail.gmail.example verified yes
Wed Nov 18 09:02:26 2026 Info: ICID 433483 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.0
Wed Nov 18 09:02:26 2026 Info: ICID 433483 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 09:02:26 2026 Info: Start MID 1010403 ICID 433483
Wed Nov 18 09:02:26 2026 Info: MID 1010403 ICID 433483 From: <chen.fischer@gmail.example>
Wed Nov 18 09:02:26 2026 Info: MID 1010403 ICID 433483 RID 0 To: <sara.novak@corp.example>
Wed Nov 18 09:02:26 2026 Info: MID 1010403 Message-ID '<53d4f7336fa80135a303.4914@gmail.example>'
Wed Nov 18 09:02:26 2026 Info: MID 1010403 Subject 'Lunch on Friday?'
Wed Nov 18 09:02:26 2026 Info: MID 1010403 ready 37340 bytes from <chen.fischer@gmail.example>
Wed Nov 18 09:02:26 2026 Info: MID 1010403 using engine: CASE spam negative
Wed Nov 18 09:02:26 2026 Info: MID 1010403 antivirus negative
Wed Nov 18 09:02:26 2026 Info: ICID 433483 close
Wed Nov 18 09:02:26 2026 Info: MID 1010403 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Wed Nov 18 09:02:26 2026 Info: MID 1010403 interim AV verdict using Sophos CLEAN
Wed Nov 18 09:02:26 2026 Info: MID 1010403 DKIM: pass signature verified (d=gmail.example s=s4 i=@gmail.example)
Wed Nov 18 09:02:26 2026 Info: MID 1010403 DMARC: Verification passed
Wed Nov 18 09:02:27 2026 Info: MID 1010403 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 09:02:27 2026 Info: MID 1010403 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 09:02:28 2026 Info: MID 1010403 rewritten to MID 1010404 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 09:02:28 2026 Info: Message finished MID 1010403 done
Wed Nov 18 09:02:28 2026 Info: MID 1010404 ICID 0 From: <chen.fischer@gmail.example>
Wed Nov 18 09:02:28 2026 Info: MID 1010404 ICID 0 RID 0 To: <sara.novak@corp.example>
Wed Nov 18 09:02:28 2026 Info: MID 1010404 Message-ID '<53d4f7336fa80135a303.4914@gmail.example>'
Wed Nov 18 09:02:28 2026 Info: MID 1010404 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 09:02:28 2026 Info: MID 1010404 queued for delivery
Wed Nov 18 09:02:30 2026 Info: New SMTP DCID 209313 interface 192.0.2.20 address 52.101.212.47 port 25
Wed Nov 18 09:02:30 2026 Info: DCID 209313 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 09:02:30 2026 Info: Delivery start DCID 209313 MID 1010404 to RID [0]
Wed Nov 18 09:02:31 2026 Info: Message done DCID 209313 MID 1010404 to RID [0]
Wed Nov 18 09:02:31 2026 Info: MID 1010404 RID [0] Response '2.6.0 [InternalId=285873257584, Hostname=AM0PR01MB9840.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 09:02:31 2026 Info: Message finished MID 1010404 done
Wed Nov 18 09:02:31 2026 Info: DCID 209313 close
Wed Nov 18 09:02:42 2026 Info: New SMTP ICID 433484 interface OutgoingMail (192.0.2.11) address 10.20.2.31 reverse dns host exch2.corp.example verified yes
Wed Nov 18 09:02:42 2026 Info: ICID 433484 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 09:02:43 2026 Info: Start MID 1010405 ICID 433484
Wed Nov 18 09:02:43 2026 Info: MID 1010405 ICID 433484 From: <leo.dubois93@corp.example>
Wed Nov 18 09:02:43 2026 Info: MID 1010405 ICID 433484 RID 0 To: <lena.moreau@bank.example>
Wed Nov 18 09:02:43 2026 Info: MID 1010405 ICID 433484 RID 1 To: <tom.obrien@bank.example>
Wed Nov 18 09:02:43 2026 Info: MID 1010405 Message-ID '<a86038a7da7d8e7fca55.79169@corp.example>'
Wed Nov 18 09:02:43 2026 Info: MID 1010405 Subject 'Scan from copier 89128'
Wed Nov 18 09:02:43 2026 Info: MID 1010405 ready 645335 bytes from <leo.dubois93@corp.example>
Wed Nov 18 09:02:43 2026 Info: MID 1010405 SPF: mailfrom identity leo.dubois93@corp.example Pass (v=spf1)
Wed Nov 18 09:02:43 2026 Info: MID 1010405 DKIM: pass signature verified (d=corp.example s=s8 i=@corp.example)
Wed Nov 18 09:02:43 2026 Info: MID 1010405 using engine: CASE spam negative
Wed Nov 18 09:02:43 2026 Info: ICID 433484 close
Wed Nov 18 09:02:43 2026 Info: MID 1010405 DMARC: Verification passed
Wed Nov 18 09:02:44 2026 Info: MID 1010405 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 09:02:44 2026 Info: MID 1010405 attachment 'minutes-8540.docx'
Wed Nov 18 09:02:44 2026 Info: File reputation query initiating. File Name = 'minutes-8540.docx', MID = 1010405, File Size = 88302 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Wed Nov 18 09:02:44 2026 Info: MID 1010405 attachment 'Q1=20Report=202026.pdf'
Wed Nov 18 09:02:44 2026 Info: File reputation query initiating. File Name = 'Q1 Report 2026.pdf', MID = 1010405, File Size = 371697 bytes, File Type = application/pdf
Wed Nov 18 09:02:45 2026 Info: MID 1010405 AMP file reputation verdict : UNKNOWN
Wed Nov 18 09:02:45 2026 Info: Response received for file reputation query from Cache. File Name = 'minutes-8540.docx', MID = 1010405, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = cd37880e16ac4191a26aa0ae044f1574f037afc644d82a531289bafae5316960, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 09:02:45 2026 Info: Response received for file reputation query from Cache. File Name = 'Q1 Report 2026.pdf', MID = 1010405, Disposition = FILE UNKNOWN, Malware = None, Reputation Score = 0, sha256 = c17a9262453bf4912e7a26e9c76c603fe7e8f9f60a227385459c945c43fc0527, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 09:02:46 2026 Info: MID 1010405 queued for delivery
Wed Nov 18 09:02:46 2026 Info: New SMTP DCID 209314 interface 192.0.2.20 address 203.0.113.239 port 25
Wed Nov 18 09:02:46 2026 Info: DCID 209314 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 09:02:46 2026 Info: Delivery start DCID 209314 MID 1010405 to RID [0, 1]
Wed Nov 18 09:02:47 2026 Info: Message done DCID 209314 MID 1010405 to RID [0, 1]
Wed Nov 18 09:02:47 2026 Info: MID 1010405 RID [0, 1] Response '2.0.0 Ok: queued as B4h4k6SMVZkyJZ3j'
Wed Nov 18 09:02:47 2026 Info: Message finished MID 1010405 done
Wed Nov 18 09:02:47 2026 Info: DCID 209314 close
Wed Nov 18 09:20:54 2026 Info: New SMTP ICID 433485 interface IncomingMail (192.0.2.10) address 198.51.197.69 reverse dns host mail.client-b.example verified yes
Wed Nov 18 09:20:54 2026 Info: ICID 433485 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4
Wed Nov 18 09:20:54 2026 Info: ICID 433485 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 09:20:55 2026 Info: Start MID 1010406 ICID 433485
Wed Nov 18 09:20:55 2026 Info: MID 1010406 ICID 433485 From: <noah.silva@client-b.example>
Wed Nov 18 09:20:55 2026 Info: MID 1010406 ICID 433485 RID 0 To: <li.larsen@corp.example>
Wed Nov 18 09:20:55 2026 Info: MID 1010406 Message-ID '<1753aa0d861260d131c2.67707@client-b.example>'
Wed Nov 18 09:20:55 2026 Info: MID 1010406 Subject 'Your order 20789 has shipped'
Wed Nov 18 09:20:55 2026 Info: MID 1010406 ready 127209 bytes from <noah.silva@client-b.example>
Wed Nov 18 09:20:55 2026 Info: ICID 433485 close
Wed Nov 18 09:20:56 2026 Info: MID 1010406 URL https://www.client-b.example/t/8add4b4764 has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 09:20:56 2026 Info: MID 1010406 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Wed Nov 18 09:20:56 2026 Info: MID 1010406 using engine: CASE spam negative
Wed Nov 18 09:20:56 2026 Info: MID 1010406 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 09:20:56 2026 Info: MID 1010406 attachment 'minutes-8540.docx'
Wed Nov 18 09:20:56 2026 Info: File reputation query initiating. File Name = 'minutes-8540.docx', MID = 1010406, File Size = 88302 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Wed Nov 18 09:20:56 2026 Info: MID 1010406 AMP file reputation verdict : CLEAN
Wed Nov 18 09:20:56 2026 Info: Response received for file reputation query from Cache. File Name = 'minutes-8540.docx', MID = 1010406, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = cd37880e16ac4191a26aa0ae044f1574f037afc644d82a531289bafae5316960, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Wed Nov 18 09:20:57 2026 Info: MID 1010406 queued for delivery
Wed Nov 18 09:20:59 2026 Info: New SMTP DCID 209315 interface 192.0.2.20 address 52.101.130.148 port 25
Wed Nov 18 09:20:59 2026 Info: DCID 209315 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 09:20:59 2026 Info: Delivery start DCID 209315 MID 1010406 to RID [0]
Wed Nov 18 09:21:01 2026 Info: Message done DCID 209315 MID 1010406 to RID [0]
Wed Nov 18 09:21:01 2026 Info: MID 1010406 RID [0] Response '2.0.0 Ok: queued as FzwxMPTuaCJZCmAa'
Wed Nov 18 09:21:01 2026 Info: Message finished MID 1010406 done
Wed Nov 18 09:21:01 2026 Info: DCID 209315 close
Wed Nov 18 09:27:08 2026 Info: New SMTP ICID 433486 interface IncomingMail (192.0.2.10) address 198.51.172.251 reverse dns host mail.supplier.example verified yes
Wed Nov 18 09:27:08 2026 Info: ICID 433486 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Wed Nov 18 09:27:08 2026 Info: ICID 433486 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 09:27:09 2026 Info: Start MID 1010407 ICID 433486
Wed Nov 18 09:27:09 2026 Info: MID 1010407 ICID 433486 From: <ana.mendes@supplier.example>
Wed Nov 18 09:27:09 2026 Info: MID 1010407 ICID 433486 RID 0 To: <nina.patel@corp.example>
Wed Nov 18 09:27:09 2026 Info: MID 1010407 Message-ID '<91bc616d05bfeec83889.73137@supplier.example>'
Wed Nov 18 09:27:09 2026 Info: MID 1010407 Subject 'Budget 2027 – first numbers'
Wed Nov 18 09:27:09 2026 Info: MID 1010407 ready 551117 bytes from <ana.mendes@supplier.example>
Wed Nov 18 09:27:09 2026 Info: ICID 433486 close
Wed Nov 18 09:27:09 2026 Info: MID 1010407 DKIM: pass signature verified (d=supplier.example s=s6 i=@supplier.example)
Wed Nov 18 09:27:09 2026 Info: MID 1010407 using engine: CASE spam negative
Wed Nov 18 09:27:09 2026 Info: MID 1010407 DMARC: Verification passed
Wed Nov 18 09:27:09 2026 Info: MID 1010407 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Wed Nov 18 09:27:10 2026 Info: MID 1010407 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 09:27:10 2026 Info: MID 1010407 attachment 'invoice_98117.pdf'
Wed Nov 18 09:27:11 2026 Info: MID 1010407 AMP file reputation verdict : CLEAN
Wed Nov 18 09:27:11 2026 Info: MID 1010407 queued for delivery
Wed Nov 18 09:27:12 2026 Info: New SMTP DCID 209316 interface 192.0.2.20 address 52.101.37.190 port 25
Wed Nov 18 09:27:12 2026 Info: DCID 209316 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 09:27:12 2026 Info: Delivery start DCID 209316 MID 1010407 to RID [0]
Wed Nov 18 09:27:13 2026 Info: Bounced: DCID 209316 MID 1010407 From: <ana.mendes@supplier.example> To: <nina.patel@corp.example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <nina.patel@corp.example>: Mailbox full; quota exceeded'])
Wed Nov 18 09:27:13 2026 Info: Message finished MID 1010407 done
Wed Nov 18 09:27:13 2026 Info: DCID 209316 close
Wed Nov 18 09:27:14 2026 Info: Start MID 1010408 ICID 0
Wed Nov 18 09:27:14 2026 Info: MID 1010408 was generated for bounce of MID 1010407
Wed Nov 18 09:27:14 2026 Info: MID 1010408 ICID 0 From: <>
Wed Nov 18 09:27:14 2026 Info: MID 1010408 ICID 0 RID 0 To: <ana.mendes@supplier.example>
Wed Nov 18 09:27:14 2026 Info: MID 1010408 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 09:27:14 2026 Info: MID 1010408 ready 5728 bytes from <>
Wed Nov 18 09:27:14 2026 Info: MID 1010408 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 09:27:14 2026 Info: MID 1010408 queued for delivery
Wed Nov 18 09:27:17 2026 Info: New SMTP DCID 209317 interface 192.0.2.20 address 203.0.113.85 port 25
Wed Nov 18 09:27:17 2026 Info: DCID 209317 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 09:27:17 2026 Info: Delivery start DCID 209317 MID 1010408 to RID [0]
Wed Nov 18 09:27:19 2026 Info: Message done DCID 209317 MID 1010408 to RID [0]
Wed Nov 18 09:27:19 2026 Info: MID 1010408 RID [0] Response '2.0.0 Ok: queued as Z8r3dk9p5XEVdMzu'
Wed Nov 18 09:27:19 2026 Info: Message finished MID 1010408 done
Wed Nov 18 09:27:19 2026 Info: DCID 209317 close
Wed Nov 18 09:34:36 2026 Info: New SMTP ICID 433487 interface IncomingMail (192.0.2.10) address 198.51.137.77 reverse dns host mail.logistics.example verified yes
Wed Nov 18 09:34:36 2026 Info: ICID 433487 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Wed Nov 18 09:34:36 2026 Info: ICID 433487 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 09:34:36 2026 Info: Start MID 1010409 ICID 433487
Wed Nov 18 09:34:36 2026 Info: MID 1010409 ICID 433487 From: <mary.moreau@logistics.example>
Wed Nov 18 09:34:36 2026 Info: MID 1010409 ICID 433487 RID 0 To: <all-staff@corp.example>
Wed Nov 18 09:34:36 2026 Info: MID 1010409 Message-ID '<9f4acad115c72accd531.16539@logistics.example>'
Wed Nov 18 09:34:36 2026 Info: MID 1010409 Subject 'Meeting notes'
Wed Nov 18 09:34:36 2026 Info: MID 1010409 ready 22388 bytes from <mary.moreau@logistics.example>
Wed Nov 18 09:34:37 2026 Info: MID 1010409 using engine: CASE spam negative
Wed Nov 18 09:34:37 2026 Info: ICID 433487 close
Wed Nov 18 09:34:37 2026 Info: MID 1010409 DMARC: Verification passed
Wed Nov 18 09:34:37 2026 Info: MID 1010409 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Wed Nov 18 09:34:37 2026 Info: MID 1010409 DKIM: pass signature verified (d=logistics.example s=s9 i=@logistics.example)
Wed Nov 18 09:34:37 2026 Info: MID 1010409 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 09:34:37 2026 Info: MID 1010409 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 09:34:40 2026 Info: MID 1010409 queued for delivery
Wed Nov 18 09:34:43 2026 Info: New SMTP DCID 209318 interface 192.0.2.20 address 52.101.176.129 port 25
Wed Nov 18 09:34:43 2026 Info: DCID 209318 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 09:34:43 2026 Info: Delivery start DCID 209318 MID 1010409 to RID [0]
Wed Nov 18 09:34:45 2026 Info: Message done DCID 209318 MID 1010409 to RID [0]
Wed Nov 18 09:34:45 2026 Info: MID 1010409 RID [0] Response '2.0.0 Ok: queued as YGTpiGNq6bf4tpgx'
Wed Nov 18 09:34:45 2026 Info: Message finished MID 1010409 done
Wed Nov 18 09:34:45 2026 Info: DCID 209318 close
Wed Nov 18 10:04:19 2026 Info: New SMTP ICID 433488 interface IncomingMail (192.0.2.10) address 198.51.117.103 reverse dns host mail.bank.example verified yes
Wed Nov 18 10:04:19 2026 Info: ICID 433488 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.6
Wed Nov 18 10:04:19 2026 Info: ICID 433488 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 10:04:19 2026 Info: Start MID 1010410 ICID 433488
Wed Nov 18 10:04:19 2026 Info: MID 1010410 ICID 433488 From: <leo.mendes@bank.example>
Wed Nov 18 10:04:19 2026 Info: MID 1010410 ICID 433488 RID 0 To: <noah.okafor@corp.example>
Wed Nov 18 10:04:19 2026 Info: MID 1010410 Message-ID '<198c4044f3aeadda2163.39753@bank.example>'
Wed Nov 18 10:04:19 2026 Info: MID 1010410 Subject 'Re: project timeline'
Wed Nov 18 10:04:19 2026 Info: MID 1010410 ready 31277 bytes from <leo.mendes@bank.example>
Wed Nov 18 10:04:19 2026 Info: MID 1010410 DMARC: Verification passed
Wed Nov 18 10:04:20 2026 Info: MID 1010410 using engine: CASE spam negative
Wed Nov 18 10:04:20 2026 Info: ICID 433488 close
Wed Nov 18 10:04:20 2026 Info: MID 1010410 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Wed Nov 18 10:04:20 2026 Info: MID 1010410 DKIM: pass signature verified (d=bank.example s=s4 i=@bank.example)
Wed Nov 18 10:04:21 2026 Info: MID 1010410 matched all recipients for per-recipient policy Executives in the inbound table
Wed Nov 18 10:04:21 2026 Info: MID 1010410 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 10:04:22 2026 Info: MID 1010410 queued for delivery
Wed Nov 18 10:04:24 2026 Info: New SMTP DCID 209319 interface 192.0.2.20 address 52.101.5.145 port 25
Wed Nov 18 10:04:24 2026 Info: DCID 209319 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 10:04:24 2026 Info: Delivery start DCID 209319 MID 1010410 to RID [0]
Wed Nov 18 10:04:25 2026 Info: Message done DCID 209319 MID 1010410 to RID [0]
Wed Nov 18 10:04:25 2026 Info: MID 1010410 RID [0] Response '2.6.0 [InternalId=241117565875, Hostname=AM0PR01MB1873.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 10:04:25 2026 Info: Message finished MID 1010410 done
Wed Nov 18 10:04:25 2026 Info: DCID 209319 close
Wed Nov 18 10:05:14 2026 Info: New SMTP ICID 433489 interface IncomingMail (192.0.2.10) address 198.51.157.86 reverse dns host mail.gmail.example verified yes
Wed Nov 18 10:05:14 2026 Info: ICID 433489 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.2
Wed Nov 18 10:05:14 2026 Info: ICID 433489 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 10:05:15 2026 Info: Start MID 1010411 ICID 433489
Wed Nov 18 10:05:15 2026 Info: MID 1010411 ICID 433489 From: <paul.moreau@gmail.example>
Wed Nov 18 10:05:15 2026 Info: MID 1010411 ICID 433489 RID 0 To: <finance-archive@corp.example>
Wed Nov 18 10:05:16 2026 Info: MID 1010411 Message-ID '<a7ffff09762b8210328b.47541@gmail.example>'
Wed Nov 18 10:05:16 2026 Info: MID 1010411 Subject 'Candidate CV 55266'
Wed Nov 18 10:05:16 2026 Info: MID 1010411 ready 25304 bytes from <paul.moreau@gmail.example>
Wed Nov 18 10:05:16 2026 Info: MID 1010411 using engine: CASE spam negative
Wed Nov 18 10:05:16 2026 Info: ICID 433489 close
Wed Nov 18 10:05:16 2026 Info: MID 1010411 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Wed Nov 18 10:05:16 2026 Info: MID 1010411 Outbreak Filters: verdict negative
Wed Nov 18 10:05:16 2026 Info: MID 1010411 URL https://www.gmail.example/t/ad846e8c03 has reputation 4.5 matched Condition: URL Reputation Rule
Wed Nov 18 10:05:17 2026 Info: MID 1010411 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 10:05:17 2026 Info: MID 1010411 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 10:05:19 2026 Info: MID 1010411 queued for delivery
Wed Nov 18 10:05:21 2026 Info: New SMTP DCID 209320 interface 192.0.2.20 address 52.101.66.5 port 25
Wed Nov 18 10:05:21 2026 Info: DCID 209320 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 10:05:21 2026 Info: Delivery start DCID 209320 MID 1010411 to RID [0]
Wed Nov 18 10:05:22 2026 Info: Message done DCID 209320 MID 1010411 to RID [0] [('from', 'paul.moreau@gmail.example'), ('to', 'finance-archive@corp.example')]
Wed Nov 18 10:05:22 2026 Info: MID 1010411 RID [0] Response '2.0.0 Ok: queued as dyTPcZULBBJMyohE'
Wed Nov 18 10:05:22 2026 Info: DCID 209320 close
Wed Nov 18 10:05:22 2026 Info: Message finished MID 1010411 done
Wed Nov 18 10:09:54 2026 Info: New SMTP ICID 433490 interface IncomingMail (192.0.2.10) address 198.51.94.113 reverse dns host mail.partner.example verified yes
Wed Nov 18 10:09:54 2026 Info: ICID 433490 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Wed Nov 18 10:09:54 2026 Info: ICID 433490 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 10:09:54 2026 Info: Start MID 1010412 ICID 433490
Wed Nov 18 10:09:54 2026 Info: MID 1010412 ICID 433490 From: <tom.smith@partner.example>
Wed Nov 18 10:09:54 2026 Info: MID 1010412 ICID 433490 RID 0 To: <lena.novak@corp.example>
Wed Nov 18 10:09:54 2026 Info: MID 1010412 Message-ID '<a652b394500e5c311e78.13947@partner.example>'
Wed Nov 18 10:09:54 2026 Info: MID 1010412 Subject 'Meeting notes'
Wed Nov 18 10:09:54 2026 Info: MID 1010412 ready 151363 bytes from <tom.smith@partner.example>
Wed Nov 18 10:09:54 2026 Info: MID 1010412 using engine: CASE spam negative
Wed Nov 18 10:09:54 2026 Info: ICID 433490 close
Wed Nov 18 10:09:54 2026 Info: MID 1010412 DMARC: Verification passed
Wed Nov 18 10:09:54 2026 Info: MID 1010412 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Wed Nov 18 10:09:54 2026 Info: MID 1010412 DKIM: pass signature verified (d=partner.example s=s4 i=@partner.example)
Wed Nov 18 10:09:55 2026 Info: MID 1010412 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 10:09:55 2026 Info: MID 1010412 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Wed Nov 18 10:09:55 2026 Info: MID 1010412 attachment 'notes.txt'
Wed Nov 18 10:09:55 2026 Info: MID 1010412 AMP file reputation verdict : CLEAN
Wed Nov 18 10:09:57 2026 Info: MID 1010412 queued for delivery
Wed Nov 18 10:09:58 2026 Info: MID 1010413 was generated based on MID 1010412 by bcc filter 'Finance_Archive'
Wed Nov 18 10:09:58 2026 Info: MID 1010413 ICID 0 From: <tom.smith@partner.example>
Wed Nov 18 10:09:58 2026 Info: MID 1010413 ICID 0 RID 0 To: <finance-archive@corp.example>
Wed Nov 18 10:09:58 2026 Info: MID 1010413 Message-ID '<a652b394500e5c311e78.13947@partner.example>'
Wed Nov 18 10:09:58 2026 Info: MID 1010413 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 10:09:58 2026 Info: MID 1010413 queued for delivery
Wed Nov 18 10:09:59 2026 Info: New SMTP DCID 209322 interface 192.0.2.20 address 52.101.199.29 port 25
Wed Nov 18 10:09:59 2026 Info: DCID 209322 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 10:09:59 2026 Info: Delivery start DCID 209322 MID 1010413 to RID [0]
Wed Nov 18 10:09:59 2026 Info: Message done DCID 209322 MID 1010413 to RID [0]
Wed Nov 18 10:09:59 2026 Info: MID 1010413 RID [0] Response '2.0.0 Ok: queued as ce92j44cdBaMNkC8'
Wed Nov 18 10:09:59 2026 Info: Message finished MID 1010413 done
Wed Nov 18 10:09:59 2026 Info: DCID 209322 close
Wed Nov 18 10:10:01 2026 Info: New SMTP DCID 209321 interface 192.0.2.20 address 52.101.59.131 port 25
Wed Nov 18 10:10:01 2026 Info: DCID 209321 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 10:10:01 2026 Info: Delivery start DCID 209321 MID 1010412 to RID [0]
Wed Nov 18 10:10:02 2026 Info: Message done DCID 209321 MID 1010412 to RID [0]
Wed Nov 18 10:10:02 2026 Info: MID 1010412 RID [0] Response '2.6.0 [InternalId=688466743019, Hostname=AM0PR01MB7323.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 10:10:02 2026 Info: Message finished MID 1010412 done
Wed Nov 18 10:10:02 2026 Info: DCID 209321 close
Wed Nov 18 10:14:03 2026 Info: New SMTP ICID 433491 interface IncomingMail (192.0.2.10) address 198.51.72.146 reverse dns host mail.lawfirm.example verified yes
Wed Nov 18 10:14:03 2026 Info: ICID 433491 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.3
Wed Nov 18 10:14:03 2026 Info: ICID 433491 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 10:14:03 2026 Info: Start MID 1010414 ICID 433491
Wed Nov 18 10:14:03 2026 Info: MID 1010414 ICID 433491 From: <tom.cohen@lawfirm.example>
Wed Nov 18 10:14:03 2026 Info: MID 1010414 ICID 433491 RID 0 To: <support@corp-mail.example>
Wed Nov 18 10:14:03 2026 Info: MID 1010414 ICID 433491 RID 1 To: <emma.garcia@corp.example>
Wed Nov 18 10:14:03 2026 Info: MID 1010414 ICID 433491 RID 2 To: <eva.kowalski@corp.example>
Wed Nov 18 10:14:03 2026 Info: MID 1010414 ICID 433491 RID 3 To: <ida.dubois@corp.example>
Wed Nov 18 10:14:04 2026 Info: MID 1010414 Message-ID '<7e636b63c8c41a074b1a.9240@lawfirm.example>'
Wed Nov 18 10:14:04 2026 Info: MID 1010414 Subject 'Re: project timeline'
Wed Nov 18 10:14:04 2026 Info: MID 1010414 ready 39295 bytes from <tom.cohen@lawfirm.example>
Wed Nov 18 10:14:04 2026 Info: MID 1010414 using engine: CASE spam negative
Wed Nov 18 10:14:04 2026 Info: MID 1010414 DKIM: pass signature verified (d=lawfirm.example s=s2 i=@lawfirm.example)
Wed Nov 18 10:14:04 2026 Info: ICID 433491 close
Wed Nov 18 10:14:04 2026 Info: MID 1010414 DMARC: Verification passed
Wed Nov 18 10:14:04 2026 Info: MID 1010414 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Wed Nov 18 10:14:05 2026 Info: MID 1010414 was split creating MID 1010415 due to a per-recipient policy Finance in the inbound table
Wed Nov 18 10:14:05 2026 Info: MID 1010415 ICID 0 From: <tom.cohen@lawfirm.example>
Wed Nov 18 10:14:05 2026 Info: MID 1010415 ICID 0 RID 0 To: <emma.garcia@corp.example>
Wed Nov 18 10:14:05 2026 Info: MID 1010415 ICID 0 RID 1 To: <eva.kowalski@corp.example>
Wed Nov 18 10:14:05 2026 Info: MID 1010415 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 10:14:05 2026 Info: MID 1010414 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 10:14:05 2026 Info: MID 1010415 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 10:14:05 2026 Info: MID 1010414 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 10:14:07 2026 Info: MID 1010415 queued for delivery
Wed Nov 18 10:14:08 2026 Info: MID 1010414 queued for delivery
Wed Nov 18 10:14:08 2026 Info: New SMTP DCID 209324 interface 192.0.2.20 address 52.101.241.179 port 25
Wed Nov 18 10:14:08 2026 Info: DCID 209324 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 10:14:08 2026 Info: Delivery start DCID 209324 MID 1010415 to RID [0, 1]
Wed Nov 18 10:14:08 2026 Info: Message done DCID 209324 MID 1010415 to RID [0, 1]
Wed Nov 18 10:14:08 2026 Info: MID 1010415 RID [0, 1] Response '2.6.0 [InternalId=328749539116, Hostname=AM0PR01MB6374.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 10:14:08 2026 Info: DCID 209324 close
Wed Nov 18 10:14:08 2026 Info: Message finished MID 1010415 done
Wed Nov 18 10:14:08 2026 Info: New SMTP DCID 209323 interface 192.0.2.20 address 52.101.192.247 port 25
Wed Nov 18 10:14:08 2026 Info: DCID 209323 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 10:14:08 2026 Info: Delivery start DCID 209323 MID 1010414 to RID [0, 3]
Wed Nov 18 10:14:10 2026 Info: Message done DCID 209323 MID 1010414 to RID [0, 3]
Wed Nov 18 10:14:10 2026 Info: MID 1010414 RID [0, 3] Response '2.6.0 [InternalId=594078437805, Hostname=AM0PR01MB5289.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 10:14:10 2026 Info: Message finished MID 1010414 done
Wed Nov 18 10:14:10 2026 Info: DCID 209323 close
Wed Nov 18 10:22:39 2026 Info: New SMTP ICID 433492 interface OutgoingMail (192.0.2.11) address 10.20.0.229 reverse dns host exch4.corp.example verified yes
Wed Nov 18 10:22:39 2026 Info: ICID 433492 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 10:22:39 2026 Info: Start MID 1010416 ICID 433492
Wed Nov 18 10:22:39 2026 Info: MID 1010416 ICID 433492 From: <kofi.moreau@corp.example>
Wed Nov 18 10:22:39 2026 Info: MID 1010416 ICID 433492 RID 0 To: <sofia.weber@logistics.example>
Wed Nov 18 10:22:39 2026 Info: MID 1010416 ICID 433492 RID 1 To: <paul.dubois@client-b.example>
Wed Nov 18 10:22:39 2026 Info: MID 1010416 Message-ID '<21eccc0d254ba5fbec67.70446@corp.example>'
Wed Nov 18 10:22:39 2026 Info: MID 1010416 Subject 'Quarterly report'
Wed Nov 18 10:22:39 2026 Info: MID 1010416 ready 522886 bytes from <kofi.moreau@corp.example>
Wed Nov 18 10:22:39 2026 Info: MID 1010416 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Wed Nov 18 10:22:39 2026 Info: ICID 433492 close
Wed Nov 18 10:22:40 2026 Info: MID 1010416 DMARC: Verification passed
Wed Nov 18 10:22:40 2026 Info: MID 1010416 using engine: CASE spam negative
Wed Nov 18 10:22:40 2026 Info: MID 1010416 SPF: mailfrom identity kofi.moreau@corp.example Pass (v=spf1)
Wed Nov 18 10:22:40 2026 Info: MID 1010416 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 10:22:40 2026 Info: MID 1010416 attachment 'Q1=20Report=202026.pdf'
Wed Nov 18 10:22:40 2026 Info: MID 1010416 attachment 'meeting.ics'
Wed Nov 18 10:22:41 2026 Info: MID 1010416 AMP file reputation verdict : UNKNOWN
Wed Nov 18 10:22:41 2026 Info: MID 1010416 queued for delivery
Wed Nov 18 10:22:43 2026 Info: New SMTP DCID 209325 interface 192.0.2.20 address 203.0.113.147 port 25
Wed Nov 18 10:22:43 2026 Info: DCID 209325 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 10:22:43 2026 Info: Delivery start DCID 209325 MID 1010416 to RID [0]
Wed Nov 18 10:22:45 2026 Info: Message done DCID 209325 MID 1010416 to RID [0]
Wed Nov 18 10:22:45 2026 Info: MID 1010416 RID [0] Response '2.0.0 Ok: queued as sSYJ4SYzZijvb3P9'
Wed Nov 18 10:22:45 2026 Info: New SMTP DCID 209326 interface 192.0.2.20 address 203.0.113.207 port 25
Wed Nov 18 10:22:45 2026 Info: DCID 209326 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 10:22:45 2026 Info: Delivery start DCID 209326 MID 1010416 to RID [1]
Wed Nov 18 10:22:45 2026 Info: DCID 209325 close
Wed Nov 18 10:22:45 2026 Info: Message done DCID 209326 MID 1010416 to RID [1]
Wed Nov 18 10:22:45 2026 Info: MID 1010416 RID [1] Response '2.0.0 Ok: queued as KSbs77VQDXXGQ5Zy'
Wed Nov 18 10:22:45 2026 Info: Message finished MID 1010416 done
Wed Nov 18 10:22:45 2026 Info: DCID 209326 close
Wed Nov 18 10:33:33 2026 Info: New SMTP ICID 433493 interface IncomingMail (192.0.2.10) address 198.51.65.104 reverse dns host mail.partner.example verified yes
Wed Nov 18 10:33:33 2026 Info: ICID 433493 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Wed Nov 18 10:33:33 2026 Info: ICID 433493 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 10:33:33 2026 Info: Start MID 1010417 ICID 433493
Wed Nov 18 10:33:33 2026 Info: MID 1010417 ICID 433493 From: <tom.smith@partner.example>
Wed Nov 18 10:33:33 2026 Info: MID 1010417 ICID 433493 RID 0 To: <lucia.okafor@corp.example>
Wed Nov 18 10:33:33 2026 Info: MID 1010417 Message-ID '<2ab161b03cde7a956314.47224@partner.example>'
Wed Nov 18 10:33:33 2026 Info: MID 1010417 Subject 'FW: contract draft'
Wed Nov 18 10:33:33 2026 Info: MID 1010417 ready 33832 bytes from <tom.smith@partner.example>
Wed Nov 18 10:33:33 2026 Info: MID 1010417 SPF: mailfrom identity tom.smith@partner.example Pass (v=spf1)
Wed Nov 18 10:33:33 2026 Info: ICID 433493 close
Wed Nov 18 10:33:33 2026 Info: MID 1010417 using engine: CASE spam negative
Wed Nov 18 10:33:33 2026 Info: MID 1010417 DMARC: Verification passed
Wed Nov 18 10:33:33 2026 Info: MID 1010417 DKIM: pass signature verified (d=partner.example s=s9 i=@partner.example)
Wed Nov 18 10:33:34 2026 Info: MID 1010417 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 10:33:34 2026 Info: MID 1010417 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 10:33:35 2026 Info: MID 1010417 queued for delivery
Wed Nov 18 10:33:37 2026 Info: New SMTP DCID 209327 interface 192.0.2.20 address 52.101.16.229 port 25
Wed Nov 18 10:33:37 2026 Info: DCID 209327 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 10:33:37 2026 Info: Delivery start DCID 209327 MID 1010417 to RID [0]
Wed Nov 18 10:33:38 2026 Info: Message done DCID 209327 MID 1010417 to RID [0]
Wed Nov 18 10:33:38 2026 Info: MID 1010417 RID [0] Response '2.0.0 Ok: queued as GGMK25qqaMLEFShE'
Wed Nov 18 10:33:38 2026 Info: Message finished MID 1010417 done
Wed Nov 18 10:33:38 2026 Info: DCID 209327 close
Wed Nov 18 10:37:46 2026 Info: New SMTP ICID 433494 interface IncomingMail (192.0.2.10) address 198.51.99.54 reverse dns host mail.client-b.example verified yes
Wed Nov 18 10:37:46 2026 Info: ICID 433494 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.8
Wed Nov 18 10:37:46 2026 Info: ICID 433494 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 10:37:46 2026 Info: Start MID 1010418 ICID 433494
Wed Nov 18 10:37:46 2026 Info: MID 1010418 ICID 433494 From: <noah.silva@client-b.example>
Wed Nov 18 10:37:46 2026 Info: MID 1010418 ICID 433494 RID 0 To: <mia.garcia@corp-mail.example>
Wed Nov 18 10:37:46 2026 Info: MID 1010418 ICID 433494 RID 1 To: <ravi.obrien@corp.example>
Wed Nov 18 10:37:46 2026 Info: MID 1010418 ICID 433494 RID 2 To: <omar.weber@corp.example>
Wed Nov 18 10:37:47 2026 Info: MID 1010418 Message-ID '<673e93be586a14227c32.16674@client-b.example>'
Wed Nov 18 10:37:47 2026 Info: MID 1010418 Subject 'Café menu for next week'
Wed Nov 18 10:37:47 2026 Info: MID 1010418 ready 356916 bytes from <noah.silva@client-b.example>
Wed Nov 18 10:37:47 2026 Info: MID 1010418 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Wed Nov 18 10:37:47 2026 Info: MID 1010418 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Wed Nov 18 10:37:47 2026 Info: ICID 433494 close
Wed Nov 18 10:37:47 2026 Info: MID 1010418 using engine: CASE spam negative
Wed Nov 18 10:37:47 2026 Info: MID 1010418 DMARC: Verification passed
Wed Nov 18 10:37:48 2026 Info: MID 1010418 was split creating MID 1010419 due to a per-recipient policy Finance in the inbound table
Wed Nov 18 10:37:48 2026 Info: MID 1010419 ICID 0 From: <noah.silva@client-b.example>
Wed Nov 18 10:37:48 2026 Info: MID 1010419 ICID 0 RID 0 To: <omar.weber@corp.example>
Wed Nov 18 10:37:48 2026 Info: MID 1010419 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 10:37:48 2026 Info: MID 1010418 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 10:37:48 2026 Info: MID 1010419 AMP file reputation verdict : CLEAN
Wed Nov 18 10:37:49 2026 Info: MID 1010418 attachment 'Caf=C3=A9=20menu=2077178.pdf'
Wed Nov 18 10:37:49 2026 Info: File reputation query initiating. File Name = 'Café menu 77178.pdf', MID = 1010418, File Size = 37401 bytes, File Type = application/pdf
Wed Nov 18 10:37:49 2026 Info: MID 1010418 attachment 'invoice_42743.pdf'
Wed Nov 18 10:37:49 2026 Info: File reputation query initiating. File Name = 'invoice_42743.pdf', MID = 1010418, File Size = 225468 bytes, File Type = application/pdf
Wed Nov 18 10:37:49 2026 Info: Response received for file reputation query from Cloud. File Name = Café menu 77178.pdf, MID = 1010418, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = ff3f61cb79059c3480192e395d274295b85c85e4e60c38e3303c6b811369f32b, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Wed Nov 18 10:37:49 2026 Info: MID 1010418 AMP file reputation verdict : CLEAN
Wed Nov 18 10:37:49 2026 Info: Response received for file reputation query from Cloud. File Name = invoice_42743.pdf, MID = 1010418, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 229d3cd8ca648797ed710f1cd37825775eabd482f7f77513ddb73a25c280253c, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Wed Nov 18 10:37:50 2026 Info: MID 1010418 queued for delivery
Wed Nov 18 10:37:50 2026 Info: MID 1010419 queued for delivery
Wed Nov 18 10:37:52 2026 Info: New SMTP DCID 209329 interface 192.0.2.20 address 52.101.176.80 port 25
Wed Nov 18 10:37:52 2026 Info: DCID 209329 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 10:37:52 2026 Info: Delivery start DCID 209329 MID 1010419 to RID [0]
Wed Nov 18 10:37:53 2026 Info: Message done DCID 209329 MID 1010419 to RID [0] [('from', 'noah.silva@client-b.example'), ('to', 'omar.weber@corp.example')]
Wed Nov 18 10:37:53 2026 Info: MID 1010419 RID [0] Response '2.6.0 [InternalId=290406743461, Hostname=AM0PR01MB4421.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 10:37:53 2026 Info: Message finished MID 1010419 done
Wed Nov 18 10:37:53 2026 Info: DCID 209329 close
Wed Nov 18 10:37:54 2026 Info: New SMTP DCID 209328 interface 192.0.2.20 address 52.101.30.227 port 25
Wed Nov 18 10:37:54 2026 Info: DCID 209328 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 10:37:54 2026 Info: Delivery start DCID 209328 MID 1010418 to RID [0, 1]
Wed Nov 18 10:37:55 2026 Info: Message done DCID 209328 MID 1010418 to RID [0, 1]
Wed Nov 18 10:37:55 2026 Info: MID 1010418 RID [0, 1] Response '2.6.0 [InternalId=507260938173, Hostname=AM0PR01MB2478.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 10:37:55 2026 Info: DCID 209328 close
Wed Nov 18 10:37:55 2026 Info: Message finished MID 1010418 done
Wed Nov 18 11:15:47 2026 Info: New SMTP ICID 433495 interface OutgoingMail (192.0.2.11) address 10.20.1.88 reverse dns host exch1.corp.example verified yes
Wed Nov 18 11:15:47 2026 Info: ICID 433495 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 11:15:47 2026 Info: Start MID 1010420 ICID 433495
Wed Nov 18 11:15:47 2026 Info: MID 1010420 ICID 433495 From: <ida.novak@corp.example>
Wed Nov 18 11:15:47 2026 Info: MID 1010420 ICID 433495 RID 0 To: <noah.ivanova@client-b.example>
Wed Nov 18 11:15:47 2026 Info: MID 1010420 Message-ID '<5662888504a73390af69.26707@corp.example>'
Wed Nov 18 11:15:47 2026 Info: MID 1010420 Subject 'The "new" travel policy'
Wed Nov 18 11:15:47 2026 Info: MID 1010420 ready 61670 bytes from <ida.novak@corp.example>
Wed Nov 18 11:15:47 2026 Info: MID 1010420 DMARC: Verification passed
Wed Nov 18 11:15:47 2026 Info: MID 1010420 DKIM: pass signature verified (d=corp.example s=s8 i=@corp.example)
Wed Nov 18 11:15:47 2026 Info: MID 1010420 using engine: CASE spam negative
Wed Nov 18 11:15:47 2026 Info: ICID 433495 close
Wed Nov 18 11:15:47 2026 Info: MID 1010420 antivirus negative
Wed Nov 18 11:15:47 2026 Info: MID 1010420 interim AV verdict using Sophos CLEAN
Wed Nov 18 11:15:47 2026 Info: MID 1010420 SPF: mailfrom identity ida.novak@corp.example Pass (v=spf1)
Wed Nov 18 11:15:48 2026 Info: MID 1010420 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 11:15:48 2026 Info: MID 1010420 attachment 'invoice_44952.pdf'
Wed Nov 18 11:15:48 2026 Info: File reputation query initiating. File Name = 'invoice_44952.pdf', MID = 1010420, File Size = 42595 bytes, File Type = application/pdf
Wed Nov 18 11:15:48 2026 Info: MID 1010420 AMP file reputation verdict : UNKNOWN
Wed Nov 18 11:15:48 2026 Info: Response received for file reputation query from Cache. FileName = 'invoice_44952.pdf', MID = 1010420, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =c6b789ef81365acc3f88af5933736dcca7f0c99e80b5244a4767e1fa79823eb2, upload_action = 2
Wed Nov 18 11:15:49 2026 Info: MID 1010420 queued for delivery
Wed Nov 18 11:15:50 2026 Info: New SMTP DCID 209330 interface 192.0.2.20 address 203.0.113.194 port 25
Wed Nov 18 11:15:50 2026 Info: DCID 209330 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 11:15:50 2026 Info: Delivery start DCID 209330 MID 1010420 to RID [0]
Wed Nov 18 11:15:52 2026 Info: Message done DCID 209330 MID 1010420 to RID [0]
Wed Nov 18 11:15:52 2026 Info: MID 1010420 RID [0] Response '2.0.0 Ok: queued as 6vDYzsdbYWWcjJKm'
Wed Nov 18 11:15:52 2026 Info: Message finished MID 1010420 done
Wed Nov 18 11:15:52 2026 Info: DCID 209330 close
Wed Nov 18 11:19:48 2026 Info: New SMTP ICID 433496 interface IncomingMail (192.0.2.10) address 198.51.72.123 reverse dns host mail.client-b.example verified yes
Wed Nov 18 11:19:48 2026 Info: ICID 433496 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.9
Wed Nov 18 11:19:48 2026 Info: ICID 433496 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:19:48 2026 Info: Start MID 1010421 ICID 433496
Wed Nov 18 11:19:48 2026 Info: MID 1010421 ICID 433496 From: <max.larsen@client-b.example>
Wed Nov 18 11:19:48 2026 Info: MID 1010421 ICID 433496 RID 0 To: <ida.dubois@corp.example>
Wed Nov 18 11:19:48 2026 Info: MID 1010421 ICID 433496 RID 1 To: <support@corp-mail.example>
Wed Nov 18 11:19:48 2026 Info: MID 1010421 ICID 433496 RID 2 To: <yuki.ivanova@corp.example>
Wed Nov 18 11:19:48 2026 Info: MID 1010421 ICID 433496 RID 3 To: <noah.okafor90@corp.example>
Wed Nov 18 11:19:48 2026 Info: MID 1010421 ICID 433496 RID 4 To: <journal@corp.example>
Wed Nov 18 11:19:48 2026 Info: MID 1010421 ICID 433496 RID 5 To: <li.larsen@corp.example>
Wed Nov 18 11:19:48 2026 Info: MID 1010421 Message-ID '<ff629638d5b85aaee353.48570@client-b.example>'
Wed Nov 18 11:19:48 2026 Info: MID 1010421 Subject 'Your order 17136 has shipped'
Wed Nov 18 11:19:48 2026 Info: MID 1010421 ready 118504 bytes from <max.larsen@client-b.example>
Wed Nov 18 11:19:48 2026 Info: MID 1010421 DKIM: pass signature verified (d=client-b.example s=s6 i=@client-b.example)
Wed Nov 18 11:19:48 2026 Info: ICID 433496 close
Wed Nov 18 11:19:48 2026 Info: MID 1010421 using engine: CASE spam negative
Wed Nov 18 11:19:48 2026 Info: MID 1010421 DMARC: Verification passed
Wed Nov 18 11:19:49 2026 Info: MID 1010421 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Wed Nov 18 11:19:49 2026 Info: MID 1010421 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 11:19:50 2026 Info: MID 1010421 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Wed Nov 18 11:19:50 2026 Info: MID 1010421 AMP file reputation verdict : CLEAN
Wed Nov 18 11:19:50 2026 Info: MID 1010421 queued for delivery
Wed Nov 18 11:19:53 2026 Info: New SMTP DCID 209331 interface 192.0.2.20 address 52.101.54.105 port 25
Wed Nov 18 11:19:53 2026 Info: DCID 209331 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:19:53 2026 Info: Delivery start DCID 209331 MID 1010421 to RID [0, 1, 2, 3, 4, 5]
Wed Nov 18 11:19:55 2026 Info: Message done DCID 209331 MID 1010421 to RID [0, 1, 2, 3, 4, 5]
Wed Nov 18 11:19:55 2026 Info: MID 1010421 RID [0, 1, 2, 3, 4, 5] Response '2.6.0 [InternalId=712248291084, Hostname=AM0PR01MB6231.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 11:19:55 2026 Info: Message finished MID 1010421 done
Wed Nov 18 11:19:55 2026 Info: DCID 209331 close
Wed Nov 18 11:25:22 2026 Info: New SMTP ICID 433497 interface OutgoingMail (192.0.2.11) address 10.20.2.249 reverse dns host exch4.corp.example verified yes
Wed Nov 18 11:25:22 2026 Info: ICID 433497 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 11:25:22 2026 Info: Start MID 1010422 ICID 433497
Wed Nov 18 11:25:22 2026 Info: MID 1010422 ICID 433497 From: <ida.dubois@corp.example>
Wed Nov 18 11:25:22 2026 Info: MID 1010422 ICID 433497 RID 0 To: <marc.mendes@gmail.example>
Wed Nov 18 11:25:22 2026 Info: MID 1010422 ICID 433497 RID 1 To: <max.fischer@client-b.example>
Wed Nov 18 11:25:22 2026 Info: MID 1010422 Message-ID '<CA+JLle65ned/HgzsG2+xL8JBuu0jECryXzZeturJu0y@mail.corp.example>'
Wed Nov 18 11:25:22 2026 Info: MID 1010422 Subject 'Re: project timeline'
Wed Nov 18 11:25:22 2026 Info: MID 1010422 ready 2038331 bytes from <ida.dubois@corp.example>
Wed Nov 18 11:25:23 2026 Info: MID 1010422 SPF: mailfrom identity ida.dubois@corp.example Pass (v=spf1)
Wed Nov 18 11:25:23 2026 Info: MID 1010422 interim AV verdict using Sophos CLEAN
Wed Nov 18 11:25:23 2026 Info: ICID 433497 close
Wed Nov 18 11:25:23 2026 Info: MID 1010422 DMARC: Verification passed
Wed Nov 18 11:25:23 2026 Info: MID 1010422 DKIM: pass signature verified (d=corp.example s=s4 i=@corp.example)
Wed Nov 18 11:25:23 2026 Info: MID 1010422 antivirus negative
Wed Nov 18 11:25:23 2026 Info: MID 1010422 using engine: CASE spam negative
Wed Nov 18 11:25:24 2026 Info: MID 1010422 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 11:25:24 2026 Info: MID 1010422 attachment 'budget_2026_v3.xlsx'
Wed Nov 18 11:25:24 2026 Info: File reputation query initiating. File Name = 'budget_2026_v3.xlsx', MID = 1010422, File Size = 527822 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Wed Nov 18 11:25:24 2026 Info: MID 1010422 attachment 'Q2=20Report=202026.pdf'
Wed Nov 18 11:25:24 2026 Info: File reputation query initiating. File Name = 'Q2 Report 2026.pdf', MID = 1010422, File Size = 976106 bytes, File Type = application/pdf
Wed Nov 18 11:25:24 2026 Info: Response received for file reputation query from Cache. File Name = 'Q2 Report 2026.pdf', MID = 1010422, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 5, sha256 = 8d959c31fe8ad4a156d2a68c02f4b342742a80631f2642aadcded20443b30f66, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Wed Nov 18 11:25:24 2026 Info: MID 1010422 AMP file reputation verdict : UNKNOWN
Wed Nov 18 11:25:24 2026 Info: MID 1010422 queued for delivery
Wed Nov 18 11:25:24 2026 Info: Response received for file reputation query from Cache. File Name = 'budget_2026_v3.xlsx', MID = 1010422, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 5, sha256 = 83a4e62930803889fa6197748d118e3781728a07bbab27f604b8157d03edb920, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Wed Nov 18 11:25:26 2026 Info: New SMTP DCID 209332 interface 192.0.2.20 address 203.0.113.216 port 25
Wed Nov 18 11:25:26 2026 Info: DCID 209332 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:25:26 2026 Info: Delivery start DCID 209332 MID 1010422 to RID [0]
Wed Nov 18 11:25:28 2026 Info: Message done DCID 209332 MID 1010422 to RID [0]
Wed Nov 18 11:25:28 2026 Info: MID 1010422 RID [0] Response '2.0.0 Ok: queued as x67mxErzVzVyUhmG'
Wed Nov 18 11:25:28 2026 Info: New SMTP DCID 209333 interface 192.0.2.20 address 203.0.113.89 port 25
Wed Nov 18 11:25:28 2026 Info: DCID 209333 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 11:25:28 2026 Info: Delivery start DCID 209333 MID 1010422 to RID [1]
Wed Nov 18 11:25:28 2026 Info: DCID 209332 close
Wed Nov 18 11:25:30 2026 Info: Message done DCID 209333 MID 1010422 to RID [1]
Wed Nov 18 11:25:30 2026 Info: MID 1010422 RID [1] Response '2.0.0 Ok: queued as qNwSvLh4ofriajxY'
Wed Nov 18 11:25:30 2026 Info: Message finished MID 1010422 done
Wed Nov 18 11:25:30 2026 Info: DCID 209333 close
Wed Nov 18 11:29:31 2026 Info: New SMTP ICID 433498 interface IncomingMail (192.0.2.10) address 198.51.109.248 reverse dns host mail.client-b.example verified yes
Wed Nov 18 11:29:31 2026 Info: ICID 433498 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.2
Wed Nov 18 11:29:31 2026 Info: ICID 433498 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 11:29:31 2026 Info: Start MID 1010423 ICID 433498
Wed Nov 18 11:29:31 2026 Info: MID 1010423 ICID 433498 From: <chen.obrien@client-b.example>
Wed Nov 18 11:29:31 2026 Info: MID 1010423 ICID 433498 RID 0 To: <sara.novak23@corp.example>
Wed Nov 18 11:29:31 2026 Info: MID 1010423 ICID 433498 RID 1 To: <omar.garcia@corp.example>
Wed Nov 18 11:29:31 2026 Info: MID 1010423 ICID 433498 RID 2 To: <ewa.jensen@corp-mail.example>
Wed Nov 18 11:29:32 2026 Info: MID 1010423 Message-ID '<e39c1329196b5f1ce556.7292@client-b.example>'
Wed Nov 18 11:29:32 2026 Info: MID 1010423 Subject 'Café menu for next week'
Wed Nov 18 11:29:32 2026 Info: MID 1010423 ready 409210 bytes from <chen.obrien@client-b.example>
Wed Nov 18 11:29:32 2026 Info: MID 1010423 using engine: CASE spam negative
Wed Nov 18 11:29:32 2026 Info: ICID 433498 close
Wed Nov 18 11:29:32 2026 Info: MID 1010423 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Wed Nov 18 11:29:34 2026 Info: MID 1010423 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 11:29:34 2026 Info: MID 1010423 attachment 'invoice_53281.pdf'
Wed Nov 18 11:29:34 2026 Info: MID 1010423 AMP file reputation verdict : CLEAN
Wed Nov 18 11:29:34 2026 Info: MID 1010423 queued for delivery
Wed Nov 18 11:29:37 2026 Info: New SMTP DCID 209334 interface 192.0.2.20 address 52.101.18.136 port 25
Wed Nov 18 11:29:37 2026 Info: DCID 209334 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 11:29:37 2026 Info: Delivery start DCID 209334 MID 1010423 to RID [0, 1, 2]
Wed Nov 18 11:29:38 2026 Info: Bounced: DCID 209334 MID 1010423 From: <chen.obrien@client-b.example> To: <sara.novak23@corp.example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <sara.novak23@corp.example>: Mailbox full; quota exceeded'])
Wed Nov 18 11:29:38 2026 Info: Message done DCID 209334 MID 1010423 to RID [1, 2]
Wed Nov 18 11:29:38 2026 Info: MID 1010423 RID [1, 2] Response '2.0.0 Ok: queued as EAXu5LCwVttqjDns'
Wed Nov 18 11:29:38 2026 Info: Message finished MID 1010423 done
Wed Nov 18 11:29:38 2026 Info: DCID 209334 close
Wed Nov 18 11:29:38 2026 Info: Start MID 1010424 ICID 0
Wed Nov 18 11:29:38 2026 Info: MID 1010424 was generated for bounce of MID 1010423
Wed Nov 18 11:29:38 2026 Info: MID 1010424 ICID 0 From: <>
Wed Nov 18 11:29:38 2026 Info: MID 1010424 ICID 0 RID 0 To: <chen.obrien@client-b.example>
Wed Nov 18 11:29:38 2026 Info: MID 1010424 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 11:29:38 2026 Info: MID 1010424 ready 8016 bytes from <>
Wed Nov 18 11:29:38 2026 Info: MID 1010424 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:29:38 2026 Info: MID 1010424 queued for delivery
Wed Nov 18 11:29:39 2026 Info: New SMTP DCID 209335 interface 192.0.2.20 address 203.0.113.120 port 25
Wed Nov 18 11:29:39 2026 Info: DCID 209335 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 11:29:39 2026 Info: Delivery start DCID 209335 MID 1010424 to RID [0]
Wed Nov 18 11:29:39 2026 Info: Message done DCID 209335 MID 1010424 to RID [0]
Wed Nov 18 11:29:39 2026 Info: MID 1010424 RID [0] Response '2.0.0 Ok: queued as TmAnmftHxqnPzJhn'
Wed Nov 18 11:29:39 2026 Info: DCID 209335 close
Wed Nov 18 11:29:39 2026 Info: Message finished MID 1010424 done
Wed Nov 18 11:38:16 2026 Info: New SMTP ICID 433499 interface IncomingMail (192.0.2.10) address 198.51.179.237 reverse dns host mail.gmail.example verified yes
Wed Nov 18 11:38:16 2026 Info: ICID 433499 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Wed Nov 18 11:38:16 2026 Info: ICID 433499 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 11:38:16 2026 Info: Start MID 1010425 ICID 433499
Wed Nov 18 11:38:16 2026 Info: MID 1010425 ICID 433499 From: <chen.fischer@gmail.example>
Wed Nov 18 11:38:16 2026 Info: MID 1010425 ICID 433499 RID 0 To: <ewa.jensen@corp-mail.example>
Wed Nov 18 11:38:17 2026 Info: MID 1010425 Message-ID "<o'hara.49493f2bcaf6@gmail.example>"
Wed Nov 18 11:38:17 2026 Info: MID 1010425 Subject 'Re: [support #63107] FW: issue with the VPN client after the latest update (urgent)'
Wed Nov 18 11:38:17 2026 Info: MID 1010425 ready 32124 bytes from <chen.fischer@gmail.example>
Wed Nov 18 11:38:17 2026 Info: MID 1010425 using engine: CASE spam negative
Wed Nov 18 11:38:17 2026 Info: ICID 433499 close
Wed Nov 18 11:38:17 2026 Info: MID 1010425 DMARC: Verification passed
Wed Nov 18 11:38:17 2026 Info: MID 1010425 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Wed Nov 18 11:38:17 2026 Info: MID 1010425 DKIM: pass signature verified (d=gmail.example s=s5 i=@gmail.example)
Wed Nov 18 11:38:18 2026 Info: MID 1010425 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 11:38:18 2026 Info: MID 1010425 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:38:20 2026 Info: MID 1010425 queued for delivery
Wed Nov 18 11:38:23 2026 Info: New SMTP DCID 209336 interface 192.0.2.20 address 52.101.103.147 port 25
Wed Nov 18 11:38:23 2026 Info: DCID 209336 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 11:38:23 2026 Info: Delivery start DCID 209336 MID 1010425 to RID [0]
Wed Nov 18 11:38:25 2026 Info: Message done DCID 209336 MID 1010425 to RID [0]
Wed Nov 18 11:38:25 2026 Info: MID 1010425 RID [0] Response '2.0.0 Ok: queued as RHSxUV2kY2JMmeqx'
Wed Nov 18 11:38:25 2026 Info: Message finished MID 1010425 done
Wed Nov 18 11:38:25 2026 Info: DCID 209336 close
Wed Nov 18 11:50:26 2026 Info: New SMTP ICID 433500 interface IncomingMail (192.0.2.10) address 198.51.201.211 reverse dns host mail.client-a.example verified yes
Wed Nov 18 11:50:26 2026 Info: ICID 433500 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0
Wed Nov 18 11:50:26 2026 Info: ICID 433500 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 11:50:27 2026 Info: Start MID 1010426 ICID 433500
Wed Nov 18 11:50:27 2026 Info: MID 1010426 ICID 433500 From: <ivan.okafor@client-a.example>
Wed Nov 18 11:50:27 2026 Info: MID 1010426 ICID 433500 RID 0 To: <li.larsen@corp.example>
Wed Nov 18 11:50:27 2026 Info: MID 1010426 Message-ID '<186ce785a76b3c41b524.40333@client-a.example>'
Wed Nov 18 11:50:27 2026 Info: MID 1010426 Subject 'Budget 2027 – first numbers'
Wed Nov 18 11:50:27 2026 Info: MID 1010426 ready 42582 bytes from <ivan.okafor@client-a.example>
Wed Nov 18 11:50:27 2026 Info: MID 1010426 SPF: mailfrom identity ivan.okafor@client-a.example Pass (v=spf1)
Wed Nov 18 11:50:27 2026 Info: ICID 433500 close
Wed Nov 18 11:50:27 2026 Info: MID 1010426 URL https://www.client-a.example/t/12cec8a808 has reputation 7.9 matched Condition: URL Reputation Rule
Wed Nov 18 11:50:27 2026 Info: MID 1010426 using engine: CASE spam negative
Wed Nov 18 11:50:28 2026 Info: MID 1010426 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 11:50:28 2026 Info: MID 1010426 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:50:29 2026 Info: MID 1010426 queued for delivery
Wed Nov 18 11:50:33 2026 Info: New SMTP DCID 209337 interface 192.0.2.20 address 52.101.229.221 port 25
Wed Nov 18 11:50:33 2026 Info: DCID 209337 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:50:33 2026 Info: Delivery start DCID 209337 MID 1010426 to RID [0]
Wed Nov 18 11:50:34 2026 Info: Message done DCID 209337 MID 1010426 to RID [0]
Wed Nov 18 11:50:34 2026 Info: MID 1010426 RID [0] Response '2.0.0 Ok: queued as 2i2QknA9QfwdH92e'
Wed Nov 18 11:50:34 2026 Info: Message finished MID 1010426 done
Wed Nov 18 11:50:34 2026 Info: DCID 209337 close
Wed Nov 18 11:57:48 2026 Info: New SMTP ICID 433501 interface OutgoingMail (192.0.2.11) address 10.20.9.143 reverse dns host exch2.corp.example verified yes
Wed Nov 18 11:57:48 2026 Info: ICID 433501 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 11:57:49 2026 Info: Start MID 1010427 ICID 433501
Wed Nov 18 11:57:49 2026 Info: MID 1010427 ICID 433501 From: <kofi.nguyen@corp.example>
Wed Nov 18 11:57:49 2026 Info: MID 1010427 ICID 433501 RID 0 To: <nora.okafor@partner.example>
Wed Nov 18 11:57:49 2026 Info: MID 1010427 Message-ID '<c18fab7d0fc1fad0a599.50620@corp.example>'
Wed Nov 18 11:57:49 2026 Info: MID 1010427 Subject 'Reminder: timesheets due'
Wed Nov 18 11:57:49 2026 Info: MID 1010427 ready 27702 bytes from <kofi.nguyen@corp.example>
Wed Nov 18 11:57:49 2026 Info: MID 1010427 using engine: CASE spam negative
Wed Nov 18 11:57:49 2026 Info: MID 1010427 SPF: mailfrom identity kofi.nguyen@corp.example Pass (v=spf1)
Wed Nov 18 11:57:49 2026 Info: ICID 433501 close
Wed Nov 18 11:57:49 2026 Info: MID 1010427 DMARC: Verification passed
Wed Nov 18 11:57:49 2026 Info: MID 1010427 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Wed Nov 18 11:57:49 2026 Info: MID 1010427 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 11:57:49 2026 Info: MID 1010427 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:57:50 2026 Info: MID 1010427 queued for delivery
Wed Nov 18 11:57:53 2026 Info: New SMTP DCID 209338 interface 192.0.2.20 address 203.0.113.79 port 25
Wed Nov 18 11:57:53 2026 Info: DCID 209338 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:57:53 2026 Info: Delivery start DCID 209338 MID 1010427 to RID [0]
Wed Nov 18 11:57:53 2026 Info: Message done DCID 209338 MID 1010427 to RID [0]
Wed Nov 18 11:57:53 2026 Info: MID 1010427 RID [0] Response '2.0.0 Ok: queued as FuBAbw8RWGHMwrqv'
Wed Nov 18 11:57:53 2026 Info: DCID 209338 close
Wed Nov 18 11:57:53 2026 Info: Message finished MID 1010427 done
Wed Nov 18 12:00:29 2026 Info: New SMTP ICID 433502 interface IncomingMail (192.0.2.10) address 198.51.124.34 reverse dns host mail.bank.example verified yes
Wed Nov 18 12:00:29 2026 Info: ICID 433502 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.9
Wed Nov 18 12:00:29 2026 Info: ICID 433502 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 12:00:30 2026 Info: Start MID 1010428 ICID 433502
Wed Nov 18 12:00:30 2026 Info: MID 1010428 ICID 433502 From: <lena.moreau@bank.example>
Wed Nov 18 12:00:30 2026 Info: MID 1010428 ICID 433502 RID 0 To: <zoe.kim@corp.example>
Wed Nov 18 12:00:30 2026 Info: MID 1010428 Message-ID '<ce17dd37b6d943e25bab.63314@bank.example>'
Wed Nov 18 12:00:30 2026 Info: MID 1010428 Subject 'Your order 98059 has shipped'
Wed Nov 18 12:00:30 2026 Info: MID 1010428 ready 16404 bytes from <lena.moreau@bank.example>
Wed Nov 18 12:00:30 2026 Info: MID 1010428 SPF: mailfrom identity lena.moreau@bank.example Pass (v=spf1)
Wed Nov 18 12:00:30 2026 Info: MID 1010428 using engine: CASE spam negative
Wed Nov 18 12:00:31 2026 Info: MID 1010428 DMARC: Verification passed
Wed Nov 18 12:00:31 2026 Info: ICID 433502 close
Wed Nov 18 12:00:31 2026 Info: MID 1010428 DKIM: pass signature verified (d=bank.example s=s5 i=@bank.example)
Wed Nov 18 12:00:31 2026 Info: MID 1010428 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 12:00:31 2026 Info: MID 1010428 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 12:00:33 2026 Info: MID 1010428 queued for delivery
Wed Nov 18 12:00:36 2026 Info: New SMTP DCID 209339 interface 192.0.2.20 address 52.101.190.16 port 25
Wed Nov 18 12:00:36 2026 Info: DCID 209339 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:00:36 2026 Info: Delivery start DCID 209339 MID 1010428 to RID [0]
Wed Nov 18 12:00:37 2026 Info: Message done DCID 209339 MID 1010428 to RID [0]
Wed Nov 18 12:00:37 2026 Info: MID 1010428 RID [0] Response '2.6.0 [InternalId=429809161391, Hostname=AM0PR01MB3931.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 12:00:37 2026 Info: DCID 209339 close
Wed Nov 18 12:00:37 2026 Info: Message finished MID 1010428 done
Wed Nov 18 12:04:21 2026 Info: New SMTP ICID 433503 interface IncomingMail (192.0.2.10) address 198.51.242.208 reverse dns host mail.partner.example verified yes
Wed Nov 18 12:04:21 2026 Info: ICID 433503 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Wed Nov 18 12:04:21 2026 Info: ICID 433503 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:04:21 2026 Info: Start MID 1010429 ICID 433503
Wed Nov 18 12:04:21 2026 Info: MID 1010429 ICID 433503 From: <ida.kim@partner.example>
Wed Nov 18 12:04:21 2026 Info: MID 1010429 ICID 433503 RID 0 To: <noah.okafor@corp.example>
Wed Nov 18 12:04:21 2026 Info: MID 1010429 Message-ID '<CAm=dW7Ju/oJcBZJ/poAA4n/7tXVJ/98Ey7e7o9yKhnY@mail.partner.example>'
Wed Nov 18 12:04:21 2026 Info: MID 1010429 Subject 'Reminder: timesheets due'
Wed Nov 18 12:04:21 2026 Info: MID 1010429 ready 554958 bytes from <ida.kim@partner.example>
Wed Nov 18 12:04:21 2026 Info: MID 1010429 interim AV verdict using Sophos CLEAN
Wed Nov 18 12:04:21 2026 Info: ICID 433503 close
Wed Nov 18 12:04:21 2026 Info: MID 1010429 DMARC: Verification passed
Wed Nov 18 12:04:21 2026 Info: MID 1010429 using engine: CASE spam negative
Wed Nov 18 12:04:21 2026 Info: MID 1010429 SPF: mailfrom identity ida.kim@partner.example Pass (v=spf1)
Wed Nov 18 12:04:22 2026 Info: MID 1010429 DKIM: pass signature verified (d=partner.example s=s8 i=@partner.example)
Wed Nov 18 12:04:22 2026 Info: MID 1010429 antivirus negative
Wed Nov 18 12:04:22 2026 Info: MID 1010429 matched all recipients for per-recipient policy Executives in the inbound table
Wed Nov 18 12:04:22 2026 Info: MID 1010429 attachment 'specs-29373.zip'
Wed Nov 18 12:04:22 2026 Info: MID 1010429 AMP file reputation verdict : UNKNOWN
Wed Nov 18 12:04:24 2026 Info: MID 1010429 queued for delivery
Wed Nov 18 12:04:27 2026 Info: New SMTP DCID 209340 interface 192.0.2.20 address 52.101.161.65 port 25
Wed Nov 18 12:04:27 2026 Info: DCID 209340 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:04:27 2026 Info: Delivery start DCID 209340 MID 1010429 to RID [0]
Wed Nov 18 12:04:29 2026 Info: Message done DCID 209340 MID 1010429 to RID [0]
Wed Nov 18 12:04:29 2026 Info: MID 1010429 RID [0] Response '2.6.0 [InternalId=867538780014, Hostname=AM0PR01MB4521.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 12:04:29 2026 Info: Message finished MID 1010429 done
Wed Nov 18 12:04:29 2026 Info: DCID 209340 close
Wed Nov 18 12:04:55 2026 Info: New SMTP ICID 433504 interface IncomingMail (192.0.2.10) address 198.51.200.98 reverse dns host mail.bank.example verified yes
Wed Nov 18 12:04:55 2026 Info: ICID 433504 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.8
Wed Nov 18 12:04:55 2026 Info: ICID 433504 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:04:55 2026 Info: Start MID 1010430 ICID 433504
Wed Nov 18 12:04:55 2026 Info: MID 1010430 ICID 433504 From: <mary.mendes@bank.example>
Wed Nov 18 12:04:55 2026 Info: MID 1010430 ICID 433504 RID 0 To: <marc.kowalski@corp.example>
Wed Nov 18 12:04:56 2026 Info: MID 1010430 Message-ID '<5877469315d907b06a58.9598@bank.example>'
Wed Nov 18 12:04:56 2026 Info: MID 1010430 Subject 'Weekly newsletter #49691'
Wed Nov 18 12:04:56 2026 Info: MID 1010430 ready 79741 bytes from <mary.mendes@bank.example>
Wed Nov 18 12:04:56 2026 Info: MID 1010430 interim AV verdict using Sophos CLEAN
Wed Nov 18 12:04:56 2026 Info: MID 1010430 DMARC: Verification passed
Wed Nov 18 12:04:56 2026 Info: ICID 433504 close
Wed Nov 18 12:04:56 2026 Info: MID 1010430 antivirus negative
Wed Nov 18 12:04:56 2026 Info: MID 1010430 using engine: CASE spam negative
Wed Nov 18 12:04:56 2026 Info: MID 1010430 DKIM: pass signature verified (d=bank.example s=s6 i=@bank.example)
Wed Nov 18 12:04:57 2026 Info: MID 1010430 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Wed Nov 18 12:04:57 2026 Info: MID 1010430 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:04:57 2026 Info: MID 1010430 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Wed Nov 18 12:04:58 2026 Info: MID 1010430 AMP file reputation verdict : CLEAN
Wed Nov 18 12:04:59 2026 Info: MID 1010430 rewritten to MID 1010431 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 12:04:59 2026 Info: Message finished MID 1010430 done
Wed Nov 18 12:04:59 2026 Info: MID 1010431 ICID 0 From: <mary.mendes@bank.example>
Wed Nov 18 12:04:59 2026 Info: MID 1010431 ICID 0 RID 0 To: <marc.kowalski@corp.example>
Wed Nov 18 12:04:59 2026 Info: MID 1010431 Message-ID '<5877469315d907b06a58.9598@bank.example>'
Wed Nov 18 12:04:59 2026 Info: MID 1010431 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:04:59 2026 Info: MID 1010431 queued for delivery
Wed Nov 18 12:05:01 2026 Info: New SMTP DCID 209341 interface 192.0.2.20 address 52.101.116.241 port 25
Wed Nov 18 12:05:01 2026 Info: DCID 209341 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 12:05:01 2026 Info: Delivery start DCID 209341 MID 1010431 to RID [0]
Wed Nov 18 12:05:03 2026 Info: Message done DCID 209341 MID 1010431 to RID [0]
Wed Nov 18 12:05:03 2026 Info: MID 1010431 RID [0] Response '2.0.0 Ok: queued as FVSkYLGxwCkMbx75'
Wed Nov 18 12:05:03 2026 Info: Message finished MID 1010431 done
Wed Nov 18 12:05:03 2026 Info: DCID 209341 close
Wed Nov 18 12:13:50 2026 Info: New SMTP ICID 433505 interface IncomingMail (192.0.2.10) address 198.51.100.243 reverse dns host mail.gmail.example verified yes
Wed Nov 18 12:13:50 2026 Info: ICID 433505 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.4
Wed Nov 18 12:13:50 2026 Info: ICID 433505 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:13:50 2026 Info: Start MID 1010432 ICID 433505
Wed Nov 18 12:13:50 2026 Info: MID 1010432 ICID 433505 From: <paul.moreau@gmail.example>
Wed Nov 18 12:13:50 2026 Info: MID 1010432 ICID 433505 RID 0 To: <marc.kowalski@corp.example>
Wed Nov 18 12:13:50 2026 Info: MID 1010432 Message-ID '<1595fd1bd3c24ee9afa6.7272@gmail.example>'
Wed Nov 18 12:13:50 2026 Info: MID 1010432 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Wed Nov 18 12:13:50 2026 Info: MID 1010432 ready 43577 bytes from <paul.moreau@gmail.example>
Wed Nov 18 12:13:50 2026 Info: ICID 433505 close
Wed Nov 18 12:13:50 2026 Info: MID 1010432 DMARC: Verification passed
Wed Nov 18 12:13:51 2026 Info: MID 1010432 DKIM: pass signature verified (d=gmail.example s=s5 i=@gmail.example)
Wed Nov 18 12:13:51 2026 Info: MID 1010432 using engine: CASE spam negative
Wed Nov 18 12:13:51 2026 Info: MID 1010432 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Wed Nov 18 12:13:52 2026 Info: MID 1010432 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:13:52 2026 Info: MID 1010432 attachment 'image001.png'
Wed Nov 18 12:13:52 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1010432, File Size = 19728 bytes, File Type = image/png
Wed Nov 18 12:13:52 2026 Info: MID 1010432 AMP file reputation verdict : CLEAN
Wed Nov 18 12:13:52 2026 Info: Response received for file reputation query from Cache. File Name = 'image001.png', MID = 1010432, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 2d8ad8c0ac127e938005ce74721888ff4a3adf9934b3ff60c26e7a4287f53ddd, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 12:13:54 2026 Info: MID 1010432 queued for delivery
Wed Nov 18 12:13:55 2026 Info: New SMTP DCID 209342 interface 192.0.2.20 address 52.101.33.122 port 25
Wed Nov 18 12:13:55 2026 Info: DCID 209342 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:13:55 2026 Info: Delivery start DCID 209342 MID 1010432 to RID [0]
Wed Nov 18 12:13:56 2026 Info: Bounced: DCID 209342 MID 1010432 From: <paul.moreau@gmail.example> To: <marc.kowalski@corp.example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <marc.kowalski@corp.example>: Mailbox full; quota exceeded'])
Wed Nov 18 12:13:56 2026 Info: Message finished MID 1010432 done
Wed Nov 18 12:13:56 2026 Info: DCID 209342 close
Wed Nov 18 12:13:57 2026 Info: Start MID 1010433 ICID 0
Wed Nov 18 12:13:57 2026 Info: MID 1010433 was generated for bounce of MID 1010432
Wed Nov 18 12:13:57 2026 Info: MID 1010433 ICID 0 From: <>
Wed Nov 18 12:13:57 2026 Info: MID 1010433 ICID 0 RID 0 To: <paul.moreau@gmail.example>
Wed Nov 18 12:13:57 2026 Info: MID 1010433 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 12:13:57 2026 Info: MID 1010433 ready 5236 bytes from <>
Wed Nov 18 12:13:57 2026 Info: MID 1010433 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 12:13:57 2026 Info: MID 1010433 queued for delivery
Wed Nov 18 12:13:59 2026 Info: New SMTP DCID 209343 interface 192.0.2.20 address 203.0.113.71 port 25
Wed Nov 18 12:13:59 2026 Info: DCID 209343 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:13:59 2026 Info: Delivery start DCID 209343 MID 1010433 to RID [0]
Wed Nov 18 12:14:00 2026 Info: Message done DCID 209343 MID 1010433 to RID [0] [('from', ''), ('to', 'paul.moreau@gmail.example')]
Wed Nov 18 12:14:00 2026 Info: MID 1010433 RID [0] Response '2.0.0 Ok: queued as jW8B6SpsdvyHx9xj'
Wed Nov 18 12:14:00 2026 Info: Message finished MID 1010433 done
Wed Nov 18 12:14:00 2026 Info: DCID 209343 close
Wed Nov 18 12:19:22 2026 Info: New SMTP ICID 433506 interface IncomingMail (192.0.2.10) address 198.51.216.186 reverse dns host mail.logistics.example verified yes
Wed Nov 18 12:19:22 2026 Info: ICID 433506 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.4
Wed Nov 18 12:19:22 2026 Info: ICID 433506 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:19:22 2026 Info: Start MID 1010434 ICID 433506
Wed Nov 18 12:19:22 2026 Info: MID 1010434 ICID 433506 From: <mary.moreau@logistics.example>
Wed Nov 18 12:19:22 2026 Info: MID 1010434 ICID 433506 RID 0 To: <ewa.jensen@corp-mail.example>
Wed Nov 18 12:19:22 2026 Info: MID 1010434 Message-ID '<3bb2dac34ff64bed6e17.14062@logistics.example>'
Wed Nov 18 12:19:22 2026 Info: MID 1010434 Subject 'Re: [support #41966] FW: issue with the VPN client after the latest update (urgent)'
Wed Nov 18 12:19:22 2026 Info: MID 1010434 ready 478174 bytes from <mary.moreau@logistics.example>
Wed Nov 18 12:19:22 2026 Info: MID 1010434 interim AV verdict using Sophos CLEAN
Wed Nov 18 12:19:22 2026 Info: MID 1010434 DKIM: pass signature verified (d=logistics.example s=s2 i=@logistics.example)
Wed Nov 18 12:19:22 2026 Info: MID 1010434 DMARC: Verification passed
Wed Nov 18 12:19:22 2026 Info: ICID 433506 close
Wed Nov 18 12:19:22 2026 Info: MID 1010434 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Wed Nov 18 12:19:22 2026 Info: MID 1010434 antivirus negative
Wed Nov 18 12:19:22 2026 Info: MID 1010434 using engine: CASE spam negative
Wed Nov 18 12:19:23 2026 Info: MID 1010434 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:19:23 2026 Info: MID 1010434 attachment 'invoice_20548.pdf'
Wed Nov 18 12:19:23 2026 Info: MID 1010434 AMP file reputation verdict : CLEAN
Wed Nov 18 12:19:23 2026 Info: MID 1010434 queued for delivery
Wed Nov 18 12:19:26 2026 Info: New SMTP DCID 209344 interface 192.0.2.20 address 52.101.183.239 port 25
Wed Nov 18 12:19:26 2026 Info: DCID 209344 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:19:26 2026 Info: Delivery start DCID 209344 MID 1010434 to RID [0]
Wed Nov 18 12:19:27 2026 Info: Message done DCID 209344 MID 1010434 to RID [0]
Wed Nov 18 12:19:27 2026 Info: MID 1010434 RID [0] Response '2.0.0 Ok: queued as pGzZZwSpvpKGtkW6'
Wed Nov 18 12:19:27 2026 Info: Message finished MID 1010434 done
Wed Nov 18 12:19:27 2026 Info: DCID 209344 close
Wed Nov 18 12:23:26 2026 Info: New SMTP ICID 433507 interface IncomingMail (192.0.2.10) address 198.51.230.36 reverse dns host mail.partner.example verified yes
Wed Nov 18 12:23:26 2026 Info: ICID 433507 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.0
Wed Nov 18 12:23:26 2026 Info: ICID 433507 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 12:23:26 2026 Info: Start MID 1010435 ICID 433507
Wed Nov 18 12:23:26 2026 Info: MID 1010435 ICID 433507 From: <ewa.obrien@partner.example>
Wed Nov 18 12:23:26 2026 Info: MID 1010435 ICID 433507 RID 0 To: <ewa.jensen@corp.example>
Wed Nov 18 12:23:27 2026 Info: MID 1010435 Message-ID '<CA3-LNfVnHCGHW0nKn-_JuF5Vq9eVDsttFWSKHP56oVW@mail.partner.example>'
Wed Nov 18 12:23:27 2026 Info: MID 1010435 Subject "Re: O'Brien account review"
Wed Nov 18 12:23:27 2026 Info: MID 1010435 ready 17042 bytes from <ewa.obrien@partner.example>
Wed Nov 18 12:23:27 2026 Info: ICID 433507 close
Wed Nov 18 12:23:27 2026 Info: MID 1010435 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Wed Nov 18 12:23:27 2026 Info: MID 1010435 using engine: CASE spam negative
Wed Nov 18 12:23:28 2026 Info: MID 1010435 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:23:28 2026 Info: MID 1010435 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 12:23:30 2026 Info: MID 1010435 queued for delivery
Wed Nov 18 12:23:33 2026 Info: New SMTP DCID 209345 interface 192.0.2.20 address 52.101.34.166 port 25
Wed Nov 18 12:23:33 2026 Info: DCID 209345 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 12:23:33 2026 Info: Delivery start DCID 209345 MID 1010435 to RID [0]
Wed Nov 18 12:23:34 2026 Info: Message done DCID 209345 MID 1010435 to RID [0]
Wed Nov 18 12:23:34 2026 Info: MID 1010435 RID [0] Response '2.6.0 [InternalId=931280732677, Hostname=AM0PR01MB2656.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 12:23:34 2026 Info: DCID 209345 close
Wed Nov 18 12:23:34 2026 Info: Message finished MID 1010435 done
Wed Nov 18 12:44:24 2026 Info: New SMTP ICID 433508 interface IncomingMail (192.0.2.10) address 198.51.4.204 reverse dns host mail.partner.example verified yes
Wed Nov 18 12:44:24 2026 Info: ICID 433508 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.0
Wed Nov 18 12:44:24 2026 Info: ICID 433508 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:44:24 2026 Info: Start MID 1010436 ICID 433508
Wed Nov 18 12:44:24 2026 Info: MID 1010436 ICID 433508 From: <raj.obrien@partner.example>
Wed Nov 18 12:44:24 2026 Info: MID 1010436 ICID 433508 RID 0 To: <kofi.moreau@corp.example>
Wed Nov 18 12:44:24 2026 Info: MID 1010436 ICID 433508 RID 1 To: <leo.dubois93@corp.example>
Wed Nov 18 12:44:24 2026 Info: MID 1010436 ICID 433508 RID 2 To: <Ivan.Okafor@Corp-Mail.Example>
Wed Nov 18 12:44:25 2026 Info: MID 1010436 Message-ID '<CAxTH=wVOwyTCXkUzfOkJv-PLmQHhMthO8k00ROTixIR@mail.partner.example>'
Wed Nov 18 12:44:25 2026 Info: MID 1010436 Subject 'Reminder: timesheets due'
Wed Nov 18 12:44:25 2026 Info: MID 1010436 ready 101793 bytes from <raj.obrien@partner.example>
Wed Nov 18 12:44:25 2026 Info: MID 1010436 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Wed Nov 18 12:44:25 2026 Info: ICID 433508 close
Wed Nov 18 12:44:25 2026 Info: MID 1010436 DKIM: pass signature verified (d=partner.example s=s4 i=@partner.example)
Wed Nov 18 12:44:25 2026 Info: MID 1010436 using engine: CASE spam negative
Wed Nov 18 12:44:25 2026 Info: MID 1010436 DMARC: Verification passed
Wed Nov 18 12:44:25 2026 Info: MID 1010436 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 12:44:25 2026 Info: MID 1010436 attachment 'invoice_45299.pdf'
Wed Nov 18 12:44:25 2026 Info: File reputation query initiating. File Name = 'invoice_45299.pdf', MID = 1010436, File Size = 73706 bytes, File Type = application/pdf
Wed Nov 18 12:44:25 2026 Info: MID 1010436 AMP file reputation verdict : CLEAN
Wed Nov 18 12:44:26 2026 Info: Response received for file reputation query from Cache. File Name = 'invoice_45299.pdf', MID = 1010436, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 83239ef54ba2e1619fb9af5084768b8c54dd0ba5626467ba04a10547b401ba85, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Wed Nov 18 12:44:26 2026 Info: MID 1010436 queued for delivery
Wed Nov 18 12:44:29 2026 Info: New SMTP DCID 209346 interface 192.0.2.20 address 52.101.202.142 port 25
Wed Nov 18 12:44:29 2026 Info: DCID 209346 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:44:29 2026 Info: Delivery start DCID 209346 MID 1010436 to RID [0, 1, 2]
Wed Nov 18 12:44:32 2026 Info: Message done DCID 209346 MID 1010436 to RID [0, 1, 2]
Wed Nov 18 12:44:32 2026 Info: MID 1010436 RID [0, 1, 2] Response '2.0.0 Ok: queued as Ux5npPYrjhHAdx9J'
Wed Nov 18 12:44:32 2026 Info: Message finished MID 1010436 done
Wed Nov 18 12:44:32 2026 Info: DCID 209346 close
Wed Nov 18 12:45:59 2026 Info: New SMTP ICID 433509 interface IncomingMail (192.0.2.10) address 198.51.178.63 reverse dns host mail.client-a.example verified yes
Wed Nov 18 12:45:59 2026 Info: ICID 433509 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.8
Wed Nov 18 12:45:59 2026 Info: ICID 433509 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:46:00 2026 Info: Start MID 1010437 ICID 433509
Wed Nov 18 12:46:00 2026 Info: MID 1010437 ICID 433509 From: <ida.obrien@client-a.example>
Wed Nov 18 12:46:00 2026 Info: MID 1010437 ICID 433509 RID 0 To: <sara.novak@corp.example>
Wed Nov 18 12:46:00 2026 Info: MID 1010437 Message-ID '<cd256487efd56a1f6356.5220@client-a.example>'
Wed Nov 18 12:46:00 2026 Info: MID 1010437 Subject 'Candidate CV 27574'
Wed Nov 18 12:46:00 2026 Info: MID 1010437 ready 27581 bytes from <ida.obrien@client-a.example>
Wed Nov 18 12:46:00 2026 Info: MID 1010437 using engine: CASE spam negative
Wed Nov 18 12:46:00 2026 Info: MID 1010437 DMARC: Verification passed
Wed Nov 18 12:46:00 2026 Info: ICID 433509 close
Wed Nov 18 12:46:00 2026 Info: MID 1010437 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Wed Nov 18 12:46:00 2026 Info: MID 1010437 DKIM: pass signature verified (d=client-a.example s=s6 i=@client-a.example)
Wed Nov 18 12:46:01 2026 Info: MID 1010437 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 12:46:01 2026 Info: MID 1010437 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 12:46:02 2026 Info: MID 1010437 queued for delivery
Wed Nov 18 12:46:03 2026 Info: New SMTP DCID 209347 interface 192.0.2.20 address 52.101.165.239 port 25
Wed Nov 18 12:46:03 2026 Info: DCID 209347 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:46:03 2026 Info: Delivery start DCID 209347 MID 1010437 to RID [0]
Wed Nov 18 12:46:05 2026 Info: Bounced: DCID 209347 MID 1010437 From: <ida.obrien@client-a.example> To: <sara.novak@corp.example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <sara.novak@corp.example>: Mailbox full; quota exceeded'])
Wed Nov 18 12:46:05 2026 Info: Message finished MID 1010437 done
Wed Nov 18 12:46:05 2026 Info: DCID 209347 close
Wed Nov 18 12:46:06 2026 Info: Start MID 1010438 ICID 0
Wed Nov 18 12:46:06 2026 Info: MID 1010438 was generated for bounce of MID 1010437
Wed Nov 18 12:46:06 2026 Info: MID 1010438 ICID 0 From: <>
Wed Nov 18 12:46:06 2026 Info: MID 1010438 ICID 0 RID 0 To: <ida.obrien@client-a.example>
Wed Nov 18 12:46:06 2026 Info: MID 1010438 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 12:46:06 2026 Info: MID 1010438 ready 5032 bytes from <>
Wed Nov 18 12:46:06 2026 Info: MID 1010438 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 12:46:06 2026 Info: MID 1010438 queued for delivery
Wed Nov 18 12:46:07 2026 Info: New SMTP DCID 209348 interface 192.0.2.20 address 203.0.113.122 port 25
Wed Nov 18 12:46:07 2026 Info: DCID 209348 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:46:07 2026 Info: Delivery start DCID 209348 MID 1010438 to RID [0]
Wed Nov 18 12:46:07 2026 Info: Message done DCID 209348 MID 1010438 to RID [0]
Wed Nov 18 12:46:07 2026 Info: MID 1010438 RID [0] Response '2.0.0 Ok: queued as xdneG96b8pZG9CZU'
Wed Nov 18 12:46:07 2026 Info: Message finished MID 1010438 done
Wed Nov 18 12:46:07 2026 Info: DCID 209348 close
Wed Nov 18 13:06:54 2026 Info: New SMTP ICID 433510 interface IncomingMail (192.0.2.10) address 198.51.43.140 reverse dns host mail.bank.example verified yes
Wed Nov 18 13:06:54 2026 Info: ICID 433510 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.6
Wed Nov 18 13:06:54 2026 Info: ICID 433510 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:06:54 2026 Info: Start MID 1010439 ICID 433510
Wed Nov 18 13:06:54 2026 Info: MID 1010439 ICID 433510 From: <sofia.walsh@bank.example>
Wed Nov 18 13:06:54 2026 Info: MID 1010439 ICID 433510 RID 0 To: <tom.weber@corp.example>
Wed Nov 18 13:06:55 2026 Info: MID 1010439 Message-ID '<CAaBn+s_llmBVfk8vW-oEiTao4w=mHn6W-EpPnPjM99i@mail.bank.example>'
Wed Nov 18 13:06:55 2026 Info: MID 1010439 Subject 'FW: contract draft'
Wed Nov 18 13:06:55 2026 Info: MID 1010439 ready 28671 bytes from <sofia.walsh@bank.example>
Wed Nov 18 13:06:55 2026 Info: MID 1010439 antivirus negative
Wed Nov 18 13:06:55 2026 Info: MID 1010439 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Wed Nov 18 13:06:55 2026 Info: MID 1010439 using engine: CASE spam negative
Wed Nov 18 13:06:55 2026 Info: MID 1010439 DMARC: Verification passed
Wed Nov 18 13:06:55 2026 Info: ICID 433510 close
Wed Nov 18 13:06:55 2026 Info: MID 1010439 interim AV verdict using Sophos CLEAN
Wed Nov 18 13:06:55 2026 Info: MID 1010439 DKIM: pass signature verified (d=bank.example s=s2 i=@bank.example)
Wed Nov 18 13:06:56 2026 Info: MID 1010439 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 13:06:56 2026 Info: MID 1010439 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 13:06:59 2026 Info: MID 1010439 queued for delivery
Wed Nov 18 13:07:01 2026 Info: New SMTP DCID 209349 interface 192.0.2.20 address 52.101.40.191 port 25
Wed Nov 18 13:07:01 2026 Info: DCID 209349 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:07:01 2026 Info: Delivery start DCID 209349 MID 1010439 to RID [0]
Wed Nov 18 13:07:02 2026 Info: Message done DCID 209349 MID 1010439 to RID [0]
Wed Nov 18 13:07:02 2026 Info: MID 1010439 RID [0] Response '2.6.0 [InternalId=188980874607, Hostname=AM0PR01MB9603.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:07:02 2026 Info: Message finished MID 1010439 done
Wed Nov 18 13:07:02 2026 Info: DCID 209349 close
Wed Nov 18 13:54:06 2026 Info: New SMTP ICID 433511 interface IncomingMail (192.0.2.10) address 198.51.172.192 reverse dns host mail.client-a.example verified yes
Wed Nov 18 13:54:06 2026 Info: ICID 433511 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.6
Wed Nov 18 13:54:06 2026 Info: ICID 433511 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:54:07 2026 Info: Start MID 1010440 ICID 433511
Wed Nov 18 13:54:07 2026 Info: MID 1010440 ICID 433511 From: <chen.haddad@client-a.example>
Wed Nov 18 13:54:07 2026 Info: MID 1010440 ICID 433511 RID 0 To: <lena.sato@corp.example>
Wed Nov 18 13:54:07 2026 Info: MID 1010440 Message-ID '<4beae02b11127f8f1f89.42973@client-a.example>'
Wed Nov 18 13:54:07 2026 Info: MID 1010440 Subject 'Re: Re: Re: hiring plan'
Wed Nov 18 13:54:07 2026 Info: MID 1010440 ready 2821553 bytes from <chen.haddad@client-a.example>
Wed Nov 18 13:54:07 2026 Info: MID 1010440 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Wed Nov 18 13:54:08 2026 Info: ICID 433511 close
Wed Nov 18 13:54:08 2026 Info: MID 1010440 using engine: CASE spam negative
Wed Nov 18 13:54:08 2026 Info: MID 1010440 URL https://www.client-a.example/t/2ad5629b93 has reputation 7.9 matched Condition: URL Reputation Rule
Wed Nov 18 13:54:08 2026 Info: MID 1010440 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 13:54:08 2026 Info: MID 1010440 attachment 'specs-91406.zip'
Wed Nov 18 13:54:08 2026 Info: File reputation query initiating. File Name = 'specs-91406.zip', MID = 1010440, File Size = 2098151 bytes, File Type = application/zip
Wed Nov 18 13:54:08 2026 Info: MID 1010440 AMP file reputation verdict : CLEAN
Wed Nov 18 13:54:09 2026 Info: MID 1010440 queued for delivery
Wed Nov 18 13:54:09 2026 Info: Response received for file reputation query from Cloud. File Name = specs-91406.zip, MID = 1010440, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 8600d020b3597eeb3271d359089a02d63f34bd9ee31826203f6ae06becee805d, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Wed Nov 18 13:54:12 2026 Info: New SMTP DCID 209350 interface 192.0.2.20 address 52.101.150.33 port 25
Wed Nov 18 13:54:12 2026 Info: DCID 209350 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 13:54:12 2026 Info: Delivery start DCID 209350 MID 1010440 to RID [0]
Wed Nov 18 13:54:14 2026 Info: Message done DCID 209350 MID 1010440 to RID [0]
Wed Nov 18 13:54:14 2026 Info: MID 1010440 RID [0] Response '2.0.0 Ok: queued as YUCshrFXUAagesbc'
Wed Nov 18 13:54:14 2026 Info: Message finished MID 1010440 done
Wed Nov 18 13:54:14 2026 Info: DCID 209350 close
Wed Nov 18 14:12:37 2026 Info: New SMTP ICID 433512 interface OutgoingMail (192.0.2.11) address 10.20.8.242 reverse dns host exch4.corp.example verified yes
Wed Nov 18 14:12:37 2026 Info: ICID 433512 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 14:12:37 2026 Info: Start MID 1010441 ICID 433512
Wed Nov 18 14:12:37 2026 Info: MID 1010441 ICID 433512 From: <dan.okafor@corp.example>
Wed Nov 18 14:12:37 2026 Info: MID 1010441 ICID 433512 RID 0 To: <chen.obrien@client-b.example>
Wed Nov 18 14:12:38 2026 Info: MID 1010441 Message-ID '<CAcrgPyJ37NMlCig0MyFicYgWvsAcUr3089kBv79cIhK@mail.corp.example>'
Wed Nov 18 14:12:38 2026 Info: MID 1010441 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Wed Nov 18 14:12:38 2026 Info: MID 1010441 ready 39534 bytes from <dan.okafor@corp.example>
Wed Nov 18 14:12:38 2026 Info: MID 1010441 SPF: mailfrom identity dan.okafor@corp.example Pass (v=spf1)
Wed Nov 18 14:12:38 2026 Info: ICID 433512 close
Wed Nov 18 14:12:38 2026 Info: MID 1010441 DMARC: Verification passed
Wed Nov 18 14:12:38 2026 Info: MID 1010441 using engine: CASE spam negative
Wed Nov 18 14:12:38 2026 Info: MID 1010441 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Wed Nov 18 14:12:40 2026 Info: MID 1010441 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 14:12:40 2026 Info: MID 1010441 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 14:12:41 2026 Info: MID 1010441 queued for delivery
Wed Nov 18 14:12:42 2026 Info: New SMTP DCID 209351 interface 192.0.2.20 address 203.0.113.127 port 25
Wed Nov 18 14:12:42 2026 Info: DCID 209351 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:12:42 2026 Info: Delivery start DCID 209351 MID 1010441 to RID [0]
Wed Nov 18 14:12:42 2026 Info: Message done DCID 209351 MID 1010441 to RID [0]
Wed Nov 18 14:12:42 2026 Info: MID 1010441 RID [0] Response '2.0.0 Ok: queued as rrckgD8NhaDhYEkY'
Wed Nov 18 14:12:42 2026 Info: Message finished MID 1010441 done
Wed Nov 18 14:12:42 2026 Info: DCID 209351 close
Wed Nov 18 14:12:45 2026 Info: New SMTP ICID 433513 interface IncomingMail (192.0.2.10) address 198.51.145.104 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 14:12:45 2026 Info: ICID 433513 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.1
Wed Nov 18 14:12:45 2026 Info: ICID 433513 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:12:45 2026 Info: Start MID 1010442 ICID 433513
Wed Nov 18 14:12:45 2026 Info: MID 1010442 ICID 433513 From: <marc.rossi@newsletter.example>
Wed Nov 18 14:12:45 2026 Info: MID 1010442 ICID 433513 RID 0 To: <finance@corp.example>
Wed Nov 18 14:12:45 2026 Info: MID 1010442 Message-ID '<a2e92ea4a5cfb4137496.5070@newsletter.example>'
Wed Nov 18 14:12:45 2026 Info: MID 1010442 Subject 'Price list 57830'
Wed Nov 18 14:12:45 2026 Info: MID 1010442 ready 37136 bytes from <marc.rossi@newsletter.example>
Wed Nov 18 14:12:45 2026 Info: MID 1010442 DMARC: Verification passed
Wed Nov 18 14:12:45 2026 Info: ICID 433513 close
Wed Nov 18 14:12:45 2026 Info: MID 1010442 interim AV verdict using Sophos CLEAN
Wed Nov 18 14:12:45 2026 Info: MID 1010442 SPF: mailfrom identity marc.rossi@newsletter.example Pass (v=spf1)
Wed Nov 18 14:12:45 2026 Info: MID 1010442 antivirus negative
Wed Nov 18 14:12:45 2026 Info: MID 1010442 DKIM: pass signature verified (d=newsletter.example s=s8 i=@newsletter.example)
Wed Nov 18 14:12:45 2026 Info: MID 1010442 using engine: CASE spam negative
Wed Nov 18 14:12:46 2026 Info: MID 1010442 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 14:12:46 2026 Info: MID 1010442 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 14:12:48 2026 Info: MID 1010442 queued for delivery
Wed Nov 18 14:12:50 2026 Info: New SMTP DCID 209352 interface 192.0.2.20 address 52.101.224.199 port 25
Wed Nov 18 14:12:50 2026 Info: DCID 209352 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:12:50 2026 Info: Delivery start DCID 209352 MID 1010442 to RID [0]
Wed Nov 18 14:12:51 2026 Info: Message done DCID 209352 MID 1010442 to RID [0]
Wed Nov 18 14:12:51 2026 Info: MID 1010442 RID [0] Response '2.6.0 [InternalId=221630939787, Hostname=AM0PR01MB5350.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:12:51 2026 Info: Message finished MID 1010442 done
Wed Nov 18 14:12:51 2026 Info: DCID 209352 close
Wed Nov 18 14:22:40 2026 Info: New SMTP ICID 433514 interface OutgoingMail (192.0.2.11) address 10.20.3.49 reverse dns host exch2.corp.example verified yes
Wed Nov 18 14:22:40 2026 Info: ICID 433514 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 14:22:41 2026 Info: Start MID 1010443 ICID 433514
Wed Nov 18 14:22:41 2026 Info: MID 1010443 ICID 433514 From: <ivan.silva@corp.example>
Wed Nov 18 14:22:41 2026 Info: MID 1010443 ICID 433514 RID 0 To: <mary.mendes@bank.example>
Wed Nov 18 14:22:41 2026 Info: MID 1010443 Message-ID '<f0f7ac6e18d00b694ed5.12603@corp.example>'
Wed Nov 18 14:22:41 2026 Info: MID 1010443 Subject 'Re: project timeline'
Wed Nov 18 14:22:41 2026 Info: MID 1010443 ready 33088 bytes from <ivan.silva@corp.example>
Wed Nov 18 14:22:41 2026 Info: MID 1010443 interim AV verdict using Sophos CLEAN
Wed Nov 18 14:22:41 2026 Info: MID 1010443 antivirus negative
Wed Nov 18 14:22:41 2026 Info: MID 1010443 using engine: CASE spam negative
Wed Nov 18 14:22:41 2026 Info: MID 1010443 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Wed Nov 18 14:22:41 2026 Info: ICID 433514 close
Wed Nov 18 14:22:41 2026 Info: MID 1010443 DMARC: Verification passed
Wed Nov 18 14:22:41 2026 Info: MID 1010443 SPF: mailfrom identity ivan.silva@corp.example Pass (v=spf1)
Wed Nov 18 14:22:43 2026 Info: MID 1010443 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 14:22:43 2026 Info: MID 1010443 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 14:22:45 2026 Info: MID 1010443 queued for delivery
Wed Nov 18 14:22:48 2026 Info: New SMTP DCID 209353 interface 192.0.2.20 address 203.0.113.37 port 25
Wed Nov 18 14:22:48 2026 Info: DCID 209353 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 14:22:48 2026 Info: Delivery start DCID 209353 MID 1010443 to RID [0]
Wed Nov 18 14:22:48 2026 Info: Message done DCID 209353 MID 1010443 to RID [0]
Wed Nov 18 14:22:48 2026 Info: MID 1010443 RID [0] Response '2.0.0 Ok: queued as AGCLiZi4UD4884hF'
Wed Nov 18 14:22:48 2026 Info: Message finished MID 1010443 done
Wed Nov 18 14:22:48 2026 Info: DCID 209353 close
Wed Nov 18 14:26:28 2026 Info: New SMTP ICID 433515 interface IncomingMail (192.0.2.10) address 198.51.229.211 reverse dns host mail.gmail.example verified yes
Wed Nov 18 14:26:28 2026 Info: ICID 433515 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Wed Nov 18 14:26:28 2026 Info: ICID 433515 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 14:26:28 2026 Info: Start MID 1010444 ICID 433515
Wed Nov 18 14:26:28 2026 Info: MID 1010444 ICID 433515 From: <marc.mendes@gmail.example>
Wed Nov 18 14:26:28 2026 Info: MID 1010444 ICID 433515 RID 0 To: <sam.obrien@corp-mail.example>
Wed Nov 18 14:26:28 2026 Info: MID 1010444 Message-ID '<0d94bf695cbc2d70aac3.98596@gmail.example>'
Wed Nov 18 14:26:28 2026 Info: MID 1010444 Subject 'FW: contract draft'
Wed Nov 18 14:26:28 2026 Info: MID 1010444 ready 9699 bytes from <marc.mendes@gmail.example>
Wed Nov 18 14:26:28 2026 Info: MID 1010444 DMARC: Verification passed
Wed Nov 18 14:26:28 2026 Info: MID 1010444 DKIM: pass signature verified (d=gmail.example s=s1 i=@gmail.example)
Wed Nov 18 14:26:28 2026 Info: ICID 433515 close
Wed Nov 18 14:26:28 2026 Info: MID 1010444 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Wed Nov 18 14:26:29 2026 Info: MID 1010444 using engine: CASE spam negative
Wed Nov 18 14:26:30 2026 Info: MID 1010444 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 14:26:30 2026 Info: MID 1010444 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 14:26:31 2026 Info: MID 1010444 queued for delivery
Wed Nov 18 14:26:33 2026 Info: New SMTP DCID 209354 interface 192.0.2.20 address 52.101.78.81 port 25
Wed Nov 18 14:26:33 2026 Info: DCID 209354 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:26:33 2026 Info: Delivery start DCID 209354 MID 1010444 to RID [0]
Wed Nov 18 14:26:36 2026 Info: Message done DCID 209354 MID 1010444 to RID [0]
Wed Nov 18 14:26:36 2026 Info: MID 1010444 RID [0] Response '2.6.0 [InternalId=126536465813, Hostname=AM0PR01MB7161.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:26:36 2026 Info: Message finished MID 1010444 done
Wed Nov 18 14:26:36 2026 Info: DCID 209354 close
Wed Nov 18 14:28:48 2026 Info: New SMTP ICID 433516 interface IncomingMail (192.0.2.10) address 198.51.98.83 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 14:28:48 2026 Info: ICID 433516 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Wed Nov 18 14:28:48 2026 Info: ICID 433516 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 14:28:48 2026 Info: Start MID 1010445 ICID 433516
Wed Nov 18 14:28:48 2026 Info: MID 1010445 ICID 433516 From: <paul.smith@newsletter.example>
Wed Nov 18 14:28:48 2026 Info: MID 1010445 ICID 433516 RID 0 To: <li.haddad@corp.example>
Wed Nov 18 14:28:48 2026 Info: MID 1010445 Message-ID '<CAwzJVVSzBW1Ec--v0pbCgAGi8aiIp8-DQff9wnLthtA@mail.newsletter.example>'
Wed Nov 18 14:28:48 2026 Info: MID 1010445 Subject 'Lunch on Friday?'
Wed Nov 18 14:28:48 2026 Info: MID 1010445 ready 162481 bytes from <paul.smith@newsletter.example>
Wed Nov 18 14:28:48 2026 Info: MID 1010445 DKIM: pass signature verified (d=newsletter.example s=s6 i=@newsletter.example)
Wed Nov 18 14:28:48 2026 Info: MID 1010445 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Wed Nov 18 14:28:48 2026 Info: MID 1010445 DMARC: Verification passed
Wed Nov 18 14:28:48 2026 Info: ICID 433516 close
Wed Nov 18 14:28:48 2026 Info: MID 1010445 using engine: CASE spam negative
Wed Nov 18 14:28:49 2026 Info: MID 1010445 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 14:28:49 2026 Info: MID 1010445 attachment 'minutes-82487.docx'
Wed Nov 18 14:28:49 2026 Info: File reputation query initiating. File Name = 'minutes-82487.docx', MID = 1010445, File Size = 33206 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Wed Nov 18 14:28:49 2026 Info: Response received for file reputation query from Cache. FileName = 'minutes-82487.docx', MID = 1010445, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =430b91ed2954ba5cf81e54dd1c0502c6f02905313d0a270bb5a432cf86e3e726, upload_action = 2
Wed Nov 18 14:28:49 2026 Info: MID 1010445 attachment 'notes.txt'
Wed Nov 18 14:28:49 2026 Info: File reputation query initiating. File Name = 'notes.txt', MID = 1010445, File Size = 3593 bytes, File Type = text/plain
Wed Nov 18 14:28:49 2026 Info: MID 1010445 attachment 'image002.jpg'
Wed Nov 18 14:28:49 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1010445, File Size = 52966 bytes, File Type = image/jpeg
Wed Nov 18 14:28:50 2026 Info: MID 1010445 AMP file reputation verdict : CLEAN
Wed Nov 18 14:28:50 2026 Info: Response received for file reputation query from Cache. FileName = 'image002.jpg', MID = 1010445, Disposition = CLEAN, Malware = None,Reputation Score = 5, sha256 =b8dee081179a071e518ae4525b4b1b75321c52966bd8c67656d050cd67601367, upload_action = 2
Wed Nov 18 14:28:50 2026 Info: Response received for file reputation query from Cloud. File Name = 'notes.txt', MID = 1010445, Disposition = CLEAN, Malware = None, Reputation Score = 5, sha256 = 16c574766e3e6a92fa6bece03b9fc35af8a22ee9c9230828530303c9f55f81c5, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 14:28:51 2026 Info: MID 1010445 queued for delivery
Wed Nov 18 14:28:53 2026 Info: New SMTP DCID 209355 interface 192.0.2.20 address 52.101.10.54 port 25
Wed Nov 18 14:28:53 2026 Info: DCID 209355 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 14:28:53 2026 Info: Delivery start DCID 209355 MID 1010445 to RID [0]
Wed Nov 18 14:28:55 2026 Info: Message done DCID 209355 MID 1010445 to RID [0]
Wed Nov 18 14:28:55 2026 Info: MID 1010445 RID [0] Response '2.0.0 Ok: queued as GCyxTxqVqvfgMEDw'
Wed Nov 18 14:28:55 2026 Info: Message finished MID 1010445 done
Wed Nov 18 14:28:55 2026 Info: DCID 209355 close
Wed Nov 18 14:37:47 2026 Info: New SMTP ICID 433517 interface IncomingMail (192.0.2.10) address 198.51.185.130 reverse dns host mail.client-a.example verified yes
Wed Nov 18 14:37:47 2026 Info: ICID 433517 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.8
Wed Nov 18 14:37:47 2026 Info: ICID 433517 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:37:48 2026 Info: Start MID 1010446 ICID 433517
Wed Nov 18 14:37:48 2026 Info: MID 1010446 ICID 433517 From: <ivan.okafor@client-a.example>
Wed Nov 18 14:37:48 2026 Info: MID 1010446 ICID 433517 RID 0 To: <leo.dubois93@corp.example>
Wed Nov 18 14:37:48 2026 Info: MID 1010446 Message-ID '<1b86c4c33bc9777298ac.34891@client-a.example>'
Wed Nov 18 14:37:48 2026 Info: MID 1010446 Subject 'Welcome to the team!'
Wed Nov 18 14:37:48 2026 Info: MID 1010446 ready 1103411 bytes from <ivan.okafor@client-a.example>
Wed Nov 18 14:37:48 2026 Info: MID 1010446 DKIM: pass signature verified (d=client-a.example s=s6 i=@client-a.example)
Wed Nov 18 14:37:48 2026 Info: MID 1010446 DMARC: Verification passed
Wed Nov 18 14:37:49 2026 Info: ICID 433517 close
Wed Nov 18 14:37:49 2026 Info: MID 1010446 using engine: CASE spam negative
Wed Nov 18 14:37:49 2026 Info: MID 1010446 SPF: mailfrom identity ivan.okafor@client-a.example Pass (v=spf1)
Wed Nov 18 14:37:50 2026 Info: MID 1010446 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 14:37:50 2026 Info: MID 1010446 attachment 'budget_2026_v2.xlsx'
Wed Nov 18 14:37:50 2026 Info: MID 1010446 AMP file reputation verdict : CLEAN
Wed Nov 18 14:37:50 2026 Info: MID 1010446 queued for delivery
Wed Nov 18 14:37:52 2026 Info: New SMTP DCID 209356 interface 192.0.2.20 address 52.101.49.31 port 25
Wed Nov 18 14:37:52 2026 Info: DCID 209356 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:37:52 2026 Info: Delivery start DCID 209356 MID 1010446 to RID [0]
Wed Nov 18 14:37:53 2026 Info: Message done DCID 209356 MID 1010446 to RID [0]
Wed Nov 18 14:37:53 2026 Info: MID 1010446 RID [0] Response '2.6.0 [InternalId=418139460818, Hostname=AM0PR01MB2588.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:37:53 2026 Info: Message finished MID 1010446 done
Wed Nov 18 14:37:53 2026 Info: DCID 209356 close
Wed Nov 18 14:45:51 2026 Info: New SMTP ICID 433518 interface IncomingMail (192.0.2.10) address 198.51.36.78 reverse dns host mail.bank.example verified yes
Wed Nov 18 14:45:51 2026 Info: ICID 433518 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.3
Wed Nov 18 14:45:51 2026 Info: ICID 433518 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 14:45:51 2026 Info: Start MID 1010447 ICID 433518
Wed Nov 18 14:45:51 2026 Info: MID 1010447 ICID 433518 From: <sofia.walsh@bank.example>
Wed Nov 18 14:45:51 2026 Info: MID 1010447 ICID 433518 RID 0 To: <li.haddad@corp.example>
Wed Nov 18 14:45:52 2026 Info: MID 1010447 Message-ID '<287ed23d49c595eb5959.76511@bank.example>'
Wed Nov 18 14:45:52 2026 Info: MID 1010447 Subject 'Re: project timeline'
Wed Nov 18 14:45:52 2026 Info: MID 1010447 ready 113616 bytes from <sofia.walsh@bank.example>
Wed Nov 18 14:45:52 2026 Info: ICID 433518 close
Wed Nov 18 14:45:52 2026 Info: MID 1010447 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Wed Nov 18 14:45:52 2026 Info: MID 1010447 using engine: CASE spam negative
Wed Nov 18 14:45:53 2026 Info: MID 1010447 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 14:45:53 2026 Info: MID 1010447 attachment 'image002.jpg'
Wed Nov 18 14:45:53 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1010447, File Size = 52966 bytes, File Type = image/jpeg
Wed Nov 18 14:45:53 2026 Info: MID 1010447 AMP file reputation verdict : CLEAN
Wed Nov 18 14:45:53 2026 Info: Response received for file reputation query from Cache. File Name = 'image002.jpg', MID = 1010447, Disposition = CLEAN, Malware = None, Reputation Score = 5, sha256 = b8dee081179a071e518ae4525b4b1b75321c52966bd8c67656d050cd67601367, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 14:45:55 2026 Info: MID 1010447 queued for delivery
Wed Nov 18 14:45:58 2026 Info: New SMTP DCID 209357 interface 192.0.2.20 address 52.101.29.205 port 25
Wed Nov 18 14:45:58 2026 Info: DCID 209357 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 14:45:58 2026 Info: Delivery start DCID 209357 MID 1010447 to RID [0]
Wed Nov 18 14:45:59 2026 Info: Message done DCID 209357 MID 1010447 to RID [0]
Wed Nov 18 14:45:59 2026 Info: MID 1010447 RID [0] Response '2.0.0 Ok: queued as TUggE4wtEhH5LFfe'
Wed Nov 18 14:45:59 2026 Info: Message finished MID 1010447 done
Wed Nov 18 14:45:59 2026 Info: DCID 209357 close
Wed Nov 18 14:50:56 2026 Info: New SMTP ICID 433519 interface OutgoingMail (192.0.2.11) address 10.20.1.194 reverse dns host exch3.corp.example verified yes
Wed Nov 18 14:50:56 2026 Info: ICID 433519 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 14:50:56 2026 Info: Start MID 1010448 ICID 433519
Wed Nov 18 14:50:56 2026 Info: MID 1010448 ICID 433519 From: <yuki.ivanova@corp.example>
Wed Nov 18 14:50:56 2026 Info: MID 1010448 ICID 433519 RID 0 To: <ivan.okafor@client-a.example>
Wed Nov 18 14:50:56 2026 Info: MID 1010448 Message-ID '<e082b2e60cdf6bd5d98c.97299@corp.example>'
Wed Nov 18 14:50:56 2026 Info: MID 1010448 Subject 'The "new" travel policy'
Wed Nov 18 14:50:56 2026 Info: MID 1010448 ready 11313 bytes from <yuki.ivanova@corp.example>
Wed Nov 18 14:50:57 2026 Info: MID 1010448 SPF: mailfrom identity yuki.ivanova@corp.example Pass (v=spf1)
Wed Nov 18 14:50:57 2026 Info: MID 1010448 using engine: CASE spam negative
Wed Nov 18 14:50:57 2026 Info: ICID 433519 close
Wed Nov 18 14:50:57 2026 Info: MID 1010448 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Wed Nov 18 14:50:57 2026 Info: MID 1010448 DMARC: Verification passed
Wed Nov 18 14:50:58 2026 Info: MID 1010448 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 14:50:58 2026 Info: MID 1010448 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 14:51:00 2026 Info: MID 1010448 queued for delivery
Wed Nov 18 14:51:01 2026 Info: New SMTP DCID 209358 interface 192.0.2.20 address 203.0.113.231 port 25
Wed Nov 18 14:51:01 2026 Info: DCID 209358 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:51:01 2026 Info: Delivery start DCID 209358 MID 1010448 to RID [0]
Wed Nov 18 14:51:03 2026 Info: Message done DCID 209358 MID 1010448 to RID [0]
Wed Nov 18 14:51:03 2026 Info: MID 1010448 RID [0] Response '2.0.0 Ok: queued as wkFFwy5uCcBxafkM'
Wed Nov 18 14:51:03 2026 Info: Message finished MID 1010448 done
Wed Nov 18 14:51:03 2026 Info: DCID 209358 close
Wed Nov 18 15:21:01 2026 Info: New SMTP ICID 433520 interface IncomingMail (192.0.2.10) address 198.51.135.86 reverse dns host mail.client-a.example verified yes
Wed Nov 18 15:21:01 2026 Info: ICID 433520 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.4
Wed Nov 18 15:21:01 2026 Info: ICID 433520 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 15:21:02 2026 Info: Start MID 1010449 ICID 433520
Wed Nov 18 15:21:02 2026 Info: MID 1010449 ICID 433520 From: <ida.obrien@client-a.example>
Wed Nov 18 15:21:02 2026 Info: MID 1010449 ICID 433520 RID 0 To: <journal@corp.example>
Wed Nov 18 15:21:02 2026 Info: MID 1010449 ICID 433520 RID 1 To: <yuki.ivanova@corp.example>
Wed Nov 18 15:21:02 2026 Info: MID 1010449 ICID 433520 RID 2 To: <noah.okafor90@corp.example>
Wed Nov 18 15:21:02 2026 Info: MID 1010449 ICID 433520 RID 3 To: <support@corp-mail.example>
Wed Nov 18 15:21:02 2026 Info: MID 1010449 Message-ID '<74f8eab5a3516a8cebcd.78357@client-a.example>'
Wed Nov 18 15:21:02 2026 Info: MID 1010449 Subject 'Weekly newsletter #615'
Wed Nov 18 15:21:02 2026 Info: MID 1010449 ready 30811 bytes from <ida.obrien@client-a.example>
Wed Nov 18 15:21:02 2026 Info: ICID 433520 close
Wed Nov 18 15:21:02 2026 Info: MID 1010449 interim AV verdict using Sophos CLEAN
Wed Nov 18 15:21:02 2026 Info: MID 1010449 DKIM: pass signature verified (d=client-a.example s=s8 i=@client-a.example)
Wed Nov 18 15:21:02 2026 Info: MID 1010449 DMARC: Verification passed
Wed Nov 18 15:21:02 2026 Info: MID 1010449 antivirus negative
Wed Nov 18 15:21:02 2026 Info: MID 1010449 using engine: CASE spam negative
Wed Nov 18 15:21:02 2026 Info: MID 1010449 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Wed Nov 18 15:21:03 2026 Info: MID 1010449 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 15:21:03 2026 Info: MID 1010449 attachment 'image002.jpg'
Wed Nov 18 15:21:03 2026 Info: MID 1010449 AMP file reputation verdict : CLEAN
Wed Nov 18 15:21:04 2026 Info: MID 1010449 queued for delivery
Wed Nov 18 15:21:08 2026 Info: New SMTP DCID 209359 interface 192.0.2.20 address 52.101.194.57 port 25
Wed Nov 18 15:21:08 2026 Info: DCID 209359 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:21:08 2026 Info: Delivery start DCID 209359 MID 1010449 to RID [0, 1, 2, 3]
Wed Nov 18 15:21:10 2026 Info: Bounced: DCID 209359 MID 1010449 From: <ida.obrien@client-a.example> To: <yuki.ivanova@corp.example> RID 1 - 5.2.2 - Mailbox full ('552', ['5.2.2 <yuki.ivanova@corp.example>: Mailbox full; quota exceeded'])
Wed Nov 18 15:21:10 2026 Info: Message done DCID 209359 MID 1010449 to RID [0, 2, 3]
Wed Nov 18 15:21:10 2026 Info: MID 1010449 RID [0, 2, 3] Response '2.6.0 [InternalId=436234229564, Hostname=AM0PR01MB1332.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 15:21:10 2026 Info: Message finished MID 1010449 done
Wed Nov 18 15:21:10 2026 Info: DCID 209359 close
Wed Nov 18 15:21:11 2026 Info: Start MID 1010450 ICID 0
Wed Nov 18 15:21:11 2026 Info: MID 1010450 was generated for bounce of MID 1010449
Wed Nov 18 15:21:11 2026 Info: MID 1010450 ICID 0 From: <>
Wed Nov 18 15:21:11 2026 Info: MID 1010450 ICID 0 RID 0 To: <ida.obrien@client-a.example>
Wed Nov 18 15:21:11 2026 Info: MID 1010450 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 15:21:11 2026 Info: MID 1010450 ready 6065 bytes from <>
Wed Nov 18 15:21:11 2026 Info: MID 1010450 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 15:21:11 2026 Info: MID 1010450 queued for delivery
Wed Nov 18 15:21:11 2026 Info: New SMTP DCID 209360 interface 192.0.2.20 address 203.0.113.3 port 25
Wed Nov 18 15:21:11 2026 Info: DCID 209360 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:21:11 2026 Info: Delivery start DCID 209360 MID 1010450 to RID [0]
Wed Nov 18 15:21:13 2026 Info: Message done DCID 209360 MID 1010450 to RID [0]
Wed Nov 18 15:21:13 2026 Info: MID 1010450 RID [0] Response '2.0.0 Ok: queued as zj2FCpSitfS7XbfC'
Wed Nov 18 15:21:13 2026 Info: Message finished MID 1010450 done
Wed Nov 18 15:21:13 2026 Info: DCID 209360 close
Wed Nov 18 15:21:34 2026 Info: New SMTP ICID 433521 interface IncomingMail (192.0.2.10) address 198.51.54.252 reverse dns host mail.logistics.example verified yes
Wed Nov 18 15:21:34 2026 Info: ICID 433521 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.9
Wed Nov 18 15:21:34 2026 Info: ICID 433521 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 15:21:34 2026 Info: Start MID 1010451 ICID 433521
Wed Nov 18 15:21:34 2026 Info: MID 1010451 ICID 433521 From: <mia.sato@logistics.example>
Wed Nov 18 15:21:34 2026 Info: MID 1010451 ICID 433521 RID 0 To: <ravi.nguyen48@corp-mail.example>
Wed Nov 18 15:21:35 2026 Info: MID 1010451 Message-ID '<CAue=ZF9S_sXh16JTGiSSs-NjcmWMT9h=BM9HnLJf6lA@mail.logistics.example>'
Wed Nov 18 15:21:35 2026 Info: MID 1010451 Subject 'Re: Re: Re: hiring plan'
Wed Nov 18 15:21:35 2026 Info: MID 1010451 ready 22060 bytes from <mia.sato@logistics.example>
Wed Nov 18 15:21:35 2026 Info: MID 1010451 DMARC: Verification passed
Wed Nov 18 15:21:35 2026 Info: ICID 433521 close
Wed Nov 18 15:21:35 2026 Info: MID 1010451 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Wed Nov 18 15:21:35 2026 Info: MID 1010451 DKIM: pass signature verified (d=logistics.example s=s9 i=@logistics.example)
Wed Nov 18 15:21:35 2026 Info: MID 1010451 using engine: CASE spam negative
Wed Nov 18 15:21:35 2026 Info: MID 1010451 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 15:21:36 2026 Info: MID 1010451 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 15:21:36 2026 Info: MID 1010451 queued for delivery
Wed Nov 18 15:21:39 2026 Info: New SMTP DCID 209361 interface 192.0.2.20 address 52.101.210.141 port 25
Wed Nov 18 15:21:39 2026 Info: DCID 209361 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:21:39 2026 Info: Delivery start DCID 209361 MID 1010451 to RID [0]
Wed Nov 18 15:21:41 2026 Info: Message done DCID 209361 MID 1010451 to RID [0]
Wed Nov 18 15:21:41 2026 Info: MID 1010451 RID [0] Response '2.6.0 [InternalId=498615435528, Hostname=AM0PR01MB3755.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 15:21:41 2026 Info: Message finished MID 1010451 done
Wed Nov 18 15:21:41 2026 Info: DCID 209361 close
Wed Nov 18 15:23:41 2026 Info: New SMTP ICID 433522 interface IncomingMail (192.0.2.10) address 198.51.108.225 reverse dns host mail.logistics.example verified yes
Wed Nov 18 15:23:41 2026 Info: ICID 433522 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Wed Nov 18 15:23:41 2026 Info: ICID 433522 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:23:41 2026 Info: Start MID 1010452 ICID 433522
Wed Nov 18 15:23:41 2026 Info: MID 1010452 ICID 433522 From: <mia.sato@logistics.example>
Wed Nov 18 15:23:41 2026 Info: MID 1010452 ICID 433522 RID 0 To: <eva.kowalski@corp.example>
Wed Nov 18 15:23:41 2026 Info: MID 1010452 ICID 433522 RID 1 To: <kofi.nguyen@corp.example>
Wed Nov 18 15:23:41 2026 Info: MID 1010452 Message-ID '<dd25ef43069fce9b879b.72288@logistics.example>'
Wed Nov 18 15:23:41 2026 Info: MID 1010452 Subject 'FW: contract draft'
Wed Nov 18 15:23:41 2026 Info: MID 1010452 ready 36799 bytes from <mia.sato@logistics.example>
Wed Nov 18 15:23:41 2026 Info: ICID 433522 close
Wed Nov 18 15:23:41 2026 Info: MID 1010452 using engine: CASE spam negative
Wed Nov 18 15:23:41 2026 Info: MID 1010452 DMARC: Verification passed
Wed Nov 18 15:23:41 2026 Info: MID 1010452 SPF: mailfrom identity mia.sato@logistics.example Pass (v=spf1)
Wed Nov 18 15:23:41 2026 Info: MID 1010452 DKIM: pass signature verified (d=logistics.example s=s1 i=@logistics.example)
Wed Nov 18 15:23:43 2026 Info: MID 1010452 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 15:23:43 2026 Info: MID 1010452 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 15:23:44 2026 Info: MID 1010452 queued for delivery
Wed Nov 18 15:23:45 2026 Info: New SMTP DCID 209362 interface 192.0.2.20 address 52.101.83.144 port 25
Wed Nov 18 15:23:45 2026 Info: DCID 209362 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:23:45 2026 Info: Delivery start DCID 209362 MID 1010452 to RID [0, 1]
Wed Nov 18 15:23:46 2026 Info: Message done DCID 209362 MID 1010452 to RID [0, 1]
Wed Nov 18 15:23:46 2026 Info: MID 1010452 RID [0, 1] Response '2.6.0 [InternalId=977399392381, Hostname=AM0PR01MB1873.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 15:23:46 2026 Info: DCID 209362 close
Wed Nov 18 15:23:46 2026 Info: Message finished MID 1010452 done
Wed Nov 18 15:25:27 2026 Info: New SMTP ICID 433523 interface IncomingMail (192.0.2.10) address 198.51.176.136 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 15:25:27 2026 Info: ICID 433523 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Wed Nov 18 15:25:27 2026 Info: ICID 433523 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 15:25:28 2026 Info: Start MID 1010453 ICID 433523
Wed Nov 18 15:25:28 2026 Info: MID 1010453 ICID 433523 From: <lena.berg@newsletter.example>
Wed Nov 18 15:25:28 2026 Info: MID 1010453 ICID 433523 RID 0 To: <Sara.Novak23@Corp.Example>
Wed Nov 18 15:25:28 2026 Info: MID 1010453 ICID 433523 RID 1 To: <marc.kowalski@corp.example>
Wed Nov 18 15:25:28 2026 Info: MID 1010453 ICID 433523 RID 2 To: <li.haddad@corp.example>
Wed Nov 18 15:25:28 2026 Info: MID 1010453 ICID 433523 RID 3 To: <Omar.Mendes@Corp.Example>
Wed Nov 18 15:25:28 2026 Info: MID 1010453 ICID 433523 RID 4 To: <paul.moreau@corp.example>
Wed Nov 18 15:25:28 2026 Info: MID 1010453 ICID 433523 RID 5 To: <omar.garcia@corp.example>
Wed Nov 18 15:25:28 2026 Info: MID 1010453 Message-ID '<CAb/QzQc+sc_8=jIVMSKt0B21i-GCHJzqI3vmSZ-oDdl@mail.newsletter.example>'
Wed Nov 18 15:25:28 2026 Info: MID 1010453 Subject 'The "new" travel policy'
Wed Nov 18 15:25:28 2026 Info: MID 1010453 ready 2092106 bytes from <lena.berg@newsletter.example>
Wed Nov 18 15:25:28 2026 Info: MID 1010453 SPF: mailfrom identity lena.berg@newsletter.example Pass (v=spf1)
Wed Nov 18 15:25:28 2026 Info: MID 1010453 DKIM: pass signature verified (d=newsletter.example s=s7 i=@newsletter.example)
Wed Nov 18 15:25:28 2026 Info: MID 1010453 using engine: CASE spam negative
Wed Nov 18 15:25:28 2026 Info: ICID 433523 close
Wed Nov 18 15:25:28 2026 Info: MID 1010453 DMARC: Verification passed
Wed Nov 18 15:25:29 2026 Info: MID 1010453 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 15:25:30 2026 Info: MID 1010453 attachment 'photo=2031201.heic'
Wed Nov 18 15:25:30 2026 Info: File reputation query initiating. File Name = 'photo 31201.heic', MID = 1010453, File Size = 1548771 bytes, File Type = image/heic
Wed Nov 18 15:25:30 2026 Info: MID 1010453 AMP file reputation verdict : CLEAN
Wed Nov 18 15:25:30 2026 Info: Response received for file reputation query from Cloud. FileName = 'photo 31201.heic', MID = 1010453, Disposition = CLEAN, Malware = None,Reputation Score = 5, sha256 =7ed7cc99bb18f1be9bca4f90e3aad2d21661392bd4376fb5144ad2a499c453ef, upload_action = 2
Wed Nov 18 15:25:31 2026 Info: MID 1010453 queued for delivery
Wed Nov 18 15:25:31 2026 Info: New SMTP DCID 209363 interface 192.0.2.20 address 52.101.221.64 port 25
Wed Nov 18 15:25:31 2026 Info: DCID 209363 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:25:31 2026 Info: Delivery start DCID 209363 MID 1010453 to RID [0, 1, 2, 3, 4, 5]
Wed Nov 18 15:25:33 2026 Info: Message done DCID 209363 MID 1010453 to RID [0, 1, 2, 3, 4, 5]
Wed Nov 18 15:25:33 2026 Info: MID 1010453 RID [0, 1, 2, 3, 4, 5] Response '2.6.0 [InternalId=445336295503, Hostname=AM0PR01MB4910.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 15:25:33 2026 Info: Message finished MID 1010453 done
Wed Nov 18 15:25:33 2026 Info: DCID 209363 close
Wed Nov 18 15:30:33 2026 Info: New SMTP ICID 433524 interface IncomingMail (192.0.2.10) address 198.51.169.58 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 15:30:33 2026 Info: ICID 433524 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Wed Nov 18 15:30:33 2026 Info: ICID 433524 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 15:30:33 2026 Info: Start MID 1010454 ICID 433524
Wed Nov 18 15:30:33 2026 Info: MID 1010454 ICID 433524 From: <lena.berg@newsletter.example>
Wed Nov 18 15:30:33 2026 Info: MID 1010454 ICID 433524 RID 0 To: <ivan.okafor@corp.example>
Wed Nov 18 15:30:33 2026 Info: MID 1010454 ICID 433524 RID 1 To: <lena.sato@corp.example>
Wed Nov 18 15:30:33 2026 Info: MID 1010454 ICID 433524 RID 2 To: <leo.dubois93@corp.example>
Wed Nov 18 15:30:33 2026 Info: MID 1010454 Message-ID '<95e9a1692bb9a53%27#&b3b47@newsletter.example>'
Wed Nov 18 15:30:33 2026 Info: MID 1010454 Subject 'Re: project timeline'
Wed Nov 18 15:30:33 2026 Info: MID 1010454 ready 23807 bytes from <lena.berg@newsletter.example>
Wed Nov 18 15:30:33 2026 Info: MID 1010454 using engine: CASE spam negative
Wed Nov 18 15:30:33 2026 Info: MID 1010454 interim AV verdict using Sophos CLEAN
Wed Nov 18 15:30:33 2026 Info: ICID 433524 close
Wed Nov 18 15:30:33 2026 Info: MID 1010454 DMARC: Verification passed
Wed Nov 18 15:30:33 2026 Info: MID 1010454 antivirus negative
Wed Nov 18 15:30:33 2026 Info: MID 1010454 SPF: mailfrom identity lena.berg@newsletter.example Pass (v=spf1)
Wed Nov 18 15:30:34 2026 Info: MID 1010454 DKIM: pass signature verified (d=newsletter.example s=s3 i=@newsletter.example)
Wed Nov 18 15:30:35 2026 Info: MID 1010454 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 15:30:35 2026 Info: MID 1010454 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 15:30:37 2026 Info: MID 1010454 queued for delivery
Wed Nov 18 15:30:40 2026 Info: New SMTP DCID 209364 interface 192.0.2.20 address 52.101.229.173 port 25
Wed Nov 18 15:30:40 2026 Info: DCID 209364 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:30:40 2026 Info: Delivery start DCID 209364 MID 1010454 to RID [0, 1, 2]
Wed Nov 18 15:30:42 2026 Info: Message done DCID 209364 MID 1010454 to RID [0, 1, 2]
Wed Nov 18 15:30:42 2026 Info: MID 1010454 RID [0, 1, 2] Response '2.6.0 [InternalId=178697968366, Hostname=AM0PR01MB2007.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 15:30:42 2026 Info: Message finished MID 1010454 done
Wed Nov 18 15:30:42 2026 Info: DCID 209364 close
Wed Nov 18 16:14:22 2026 Info: New SMTP ICID 433525 interface IncomingMail (192.0.2.10) address 198.51.12.76 reverse dns host mail.gmail.example verified yes
Wed Nov 18 16:14:22 2026 Info: ICID 433525 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.5
Wed Nov 18 16:14:22 2026 Info: ICID 433525 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 16:14:23 2026 Info: Start MID 1010455 ICID 433525
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ICID 433525 From: <paul.moreau@gmail.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ICID 433525 RID 0 To: <emma.garcia@corp.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ICID 433525 RID 1 To: <eva.kowalski@corp.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ICID 433525 RID 2 To: <kofi.nguyen@corp.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ICID 433525 RID 3 To: <omar.weber@corp.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ICID 433525 RID 4 To: <ida.novak@corp.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ICID 433525 RID 5 To: <finance-archive@corp.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ICID 433525 RID 6 To: <lena.novak@corp.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ICID 433525 RID 7 To: <nina.lopez@corp.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 Message-ID '<7c37c16454f1e5e82a3d.50843@gmail.example>'
Wed Nov 18 16:14:23 2026 Info: MID 1010455 Subject "Re: O'Brien account review"
Wed Nov 18 16:14:23 2026 Info: MID 1010455 ready 2961869 bytes from <paul.moreau@gmail.example>
Wed Nov 18 16:14:23 2026 Info: MID 1010455 using engine: CASE spam negative
Wed Nov 18 16:14:23 2026 Info: MID 1010455 URL https://www.gmail.example/t/f5a12bc24 has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 16:14:23 2026 Info: ICID 433525 close
Wed Nov 18 16:14:23 2026 Info: MID 1010455 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Wed Nov 18 16:14:23 2026 Info: MID 1010455 Outbreak Filters: verdict negative
Wed Nov 18 16:14:23 2026 Info: MID 1010455 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 16:14:23 2026 Info: MID 1010455 attachment 'photo 27553.heic'
Wed Nov 18 16:14:23 2026 Info: File reputation query initiating. File Name = 'photo 27553.heic', MID = 1010455, File Size = 2196582 bytes, File Type = image/heic
Wed Nov 18 16:14:23 2026 Info: Response received for file reputation query from Cache. File Name = 'photo 27553.heic', MID = 1010455, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 3d9a8079abd0d7fb1292618550e40d54712ea6b36471fde41f229dd06aa8b9e0, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 16:14:23 2026 Info: MID 1010455 AMP file reputation verdict : CLEAN
Wed Nov 18 16:14:25 2026 Info: MID 1010455 queued for delivery
Wed Nov 18 16:14:25 2026 Info: New SMTP DCID 209365 interface 192.0.2.20 address 52.101.214.201 port 25
Wed Nov 18 16:14:25 2026 Info: DCID 209365 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 16:14:25 2026 Info: Delivery start DCID 209365 MID 1010455 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Wed Nov 18 16:14:26 2026 Info: Message done DCID 209365 MID 1010455 to RID [0, 1, 2, 3, 4, 5, 6, 7]
Wed Nov 18 16:14:26 2026 Info: MID 1010455 RID [0, 1, 2, 3, 4, 5, 6, 7] Response '2.6.0 [InternalId=996569566093, Hostname=AM0PR01MB6713.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 16:14:26 2026 Info: Message finished MID 1010455 done
Wed Nov 18 16:14:26 2026 Info: DCID 209365 close
Wed Nov 18 16:26:25 2026 Info: New SMTP ICID 433526 interface IncomingMail (192.0.2.10) address 198.51.33.119 reverse dns host mail.bank.example verified yes
Wed Nov 18 16:26:25 2026 Info: ICID 433526 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.8
Wed Nov 18 16:26:25 2026 Info: ICID 433526 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 16:26:26 2026 Info: Start MID 1010456 ICID 433526
Wed Nov 18 16:26:26 2026 Info: MID 1010456 ICID 433526 From: <tom.obrien@bank.example>
Wed Nov 18 16:26:26 2026 Info: MID 1010456 ICID 433526 RID 0 To: <helpdesk@corp-mail.example>
Wed Nov 18 16:26:26 2026 Info: MID 1010456 ICID 433526 RID 1 To: <li.larsen@corp.example>
Wed Nov 18 16:26:26 2026 Info: MID 1010456 ICID 433526 RID 2 To: <journal@corp.example>
Wed Nov 18 16:26:26 2026 Info: MID 1010456 ICID 433526 RID 3 To: <ida.dubois@corp.example>
Wed Nov 18 16:26:26 2026 Info: MID 1010456 Message-ID '<11d8a4fbf6f60e138399.5230@bank.example>'
Wed Nov 18 16:26:26 2026 Info: MID 1010456 Subject 'Quarterly report'
Wed Nov 18 16:26:26 2026 Info: MID 1010456 ready 291157 bytes from <tom.obrien@bank.example>
Wed Nov 18 16:26:26 2026 Info: MID 1010456 using engine: CASE spam negative
Wed Nov 18 16:26:26 2026 Info: MID 1010456 DMARC: Verification passed
Wed Nov 18 16:26:26 2026 Info: MID 1010456 DKIM: pass signature verified (d=bank.example s=s1 i=@bank.example)
Wed Nov 18 16:26:26 2026 Info: ICID 433526 close
Wed Nov 18 16:26:26 2026 Info: MID 1010456 SPF: mailfrom identity tom.obrien@bank.example Pass (v=spf1)
Wed Nov 18 16:26:27 2026 Info: MID 1010456 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 16:26:27 2026 Info: MID 1010456 attachment 'minutes-18990.docx'
Wed Nov 18 16:26:27 2026 Info: File reputation query initiating. File Name = 'minutes-18990.docx', MID = 1010456, File Size = 195068 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Wed Nov 18 16:26:27 2026 Info: MID 1010456 AMP file reputation verdict : UNKNOWN
Wed Nov 18 16:26:28 2026 Info: Response received for file reputation query from Cache. File Name = 'minutes-18990.docx', MID = 1010456, Disposition = FILE UNKNOWN, Malware = None, Reputation Score = 5, sha256 = fd68373b29acf1a57cbd1f5ae28af60465f4298618189af4f3d74f82bf268ea0, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 16:26:28 2026 Info: MID 1010456 queued for delivery
Wed Nov 18 16:26:30 2026 Info: New SMTP DCID 209366 interface 192.0.2.20 address 52.101.5.176 port 25
Wed Nov 18 16:26:30 2026 Info: DCID 209366 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 16:26:30 2026 Info: Delivery start DCID 209366 MID 1010456 to RID [0, 1, 2, 3]
Wed Nov 18 16:26:31 2026 Info: Message done DCID 209366 MID 1010456 to RID [0, 1, 2, 3]
Wed Nov 18 16:26:31 2026 Info: MID 1010456 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=914164384493, Hostname=AM0PR01MB2268.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 16:26:31 2026 Info: Message finished MID 1010456 done
Wed Nov 18 16:26:31 2026 Info: DCID 209366 close
Wed Nov 18 16:37:11 2026 Info: New SMTP ICID 433527 interface IncomingMail (192.0.2.10) address 198.51.234.207 reverse dns host mail.client-a.example verified yes
Wed Nov 18 16:37:11 2026 Info: ICID 433527 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5
Wed Nov 18 16:37:11 2026 Info: ICID 433527 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 16:37:11 2026 Info: Start MID 1010457 ICID 433527
Wed Nov 18 16:37:11 2026 Info: MID 1010457 ICID 433527 From: <chen.haddad@client-a.example>
Wed Nov 18 16:37:11 2026 Info: MID 1010457 ICID 433527 RID 0 To: <ldubois@corp.example>
Wed Nov 18 16:37:11 2026 Info: MID 1010457 ICID 433527 RID 1 To: <ana.kowalski@corp.example>
Wed Nov 18 16:37:11 2026 Info: MID 1010457 ICID 433527 RID 2 To: <ivan.silva@corp.example>
Wed Nov 18 16:37:12 2026 Info: MID 1010457 Message-ID '<23a0369f8311166c0800.4838@client-a.example>'
Wed Nov 18 16:37:12 2026 Info: MID 1010457 Subject 'Candidate CV 90512'
Wed Nov 18 16:37:12 2026 Info: MID 1010457 ready 8816 bytes from <chen.haddad@client-a.example>
Wed Nov 18 16:37:12 2026 Info: MID 1010457 interim AV verdict using Sophos CLEAN
Wed Nov 18 16:37:12 2026 Info: MID 1010457 using engine: CASE spam negative
Wed Nov 18 16:37:12 2026 Info: MID 1010457 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Wed Nov 18 16:37:12 2026 Info: MID 1010457 DKIM: pass signature verified (d=client-a.example s=s1 i=@client-a.example)
Wed Nov 18 16:37:12 2026 Info: ICID 433527 close
Wed Nov 18 16:37:12 2026 Info: MID 1010457 DMARC: Verification passed
Wed Nov 18 16:37:12 2026 Info: MID 1010457 antivirus negative
Wed Nov 18 16:37:12 2026 Info: MID 1010457 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 16:37:12 2026 Info: MID 1010457 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 16:37:13 2026 Info: MID 1010457 queued for delivery
Wed Nov 18 16:37:15 2026 Info: New SMTP DCID 209367 interface 192.0.2.20 address 52.101.166.19 port 25
Wed Nov 18 16:37:15 2026 Info: DCID 209367 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 16:37:15 2026 Info: Delivery start DCID 209367 MID 1010457 to RID [0, 1, 2]
Wed Nov 18 16:37:17 2026 Info: Message done DCID 209367 MID 1010457 to RID [0, 1, 2]
Wed Nov 18 16:37:17 2026 Info: MID 1010457 RID [0, 1, 2] Response '2.0.0 Ok: queued as 3eULSrEkCvNbztGp'
Wed Nov 18 16:37:17 2026 Info: DCID 209367 close
Wed Nov 18 16:37:17 2026 Info: Message finished MID 1010457 done
Wed Nov 18 17:15:06 2026 Info: New SMTP ICID 433528 interface IncomingMail (192.0.2.10) address 198.51.111.56 reverse dns host mail.gmail.example verified yes
Wed Nov 18 17:15:06 2026 Info: ICID 433528 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.6
Wed Nov 18 17:15:06 2026 Info: ICID 433528 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 17:15:06 2026 Info: Start MID 1010458 ICID 433528
Wed Nov 18 17:15:06 2026 Info: MID 1010458 ICID 433528 From: <chen.fischer@gmail.example>
Wed Nov 18 17:15:06 2026 Info: MID 1010458 ICID 433528 RID 0 To: <li.haddad@corp.example>
Wed Nov 18 17:15:06 2026 Info: MID 1010458 Message-ID '<CApfhqc0pRNrkKc9bTpDX9CJXOCioBwkqQq/8YBYybpt@mail.gmail.example>'
Wed Nov 18 17:15:06 2026 Info: MID 1010458 Subject 'Candidate CV 50941'
Wed Nov 18 17:15:06 2026 Info: MID 1010458 ready 4051 bytes from <chen.fischer@gmail.example>
Wed Nov 18 17:15:07 2026 Info: MID 1010458 SPF: mailfrom identity chen.fischer@gmail.example Pass (v=spf1)
Wed Nov 18 17:15:07 2026 Info: MID 1010458 using engine: CASE spam negative
Wed Nov 18 17:15:07 2026 Info: MID 1010458 DMARC: Verification passed
Wed Nov 18 17:15:07 2026 Info: ICID 433528 close
Wed Nov 18 17:15:07 2026 Info: MID 1010458 DKIM: pass signature verified (d=gmail.example s=s8 i=@gmail.example)
Wed Nov 18 17:15:07 2026 Info: MID 1010458 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 17:15:07 2026 Info: MID 1010458 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 17:15:08 2026 Info: MID 1010458 queued for delivery
Wed Nov 18 17:15:09 2026 Info: New SMTP DCID 209368 interface 192.0.2.20 address 52.101.116.201 port 25
Wed Nov 18 17:15:09 2026 Info: DCID 209368 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 17:15:09 2026 Info: Delivery start DCID 209368 MID 1010458 to RID [0]
Wed Nov 18 17:15:11 2026 Info: Message done DCID 209368 MID 1010458 to RID [0]
Wed Nov 18 17:15:11 2026 Info: MID 1010458 RID [0] Response '2.6.0 [InternalId=802428935199, Hostname=AM0PR01MB2879.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 17:15:11 2026 Info: Message finished MID 1010458 done
Wed Nov 18 17:15:11 2026 Info: DCID 209368 close
Wed Nov 18 17:42:38 2026 Info: New SMTP ICID 433529 interface IncomingMail (192.0.2.10) address 198.51.57.47 reverse dns host mail.cloudapp.example verified yes
Wed Nov 18 17:42:38 2026 Info: ICID 433529 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.5
Wed Nov 18 17:42:38 2026 Info: ICID 433529 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 17:42:38 2026 Info: Start MID 1010459 ICID 433529
Wed Nov 18 17:42:38 2026 Info: MID 1010459 ICID 433529 From: <kofi.ivanova@cloudapp.example>
Wed Nov 18 17:42:38 2026 Info: MID 1010459 ICID 433529 RID 0 To: <nora.mendes@corp.example>
Wed Nov 18 17:42:39 2026 Info: MID 1010459 Message-ID '<9433905fecfe83de%93#&8fbed@cloudapp.example>'
Wed Nov 18 17:42:39 2026 Info: MID 1010459 Subject 'Scan from copier 39906'
Wed Nov 18 17:42:39 2026 Info: MID 1010459 ready 25368 bytes from <kofi.ivanova@cloudapp.example>
Wed Nov 18 17:42:39 2026 Info: MID 1010459 URL https://www.cloudapp.example/t/81f30bcbe3 has reputation 4.5 matched Condition: URL Reputation Rule
Wed Nov 18 17:42:39 2026 Info: MID 1010459 using engine: CASE spam negative
Wed Nov 18 17:42:39 2026 Info: ICID 433529 close
Wed Nov 18 17:42:39 2026 Info: MID 1010459 SPF: mailfrom identity kofi.ivanova@cloudapp.example Pass (v=spf1)
Wed Nov 18 17:42:40 2026 Info: MID 1010459 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 17:42:40 2026 Info: MID 1010459 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 17:42:42 2026 Info: MID 1010459 queued for delivery
Wed Nov 18 17:42:45 2026 Info: New SMTP DCID 209369 interface 192.0.2.20 address 52.101.177.87 port 25
Wed Nov 18 17:42:45 2026 Info: DCID 209369 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 17:42:45 2026 Info: Delivery start DCID 209369 MID 1010459 to RID [0]
Wed Nov 18 17:42:47 2026 Info: Message done DCID 209369 MID 1010459 to RID [0]
Wed Nov 18 17:42:47 2026 Info: MID 1010459 RID [0] Response '2.6.0 [InternalId=453752997741, Hostname=AM0PR01MB5526.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 17:42:47 2026 Info: Message finished MID 1010459 done
Wed Nov 18 17:42:47 2026 Info: DCID 209369 close
Wed Nov 18 18:03:40 2026 Info: New SMTP ICID 433530 interface IncomingMail (192.0.2.10) address 198.51.98.19 reverse dns host mail.supplier.example verified yes
Wed Nov 18 18:03:40 2026 Info: ICID 433530 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.0
Wed Nov 18 18:03:40 2026 Info: ICID 433530 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 18:03:41 2026 Info: Start MID 1010460 ICID 433530
Wed Nov 18 18:03:41 2026 Info: MID 1010460 ICID 433530 From: <ana.mendes@supplier.example>
Wed Nov 18 18:03:41 2026 Info: MID 1010460 ICID 433530 RID 0 To: <finance-archive@corp.example>
Wed Nov 18 18:03:41 2026 Info: MID 1010460 Message-ID '<331a5c2dcf0e0c59bda5.28635@supplier.example>'
Wed Nov 18 18:03:41 2026 Info: MID 1010460 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Wed Nov 18 18:03:41 2026 Info: MID 1010460 ready 10170 bytes from <ana.mendes@supplier.example>
Wed Nov 18 18:03:41 2026 Info: ICID 433530 close
Wed Nov 18 18:03:41 2026 Info: MID 1010460 DMARC: Verification passed
Wed Nov 18 18:03:41 2026 Info: MID 1010460 DKIM: pass signature verified (d=supplier.example s=s1 i=@supplier.example)
Wed Nov 18 18:03:41 2026 Info: MID 1010460 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Wed Nov 18 18:03:42 2026 Info: MID 1010460 using engine: CASE spam negative
Wed Nov 18 18:03:43 2026 Info: MID 1010460 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 18:03:43 2026 Info: MID 1010460 attachment 'meeting.ics'
Wed Nov 18 18:03:43 2026 Info: MID 1010460 AMP file reputation verdict : LOWRISK
Wed Nov 18 18:03:44 2026 Info: MID 1010460 queued for delivery
Wed Nov 18 18:03:48 2026 Info: New SMTP DCID 209370 interface 192.0.2.20 address 52.101.102.31 port 25
Wed Nov 18 18:03:48 2026 Info: DCID 209370 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 18:03:48 2026 Info: Delivery start DCID 209370 MID 1010460 to RID [0]
Wed Nov 18 18:03:50 2026 Info: Message done DCID 209370 MID 1010460 to RID [0]
Wed Nov 18 18:03:50 2026 Info: MID 1010460 RID [0] Response '2.6.0 [InternalId=927818713428, Hostname=AM0PR01MB1319.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 18:03:50 2026 Info: Message finished MID 1010460 done
Wed Nov 18 18:03:50 2026 Info: DCID 209370 close
Wed Nov 18 18:32:06 2026 Info: New SMTP ICID 433531 interface IncomingMail (192.0.2.10) address 198.51.19.29 reverse dns host mail.bank.example verified yes
Wed Nov 18 18:32:06 2026 Info: ICID 433531 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Wed Nov 18 18:32:06 2026 Info: ICID 433531 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 18:32:06 2026 Info: Start MID 1010461 ICID 433531
Wed Nov 18 18:32:06 2026 Info: MID 1010461 ICID 433531 From: <leo.mendes@bank.example>
Wed Nov 18 18:32:06 2026 Info: MID 1010461 ICID 433531 RID 0 To: <leo.dubois@corp.example>
Wed Nov 18 18:32:06 2026 Info: MID 1010461 Message-ID '<afcf52ffc1c88d22f12c.94686@bank.example>'
Wed Nov 18 18:32:06 2026 Info: MID 1010461 Subject 'Invoice 74547'
Wed Nov 18 18:32:06 2026 Info: MID 1010461 ready 27594 bytes from <leo.mendes@bank.example>
Wed Nov 18 18:32:06 2026 Info: MID 1010461 using engine: CASE spam negative
Wed Nov 18 18:32:06 2026 Info: MID 1010461 DKIM: pass signature verified (d=bank.example s=s6 i=@bank.example)
Wed Nov 18 18:32:06 2026 Info: ICID 433531 close
Wed Nov 18 18:32:06 2026 Info: MID 1010461 DMARC: Verification passed
Wed Nov 18 18:32:06 2026 Info: MID 1010461 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Wed Nov 18 18:32:07 2026 Info: MID 1010461 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 18:32:07 2026 Info: MID 1010461 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 18:32:08 2026 Info: MID 1010461 rewritten to MID 1010462 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 18:32:08 2026 Info: Message finished MID 1010461 done
Wed Nov 18 18:32:08 2026 Info: MID 1010462 ICID 0 From: <leo.mendes@bank.example>
Wed Nov 18 18:32:08 2026 Info: MID 1010462 ICID 0 RID 0 To: <leo.dubois@corp.example>
Wed Nov 18 18:32:08 2026 Info: MID 1010462 Message-ID '<afcf52ffc1c88d22f12c.94686@bank.example>'
Wed Nov 18 18:32:08 2026 Info: MID 1010462 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 18:32:08 2026 Info: MID 1010462 queued for delivery
Wed Nov 18 18:32:08 2026 Info: New SMTP DCID 209371 interface 192.0.2.20 address 52.101.82.135 port 25
Wed Nov 18 18:32:08 2026 Info: DCID 209371 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 18:32:08 2026 Info: Delivery start DCID 209371 MID 1010462 to RID [0]
Wed Nov 18 18:32:10 2026 Info: Message done DCID 209371 MID 1010462 to RID [0]
Wed Nov 18 18:32:10 2026 Info: MID 1010462 RID [0] Response '2.6.0 [InternalId=635466773990, Hostname=AM0PR01MB3677.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 18:32:10 2026 Info: DCID 209371 close
Wed Nov 18 18:32:10 2026 Info: Message finished MID 1010462 done
Wed Nov 18 19:36:16 2026 Info: New SMTP ICID 433532 interface IncomingMail (192.0.2.10) address 198.51.186.144 reverse dns host mail.logistics.example verified yes
Wed Nov 18 19:36:16 2026 Info: ICID 433532 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Wed Nov 18 19:36:16 2026 Info: ICID 433532 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 19:36:17 2026 Info: Start MID 1010463 ICID 433532
Wed Nov 18 19:36:17 2026 Info: MID 1010463 ICID 433532 From: <mary.moreau@logistics.example>
Wed Nov 18 19:36:17 2026 Info: MID 1010463 ICID 433532 RID 0 To: <nina.patel@corp.example>
Wed Nov 18 19:36:17 2026 Info: MID 1010463 ICID 433532 RID 1 To: <raj.tanaka@corp-legacy.example>
Wed Nov 18 19:36:17 2026 Info: MID 1010463 Message-ID '<fb8c0ceeccb6207cc795.49036@logistics.example>'
Wed Nov 18 19:36:17 2026 Info: MID 1010463 Subject 'Welcome to the team!'
Wed Nov 18 19:36:17 2026 Info: MID 1010463 ready 1907291 bytes from <mary.moreau@logistics.example>
Wed Nov 18 19:36:17 2026 Info: MID 1010463 interim AV verdict using Sophos CLEAN
Wed Nov 18 19:36:17 2026 Info: MID 1010463 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Wed Nov 18 19:36:17 2026 Info: MID 1010463 DMARC: Verification passed
Wed Nov 18 19:36:18 2026 Info: ICID 433532 close
Wed Nov 18 19:36:18 2026 Info: MID 1010463 using engine: CASE spam negative
Wed Nov 18 19:36:18 2026 Info: MID 1010463 antivirus negative
Wed Nov 18 19:36:18 2026 Info: MID 1010463 DKIM: pass signature verified (d=logistics.example s=s5 i=@logistics.example)
Wed Nov 18 19:36:18 2026 Info: MID 1010463 was split creating MID 1010464 due to a per-recipient policy DEFAULT in the inbound table
Wed Nov 18 19:36:18 2026 Info: MID 1010464 ICID 0 From: <mary.moreau@logistics.example>
Wed Nov 18 19:36:18 2026 Info: MID 1010464 ICID 0 RID 0 To: <raj.tanaka@corp-legacy.example>
Wed Nov 18 19:36:18 2026 Info: MID 1010463 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 19:36:18 2026 Info: MID 1010463 attachment 'Q1=20Report=202026.pdf'
Wed Nov 18 19:36:18 2026 Info: MID 1010463 AMP file reputation verdict : CLEAN
Wed Nov 18 19:36:18 2026 Info: MID 1010464 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 19:36:18 2026 Info: MID 1010464 AMP file reputation verdict : CLEAN
Wed Nov 18 19:36:18 2026 Info: MID 1010463 queued for delivery
Wed Nov 18 19:36:19 2026 Info: New SMTP DCID 209372 interface 192.0.2.20 address 52.101.167.165 port 25
Wed Nov 18 19:36:19 2026 Info: DCID 209372 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 19:36:19 2026 Info: Delivery start DCID 209372 MID 1010463 to RID [0]
Wed Nov 18 19:36:20 2026 Info: MID 1010464 queued for delivery
Wed Nov 18 19:36:21 2026 Info: New SMTP DCID 209373 interface 192.0.2.20 address 10.30.0.25 port 25
Wed Nov 18 19:36:21 2026 Info: DCID 209373 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 19:36:21 2026 Info: Delivery start DCID 209373 MID 1010464 to RID [0]
Wed Nov 18 19:36:21 2026 Info: Message done DCID 209372 MID 1010463 to RID [0]
Wed Nov 18 19:36:21 2026 Info: MID 1010463 RID [0] Response '2.6.0 [InternalId=748522828946, Hostname=AM0PR01MB7879.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 19:36:21 2026 Info: Message finished MID 1010463 done
Wed Nov 18 19:36:21 2026 Info: DCID 209372 close
Wed Nov 18 19:36:22 2026 Info: Message done DCID 209373 MID 1010464 to RID [0]
Wed Nov 18 19:36:22 2026 Info: MID 1010464 RID [0] Response '2.0.0 Ok: queued as uAfSoPdo6HemBHNZ'
Wed Nov 18 19:36:22 2026 Info: DCID 209373 close
Wed Nov 18 19:36:22 2026 Info: Message finished MID 1010464 done
Wed Nov 18 20:03:55 2026 Info: New SMTP ICID 433533 interface IncomingMail (192.0.2.10) address 198.51.88.170 reverse dns host mail.partner.example verified yes
Wed Nov 18 20:03:55 2026 Info: ICID 433533 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Wed Nov 18 20:03:55 2026 Info: ICID 433533 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 20:03:55 2026 Info: Start MID 1010465 ICID 433533
Wed Nov 18 20:03:55 2026 Info: MID 1010465 ICID 433533 From: <raj.obrien@partner.example>
Wed Nov 18 20:03:55 2026 Info: MID 1010465 ICID 433533 RID 0 To: <finance-archive@corp.example>
Wed Nov 18 20:03:55 2026 Info: MID 1010465 ICID 433533 RID 1 To: <lena.novak@corp.example>
Wed Nov 18 20:03:55 2026 Info: MID 1010465 ICID 433533 RID 2 To: <ida.novak@corp.example>
Wed Nov 18 20:03:55 2026 Info: MID 1010465 ICID 433533 RID 3 To: <nina.lopez@corp.example>
Wed Nov 18 20:03:55 2026 Info: MID 1010465 Message-ID '<f68e96a0d4c2cb7d3645.65573@partner.example>'
Wed Nov 18 20:03:55 2026 Info: MID 1010465 Subject 'Quarterly report'
Wed Nov 18 20:03:55 2026 Info: MID 1010465 ready 23279 bytes from <raj.obrien@partner.example>
Wed Nov 18 20:03:55 2026 Info: MID 1010465 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Wed Nov 18 20:03:55 2026 Info: MID 1010465 using engine: CASE spam negative
Wed Nov 18 20:03:55 2026 Info: ICID 433533 close
Wed Nov 18 20:03:55 2026 Info: MID 1010465 DKIM: pass signature verified (d=partner.example s=s5 i=@partner.example)
Wed Nov 18 20:03:56 2026 Info: MID 1010465 DMARC: Verification passed
Wed Nov 18 20:03:56 2026 Info: MID 1010465 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 20:03:56 2026 Info: MID 1010465 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 20:03:58 2026 Info: MID 1010465 queued for delivery
Wed Nov 18 20:03:58 2026 Info: New SMTP DCID 209374 interface 192.0.2.20 address 52.101.194.79 port 25
Wed Nov 18 20:03:58 2026 Info: DCID 209374 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 20:03:58 2026 Info: Delivery start DCID 209374 MID 1010465 to RID [0, 1, 2, 3]
Wed Nov 18 20:03:59 2026 Info: Message done DCID 209374 MID 1010465 to RID [0, 1, 2, 3]
Wed Nov 18 20:03:59 2026 Info: MID 1010465 RID [0, 1, 2, 3] Response '2.0.0 Ok: queued as kTEegBbT9tQs4KAe'
Wed Nov 18 20:03:59 2026 Info: Message finished MID 1010465 done
Wed Nov 18 20:03:59 2026 Info: DCID 209374 close
Thu Nov 19 00:00:00 2026 Info: End Logfile

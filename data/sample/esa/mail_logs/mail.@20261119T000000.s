Thu Nov 19 00:00:00 2026 Info: Begin Logfile
Thu Nov 19 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Thu Nov 19 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Thu Nov 19 01:00:11 2026 Info: New SMTP ICID 433534 interface IncomingMail (192.0.2.10) address 198.51.199.188 reverse dns host mail.partner.example verified yes
Thu Nov 19 01:00:11 2026 Info: ICID 433534 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.7
Thu Nov 19 01:00:11 2026 Info: ICID 433534 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 01:00:11 2026 Info: Start MID 1010466 ICID 433534
Thu Nov 19 01:00:11 2026 Info: MID 1010466 ICID 433534 From: <raj.obrien@partner.example>
Thu Nov 19 01:00:11 2026 Info: MID 1010466 ICID 433534 RID 0 To: <executives@corp.example>
Thu Nov 19 01:00:12 2026 Info: MID 1010466 Message-ID '<21c06a1b138d6ce7a5ea.16589@partner.example>'
Thu Nov 19 01:00:12 2026 Info: MID 1010466 Subject 'FW: contract draft'
Thu Nov 19 01:00:12 2026 Info: MID 1010466 ready 100949 bytes from <raj.obrien@partner.example>
Thu Nov 19 01:00:12 2026 Info: ICID 433534 close
Thu Nov 19 01:00:12 2026 Info: MID 1010466 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Thu Nov 19 01:00:12 2026 Info: MID 1010466 DKIM: pass signature verified (d=partner.example s=s4 i=@partner.example)
Thu Nov 19 01:00:12 2026 Info: MID 1010466 antivirus negative
Thu Nov 19 01:00:12 2026 Info: MID 1010466 using engine: CASE spam negative
Thu Nov 19 01:00:12 2026 Info: MID 1010466 DMARC: Verification passed
Thu Nov 19 01:00:12 2026 Info: MID 1010466 interim AV verdict using Sophos CLEAN
Thu Nov 19 01:00:13 2026 Info: MID 1010466 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 01:00:13 2026 Info: MID 1010466 attachment 'minutes-48728.docx'
Thu Nov 19 01:00:13 2026 Info: MID 1010466 AMP file reputation verdict : CLEAN
Thu Nov 19 01:00:13 2026 Info: MID 1010466 queued for delivery
Thu Nov 19 01:00:14 2026 Info: New SMTP DCID 209375 interface 192.0.2.20 address 52.101.136.80 port 25
Thu Nov 19 01:00:14 2026 Info: DCID 209375 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 01:00:14 2026 Info: Delivery start DCID 209375 MID 1010466 to RID [0]
Thu Nov 19 01:00:15 2026 Info: Message done DCID 209375 MID 1010466 to RID [0]
Thu Nov 19 01:00:15 2026 Info: MID 1010466 RID [0] Response '2.6.0 [InternalId=639110885489, Hostname=AM0PR01MB3395.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 01:00:15 2026 Info: DCID 209375 close
Thu Nov 19 01:00:15 2026 Info: Message finished MID 1010466 done
Thu Nov 19 03:10:37 2026 Info: New SMTP ICID 433535 interface IncomingMail (192.0.2.10) address 198.51.68.211 reverse dns host mail.supplier.example verified yes
Thu Nov 19 03:10:37 2026 Info: ICID 433535 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.3
Thu Nov 19 03:10:37 2026 Info: ICID 433535 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 03:10:37 2026 Info: Start MID 1010467 ICID 433535
Thu Nov 19 03:10:37 2026 Info: MID 1010467 ICID 433535 From: <john.mendes@supplier.example>
Thu Nov 19 03:10:37 2026 Info: MID 1010467 ICID 433535 RID 0 To: <ravi.nguyen48@corp.example>
Thu Nov 19 03:10:37 2026 Info: MID 1010467 ICID 433535 RID 1 To: <ewa.jensen@corp-mail.example>
Thu Nov 19 03:10:37 2026 Info: MID 1010467 Message-ID '<ca5fe7af4df45563f785.37950@supplier.example>'
Thu Nov 19 03:10:37 2026 Info: MID 1010467 Subject 'Invoice 81084'
Thu Nov 19 03:10:37 2026 Info: MID 1010467 ready 7671 bytes from <john.mendes@supplier.example>
Thu Nov 19 03:10:38 2026 Info: MID 1010467 SPF: mailfrom identity john.mendes@supplier.example Pass (v=spf1)
Thu Nov 19 03:10:38 2026 Info: MID 1010467 interim AV verdict using Sophos CLEAN
Thu Nov 19 03:10:38 2026 Info: ICID 433535 close
Thu Nov 19 03:10:38 2026 Info: MID 1010467 DKIM: pass signature verified (d=supplier.example s=s6 i=@supplier.example)
Thu Nov 19 03:10:38 2026 Info: MID 1010467 antivirus negative
Thu Nov 19 03:10:38 2026 Info: MID 1010467 DMARC: Verification passed
Thu Nov 19 03:10:38 2026 Info: MID 1010467 using engine: CASE spam negative
Thu Nov 19 03:10:39 2026 Info: MID 1010467 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 03:10:39 2026 Info: MID 1010467 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 03:10:40 2026 Info: MID 1010467 queued for delivery
Thu Nov 19 03:10:41 2026 Info: New SMTP DCID 209376 interface 192.0.2.20 address 52.101.7.172 port 25
Thu Nov 19 03:10:41 2026 Info: DCID 209376 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 03:10:41 2026 Info: Delivery start DCID 209376 MID 1010467 to RID [0, 1]
Thu Nov 19 03:10:42 2026 Info: Message done DCID 209376 MID 1010467 to RID [0, 1]
Thu Nov 19 03:10:42 2026 Info: MID 1010467 RID [0, 1] Response '2.6.0 [InternalId=382859410356, Hostname=AM0PR01MB5782.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 03:10:42 2026 Info: DCID 209376 close
Thu Nov 19 03:10:42 2026 Info: Message finished MID 1010467 done
Thu Nov 19 03:11:32 2026 Info: New SMTP ICID 433536 interface OutgoingMail (192.0.2.11) address 10.20.8.119 reverse dns host exch1.corp.example verified yes
Thu Nov 19 03:11:32 2026 Info: ICID 433536 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 03:11:32 2026 Info: Start MID 1010468 ICID 433536
Thu Nov 19 03:11:32 2026 Info: MID 1010468 ICID 433536 From: <dan.okafor@corp.example>
Thu Nov 19 03:11:32 2026 Info: MID 1010468 ICID 433536 RID 0 To: <nora.okafor@partner.example>
Thu Nov 19 03:11:33 2026 Info: MID 1010468 Message-ID '<b9555266bb8fbb0423fb.40095@corp.example>'
Thu Nov 19 03:11:33 2026 Info: MID 1010468 Subject 'Re: [support #67163] FW: issue with the VPN client after the latest update (urgent)'
Thu Nov 19 03:11:33 2026 Info: MID 1010468 ready 5480 bytes from <dan.okafor@corp.example>
Thu Nov 19 03:11:33 2026 Info: ICID 433536 close
Thu Nov 19 03:11:33 2026 Info: MID 1010468 URL https://www.corp.example/t/2700977181 has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 03:11:33 2026 Info: MID 1010468 SPF: mailfrom identity dan.okafor@corp.example Pass (v=spf1)
Thu Nov 19 03:11:33 2026 Info: MID 1010468 using engine: CASE spam negative
Thu Nov 19 03:11:34 2026 Info: MID 1010468 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 03:11:34 2026 Info: MID 1010468 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 03:11:35 2026 Info: MID 1010468 queued for delivery
Thu Nov 19 03:11:37 2026 Info: New SMTP DCID 209377 interface 192.0.2.20 address 203.0.113.51 port 25
Thu Nov 19 03:11:37 2026 Info: DCID 209377 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 03:11:37 2026 Info: Delivery start DCID 209377 MID 1010468 to RID [0]
Thu Nov 19 03:11:37 2026 Info: Message done DCID 209377 MID 1010468 to RID [0]
Thu Nov 19 03:11:37 2026 Info: MID 1010468 RID [0] Response '2.0.0 Ok: queued as B3KEpigTXZ4h2hVH'
Thu Nov 19 03:11:37 2026 Info: Message finished MID 1010468 done
Thu Nov 19 03:11:37 2026 Info: DCID 209377 close
Thu Nov 19 05:09:10 2026 Info: New SMTP ICID 433537 interface IncomingMail (192.0.2.10) address 198.51.76.212 reverse dns host mail.client-b.example verified yes
Thu Nov 19 05:09:10 2026 Info: ICID 433537 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.6
Thu Nov 19 05:09:10 2026 Info: ICID 433537 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 05:09:10 2026 Info: Start MID 1010469 ICID 433537
Thu Nov 19 05:09:10 2026 Info: MID 1010469 ICID 433537 From: <max.larsen@client-b.example>
Thu Nov 19 05:09:10 2026 Info: MID 1010469 ICID 433537 RID 0 To: <ldubois@corp.example>
Thu Nov 19 05:09:10 2026 Info: MID 1010469 ICID 433537 RID 1 To: <sara.novak@corp.example>
Thu Nov 19 05:09:10 2026 Info: MID 1010469 ICID 433537 RID 2 To: <kofi.moreau@corp.example>
Thu Nov 19 05:09:10 2026 Info: MID 1010469 ICID 433537 RID 3 To: <raj.tanaka@corp-legacy.example>
Thu Nov 19 05:09:10 2026 Info: MID 1010469 Message-ID "<o'neill.ac25d9192693@client-b.example>"
Thu Nov 19 05:09:10 2026 Info: MID 1010469 Subject 'Meeting notes'
Thu Nov 19 05:09:10 2026 Info: MID 1010469 ready 682965 bytes from <max.larsen@client-b.example>
Thu Nov 19 05:09:10 2026 Info: MID 1010469 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Thu Nov 19 05:09:10 2026 Info: MID 1010469 interim AV verdict using Sophos CLEAN
Thu Nov 19 05:09:10 2026 Info: ICID 433537 close
Thu Nov 19 05:09:10 2026 Info: MID 1010469 using engine: CASE spam negative
Thu Nov 19 05:09:10 2026 Info: MID 1010469 DKIM: pass signature verified (d=client-b.example s=s5 i=@client-b.example)
Thu Nov 19 05:09:10 2026 Info: MID 1010469 antivirus negative
Thu Nov 19 05:09:10 2026 Info: MID 1010469 DMARC: Verification passed
Thu Nov 19 05:09:11 2026 Info: MID 1010469 was split creating MID 1010470 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 05:09:11 2026 Info: MID 1010470 ICID 0 From: <max.larsen@client-b.example>
Thu Nov 19 05:09:11 2026 Info: MID 1010470 ICID 0 RID 0 To: <raj.tanaka@corp-legacy.example>
Thu Nov 19 05:09:11 2026 Info: MID 1010469 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 05:09:11 2026 Info: MID 1010470 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 05:09:11 2026 Info: MID 1010469 attachment 'photo=2016641.heic'
Thu Nov 19 05:09:11 2026 Info: File reputation query initiating. File Name = 'photo 16641.heic', MID = 1010469, File Size = 484912 bytes, File Type = image/heic
Thu Nov 19 05:09:11 2026 Info: MID 1010469 AMP file reputation verdict : CLEAN
Thu Nov 19 05:09:11 2026 Info: MID 1010470 AMP file reputation verdict : CLEAN
Thu Nov 19 05:09:11 2026 Info: Response received for file reputation query from Cloud. File Name = photo 16641.heic, MID = 1010469, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = fc9f01c94159db3cfd0619b39863e9d0fec6a06465c1278c82b0dcfc70851cfb, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Thu Nov 19 05:09:11 2026 Info: MID 1010470 queued for delivery
Thu Nov 19 05:09:12 2026 Info: New SMTP DCID 209379 interface 192.0.2.20 address 10.30.0.25 port 25
Thu Nov 19 05:09:12 2026 Info: DCID 209379 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 05:09:12 2026 Info: Delivery start DCID 209379 MID 1010470 to RID [0]
Thu Nov 19 05:09:13 2026 Info: MID 1010469 queued for delivery
Thu Nov 19 05:09:13 2026 Info: Message done DCID 209379 MID 1010470 to RID [0]
Thu Nov 19 05:09:13 2026 Info: MID 1010470 RID [0] Response '2.0.0 Ok: queued as wKWGZVQY58a5U3uj'
Thu Nov 19 05:09:13 2026 Info: Message finished MID 1010470 done
Thu Nov 19 05:09:13 2026 Info: DCID 209379 close
Thu Nov 19 05:09:16 2026 Info: New SMTP DCID 209378 interface 192.0.2.20 address 52.101.250.96 port 25
Thu Nov 19 05:09:16 2026 Info: DCID 209378 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 05:09:16 2026 Info: Delivery start DCID 209378 MID 1010469 to RID [0, 1, 2]
Thu Nov 19 05:09:19 2026 Info: Message done DCID 209378 MID 1010469 to RID [0, 1, 2]
Thu Nov 19 05:09:19 2026 Info: MID 1010469 RID [0, 1, 2] Response '2.6.0 [InternalId=204936077342, Hostname=AM0PR01MB4092.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 05:09:19 2026 Info: Message finished MID 1010469 done
Thu Nov 19 05:09:19 2026 Info: DCID 209378 close
Thu Nov 19 05:23:37 2026 Info: New SMTP ICID 433538 interface IncomingMail (192.0.2.10) address 198.51.190.134 reverse dns host mail.bank.example verified yes
Thu Nov 19 05:23:37 2026 Info: ICID 433538 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Thu Nov 19 05:23:37 2026 Info: ICID 433538 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 05:23:38 2026 Info: Start MID 1010471 ICID 433538
Thu Nov 19 05:23:38 2026 Info: MID 1010471 ICID 433538 From: <mary.mendes@bank.example>
Thu Nov 19 05:23:38 2026 Info: MID 1010471 ICID 433538 RID 0 To: <ewa.jensen@corp-mail.example>
Thu Nov 19 05:23:38 2026 Info: MID 1010471 ICID 433538 RID 1 To: <paul.moreau@corp.example>
Thu Nov 19 05:23:38 2026 Info: MID 1010471 Message-ID '<ec1fc8edff88d1220199.72456@bank.example>'
Thu Nov 19 05:23:38 2026 Info: MID 1010471 Subject 'Weekly newsletter #34836'
Thu Nov 19 05:23:38 2026 Info: MID 1010471 ready 28479 bytes from <mary.mendes@bank.example>
Thu Nov 19 05:23:38 2026 Info: MID 1010471 DKIM: pass signature verified (d=bank.example s=s5 i=@bank.example)
Thu Nov 19 05:23:38 2026 Info: MID 1010471 DMARC: Verification passed
Thu Nov 19 05:23:38 2026 Info: MID 1010471 using engine: CASE spam negative
Thu Nov 19 05:23:38 2026 Info: ICID 433538 close
Thu Nov 19 05:23:38 2026 Info: MID 1010471 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Thu Nov 19 05:23:40 2026 Info: MID 1010471 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 05:23:40 2026 Info: MID 1010471 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 05:23:40 2026 Info: MID 1010471 queued for delivery
Thu Nov 19 05:23:41 2026 Info: New SMTP DCID 209380 interface 192.0.2.20 address 52.101.250.163 port 25
Thu Nov 19 05:23:41 2026 Info: DCID 209380 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 05:23:41 2026 Info: Delivery start DCID 209380 MID 1010471 to RID [0, 1]
Thu Nov 19 05:23:41 2026 Info: Message done DCID 209380 MID 1010471 to RID [0, 1]
Thu Nov 19 05:23:41 2026 Info: MID 1010471 RID [0, 1] Response '2.6.0 [InternalId=750789628059, Hostname=AM0PR01MB1939.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 05:23:41 2026 Info: Message finished MID 1010471 done
Thu Nov 19 05:23:41 2026 Info: DCID 209380 close
Thu Nov 19 05:32:34 2026 Info: New SMTP ICID 433539 interface IncomingMail (192.0.2.10) address 198.51.143.7 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 05:32:34 2026 Info: ICID 433539 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Thu Nov 19 05:32:34 2026 Info: ICID 433539 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 05:32:34 2026 Info: Start MID 1010472 ICID 433539
Thu Nov 19 05:32:34 2026 Info: MID 1010472 ICID 433539 From: <li.walsh@cloudapp.example>
Thu Nov 19 05:32:34 2026 Info: MID 1010472 ICID 433539 RID 0 To: <kofi.nguyen@corp.example>
Thu Nov 19 05:32:35 2026 Info: MID 1010472 Message-ID '<cd0507f60084bd8e15c2.82884@cloudapp.example>'
Thu Nov 19 05:32:35 2026 Info: MID 1010472 Subject 'Re: Re: Re: hiring plan'
Thu Nov 19 05:32:35 2026 Info: MID 1010472 ready 3948151 bytes from <li.walsh@cloudapp.example>
Thu Nov 19 05:32:35 2026 Info: MID 1010472 DMARC: Verification passed
Thu Nov 19 05:32:35 2026 Info: ICID 433539 close
Thu Nov 19 05:32:35 2026 Info: MID 1010472 DKIM: pass signature verified (d=cloudapp.example s=s5 i=@cloudapp.example)
Thu Nov 19 05:32:35 2026 Info: MID 1010472 using engine: CASE spam negative
Thu Nov 19 05:32:35 2026 Info: MID 1010472 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Thu Nov 19 05:32:36 2026 Info: MID 1010472 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 05:32:36 2026 Info: MID 1010472 attachment 'specs-15581.zip'
Thu Nov 19 05:32:36 2026 Info: File reputation query initiating. File Name = 'specs-15581.zip', MID = 1010472, File Size = 2935778 bytes, File Type = application/zip
Thu Nov 19 05:32:36 2026 Info: MID 1010472 AMP file reputation verdict : CLEAN
Thu Nov 19 05:32:36 2026 Info: Response received for file reputation query from Cloud. File Name = 'specs-15581.zip', MID = 1010472, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 1cc12d03c06601ab9900f6b0632a27fb5968a012ea3d96925a71336194fcd9f7, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Thu Nov 19 05:32:38 2026 Info: MID 1010472 queued for delivery
Thu Nov 19 05:32:39 2026 Info: New SMTP DCID 209381 interface 192.0.2.20 address 52.101.31.147 port 25
Thu Nov 19 05:32:39 2026 Info: DCID 209381 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 05:32:39 2026 Info: Delivery start DCID 209381 MID 1010472 to RID [0]
Thu Nov 19 05:32:41 2026 Info: Message done DCID 209381 MID 1010472 to RID [0]
Thu Nov 19 05:32:41 2026 Info: MID 1010472 RID [0] Response '2.6.0 [InternalId=859750587363, Hostname=AM0PR01MB5210.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 05:32:41 2026 Info: Message finished MID 1010472 done
Thu Nov 19 05:32:41 2026 Info: DCID 209381 close
Thu Nov 19 05:53:39 2026 Info: New SMTP ICID 433540 interface IncomingMail (192.0.2.10) address 198.51.197.138 reverse dns host mail.travel.example verified yes
Thu Nov 19 05:53:39 2026 Info: ICID 433540 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Thu Nov 19 05:53:39 2026 Info: ICID 433540 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 05:53:39 2026 Info: Start MID 1010473 ICID 433540
Thu Nov 19 05:53:39 2026 Info: MID 1010473 ICID 433540 From: <ewa.patel@travel.example>
Thu Nov 19 05:53:39 2026 Info: MID 1010473 ICID 433540 RID 0 To: <omar.mendes@corp.example>
Thu Nov 19 05:53:40 2026 Info: MID 1010473 Message-ID '<72442dca290fa96315e0.6723@travel.example>'
Thu Nov 19 05:53:40 2026 Info: MID 1010473 Subject 'Price list 30018'
Thu Nov 19 05:53:40 2026 Info: MID 1010473 ready 35894 bytes from <ewa.patel@travel.example>
Thu Nov 19 05:53:40 2026 Info: MID 1010473 Outbreak Filters: verdict negative
Thu Nov 19 05:53:40 2026 Info: MID 1010473 using engine: CASE spam negative
Thu Nov 19 05:53:40 2026 Info: MID 1010473 URL https://www.travel.example/t/9695184d2c has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 05:53:40 2026 Info: ICID 433540 close
Thu Nov 19 05:53:40 2026 Info: MID 1010473 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Thu Nov 19 05:53:41 2026 Info: MID 1010473 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 05:53:41 2026 Info: MID 1010473 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 05:53:42 2026 Info: MID 1010473 queued for delivery
Thu Nov 19 05:53:44 2026 Info: New SMTP DCID 209382 interface 192.0.2.20 address 52.101.4.57 port 25
Thu Nov 19 05:53:44 2026 Info: DCID 209382 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 05:53:44 2026 Info: Delivery start DCID 209382 MID 1010473 to RID [0]
Thu Nov 19 05:53:46 2026 Info: Message done DCID 209382 MID 1010473 to RID [0]
Thu Nov 19 05:53:46 2026 Info: MID 1010473 RID [0] Response '2.0.0 Ok: queued as KB4vtwfFMrHkZ5uW'
Thu Nov 19 05:53:46 2026 Info: DCID 209382 close
Thu Nov 19 05:53:46 2026 Info: Message finished MID 1010473 done
Thu Nov 19 06:08:05 2026 Info: New SMTP ICID 433541 interface OutgoingMail (192.0.2.11) address 10.20.6.224 reverse dns host exch2.corp.example verified yes
Thu Nov 19 06:08:05 2026 Info: ICID 433541 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 06:08:05 2026 Info: Start MID 1010474 ICID 433541
Thu Nov 19 06:08:05 2026 Info: MID 1010474 ICID 433541 From: <leo.dubois@corp.example>
Thu Nov 19 06:08:05 2026 Info: MID 1010474 ICID 433541 RID 0 To: <leo.mendes@bank.example>
Thu Nov 19 06:08:05 2026 Info: MID 1010474 Message-ID '<7b48e47f6acc08e00d19.37160@corp.example>'
Thu Nov 19 06:08:05 2026 Info: MID 1010474 Subject 'Welcome to the team!'
Thu Nov 19 06:08:05 2026 Info: MID 1010474 ready 525118 bytes from <leo.dubois@corp.example>
Thu Nov 19 06:08:05 2026 Info: ICID 433541 close
Thu Nov 19 06:08:05 2026 Info: MID 1010474 DMARC: Verification passed
Thu Nov 19 06:08:05 2026 Info: MID 1010474 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Thu Nov 19 06:08:05 2026 Info: MID 1010474 using engine: CASE spam negative
Thu Nov 19 06:08:06 2026 Info: MID 1010474 SPF: mailfrom identity leo.dubois@corp.example Pass (v=spf1)
Thu Nov 19 06:08:07 2026 Info: MID 1010474 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 06:08:07 2026 Info: MID 1010474 attachment 'Q1 Report 2026.pdf'
Thu Nov 19 06:08:07 2026 Info: MID 1010474 AMP file reputation verdict : UNKNOWN
Thu Nov 19 06:08:09 2026 Info: MID 1010474 queued for delivery
Thu Nov 19 06:08:10 2026 Info: New SMTP DCID 209383 interface 192.0.2.20 address 203.0.113.74 port 25
Thu Nov 19 06:08:10 2026 Info: DCID 209383 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 06:08:10 2026 Info: Delivery start DCID 209383 MID 1010474 to RID [0]
Thu Nov 19 06:08:12 2026 Info: Message done DCID 209383 MID 1010474 to RID [0]
Thu Nov 19 06:08:12 2026 Info: MID 1010474 RID [0] Response '2.0.0 Ok: queued as y45L4VWSwnJTjyko'
Thu Nov 19 06:08:12 2026 Info: DCID 209383 close
Thu Nov 19 06:08:12 2026 Info: Message finished MID 1010474 done
Thu Nov 19 07:18:11 2026 Info: New SMTP ICID 433542 interface IncomingMail (192.0.2.10) address 198.51.131.245 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 07:18:11 2026 Info: ICID 433542 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.1
Thu Nov 19 07:18:11 2026 Info: ICID 433542 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 07:18:11 2026 Info: Start MID 1010475 ICID 433542
Thu Nov 19 07:18:11 2026 Info: MID 1010475 ICID 433542 From: <li.walsh@cloudapp.example>
Thu Nov 19 07:18:11 2026 Info: MID 1010475 ICID 433542 RID 0 To: <ravi.nguyen48@corp.example>
Thu Nov 19 07:18:11 2026 Info: MID 1010475 Message-ID '<487dbf843d629a267d95.63993@cloudapp.example>'
Thu Nov 19 07:18:11 2026 Info: MID 1010475 Subject 'Reminder: timesheets due'
Thu Nov 19 07:18:11 2026 Info: MID 1010475 ready 19482 bytes from <li.walsh@cloudapp.example>
Thu Nov 19 07:18:11 2026 Info: ICID 433542 close
Thu Nov 19 07:18:11 2026 Info: MID 1010475 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Thu Nov 19 07:18:12 2026 Info: MID 1010475 using engine: CASE spam negative
Thu Nov 19 07:18:12 2026 Info: MID 1010475 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 07:18:12 2026 Info: MID 1010475 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 07:18:15 2026 Info: MID 1010475 queued for delivery
Thu Nov 19 07:18:16 2026 Info: New SMTP DCID 209384 interface 192.0.2.20 address 52.101.82.37 port 25
Thu Nov 19 07:18:16 2026 Info: DCID 209384 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 07:18:16 2026 Info: Delivery start DCID 209384 MID 1010475 to RID [0]
Thu Nov 19 07:18:17 2026 Info: Message done DCID 209384 MID 1010475 to RID [0]
Thu Nov 19 07:18:17 2026 Info: MID 1010475 RID [0] Response '2.6.0 [InternalId=710094729629, Hostname=AM0PR01MB6491.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 07:18:17 2026 Info: Message finished MID 1010475 done
Thu Nov 19 07:18:17 2026 Info: DCID 209384 close
Thu Nov 19 07:31:53 2026 Info: New SMTP ICID 433543 interface IncomingMail (192.0.2.10) address 198.51.150.147 reverse dns host mail.bank.example verified yes
Thu Nov 19 07:31:53 2026 Info: ICID 433543 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.4
Thu Nov 19 07:31:53 2026 Info: ICID 433543 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 07:31:53 2026 Info: Start MID 1010476 ICID 433543
Thu Nov 19 07:31:53 2026 Info: MID 1010476 ICID 433543 From: <hugo.weber@bank.example>
Thu Nov 19 07:31:53 2026 Info: MID 1010476 ICID 433543 RID 0 To: <kofi.nguyen@corp.example>
Thu Nov 19 07:31:53 2026 Info: MID 1010476 Message-ID '<CA741h__mwSChefjGqjs4TxdCjsjGA=-9o/IfrO4Z4Qs@mail.bank.example>'
Thu Nov 19 07:31:53 2026 Info: MID 1010476 Subject 'Lunch on Friday?'
Thu Nov 19 07:31:53 2026 Info: MID 1010476 ready 18037 bytes from <hugo.weber@bank.example>
Thu Nov 19 07:31:53 2026 Info: MID 1010476 DMARC: Verification passed
Thu Nov 19 07:31:53 2026 Info: MID 1010476 using engine: CASE spam negative
Thu Nov 19 07:31:53 2026 Info: ICID 433543 close
Thu Nov 19 07:31:53 2026 Info: MID 1010476 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Thu Nov 19 07:31:53 2026 Info: MID 1010476 DKIM: pass signature verified (d=bank.example s=s9 i=@bank.example)
Thu Nov 19 07:31:54 2026 Info: MID 1010476 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 07:31:54 2026 Info: MID 1010476 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 07:31:55 2026 Info: MID 1010476 queued for delivery
Thu Nov 19 07:31:57 2026 Info: New SMTP DCID 209385 interface 192.0.2.20 address 52.101.215.52 port 25
Thu Nov 19 07:31:57 2026 Info: DCID 209385 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 07:31:57 2026 Info: Delivery start DCID 209385 MID 1010476 to RID [0]
Thu Nov 19 07:32:00 2026 Info: Message done DCID 209385 MID 1010476 to RID [0]
Thu Nov 19 07:32:00 2026 Info: MID 1010476 RID [0] Response '2.6.0 [InternalId=604561799645, Hostname=AM0PR01MB4789.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 07:32:00 2026 Info: Message finished MID 1010476 done
Thu Nov 19 07:32:00 2026 Info: DCID 209385 close
Thu Nov 19 07:50:07 2026 Info: New SMTP ICID 433544 interface IncomingMail (192.0.2.10) address 198.51.3.132 reverse dns host mail.gmail.example verified yes
Thu Nov 19 07:50:07 2026 Info: ICID 433544 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Thu Nov 19 07:50:07 2026 Info: ICID 433544 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 07:50:08 2026 Info: Start MID 1010477 ICID 433544
Thu Nov 19 07:50:08 2026 Info: MID 1010477 ICID 433544 From: <sara.ivanova@gmail.example>
Thu Nov 19 07:50:08 2026 Info: MID 1010477 ICID 433544 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 07:50:08 2026 Info: MID 1010477 Message-ID '<57428bb525da050bf9fe.71253@gmail.example>'
Thu Nov 19 07:50:08 2026 Info: MID 1010477 Subject 'Lunch on Friday?'
Thu Nov 19 07:50:08 2026 Info: MID 1010477 ready 1334383 bytes from <sara.ivanova@gmail.example>
Thu Nov 19 07:50:08 2026 Info: MID 1010477 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Thu Nov 19 07:50:08 2026 Info: MID 1010477 URL https://www.gmail.example/t/dd0eda8a6f has reputation 4.5 matched Condition: URL Reputation Rule
Thu Nov 19 07:50:08 2026 Info: ICID 433544 close
Thu Nov 19 07:50:08 2026 Info: MID 1010477 using engine: CASE spam negative
Thu Nov 19 07:50:09 2026 Info: MID 1010477 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 07:50:10 2026 Info: MID 1010477 attachment 'Q2 Report 2026.pdf'
Thu Nov 19 07:50:10 2026 Info: MID 1010477 AMP file reputation verdict : UNKNOWN
Thu Nov 19 07:50:12 2026 Info: MID 1010477 queued for delivery
Thu Nov 19 07:50:15 2026 Info: New SMTP DCID 209386 interface 192.0.2.20 address 52.101.91.46 port 25
Thu Nov 19 07:50:15 2026 Info: DCID 209386 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 07:50:15 2026 Info: Delivery start DCID 209386 MID 1010477 to RID [0]
Thu Nov 19 07:50:16 2026 Info: Message done DCID 209386 MID 1010477 to RID [0]
Thu Nov 19 07:50:16 2026 Info: MID 1010477 RID [0] Response '2.0.0 Ok: queued as 9zDEnVV5PZ8pkMwZ'
Thu Nov 19 07:50:16 2026 Info: Message finished MID 1010477 done
Thu Nov 19 07:50:17 2026 Info: DCID 209386 close
Thu Nov 19 07:56:51 2026 Info: New SMTP ICID 433545 interface IncomingMail (192.0.2.10) address 198.51.68.189 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 07:56:51 2026 Info: ICID 433545 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.6
Thu Nov 19 07:56:51 2026 Info: ICID 433545 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 07:56:51 2026 Info: Start MID 1010478 ICID 433545
Thu Nov 19 07:56:51 2026 Info: MID 1010478 ICID 433545 From: <kofi.rossi@cloudapp.example>
Thu Nov 19 07:56:51 2026 Info: MID 1010478 ICID 433545 RID 0 To: <kofi.nguyen@corp.example>
Thu Nov 19 07:56:52 2026 Info: MID 1010478 Message-ID '<be109969bc8de9608ea8.60041@cloudapp.example>'
Thu Nov 19 07:56:52 2026 Info: MID 1010478 Subject 'Invoice 80756'
Thu Nov 19 07:56:52 2026 Info: MID 1010478 ready 1158071 bytes from <kofi.rossi@cloudapp.example>
Thu Nov 19 07:56:52 2026 Info: ICID 433545 close
Thu Nov 19 07:56:52 2026 Info: MID 1010478 SPF: mailfrom identity kofi.rossi@cloudapp.example Pass (v=spf1)
Thu Nov 19 07:56:52 2026 Info: MID 1010478 using engine: CASE spam negative
Thu Nov 19 07:56:52 2026 Info: MID 1010478 interim AV verdict using Sophos CLEAN
Thu Nov 19 07:56:52 2026 Info: MID 1010478 antivirus negative
Thu Nov 19 07:56:52 2026 Info: MID 1010478 DMARC: Verification passed
Thu Nov 19 07:56:52 2026 Info: MID 1010478 DKIM: pass signature verified (d=cloudapp.example s=s8 i=@cloudapp.example)
Thu Nov 19 07:56:52 2026 Info: MID 1010478 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 07:56:53 2026 Info: MID 1010478 attachment 'budget_2026_v2.xlsx'
Thu Nov 19 07:56:53 2026 Info: MID 1010478 AMP file reputation verdict : UNKNOWN
Thu Nov 19 07:56:53 2026 Info: MID 1010478 queued for delivery
Thu Nov 19 07:56:53 2026 Info: MID 1010479 was generated based on MID 1010478 by bcc filter 'Finance_Archive'
Thu Nov 19 07:56:53 2026 Info: MID 1010479 ICID 0 From: <kofi.rossi@cloudapp.example>
Thu Nov 19 07:56:53 2026 Info: MID 1010479 ICID 0 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 07:56:53 2026 Info: MID 1010479 Message-ID '<be109969bc8de9608ea8.60041@cloudapp.example>'
Thu Nov 19 07:56:53 2026 Info: MID 1010479 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 07:56:53 2026 Info: MID 1010479 queued for delivery
Thu Nov 19 07:56:54 2026 Info: New SMTP DCID 209388 interface 192.0.2.20 address 52.101.134.72 port 25
Thu Nov 19 07:56:54 2026 Info: DCID 209388 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 07:56:54 2026 Info: Delivery start DCID 209388 MID 1010479 to RID [0]
Thu Nov 19 07:56:55 2026 Info: New SMTP DCID 209387 interface 192.0.2.20 address 52.101.82.139 port 25
Thu Nov 19 07:56:55 2026 Info: DCID 209387 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 07:56:55 2026 Info: Delivery start DCID 209387 MID 1010478 to RID [0]
Thu Nov 19 07:56:55 2026 Info: Message done DCID 209388 MID 1010479 to RID [0]
Thu Nov 19 07:56:55 2026 Info: MID 1010479 RID [0] Response '2.6.0 [InternalId=295417471670, Hostname=AM0PR01MB4380.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 07:56:55 2026 Info: Message finished MID 1010479 done
Thu Nov 19 07:56:55 2026 Info: DCID 209388 close
Thu Nov 19 07:56:56 2026 Info: Message done DCID 209387 MID 1010478 to RID [0]
Thu Nov 19 07:56:56 2026 Info: MID 1010478 RID [0] Response '2.0.0 Ok: queued as Tmgd5Mh9eopAvURZ'
Thu Nov 19 07:56:56 2026 Info: DCID 209387 close
Thu Nov 19 07:56:56 2026 Info: Message finished MID 1010478 done
Thu Nov 19 08:00:39 2026 Info: New SMTP ICID 433546 interface OutgoingMail (192.0.2.11) address 10.20.8.232 reverse dns host exch2.corp.example verified yes
Thu Nov 19 08:00:39 2026 Info: ICID 433546 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 08:00:40 2026 Info: Start MID 1010480 ICID 433546
Thu Nov 19 08:00:40 2026 Info: MID 1010480 ICID 433546 From: <ida.dubois@corp.example>
Thu Nov 19 08:00:40 2026 Info: MID 1010480 ICID 433546 RID 0 To: <leo.jensen@gmail.example>
Thu Nov 19 08:00:40 2026 Info: MID 1010480 Message-ID '<c422dfd836aaf6e74961.43768@corp.example>'
Thu Nov 19 08:00:40 2026 Info: MID 1010480 Subject 'Meeting notes'
Thu Nov 19 08:00:40 2026 Info: MID 1010480 ready 34637 bytes from <ida.dubois@corp.example>
Thu Nov 19 08:00:40 2026 Info: ICID 433546 close
Thu Nov 19 08:00:40 2026 Info: MID 1010480 URL https://www.corp.example/t/51831ca26 has reputation 4.5 matched Condition: URL Reputation Rule
Thu Nov 19 08:00:40 2026 Info: MID 1010480 using engine: CASE spam negative
Thu Nov 19 08:00:40 2026 Info: MID 1010480 SPF: mailfrom identity ida.dubois@corp.example Pass (v=spf1)
Thu Nov 19 08:00:40 2026 Info: MID 1010480 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 08:00:40 2026 Info: MID 1010480 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:00:41 2026 Info: MID 1010480 queued for delivery
Thu Nov 19 08:00:42 2026 Info: New SMTP DCID 209389 interface 192.0.2.20 address 203.0.113.156 port 25
Thu Nov 19 08:00:42 2026 Info: DCID 209389 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:00:42 2026 Info: Delivery start DCID 209389 MID 1010480 to RID [0]
Thu Nov 19 08:00:42 2026 Info: Message done DCID 209389 MID 1010480 to RID [0]
Thu Nov 19 08:00:42 2026 Info: MID 1010480 RID [0] Response '2.0.0 Ok: queued as h2pDWJTuvBuBA4Fk'
Thu Nov 19 08:00:42 2026 Info: Message finished MID 1010480 done
Thu Nov 19 08:00:42 2026 Info: DCID 209389 close
Thu Nov 19 08:09:13 2026 Info: New SMTP ICID 433547 interface OutgoingMail (192.0.2.11) address 10.20.3.134 reverse dns host exch3.corp.example verified yes
Thu Nov 19 08:09:13 2026 Info: ICID 433547 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 08:09:13 2026 Info: Start MID 1010481 ICID 433547
Thu Nov 19 08:09:13 2026 Info: MID 1010481 ICID 433547 From: <emma.garcia@corp.example>
Thu Nov 19 08:09:13 2026 Info: MID 1010481 ICID 433547 RID 0 To: <tom.obrien@bank.example>
Thu Nov 19 08:09:13 2026 Info: MID 1010481 ICID 433547 RID 1 To: <ida.kim@partner.example>
Thu Nov 19 08:09:14 2026 Info: MID 1010481 Message-ID '<d7b3044dd82959481c4c.84432@corp.example>'
Thu Nov 19 08:09:14 2026 Info: MID 1010481 Subject "Re: O'Brien account review"
Thu Nov 19 08:09:14 2026 Info: MID 1010481 ready 3062677 bytes from <emma.garcia@corp.example>
Thu Nov 19 08:09:14 2026 Info: MID 1010481 SPF: mailfrom identity emma.garcia@corp.example Pass (v=spf1)
Thu Nov 19 08:09:14 2026 Info: ICID 433547 close
Thu Nov 19 08:09:14 2026 Info: MID 1010481 using engine: CASE spam negative
Thu Nov 19 08:09:14 2026 Info: MID 1010481 DMARC: Verification passed
Thu Nov 19 08:09:14 2026 Info: MID 1010481 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Thu Nov 19 08:09:14 2026 Info: MID 1010481 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 08:09:14 2026 Info: MID 1010481 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Thu Nov 19 08:09:14 2026 Info: File reputation query initiating. File Name = 'Report,Final Draft: Revenue (Q3),Approved.pdf', MID = 1010481, File Size = 96903 bytes, File Type = application/pdf
Thu Nov 19 08:09:15 2026 Info: Response received for file reputation query from Cache. File Name = 'Report,Final Draft: Revenue (Q3),Approved.pdf', MID = 1010481, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 53b97377b34e8ece7e9ee51d9212824c83c8cb28eb4ed2e3895e8b6b263cfa5e, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 08:09:15 2026 Info: MID 1010481 attachment 'photo=2027553.heic'
Thu Nov 19 08:09:15 2026 Info: File reputation query initiating. File Name = 'photo 27553.heic', MID = 1010481, File Size = 2196582 bytes, File Type = image/heic
Thu Nov 19 08:09:15 2026 Info: MID 1010481 AMP file reputation verdict : CLEAN
Thu Nov 19 08:09:15 2026 Info: Response received for file reputation query from Cache. File Name = 'photo 27553.heic', MID = 1010481, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 3d9a8079abd0d7fb1292618550e40d54712ea6b36471fde41f229dd06aa8b9e0, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 08:09:16 2026 Info: MID 1010481 queued for delivery
Thu Nov 19 08:09:17 2026 Info: New SMTP DCID 209390 interface 192.0.2.20 address 203.0.113.74 port 25
Thu Nov 19 08:09:17 2026 Info: DCID 209390 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:09:17 2026 Info: Delivery start DCID 209390 MID 1010481 to RID [0]
Thu Nov 19 08:09:17 2026 Info: Message done DCID 209390 MID 1010481 to RID [0]
Thu Nov 19 08:09:17 2026 Info: MID 1010481 RID [0] Response '2.0.0 Ok: queued as QjzRKboTpgbqJoK9'
Thu Nov 19 08:09:17 2026 Info: New SMTP DCID 209391 interface 192.0.2.20 address 203.0.113.175 port 25
Thu Nov 19 08:09:17 2026 Info: DCID 209391 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 08:09:17 2026 Info: Delivery start DCID 209391 MID 1010481 to RID [1]
Thu Nov 19 08:09:17 2026 Info: DCID 209390 close
Thu Nov 19 08:09:19 2026 Info: Message done DCID 209391 MID 1010481 to RID [1]
Thu Nov 19 08:09:19 2026 Info: MID 1010481 RID [1] Response '2.0.0 Ok: queued as RHxuQrmC8KnTdwHR'
Thu Nov 19 08:09:19 2026 Info: Message finished MID 1010481 done
Thu Nov 19 08:09:19 2026 Info: DCID 209391 close
Thu Nov 19 08:21:10 2026 Info: New SMTP ICID 433548 interface IncomingMail (192.0.2.10) address 198.51.113.53 reverse dns host mail.partner.example verified yes
Thu Nov 19 08:21:10 2026 Info: ICID 433548 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Thu Nov 19 08:21:10 2026 Info: ICID 433548 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:21:11 2026 Info: Start MID 1010482 ICID 433548
Thu Nov 19 08:21:11 2026 Info: MID 1010482 ICID 433548 From: <raj.obrien@partner.example>
Thu Nov 19 08:21:11 2026 Info: MID 1010482 ICID 433548 RID 0 To: <omar.weber@corp.example>
Thu Nov 19 08:21:11 2026 Info: MID 1010482 Message-ID '<d29c60a9ad38da38e87a.17939@partner.example>'
Thu Nov 19 08:21:11 2026 Info: MID 1010482 Subject 'Café menu for next week'
Thu Nov 19 08:21:11 2026 Info: MID 1010482 ready 40141 bytes from <raj.obrien@partner.example>
Thu Nov 19 08:21:11 2026 Info: MID 1010482 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Thu Nov 19 08:21:11 2026 Info: ICID 433548 close
Thu Nov 19 08:21:11 2026 Info: MID 1010482 using engine: CASE spam negative
Thu Nov 19 08:21:12 2026 Info: MID 1010482 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 08:21:12 2026 Info: MID 1010482 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:21:13 2026 Info: MID 1010482 queued for delivery
Thu Nov 19 08:21:17 2026 Info: New SMTP DCID 209392 interface 192.0.2.20 address 52.101.21.220 port 25
Thu Nov 19 08:21:17 2026 Info: DCID 209392 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 08:21:17 2026 Info: Delivery start DCID 209392 MID 1010482 to RID [0]
Thu Nov 19 08:21:18 2026 Info: Message done DCID 209392 MID 1010482 to RID [0]
Thu Nov 19 08:21:18 2026 Info: MID 1010482 RID [0] Response '2.0.0 Ok: queued as rNrQvD3Z3fHusBJH'
Thu Nov 19 08:21:18 2026 Info: Message finished MID 1010482 done
Thu Nov 19 08:21:18 2026 Info: DCID 209392 close
Thu Nov 19 08:34:10 2026 Info: New SMTP ICID 433549 interface IncomingMail (192.0.2.10) address 198.51.178.67 reverse dns host mail.gmail.example verified yes
Thu Nov 19 08:34:10 2026 Info: ICID 433549 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.7
Thu Nov 19 08:34:10 2026 Info: ICID 433549 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:34:10 2026 Info: Start MID 1010483 ICID 433549
Thu Nov 19 08:34:10 2026 Info: MID 1010483 ICID 433549 From: <marc.mendes@gmail.example>
Thu Nov 19 08:34:10 2026 Info: MID 1010483 ICID 433549 RID 0 To: <lucia.okafor@corp.example>
Thu Nov 19 08:34:10 2026 Info: MID 1010483 Message-ID '<8aab9ed866fb79ea56df.10569@gmail.example>'
Thu Nov 19 08:34:10 2026 Info: MID 1010483 Subject 'FW: contract draft'
Thu Nov 19 08:34:10 2026 Info: MID 1010483 ready 21972 bytes from <marc.mendes@gmail.example>
Thu Nov 19 08:34:10 2026 Info: MID 1010483 DKIM: pass signature verified (d=gmail.example s=s2 i=@gmail.example)
Thu Nov 19 08:34:10 2026 Info: MID 1010483 using engine: CASE spam negative
Thu Nov 19 08:34:10 2026 Info: MID 1010483 DMARC: Verification passed
Thu Nov 19 08:34:10 2026 Info: MID 1010483 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Thu Nov 19 08:34:10 2026 Info: ICID 433549 close
Thu Nov 19 08:34:12 2026 Info: MID 1010483 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:34:12 2026 Info: MID 1010483 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:34:13 2026 Info: MID 1010483 queued for delivery
Thu Nov 19 08:34:15 2026 Info: New SMTP DCID 209393 interface 192.0.2.20 address 52.101.212.86 port 25
Thu Nov 19 08:34:15 2026 Info: DCID 209393 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 08:34:15 2026 Info: Delivery start DCID 209393 MID 1010483 to RID [0]
Thu Nov 19 08:34:17 2026 Info: Message done DCID 209393 MID 1010483 to RID [0]
Thu Nov 19 08:34:17 2026 Info: MID 1010483 RID [0] Response '2.6.0 [InternalId=624983184448, Hostname=AM0PR01MB2893.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 08:34:17 2026 Info: Message finished MID 1010483 done
Thu Nov 19 08:34:17 2026 Info: DCID 209393 close
Thu Nov 19 08:41:31 2026 Info: New SMTP ICID 433550 interface IncomingMail (192.0.2.10) address 198.51.97.218 reverse dns host mail.logistics.example verified yes
Thu Nov 19 08:41:31 2026 Info: ICID 433550 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Thu Nov 19 08:41:31 2026 Info: ICID 433550 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 08:41:31 2026 Info: Start MID 1010484 ICID 433550
Thu Nov 19 08:41:31 2026 Info: MID 1010484 ICID 433550 From: <sofia.weber@logistics.example>
Thu Nov 19 08:41:31 2026 Info: MID 1010484 ICID 433550 RID 0 To: <yuki.ivanova@corp.example>
Thu Nov 19 08:41:32 2026 Info: MID 1010484 Message-ID '<e0871b8e789ed2d74ff6.64253@logistics.example>'
Thu Nov 19 08:41:32 2026 Info: MID 1010484 Subject 'Reminder: timesheets due'
Thu Nov 19 08:41:32 2026 Info: MID 1010484 ready 8454 bytes from <sofia.weber@logistics.example>
Thu Nov 19 08:41:32 2026 Info: ICID 433550 close
Thu Nov 19 08:41:32 2026 Info: MID 1010484 using engine: CASE spam negative
Thu Nov 19 08:41:32 2026 Info: MID 1010484 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Thu Nov 19 08:41:32 2026 Info: MID 1010484 URL https://www.logistics.example/t/ab632c1aca has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 08:41:32 2026 Info: MID 1010484 Outbreak Filters: verdict negative
Thu Nov 19 08:41:33 2026 Info: MID 1010484 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:41:33 2026 Info: MID 1010484 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:41:34 2026 Info: MID 1010484 queued for delivery
Thu Nov 19 08:41:37 2026 Info: New SMTP DCID 209394 interface 192.0.2.20 address 52.101.191.247 port 25
Thu Nov 19 08:41:37 2026 Info: DCID 209394 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 08:41:37 2026 Info: Delivery start DCID 209394 MID 1010484 to RID [0]
Thu Nov 19 08:41:38 2026 Info: Bounced: DCID 209394 MID 1010484 From: <sofia.weber@logistics.example> To: <yuki.ivanova@corp.example> RID 0 - 5.2.2 - Mailbox full ('552', ['5.2.2 <yuki.ivanova@corp.example>: Mailbox full; quota exceeded'])
Thu Nov 19 08:41:38 2026 Info: Message finished MID 1010484 done
Thu Nov 19 08:41:38 2026 Info: DCID 209394 close
Thu Nov 19 08:41:39 2026 Info: Start MID 1010485 ICID 0
Thu Nov 19 08:41:39 2026 Info: MID 1010485 was generated for bounce of MID 1010484
Thu Nov 19 08:41:39 2026 Info: MID 1010485 ICID 0 From: <>
Thu Nov 19 08:41:39 2026 Info: MID 1010485 ICID 0 RID 0 To: <sofia.weber@logistics.example>
Thu Nov 19 08:41:39 2026 Info: MID 1010485 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 08:41:39 2026 Info: MID 1010485 ready 7114 bytes from <>
Thu Nov 19 08:41:39 2026 Info: MID 1010485 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:41:39 2026 Info: MID 1010485 queued for delivery
Thu Nov 19 08:41:41 2026 Info: New SMTP DCID 209395 interface 192.0.2.20 address 203.0.113.122 port 25
Thu Nov 19 08:41:41 2026 Info: DCID 209395 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 08:41:41 2026 Info: Delivery start DCID 209395 MID 1010485 to RID [0]
Thu Nov 19 08:41:42 2026 Info: Message done DCID 209395 MID 1010485 to RID [0]
Thu Nov 19 08:41:42 2026 Info: MID 1010485 RID [0] Response '2.0.0 Ok: queued as QptuTCJa2UgQ9wY7'
Thu Nov 19 08:41:42 2026 Info: Message finished MID 1010485 done
Thu Nov 19 08:41:42 2026 Info: DCID 209395 close
Thu Nov 19 08:44:31 2026 Info: New SMTP ICID 433551 interface IncomingMail (192.0.2.10) address 198.51.195.31 reverse dns host mail.client-b.example verified yes
Thu Nov 19 08:44:31 2026 Info: ICID 433551 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.2
Thu Nov 19 08:44:31 2026 Info: ICID 433551 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 08:44:31 2026 Info: Start MID 1010486 ICID 433551
Thu Nov 19 08:44:31 2026 Info: MID 1010486 ICID 433551 From: <max.larsen@client-b.example>
Thu Nov 19 08:44:31 2026 Info: MID 1010486 ICID 433551 RID 0 To: <lucia.okafor@corp.example>
Thu Nov 19 08:44:32 2026 Info: MID 1010486 Message-ID '<6c0a24636c2f659%36#&bd@client-b.example>'
Thu Nov 19 08:44:32 2026 Info: MID 1010486 Subject 'Your order 64492 has shipped'
Thu Nov 19 08:44:32 2026 Info: MID 1010486 ready 26407 bytes from <max.larsen@client-b.example>
Thu Nov 19 08:44:32 2026 Info: ICID 433551 close
Thu Nov 19 08:44:32 2026 Info: MID 1010486 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Thu Nov 19 08:44:32 2026 Info: MID 1010486 URL https://www.client-b.example/t/847dc5920e has reputation 4.5 matched Condition: URL Reputation Rule
Thu Nov 19 08:44:32 2026 Info: MID 1010486 using engine: CASE spam negative
Thu Nov 19 08:44:33 2026 Info: MID 1010486 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:44:34 2026 Info: MID 1010486 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:44:35 2026 Info: MID 1010486 queued for delivery
Thu Nov 19 08:44:39 2026 Info: New SMTP DCID 209396 interface 192.0.2.20 address 52.101.98.156 port 25
Thu Nov 19 08:44:39 2026 Info: DCID 209396 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 08:44:39 2026 Info: Delivery start DCID 209396 MID 1010486 to RID [0]
Thu Nov 19 08:44:41 2026 Info: Message done DCID 209396 MID 1010486 to RID [0]
Thu Nov 19 08:44:41 2026 Info: MID 1010486 RID [0] Response '2.0.0 Ok: queued as jHAqCTRHMFTiaNtU'
Thu Nov 19 08:44:41 2026 Info: Message finished MID 1010486 done
Thu Nov 19 08:44:41 2026 Info: DCID 209396 close
Thu Nov 19 08:54:21 2026 Info: New SMTP ICID 433552 interface IncomingMail (192.0.2.10) address 198.51.68.165 reverse dns host mail.client-b.example verified yes
Thu Nov 19 08:54:21 2026 Info: ICID 433552 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.5
Thu Nov 19 08:54:21 2026 Info: ICID 433552 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 08:54:21 2026 Info: Start MID 1010487 ICID 433552
Thu Nov 19 08:54:21 2026 Info: MID 1010487 ICID 433552 From: <ida.cohen@client-b.example>
Thu Nov 19 08:54:21 2026 Info: MID 1010487 ICID 433552 RID 0 To: <li.larsen@corp.example>
Thu Nov 19 08:54:21 2026 Info: MID 1010487 Message-ID '<8f2b142695b61e70d2b0.70662@client-b.example>'
Thu Nov 19 08:54:21 2026 Info: MID 1010487 Subject 'FW: contract draft'
Thu Nov 19 08:54:21 2026 Info: MID 1010487 ready 40161 bytes from <ida.cohen@client-b.example>
Thu Nov 19 08:54:21 2026 Info: MID 1010487 DMARC: Verification passed
Thu Nov 19 08:54:21 2026 Info: ICID 433552 close
Thu Nov 19 08:54:21 2026 Info: MID 1010487 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Thu Nov 19 08:54:21 2026 Info: MID 1010487 DKIM: pass signature verified (d=client-b.example s=s5 i=@client-b.example)
Thu Nov 19 08:54:21 2026 Info: MID 1010487 using engine: CASE spam negative
Thu Nov 19 08:54:21 2026 Info: MID 1010487 antivirus negative
Thu Nov 19 08:54:21 2026 Info: MID 1010487 interim AV verdict using Sophos CLEAN
Thu Nov 19 08:54:22 2026 Info: MID 1010487 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 08:54:23 2026 Info: MID 1010487 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:54:24 2026 Info: MID 1010487 queued for delivery
Thu Nov 19 08:54:26 2026 Info: New SMTP DCID 209397 interface 192.0.2.20 address 52.101.39.219 port 25
Thu Nov 19 08:54:26 2026 Info: DCID 209397 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 08:54:26 2026 Info: Delivery start DCID 209397 MID 1010487 to RID [0]
Thu Nov 19 08:54:26 2026 Info: Message done DCID 209397 MID 1010487 to RID [0]
Thu Nov 19 08:54:26 2026 Info: MID 1010487 RID [0] Response '2.0.0 Ok: queued as phNFUE9c8DW7zbFh'
Thu Nov 19 08:54:26 2026 Info: DCID 209397 close
Thu Nov 19 08:54:26 2026 Info: Message finished MID 1010487 done
Thu Nov 19 08:54:51 2026 Info: New SMTP ICID 433553 interface IncomingMail (192.0.2.10) address 198.51.38.234 reverse dns host mail.newsletter.example verified yes
Thu Nov 19 08:54:51 2026 Info: ICID 433553 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Thu Nov 19 08:54:51 2026 Info: ICID 433553 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 08:54:52 2026 Info: Start MID 1010488 ICID 433553
Thu Nov 19 08:54:52 2026 Info: MID 1010488 ICID 433553 From: <paul.smith@newsletter.example>
Thu Nov 19 08:54:52 2026 Info: MID 1010488 ICID 433553 RID 0 To: <ivan.okafor@corp.example>
Thu Nov 19 08:54:53 2026 Info: MID 1010488 Message-ID '<7d2ee3925fa203ddfd49.65072@newsletter.example>'
Thu Nov 19 08:54:53 2026 Info: MID 1010488 Subject 'FW: contract draft'
Thu Nov 19 08:54:53 2026 Info: MID 1010488 ready 41380 bytes from <paul.smith@newsletter.example>
Thu Nov 19 08:54:53 2026 Info: MID 1010488 antivirus negative
Thu Nov 19 08:54:53 2026 Info: MID 1010488 DMARC: Verification passed
Thu Nov 19 08:54:53 2026 Info: MID 1010488 interim AV verdict using Sophos CLEAN
Thu Nov 19 08:54:53 2026 Info: ICID 433553 close
Thu Nov 19 08:54:53 2026 Info: MID 1010488 DKIM: pass signature verified (d=newsletter.example s=s7 i=@newsletter.example)
Thu Nov 19 08:54:53 2026 Info: MID 1010488 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Thu Nov 19 08:54:53 2026 Info: MID 1010488 using engine: CASE spam negative
Thu Nov 19 08:54:54 2026 Info: MID 1010488 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 08:54:54 2026 Info: MID 1010488 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 08:54:56 2026 Info: MID 1010488 queued for delivery
Thu Nov 19 08:54:59 2026 Info: New SMTP DCID 209398 interface 192.0.2.20 address 52.101.70.242 port 25
Thu Nov 19 08:54:59 2026 Info: DCID 209398 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 08:54:59 2026 Info: Delivery start DCID 209398 MID 1010488 to RID [0]
Thu Nov 19 08:55:01 2026 Info: Message done DCID 209398 MID 1010488 to RID [0]
Thu Nov 19 08:55:01 2026 Info: MID 1010488 RID [0] Response '2.0.0 Ok: queued as tTF5sMhaUGsQEYU2'
Thu Nov 19 08:55:01 2026 Info: Message finished MID 1010488 done
Thu Nov 19 08:55:01 2026 Info: DCID 209398 close
Thu Nov 19 09:06:39 2026 Info: New SMTP ICID 433554 interface IncomingMail (192.0.2.10) address 198.51.129.48 reverse dns host mail.partner.example verified yes
Thu Nov 19 09:06:39 2026 Info: ICID 433554 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Thu Nov 19 09:06:39 2026 Info: ICID 433554 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 09:06:39 2026 Info: Start MID 1010489 ICID 433554
Thu Nov 19 09:06:39 2026 Info: MID 1010489 ICID 433554 From: <raj.obrien@partner.example>
Thu Nov 19 09:06:39 2026 Info: MID 1010489 ICID 433554 RID 0 To: <ivan.okafor@corp-mail.example>
Thu Nov 19 09:06:39 2026 Info: MID 1010489 Message-ID '<46ab5d9179cb7ccac124.94407@partner.example>'
Thu Nov 19 09:06:39 2026 Info: MID 1010489 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Thu Nov 19 09:06:39 2026 Info: MID 1010489 ready 41631 bytes from <raj.obrien@partner.example>
Thu Nov 19 09:06:39 2026 Info: MID 1010489 DKIM: pass signature verified (d=partner.example s=s8 i=@partner.example)
Thu Nov 19 09:06:39 2026 Info: ICID 433554 close
Thu Nov 19 09:06:39 2026 Info: MID 1010489 using engine: CASE spam negative
Thu Nov 19 09:06:39 2026 Info: MID 1010489 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Thu Nov 19 09:06:39 2026 Info: MID 1010489 DMARC: Verification passed
Thu Nov 19 09:06:40 2026 Info: MID 1010489 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 09:06:40 2026 Info: MID 1010489 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 09:06:41 2026 Info: MID 1010489 queued for delivery
Thu Nov 19 09:06:45 2026 Info: New SMTP DCID 209399 interface 192.0.2.20 address 52.101.147.143 port 25
Thu Nov 19 09:06:45 2026 Info: DCID 209399 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 09:06:45 2026 Info: Delivery start DCID 209399 MID 1010489 to RID [0]
Thu Nov 19 09:06:47 2026 Info: Message done DCID 209399 MID 1010489 to RID [0]
Thu Nov 19 09:06:47 2026 Info: MID 1010489 RID [0] Response '2.0.0 Ok: queued as 9aArMCe4Egzg65FP'
Thu Nov 19 09:06:47 2026 Info: Message finished MID 1010489 done
Thu Nov 19 09:06:47 2026 Info: DCID 209399 close
Thu Nov 19 09:28:51 2026 Info: New SMTP ICID 433555 interface IncomingMail (192.0.2.10) address 198.51.214.224 reverse dns host mail.m1crosoft-login.example verified yes
Thu Nov 19 09:28:51 2026 Info: ICID 433555 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.4
Thu Nov 19 09:28:51 2026 Info: ICID 433555 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 09:28:51 2026 Info: Start MID 1010490 ICID 433555
Thu Nov 19 09:28:51 2026 Info: MID 1010490 ICID 433555 From: <billing@m1crosoft-login.example>
Thu Nov 19 09:28:51 2026 Info: MID 1010490 ICID 433555 RID 0 To: <noah.okafor@corp.example>
Thu Nov 19 09:28:52 2026 Info: MID 1010490 Message-ID '<16508751a536a059d957.47340@m1crosoft-login.example>'
Thu Nov 19 09:28:52 2026 Info: MID 1010490 Subject 'Action required: document shared with you'
Thu Nov 19 09:28:52 2026 Info: MID 1010490 ready 313325 bytes from <billing@m1crosoft-login.example>
Thu Nov 19 09:28:52 2026 Info: ICID 433555 close
Thu Nov 19 09:28:52 2026 Info: MID 1010490 DMARC: Verification passed
Thu Nov 19 09:28:52 2026 Info: MID 1010490 DKIM: pass signature verified (d=m1crosoft-login.example s=s9 i=@m1crosoft-login.example)
Thu Nov 19 09:28:52 2026 Info: MID 1010490 SPF: mailfrom identity billing@m1crosoft-login.example Pass (v=spf1)
Thu Nov 19 09:28:52 2026 Info: MID 1010490 using engine: CASE spam negative
Thu Nov 19 09:28:53 2026 Info: MID 1010490 matched all recipients for per-recipient policy Executives in the inbound table
Thu Nov 19 09:28:53 2026 Info: MID 1010490 attachment 'Benefits update 2026.docm'
Thu Nov 19 09:28:53 2026 Info: MID 1010490 AMP file reputation verdict : UNKNOWN
Thu Nov 19 09:28:54 2026 Info: New SMTP DCID 209400 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 09:28:54 2026 Info: Delivery start DCID 209400 MID 1010490 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 09:28:54 2026 Info: Message done DCID 209400 MID 1010490 to RID [0] (external quarantine)
Thu Nov 19 09:28:54 2026 Info: Message finished MID 1010490 done
Thu Nov 19 09:28:54 2026 Info: DCID 209400 close
Thu Nov 19 09:44:00 2026 Info: New SMTP ICID 433556 interface IncomingMail (192.0.2.10) address 198.51.76.57 reverse dns host mail.gmail.example verified yes
Thu Nov 19 09:44:00 2026 Info: ICID 433556 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.8
Thu Nov 19 09:44:00 2026 Info: ICID 433556 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 09:44:00 2026 Info: Start MID 1010491 ICID 433556
Thu Nov 19 09:44:00 2026 Info: MID 1010491 ICID 433556 From: <marc.mendes@gmail.example>
Thu Nov 19 09:44:00 2026 Info: MID 1010491 ICID 433556 RID 0 To: <ines.berg@corp.example>
Thu Nov 19 09:44:00 2026 Info: MID 1010491 Message-ID '<CAsYFZ/U-6+4hmIwSRH2QZWIoxPg/cbetc0/Chjc9nqq@mail.gmail.example>'
Thu Nov 19 09:44:00 2026 Info: MID 1010491 Subject 'Lunch on Friday?'
Thu Nov 19 09:44:00 2026 Info: MID 1010491 ready 6256 bytes from <marc.mendes@gmail.example>
Thu Nov 19 09:44:00 2026 Info: MID 1010491 DKIM: pass signature verified (d=gmail.example s=s4 i=@gmail.example)
Thu Nov 19 09:44:00 2026 Info: ICID 433556 close
Thu Nov 19 09:44:00 2026 Info: MID 1010491 using engine: CASE spam negative
Thu Nov 19 09:44:00 2026 Info: MID 1010491 DMARC: Verification passed
Thu Nov 19 09:44:00 2026 Info: MID 1010491 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Thu Nov 19 09:44:01 2026 Info: MID 1010491 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 09:44:01 2026 Info: MID 1010491 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 09:44:03 2026 Info: MID 1010491 queued for delivery
Thu Nov 19 09:44:06 2026 Info: New SMTP DCID 209401 interface 192.0.2.20 address 52.101.230.239 port 25
Thu Nov 19 09:44:06 2026 Info: DCID 209401 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 09:44:06 2026 Info: Delivery start DCID 209401 MID 1010491 to RID [0]
Thu Nov 19 09:44:09 2026 Info: Message done DCID 209401 MID 1010491 to RID [0]
Thu Nov 19 09:44:09 2026 Info: MID 1010491 RID [0] Response '2.6.0 [InternalId=393049910521, Hostname=AM0PR01MB9427.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 09:44:09 2026 Info: Message finished MID 1010491 done
Thu Nov 19 09:44:09 2026 Info: DCID 209401 close
Thu Nov 19 09:49:38 2026 Info: New SMTP ICID 433557 interface IncomingMail (192.0.2.10) address 198.51.155.143 reverse dns host mail.m1crosoft-login.example verified yes
Thu Nov 19 09:49:38 2026 Info: ICID 433557 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Thu Nov 19 09:49:38 2026 Info: ICID 433557 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 09:49:38 2026 Info: Start MID 1010492 ICID 433557
Thu Nov 19 09:49:38 2026 Info: MID 1010492 ICID 433557 From: <billing@m1crosoft-login.example>
Thu Nov 19 09:49:38 2026 Info: MID 1010492 ICID 433557 RID 0 To: <lena.novak@corp.example>
Thu Nov 19 09:49:38 2026 Info: MID 1010492 ICID 433557 RID 1 To: <nina.lopez@corp.example>
Thu Nov 19 09:49:38 2026 Info: MID 1010492 ICID 433557 RID 2 To: <sofia.tanaka@corp-legacy.example>
Thu Nov 19 09:49:38 2026 Info: MID 1010492 Message-ID '<e10fa3674bdd0fc82c16.28532@m1crosoft-login.example>'
Thu Nov 19 09:49:38 2026 Info: MID 1010492 Subject 'Action required: document shared with you'
Thu Nov 19 09:49:38 2026 Info: MID 1010492 ready 3252763 bytes from <billing@m1crosoft-login.example>
Thu Nov 19 09:49:39 2026 Info: ICID 433557 close
Thu Nov 19 09:49:39 2026 Info: MID 1010492 antivirus negative
Thu Nov 19 09:49:39 2026 Info: MID 1010492 interim AV verdict using Sophos CLEAN
Thu Nov 19 09:49:39 2026 Info: MID 1010492 using engine: CASE spam negative
Thu Nov 19 09:49:39 2026 Info: MID 1010492 DMARC: Verification passed
Thu Nov 19 09:49:39 2026 Info: MID 1010492 SPF: mailfrom identity billing@m1crosoft-login.example Pass (v=spf1)
Thu Nov 19 09:49:39 2026 Info: MID 1010492 DKIM: pass signature verified (d=m1crosoft-login.example s=s2 i=@m1crosoft-login.example)
Thu Nov 19 09:49:40 2026 Info: MID 1010492 was split creating MID 1010493 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 09:49:40 2026 Info: MID 1010493 ICID 0 From: <billing@m1crosoft-login.example>
Thu Nov 19 09:49:40 2026 Info: MID 1010493 ICID 0 RID 0 To: <sofia.tanaka@corp-legacy.example>
Thu Nov 19 09:49:40 2026 Info: MID 1010493 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 09:49:40 2026 Info: MID 1010493 AMP file reputation verdict : UNKNOWN
Thu Nov 19 09:49:40 2026 Info: MID 1010492 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 09:49:40 2026 Info: MID 1010492 attachment 'Benefits=20update=202026.docm'
Thu Nov 19 09:49:40 2026 Info: File reputation query initiating. File Name = 'Benefits update 2026.docm', MID = 1010492, File Size = 227922 bytes, File Type = application/vnd.ms-word.document.macroEnabled.12
Thu Nov 19 09:49:40 2026 Info: MID 1010492 attachment 'photo=2027553.heic'
Thu Nov 19 09:49:40 2026 Info: File reputation query initiating. File Name = 'photo 27553.heic', MID = 1010492, File Size = 2196582 bytes, File Type = image/heic
Thu Nov 19 09:49:41 2026 Info: MID 1010492 AMP file reputation verdict : UNKNOWN
Thu Nov 19 09:49:41 2026 Info: Response received for file reputation query from Cache. File Name = 'Benefits update 2026.docm', MID = 1010492, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = a48c1d5ca1feb6249df2025f0bf7a4bdc458272f498dbfa8af06bcf7e91457db, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 09:49:41 2026 Info: Response received for file reputation query from Cache. File Name = 'photo 27553.heic', MID = 1010492, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 3d9a8079abd0d7fb1292618550e40d54712ea6b36471fde41f229dd06aa8b9e0, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 09:49:42 2026 Info: New SMTP DCID 209403 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 09:49:42 2026 Info: Delivery start DCID 209403 MID 1010493 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 09:49:43 2026 Info: Message done DCID 209403 MID 1010493 to RID [0] (external quarantine)
Thu Nov 19 09:49:43 2026 Info: Message finished MID 1010493 done
Thu Nov 19 09:49:43 2026 Info: DCID 209403 close
Thu Nov 19 09:49:43 2026 Info: New SMTP DCID 209402 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 09:49:43 2026 Info: Delivery start DCID 209402 MID 1010492 to RID [0, 1] to offbox IronPort Spam Quarantine
Thu Nov 19 09:49:43 2026 Info: Message done DCID 209402 MID 1010492 to RID [0, 1] (external quarantine)
Thu Nov 19 09:49:43 2026 Info: Message finished MID 1010492 done
Thu Nov 19 09:49:43 2026 Info: DCID 209402 close
Thu Nov 19 09:59:52 2026 Info: New SMTP ICID 433558 interface IncomingMail (192.0.2.10) address 198.51.126.21 reverse dns host mail.gmail.example verified yes
Thu Nov 19 09:59:52 2026 Info: ICID 433558 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.1
Thu Nov 19 09:59:52 2026 Info: ICID 433558 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 09:59:52 2026 Info: Start MID 1010494 ICID 433558
Thu Nov 19 09:59:52 2026 Info: MID 1010494 ICID 433558 From: <marc.mendes@gmail.example>
Thu Nov 19 09:59:52 2026 Info: MID 1010494 ICID 433558 RID 0 To: <ivan.silva@corp.example>
Thu Nov 19 09:59:53 2026 Info: MID 1010494 Message-ID '<CA67TmY3+8RDNkyi6Yif3meY_eC8/xXrHKWQhvnc4XL5@mail.gmail.example>'
Thu Nov 19 09:59:53 2026 Info: MID 1010494 Subject 'Budget 2027 – first numbers'
Thu Nov 19 09:59:53 2026 Info: MID 1010494 ready 32130 bytes from <marc.mendes@gmail.example>
Thu Nov 19 09:59:53 2026 Info: ICID 433558 close
Thu Nov 19 09:59:53 2026 Info: MID 1010494 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Thu Nov 19 09:59:53 2026 Info: MID 1010494 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Thu Nov 19 09:59:53 2026 Info: MID 1010494 DMARC: Verification passed
Thu Nov 19 09:59:53 2026 Info: MID 1010494 using engine: CASE spam negative
Thu Nov 19 09:59:54 2026 Info: MID 1010494 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 09:59:54 2026 Info: MID 1010494 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 09:59:56 2026 Info: MID 1010494 queued for delivery
Thu Nov 19 09:59:58 2026 Info: New SMTP DCID 209404 interface 192.0.2.20 address 52.101.157.97 port 25
Thu Nov 19 09:59:58 2026 Info: DCID 209404 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 09:59:58 2026 Info: Delivery start DCID 209404 MID 1010494 to RID [0]
Thu Nov 19 09:59:59 2026 Info: Message done DCID 209404 MID 1010494 to RID [0]
Thu Nov 19 09:59:59 2026 Info: MID 1010494 RID [0] Response '2.6.0 [InternalId=926594689417, Hostname=AM0PR01MB7910.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 09:59:59 2026 Info: Message finished MID 1010494 done
Thu Nov 19 09:59:59 2026 Info: DCID 209404 close
Thu Nov 19 10:01:05 2026 Info: New SMTP ICID 433559 interface IncomingMail (192.0.2.10) address 198.51.31.179 reverse dns host mail.m1crosoft-login.example verified yes
Thu Nov 19 10:01:05 2026 Info: ICID 433559 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.0
Thu Nov 19 10:01:05 2026 Info: ICID 433559 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 10:01:05 2026 Info: Start MID 1010495 ICID 433559
Thu Nov 19 10:01:05 2026 Info: MID 1010495 ICID 433559 From: <billing@m1crosoft-login.example>
Thu Nov 19 10:01:05 2026 Info: MID 1010495 ICID 433559 RID 0 To: <lena.novak@corp.example>
Thu Nov 19 10:01:05 2026 Info: MID 1010495 Message-ID '<d677465edefa079662ae.13959@m1crosoft-login.example>'
Thu Nov 19 10:01:05 2026 Info: MID 1010495 Subject 'Action required: document shared with you'
Thu Nov 19 10:01:05 2026 Info: MID 1010495 ready 335114 bytes from <billing@m1crosoft-login.example>
Thu Nov 19 10:01:05 2026 Info: ICID 433559 close
Thu Nov 19 10:01:06 2026 Info: MID 1010495 DKIM: pass signature verified (d=m1crosoft-login.example s=s9 i=@m1crosoft-login.example)
Thu Nov 19 10:01:06 2026 Info: MID 1010495 DMARC: Verification passed
Thu Nov 19 10:01:06 2026 Info: MID 1010495 interim AV verdict using Sophos CLEAN
Thu Nov 19 10:01:06 2026 Info: MID 1010495 SPF: mailfrom identity billing@m1crosoft-login.example Pass (v=spf1)
Thu Nov 19 10:01:06 2026 Info: MID 1010495 antivirus negative
Thu Nov 19 10:01:06 2026 Info: MID 1010495 using engine: CASE spam negative
Thu Nov 19 10:01:07 2026 Info: MID 1010495 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 10:01:07 2026 Info: MID 1010495 attachment 'Benefits=20update=202026.docm'
Thu Nov 19 10:01:07 2026 Info: MID 1010495 AMP file reputation verdict : UNKNOWN
Thu Nov 19 10:01:08 2026 Info: MID 1010495 queued for delivery
Thu Nov 19 10:01:09 2026 Info: New SMTP DCID 209405 interface 192.0.2.20 address 52.101.62.38 port 25
Thu Nov 19 10:01:09 2026 Info: DCID 209405 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:01:09 2026 Info: Delivery start DCID 209405 MID 1010495 to RID [0]
Thu Nov 19 10:01:10 2026 Info: Message done DCID 209405 MID 1010495 to RID [0]
Thu Nov 19 10:01:10 2026 Info: MID 1010495 RID [0] Response '2.6.0 [InternalId=872533217083, Hostname=AM0PR01MB6702.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 10:01:10 2026 Info: Message finished MID 1010495 done
Thu Nov 19 10:01:10 2026 Info: DCID 209405 close
Thu Nov 19 10:05:56 2026 Info: New SMTP ICID 433560 interface IncomingMail (192.0.2.10) address 198.51.18.113 reverse dns host mail.client-b.example verified yes
Thu Nov 19 10:05:56 2026 Info: ICID 433560 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.9
Thu Nov 19 10:05:56 2026 Info: ICID 433560 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 10:05:57 2026 Info: Start MID 1010496 ICID 433560
Thu Nov 19 10:05:57 2026 Info: MID 1010496 ICID 433560 From: <paul.dubois@client-b.example>
Thu Nov 19 10:05:57 2026 Info: MID 1010496 ICID 433560 RID 0 To: <ines.berg@corp.example>
Thu Nov 19 10:05:57 2026 Info: MID 1010496 ICID 433560 RID 1 To: <nina.patel@corp.example>
Thu Nov 19 10:05:57 2026 Info: MID 1010496 Message-ID '<80ed50b4086e5362720c.59890@client-b.example>'
Thu Nov 19 10:05:57 2026 Info: MID 1010496 Subject "Re: O'Brien account review"
Thu Nov 19 10:05:57 2026 Info: MID 1010496 ready 10396 bytes from <paul.dubois@client-b.example>
Thu Nov 19 10:05:58 2026 Info: ICID 433560 close
Thu Nov 19 10:05:58 2026 Info: MID 1010496 using engine: CASE spam negative
Thu Nov 19 10:05:58 2026 Info: MID 1010496 URL https://www.client-b.example/t/2c89cfdda8 has reputation 4.5 matched Condition: URL Reputation Rule
Thu Nov 19 10:05:58 2026 Info: MID 1010496 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Thu Nov 19 10:05:59 2026 Info: MID 1010496 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 10:05:59 2026 Info: MID 1010496 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 10:06:01 2026 Info: MID 1010496 queued for delivery
Thu Nov 19 10:06:02 2026 Info: New SMTP DCID 209406 interface 192.0.2.20 address 52.101.170.53 port 25
Thu Nov 19 10:06:02 2026 Info: DCID 209406 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 10:06:02 2026 Info: Delivery start DCID 209406 MID 1010496 to RID [0, 1]
Thu Nov 19 10:06:04 2026 Info: Message done DCID 209406 MID 1010496 to RID [0, 1]
Thu Nov 19 10:06:04 2026 Info: MID 1010496 RID [0, 1] Response '2.6.0 [InternalId=529846309176, Hostname=AM0PR01MB2524.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 10:06:04 2026 Info: Message finished MID 1010496 done
Thu Nov 19 10:06:04 2026 Info: DCID 209406 close
Thu Nov 19 10:14:00 2026 Info: New SMTP ICID 433561 interface IncomingMail (192.0.2.10) address 198.51.71.10 reverse dns host mail.logistics.example verified yes
Thu Nov 19 10:14:00 2026 Info: ICID 433561 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.8
Thu Nov 19 10:14:00 2026 Info: ICID 433561 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:14:00 2026 Info: Start MID 1010497 ICID 433561
Thu Nov 19 10:14:00 2026 Info: MID 1010497 ICID 433561 From: <mary.moreau@logistics.example>
Thu Nov 19 10:14:00 2026 Info: MID 1010497 ICID 433561 RID 0 To: <nora.mendes@corp.example>
Thu Nov 19 10:14:00 2026 Info: MID 1010497 Message-ID '<21fd8cb37c6e3e78a6ba.12565@logistics.example>'
Thu Nov 19 10:14:00 2026 Info: MID 1010497 Subject 'The "new" travel policy'
Thu Nov 19 10:14:00 2026 Info: MID 1010497 ready 85952 bytes from <mary.moreau@logistics.example>
Thu Nov 19 10:14:00 2026 Info: MID 1010497 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Thu Nov 19 10:14:00 2026 Info: MID 1010497 using engine: CASE spam negative
Thu Nov 19 10:14:00 2026 Info: ICID 433561 close
Thu Nov 19 10:14:00 2026 Info: MID 1010497 DMARC: Verification passed
Thu Nov 19 10:14:00 2026 Info: MID 1010497 DKIM: pass signature verified (d=logistics.example s=s7 i=@logistics.example)
Thu Nov 19 10:14:01 2026 Info: MID 1010497 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 10:14:01 2026 Info: MID 1010497 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Thu Nov 19 10:14:01 2026 Info: MID 1010497 AMP file reputation verdict : CLEAN
Thu Nov 19 10:14:02 2026 Info: MID 1010497 queued for delivery
Thu Nov 19 10:14:06 2026 Info: New SMTP DCID 209407 interface 192.0.2.20 address 52.101.169.104 port 25
Thu Nov 19 10:14:06 2026 Info: DCID 209407 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:14:06 2026 Info: Delivery start DCID 209407 MID 1010497 to RID [0]
Thu Nov 19 10:14:08 2026 Info: Message done DCID 209407 MID 1010497 to RID [0]
Thu Nov 19 10:14:08 2026 Info: MID 1010497 RID [0] Response '2.6.0 [InternalId=262356507826, Hostname=AM0PR01MB6668.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 10:14:08 2026 Info: Message finished MID 1010497 done
Thu Nov 19 10:14:08 2026 Info: DCID 209407 close
Thu Nov 19 10:34:50 2026 Info: New SMTP ICID 433562 interface IncomingMail (192.0.2.10) address 198.51.222.73 reverse dns host mail.client-b.example verified yes
Thu Nov 19 10:34:50 2026 Info: ICID 433562 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Thu Nov 19 10:34:50 2026 Info: ICID 433562 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:34:50 2026 Info: Start MID 1010498 ICID 433562
Thu Nov 19 10:34:50 2026 Info: MID 1010498 ICID 433562 From: <chen.obrien@client-b.example>
Thu Nov 19 10:34:50 2026 Info: MID 1010498 ICID 433562 RID 0 To: <journal@corp.example>
Thu Nov 19 10:34:50 2026 Info: MID 1010498 Message-ID '<CAeQ6V5r6oBsArPs64kka-sDqzpBSR1OetP/OsSQOP+N@mail.client-b.example>'
Thu Nov 19 10:34:50 2026 Info: MID 1010498 Subject 'Re: Re: Re: hiring plan'
Thu Nov 19 10:34:50 2026 Info: MID 1010498 ready 45714 bytes from <chen.obrien@client-b.example>
Thu Nov 19 10:34:50 2026 Info: MID 1010498 DKIM: pass signature verified (d=client-b.example s=s8 i=@client-b.example)
Thu Nov 19 10:34:51 2026 Info: ICID 433562 close
Thu Nov 19 10:34:51 2026 Info: MID 1010498 using engine: CASE spam negative
Thu Nov 19 10:34:51 2026 Info: MID 1010498 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Thu Nov 19 10:34:51 2026 Info: MID 1010498 DMARC: Verification passed
Thu Nov 19 10:34:52 2026 Info: MID 1010498 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 10:34:52 2026 Info: MID 1010498 attachment 'image001.png'
Thu Nov 19 10:34:52 2026 Info: MID 1010498 AMP file reputation verdict : CLEAN
Thu Nov 19 10:34:54 2026 Info: MID 1010498 rewritten to MID 1010499 by url-rewrite filter 'Rewrite_URLs'
Thu Nov 19 10:34:54 2026 Info: Message finished MID 1010498 done
Thu Nov 19 10:34:54 2026 Info: MID 1010499 ICID 0 From: <chen.obrien@client-b.example>
Thu Nov 19 10:34:54 2026 Info: MID 1010499 ICID 0 RID 0 To: <journal@corp.example>
Thu Nov 19 10:34:54 2026 Info: MID 1010499 Message-ID '<CAeQ6V5r6oBsArPs64kka-sDqzpBSR1OetP/OsSQOP+N@mail.client-b.example>'
Thu Nov 19 10:34:54 2026 Info: MID 1010499 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 10:34:54 2026 Info: MID 1010499 queued for delivery
Thu Nov 19 10:34:55 2026 Info: New SMTP DCID 209408 interface 192.0.2.20 address 52.101.135.2 port 25
Thu Nov 19 10:34:55 2026 Info: DCID 209408 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:34:55 2026 Info: Delivery start DCID 209408 MID 1010499 to RID [0]
Thu Nov 19 10:34:56 2026 Info: Message done DCID 209408 MID 1010499 to RID [0]
Thu Nov 19 10:34:56 2026 Info: MID 1010499 RID [0] Response '2.0.0 Ok: queued as eJRw3TyHUvrK8ox9'
Thu Nov 19 10:34:56 2026 Info: Message finished MID 1010499 done
Thu Nov 19 10:34:56 2026 Info: DCID 209408 close
Thu Nov 19 10:38:36 2026 Info: New SMTP ICID 433563 interface IncomingMail (192.0.2.10) address 198.51.135.217 reverse dns host mail.gmail.example verified yes
Thu Nov 19 10:38:36 2026 Info: ICID 433563 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Thu Nov 19 10:38:36 2026 Info: ICID 433563 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 10:38:37 2026 Info: Start MID 1010500 ICID 433563
Thu Nov 19 10:38:37 2026 Info: MID 1010500 ICID 433563 From: <sara.ivanova@gmail.example>
Thu Nov 19 10:38:37 2026 Info: MID 1010500 ICID 433563 RID 0 To: <li.larsen@corp.example>
Thu Nov 19 10:38:37 2026 Info: MID 1010500 Message-ID '<da9f488f689f6347331a.28587@gmail.example>'
Thu Nov 19 10:38:37 2026 Info: MID 1010500 Subject 'Candidate CV 75535'
Thu Nov 19 10:38:37 2026 Info: MID 1010500 ready 7956 bytes from <sara.ivanova@gmail.example>
Thu Nov 19 10:38:38 2026 Info: MID 1010500 using engine: CASE spam negative
Thu Nov 19 10:38:38 2026 Info: MID 1010500 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Thu Nov 19 10:38:38 2026 Info: ICID 433563 close
Thu Nov 19 10:38:38 2026 Info: MID 1010500 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 10:38:38 2026 Info: MID 1010500 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 10:38:40 2026 Info: MID 1010500 queued for delivery
Thu Nov 19 10:38:43 2026 Info: New SMTP DCID 209409 interface 192.0.2.20 address 52.101.130.161 port 25
Thu Nov 19 10:38:43 2026 Info: DCID 209409 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 10:38:43 2026 Info: Delivery start DCID 209409 MID 1010500 to RID [0]
Thu Nov 19 10:38:44 2026 Info: Message done DCID 209409 MID 1010500 to RID [0]
Thu Nov 19 10:38:44 2026 Info: MID 1010500 RID [0] Response '2.0.0 Ok: queued as sjvqYdfPcAtyKFW7'
Thu Nov 19 10:38:44 2026 Info: Message finished MID 1010500 done
Thu Nov 19 10:38:44 2026 Info: DCID 209409 close
Thu Nov 19 10:47:39 2026 Info: New SMTP ICID 433564 interface IncomingMail (192.0.2.10) address 198.51.171.119 reverse dns host mail.client-b.example verified yes
Thu Nov 19 10:47:39 2026 Info: ICID 433564 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.5
Thu Nov 19 10:47:39 2026 Info: ICID 433564 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:47:39 2026 Info: Start MID 1010501 ICID 433564
Thu Nov 19 10:47:39 2026 Info: MID 1010501 ICID 433564 From: <noah.ivanova@client-b.example>
Thu Nov 19 10:47:39 2026 Info: MID 1010501 ICID 433564 RID 0 To: <ana.kowalski@corp.example>
Thu Nov 19 10:47:39 2026 Info: MID 1010501 ICID 433564 RID 1 To: <leo.dubois93@corp.example>
Thu Nov 19 10:47:39 2026 Info: MID 1010501 ICID 433564 RID 2 To: <kofi.moreau@corp.example>
Thu Nov 19 10:47:39 2026 Info: MID 1010501 ICID 433564 RID 3 To: <Nora.Mendes@Corp.Example>
Thu Nov 19 10:47:39 2026 Info: MID 1010501 Message-ID '<59f269595a434201dee5.74367@client-b.example>'
Thu Nov 19 10:47:39 2026 Info: MID 1010501 Subject 'Café menu for next week'
Thu Nov 19 10:47:39 2026 Info: MID 1010501 ready 401312 bytes from <noah.ivanova@client-b.example>
Thu Nov 19 10:47:39 2026 Info: MID 1010501 interim AV verdict using Sophos CLEAN
Thu Nov 19 10:47:39 2026 Info: ICID 433564 close
Thu Nov 19 10:47:39 2026 Info: MID 1010501 DMARC: Verification passed
Thu Nov 19 10:47:39 2026 Info: MID 1010501 DKIM: pass signature verified (d=client-b.example s=s5 i=@client-b.example)
Thu Nov 19 10:47:39 2026 Info: MID 1010501 using engine: CASE spam negative
Thu Nov 19 10:47:39 2026 Info: MID 1010501 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Thu Nov 19 10:47:39 2026 Info: MID 1010501 antivirus negative
Thu Nov 19 10:47:41 2026 Info: MID 1010501 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 10:47:41 2026 Info: MID 1010501 attachment 'Caf=C3=A9=20menu=2041046.pdf'
Thu Nov 19 10:47:41 2026 Info: File reputation query initiating. File Name = 'Café menu 41046.pdf', MID = 1010501, File Size = 285675 bytes, File Type = application/pdf
Thu Nov 19 10:47:41 2026 Info: MID 1010501 AMP file reputation verdict : CLEAN
Thu Nov 19 10:47:42 2026 Info: Response received for file reputation query from Cloud. File Name = 'Café menu 41046.pdf', MID = 1010501, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 2f9f0abcbcb3296abcae5c53cbb05f11b83ae7e01bcb020778e4136756400536, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Thu Nov 19 10:47:43 2026 Info: MID 1010501 queued for delivery
Thu Nov 19 10:47:44 2026 Info: New SMTP DCID 209410 interface 192.0.2.20 address 52.101.251.68 port 25
Thu Nov 19 10:47:44 2026 Info: DCID 209410 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 10:47:44 2026 Info: Delivery start DCID 209410 MID 1010501 to RID [0, 1, 2, 3]
Thu Nov 19 10:47:46 2026 Info: Message done DCID 209410 MID 1010501 to RID [0, 1, 2, 3]
Thu Nov 19 10:47:46 2026 Info: MID 1010501 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=508421711219, Hostname=AM0PR01MB1480.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 10:47:46 2026 Info: Message finished MID 1010501 done
Thu Nov 19 10:47:46 2026 Info: DCID 209410 close
Thu Nov 19 11:00:55 2026 Info: New SMTP ICID 433565 interface OutgoingMail (192.0.2.11) address 10.20.3.161 reverse dns host exch1.corp.example verified yes
Thu Nov 19 11:00:55 2026 Info: ICID 433565 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 11:00:56 2026 Info: Start MID 1010502 ICID 433565
Thu Nov 19 11:00:56 2026 Info: MID 1010502 ICID 433565 From: <nina.patel@corp.example>
Thu Nov 19 11:00:56 2026 Info: MID 1010502 ICID 433565 RID 0 To: <marc.rossi@newsletter.example>
Thu Nov 19 11:00:56 2026 Info: MID 1010502 Message-ID '<8f5ee5544f5b9e2235e6.55148@corp.example>'
Thu Nov 19 11:00:56 2026 Info: MID 1010502 Subject 'Welcome to the team!'
Thu Nov 19 11:00:56 2026 Info: MID 1010502 ready 85876 bytes from <nina.patel@corp.example>
Thu Nov 19 11:00:56 2026 Info: MID 1010502 URL https://www.corp.example/t/37b788952a has reputation 4.5 matched Condition: URL Reputation Rule
Thu Nov 19 11:00:56 2026 Info: MID 1010502 using engine: CASE spam negative
Thu Nov 19 11:00:56 2026 Info: ICID 433565 close
Thu Nov 19 11:00:57 2026 Info: MID 1010502 SPF: mailfrom identity nina.patel@corp.example Pass (v=spf1)
Thu Nov 19 11:00:58 2026 Info: MID 1010502 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 11:00:58 2026 Info: MID 1010502 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Thu Nov 19 11:00:58 2026 Info: File reputation query initiating. File Name = 'Report,Final Draft: Revenue (Q3),Approved.pdf', MID = 1010502, File Size = 51899 bytes, File Type = application/pdf
Thu Nov 19 11:00:58 2026 Info: MID 1010502 AMP file reputation verdict : CLEAN
Thu Nov 19 11:00:59 2026 Info: Response received for file reputation query from Cache. File Name = 'Report,Final Draft: Revenue (Q3),Approved.pdf', MID = 1010502, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = 72218fdc44df96ff285414242f733b05759eb5590b94af3a4b05e1aeb153d69c, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Thu Nov 19 11:01:00 2026 Info: MID 1010502 queued for delivery
Thu Nov 19 11:01:04 2026 Info: New SMTP DCID 209411 interface 192.0.2.20 address 203.0.113.163 port 25
Thu Nov 19 11:01:04 2026 Info: DCID 209411 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:01:04 2026 Info: Delivery start DCID 209411 MID 1010502 to RID [0]
Thu Nov 19 11:01:04 2026 Info: Message done DCID 209411 MID 1010502 to RID [0]
Thu Nov 19 11:01:04 2026 Info: MID 1010502 RID [0] Response '2.0.0 Ok: queued as B3YcXuy5S9XhjJgS'
Thu Nov 19 11:01:04 2026 Info: Message finished MID 1010502 done
Thu Nov 19 11:01:04 2026 Info: DCID 209411 close
Thu Nov 19 11:25:00 2026 Info: New SMTP ICID 433566 interface OutgoingMail (192.0.2.11) address 10.20.7.227 reverse dns host exch4.corp.example verified yes
Thu Nov 19 11:25:00 2026 Info: ICID 433566 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 11:25:00 2026 Info: Start MID 1010503 ICID 433566
Thu Nov 19 11:25:00 2026 Info: MID 1010503 ICID 433566 From: <ivan.okafor@corp.example>
Thu Nov 19 11:25:00 2026 Info: MID 1010503 ICID 433566 RID 0 To: <ana.mendes@supplier.example>
Thu Nov 19 11:25:00 2026 Info: MID 1010503 Message-ID '<b6ca530c2d4c1141f5d1.93912@corp.example>'
Thu Nov 19 11:25:00 2026 Info: MID 1010503 Subject 'Re: project timeline'
Thu Nov 19 11:25:00 2026 Info: MID 1010503 ready 133444 bytes from <ivan.okafor@corp.example>
Thu Nov 19 11:25:00 2026 Info: MID 1010503 using engine: CASE spam negative
Thu Nov 19 11:25:00 2026 Info: ICID 433566 close
Thu Nov 19 11:25:00 2026 Info: MID 1010503 SPF: mailfrom identity ivan.okafor@corp.example Pass (v=spf1)
Thu Nov 19 11:25:01 2026 Info: MID 1010503 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 11:25:01 2026 Info: MID 1010503 attachment 'minutes-48728.docx'
Thu Nov 19 11:25:01 2026 Info: File reputation query initiating. File Name = 'minutes-48728.docx', MID = 1010503, File Size = 67961 bytes, File Type = application/vnd.openxmlformats-officedocument.wordprocessingml.document
Thu Nov 19 11:25:01 2026 Info: MID 1010503 AMP file reputation verdict : CLEAN
Thu Nov 19 11:25:01 2026 Info: Response received for file reputation query from Cache. FileName = 'minutes-48728.docx', MID = 1010503, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =5b49156137c60e984f3e885ee1e437b7f735efe608d180113e940bb452d31e1b, upload_action = 2
Thu Nov 19 11:25:03 2026 Info: MID 1010503 queued for delivery
Thu Nov 19 11:25:05 2026 Info: New SMTP DCID 209412 interface 192.0.2.20 address 203.0.113.20 port 25
Thu Nov 19 11:25:05 2026 Info: DCID 209412 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:25:05 2026 Info: Delivery start DCID 209412 MID 1010503 to RID [0]
Thu Nov 19 11:25:05 2026 Info: Message done DCID 209412 MID 1010503 to RID [0] [('from', 'ivan.okafor@corp.example'), ('to', 'ana.mendes@supplier.example')]
Thu Nov 19 11:25:05 2026 Info: MID 1010503 RID [0] Response '2.0.0 Ok: queued as VQtVGe6fKwFQtrfZ'
Thu Nov 19 11:25:05 2026 Info: DCID 209412 close
Thu Nov 19 11:25:05 2026 Info: Message finished MID 1010503 done
Thu Nov 19 11:45:35 2026 Info: New SMTP ICID 433567 interface IncomingMail (192.0.2.10) address 198.51.68.192 reverse dns host mail.gmail.example verified yes
Thu Nov 19 11:45:35 2026 Info: ICID 433567 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.1
Thu Nov 19 11:45:35 2026 Info: ICID 433567 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 11:45:36 2026 Info: Start MID 1010504 ICID 433567
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 From: <marc.mendes@gmail.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 RID 0 To: <tom.weber@corp.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 RID 1 To: <ravi.nguyen@corp-mail.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 RID 2 To: <ines.berg@corp.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 RID 3 To: <lena.sato@corp.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 RID 4 To: <akowalski@corp.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 RID 5 To: <kofi.moreau@corp.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 RID 6 To: <ivan.silva@corp.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 RID 7 To: <ivan.okafor@corp.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ICID 433567 RID 8 To: <nora.mendes@corp.example>
Thu Nov 19 11:45:36 2026 Info: MID 1010504 Message-ID '<b9dd06d42dbe27c4109d.22016@gmail.example>'
Thu Nov 19 11:45:36 2026 Info: MID 1010504 Subject Re: [support #84325] FW: issue\r\n with the VPN client after the latest update (urgent)
Thu Nov 19 11:45:36 2026 Info: MID 1010504 ready 20060 bytes from <marc.mendes@gmail.example>
Thu Nov 19 11:45:36 2026 Info: ICID 433567 close
Thu Nov 19 11:45:36 2026 Info: MID 1010504 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Thu Nov 19 11:45:37 2026 Info: MID 1010504 interim AV verdict using Sophos CLEAN
Thu Nov 19 11:45:37 2026 Info: MID 1010504 DMARC: Verification passed
Thu Nov 19 11:45:37 2026 Info: MID 1010504 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Thu Nov 19 11:45:37 2026 Info: MID 1010504 using engine: CASE spam negative
Thu Nov 19 11:45:37 2026 Info: MID 1010504 antivirus negative
Thu Nov 19 11:45:37 2026 Info: MID 1010504 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 11:45:37 2026 Info: MID 1010504 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 11:45:40 2026 Info: MID 1010504 queued for delivery
Thu Nov 19 11:45:41 2026 Info: New SMTP DCID 209413 interface 192.0.2.20 address 52.101.150.63 port 25
Thu Nov 19 11:45:41 2026 Info: DCID 209413 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 11:45:41 2026 Info: Delivery start DCID 209413 MID 1010504 to RID [0, 1, 2, 3, 4, 5, 6, 7, 8]
Thu Nov 19 11:45:42 2026 Info: Bounced: DCID 209413 MID 1010504 From: <marc.mendes@gmail.example> To: <ravi.nguyen@corp-mail.example> RID 1 - 5.2.2 - Mailbox full ('552', ['5.2.2 <ravi.nguyen@corp-mail.example>: Mailbox full; quota exceeded'])
Thu Nov 19 11:45:42 2026 Info: Message done DCID 209413 MID 1010504 to RID [0, 2, 3, 4, 5, 6, 7, 8]
Thu Nov 19 11:45:42 2026 Info: MID 1010504 RID [0, 2, 3, 4, 5, 6, 7, 8] Response '2.6.0 [InternalId=277989449268, Hostname=AM0PR01MB3457.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 11:45:42 2026 Info: Message finished MID 1010504 done
Thu Nov 19 11:45:42 2026 Info: DCID 209413 close
Thu Nov 19 11:45:43 2026 Info: Start MID 1010505 ICID 0
Thu Nov 19 11:45:43 2026 Info: MID 1010505 was generated for bounce of MID 1010504
Thu Nov 19 11:45:43 2026 Info: MID 1010505 ICID 0 From: <>
Thu Nov 19 11:45:43 2026 Info: MID 1010505 ICID 0 RID 0 To: <marc.mendes@gmail.example>
Thu Nov 19 11:45:43 2026 Info: MID 1010505 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 11:45:43 2026 Info: MID 1010505 ready 2109 bytes from <>
Thu Nov 19 11:45:43 2026 Info: MID 1010505 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 11:45:43 2026 Info: MID 1010505 queued for delivery
Thu Nov 19 11:45:45 2026 Info: New SMTP DCID 209414 interface 192.0.2.20 address 203.0.113.210 port 25
Thu Nov 19 11:45:45 2026 Info: DCID 209414 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 11:45:45 2026 Info: Delivery start DCID 209414 MID 1010505 to RID [0]
Thu Nov 19 11:45:47 2026 Info: Message done DCID 209414 MID 1010505 to RID [0]
Thu Nov 19 11:45:47 2026 Info: MID 1010505 RID [0] Response '2.0.0 Ok: queued as 3PNz6C5dfA4GwZP6'
Thu Nov 19 11:45:47 2026 Info: Message finished MID 1010505 done
Thu Nov 19 11:45:47 2026 Info: DCID 209414 close
Thu Nov 19 11:54:04 2026 Info: New SMTP ICID 433568 interface IncomingMail (192.0.2.10) address 198.51.91.161 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 11:54:04 2026 Info: ICID 433568 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.1
Thu Nov 19 11:54:04 2026 Info: ICID 433568 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:54:04 2026 Info: Start MID 1010506 ICID 433568
Thu Nov 19 11:54:04 2026 Info: MID 1010506 ICID 433568 From: <kofi.ivanova@cloudapp.example>
Thu Nov 19 11:54:04 2026 Info: MID 1010506 ICID 433568 RID 0 To: <ewa.jensen@corp.example>
Thu Nov 19 11:54:04 2026 Info: MID 1010506 Message-ID '<CAkJk9m4ViaqtUgyRTv8MtOAFK/_Ld118IZpbRZX9vXk@mail.cloudapp.example>'
Thu Nov 19 11:54:04 2026 Info: MID 1010506 Subject "Re: O'Brien account review"
Thu Nov 19 11:54:04 2026 Info: MID 1010506 ready 36109 bytes from <kofi.ivanova@cloudapp.example>
Thu Nov 19 11:54:04 2026 Info: MID 1010506 URL https://www.cloudapp.example/t/7e468535af has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 11:54:04 2026 Info: MID 1010506 using engine: CASE spam negative
Thu Nov 19 11:54:04 2026 Info: ICID 433568 close
Thu Nov 19 11:54:04 2026 Info: MID 1010506 SPF: mailfrom identity kofi.ivanova@cloudapp.example Pass (v=spf1)
Thu Nov 19 11:54:05 2026 Info: MID 1010506 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 11:54:05 2026 Info: MID 1010506 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 11:54:08 2026 Info: MID 1010506 queued for delivery
Thu Nov 19 11:54:09 2026 Info: New SMTP DCID 209415 interface 192.0.2.20 address 52.101.48.146 port 25
Thu Nov 19 11:54:09 2026 Info: DCID 209415 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 11:54:09 2026 Info: Delivery start DCID 209415 MID 1010506 to RID [0]
Thu Nov 19 11:54:10 2026 Info: Message done DCID 209415 MID 1010506 to RID [0]
Thu Nov 19 11:54:10 2026 Info: MID 1010506 RID [0] Response '2.0.0 Ok: queued as xUYV6UuEqWE87zqP'
Thu Nov 19 11:54:10 2026 Info: Message finished MID 1010506 done
Thu Nov 19 11:54:10 2026 Info: DCID 209415 close
Thu Nov 19 11:56:19 2026 Info: New SMTP ICID 433569 interface IncomingMail (192.0.2.10) address 198.51.178.80 reverse dns host mail.travel.example verified yes
Thu Nov 19 11:56:19 2026 Info: ICID 433569 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Thu Nov 19 11:56:19 2026 Info: ICID 433569 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 11:56:19 2026 Info: Start MID 1010507 ICID 433569
Thu Nov 19 11:56:19 2026 Info: MID 1010507 ICID 433569 From: <ines.kowalski@travel.example>
Thu Nov 19 11:56:19 2026 Info: MID 1010507 ICID 433569 RID 0 To: <tom.weber@corp.example>
Thu Nov 19 11:56:19 2026 Info: MID 1010507 ICID 433569 RID 1 To: <kofi.moreau@corp.example>
Thu Nov 19 11:56:20 2026 Info: MID 1010507 Message-ID '<CAO9gmwEs_lkwqSvQSL--Gv69_O1stWfCBL8t97klvSk@mail.travel.example>'
Thu Nov 19 11:56:20 2026 Info: MID 1010507 Subject 'The "new" travel policy'
Thu Nov 19 11:56:20 2026 Info: MID 1010507 ready 8050 bytes from <ines.kowalski@travel.example>
Thu Nov 19 11:56:20 2026 Info: MID 1010507 DKIM: pass signature verified (d=travel.example s=s8 i=@travel.example)
Thu Nov 19 11:56:20 2026 Info: ICID 433569 close
Thu Nov 19 11:56:20 2026 Info: MID 1010507 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Thu Nov 19 11:56:20 2026 Info: MID 1010507 DMARC: Verification passed
Thu Nov 19 11:56:20 2026 Info: MID 1010507 using engine: CASE spam negative
Thu Nov 19 11:56:21 2026 Info: MID 1010507 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 11:56:22 2026 Info: MID 1010507 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 11:56:23 2026 Info: MID 1010507 queued for delivery
Thu Nov 19 11:56:25 2026 Info: New SMTP DCID 209416 interface 192.0.2.20 address 52.101.54.105 port 25
Thu Nov 19 11:56:25 2026 Info: DCID 209416 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 11:56:25 2026 Info: Delivery start DCID 209416 MID 1010507 to RID [0, 1]
Thu Nov 19 11:56:27 2026 Info: Message done DCID 209416 MID 1010507 to RID [0, 1]
Thu Nov 19 11:56:27 2026 Info: MID 1010507 RID [0, 1] Response '2.0.0 Ok: queued as yaePNoxb98r2Y44y'
Thu Nov 19 11:56:27 2026 Info: Message finished MID 1010507 done
Thu Nov 19 11:56:27 2026 Info: DCID 209416 close
Thu Nov 19 12:46:28 2026 Info: New SMTP ICID 433570 interface IncomingMail (192.0.2.10) address 198.51.95.198 reverse dns host mail.bank.example verified yes
Thu Nov 19 12:46:28 2026 Info: ICID 433570 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.5
Thu Nov 19 12:46:28 2026 Info: ICID 433570 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 12:46:28 2026 Info: Start MID 1010508 ICID 433570
Thu Nov 19 12:46:28 2026 Info: MID 1010508 ICID 433570 From: <sofia.walsh@bank.example>
Thu Nov 19 12:46:28 2026 Info: MID 1010508 ICID 433570 RID 0 To: <ravi.nguyen48@corp-mail.example>
Thu Nov 19 12:46:28 2026 Info: MID 1010508 Message-ID '<afd9cb8d3a2c2b23a4ae.29351@bank.example>'
Thu Nov 19 12:46:28 2026 Info: MID 1010508 Subject 'Candidate CV 93156'
Thu Nov 19 12:46:28 2026 Info: MID 1010508 ready 41989 bytes from <sofia.walsh@bank.example>
Thu Nov 19 12:46:28 2026 Info: MID 1010508 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Thu Nov 19 12:46:28 2026 Info: MID 1010508 using engine: CASE spam negative
Thu Nov 19 12:46:28 2026 Info: ICID 433570 close
Thu Nov 19 12:46:29 2026 Info: MID 1010508 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 12:46:29 2026 Info: MID 1010508 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 12:46:29 2026 Info: MID 1010508 rewritten to MID 1010509 by url-rewrite filter 'Rewrite_URLs'
Thu Nov 19 12:46:29 2026 Info: Message finished MID 1010508 done
Thu Nov 19 12:46:29 2026 Info: MID 1010509 ICID 0 From: <sofia.walsh@bank.example>
Thu Nov 19 12:46:29 2026 Info: MID 1010509 ICID 0 RID 0 To: <ravi.nguyen48@corp-mail.example>
Thu Nov 19 12:46:29 2026 Info: MID 1010509 Message-ID '<afd9cb8d3a2c2b23a4ae.29351@bank.example>'
Thu Nov 19 12:46:29 2026 Info: MID 1010509 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 12:46:29 2026 Info: MID 1010509 queued for delivery
Thu Nov 19 12:46:30 2026 Info: New SMTP DCID 209417 interface 192.0.2.20 address 52.101.140.170 port 25
Thu Nov 19 12:46:30 2026 Info: DCID 209417 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 12:46:30 2026 Info: Delivery start DCID 209417 MID 1010509 to RID [0]
Thu Nov 19 12:46:32 2026 Info: Message done DCID 209417 MID 1010509 to RID [0]
Thu Nov 19 12:46:32 2026 Info: MID 1010509 RID [0] Response '2.6.0 [InternalId=312076295316, Hostname=AM0PR01MB3770.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 12:46:32 2026 Info: Message finished MID 1010509 done
Thu Nov 19 12:46:32 2026 Info: DCID 209417 close
Thu Nov 19 13:09:39 2026 Info: New SMTP ICID 433571 interface OutgoingMail (192.0.2.11) address 10.20.7.7 reverse dns host exch2.corp.example verified yes
Thu Nov 19 13:09:39 2026 Info: ICID 433571 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 13:09:39 2026 Info: Start MID 1010510 ICID 433571
Thu Nov 19 13:09:39 2026 Info: MID 1010510 ICID 433571 From: <lena.sato@corp.example>
Thu Nov 19 13:09:39 2026 Info: MID 1010510 ICID 433571 RID 0 To: <tom.obrien@bank.example>
Thu Nov 19 13:09:40 2026 Info: MID 1010510 Message-ID '<b14433053544287f8b6e.26447@corp.example>'
Thu Nov 19 13:09:40 2026 Info: MID 1010510 Subject 'Reminder: timesheets due'
Thu Nov 19 13:09:40 2026 Info: MID 1010510 ready 5474 bytes from <lena.sato@corp.example>
Thu Nov 19 13:09:40 2026 Info: MID 1010510 URL https://www.corp.example/t/8ccccd786a has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 13:09:40 2026 Info: MID 1010510 using engine: CASE spam negative
Thu Nov 19 13:09:40 2026 Info: MID 1010510 SPF: mailfrom identity lena.sato@corp.example Pass (v=spf1)
Thu Nov 19 13:09:40 2026 Info: ICID 433571 close
Thu Nov 19 13:09:41 2026 Info: MID 1010510 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 13:09:41 2026 Info: MID 1010510 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 13:09:43 2026 Info: MID 1010510 queued for delivery
Thu Nov 19 13:09:45 2026 Info: New SMTP DCID 209418 interface 192.0.2.20 address 203.0.113.54 port 25
Thu Nov 19 13:09:45 2026 Info: DCID 209418 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 13:09:45 2026 Info: Delivery start DCID 209418 MID 1010510 to RID [0]
Thu Nov 19 13:09:46 2026 Info: Message done DCID 209418 MID 1010510 to RID [0]
Thu Nov 19 13:09:46 2026 Info: MID 1010510 RID [0] Response '2.0.0 Ok: queued as W9iTYoyUgjiyVqBZ'
Thu Nov 19 13:09:46 2026 Info: Message finished MID 1010510 done
Thu Nov 19 13:09:46 2026 Info: DCID 209418 close
Thu Nov 19 13:37:28 2026 Info: New SMTP ICID 433572 interface IncomingMail (192.0.2.10) address 198.51.63.54 reverse dns host mail.university.example verified yes
Thu Nov 19 13:37:28 2026 Info: ICID 433572 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Thu Nov 19 13:37:28 2026 Info: ICID 433572 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 13:37:29 2026 Info: Start MID 1010511 ICID 433572
Thu Nov 19 13:37:29 2026 Info: MID 1010511 ICID 433572 From: <emma.larsen@university.example>
Thu Nov 19 13:37:29 2026 Info: MID 1010511 ICID 433572 RID 0 To: <zoe.kim@corp.example>
Thu Nov 19 13:37:29 2026 Info: MID 1010511 Message-ID '<3adcfdcabc6b5f03632d.42544@university.example>'
Thu Nov 19 13:37:29 2026 Info: MID 1010511 Subject 'Café menu for next week'
Thu Nov 19 13:37:29 2026 Info: MID 1010511 ready 25065 bytes from <emma.larsen@university.example>
Thu Nov 19 13:37:29 2026 Info: ICID 433572 close
Thu Nov 19 13:37:29 2026 Info: MID 1010511 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Thu Nov 19 13:37:29 2026 Info: MID 1010511 antivirus negative
Thu Nov 19 13:37:29 2026 Info: MID 1010511 interim AV verdict using Sophos CLEAN
Thu Nov 19 13:37:29 2026 Info: MID 1010511 DKIM: pass signature verified (d=university.example s=s7 i=@university.example)
Thu Nov 19 13:37:29 2026 Info: MID 1010511 DMARC: Verification passed
Thu Nov 19 13:37:29 2026 Info: MID 1010511 using engine: CASE spam negative
Thu Nov 19 13:37:30 2026 Info: MID 1010511 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 13:37:31 2026 Info: MID 1010511 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 13:37:33 2026 Info: MID 1010511 queued for delivery
Thu Nov 19 13:37:36 2026 Info: New SMTP DCID 209419 interface 192.0.2.20 address 52.101.112.215 port 25
Thu Nov 19 13:37:36 2026 Info: DCID 209419 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 13:37:36 2026 Info: Delivery start DCID 209419 MID 1010511 to RID [0]
Thu Nov 19 13:37:39 2026 Info: Message done DCID 209419 MID 1010511 to RID [0]
Thu Nov 19 13:37:39 2026 Info: MID 1010511 RID [0] Response '2.6.0 [InternalId=695169673857, Hostname=AM0PR01MB6031.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 13:37:39 2026 Info: DCID 209419 close
Thu Nov 19 13:37:39 2026 Info: Message finished MID 1010511 done
Thu Nov 19 13:47:54 2026 Info: New SMTP ICID 433573 interface IncomingMail (192.0.2.10) address 198.51.158.216 reverse dns host mail.client-b.example verified yes
Thu Nov 19 13:47:54 2026 Info: ICID 433573 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Thu Nov 19 13:47:54 2026 Info: ICID 433573 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 13:47:54 2026 Info: Start MID 1010512 ICID 433573
Thu Nov 19 13:47:54 2026 Info: MID 1010512 ICID 433573 From: <chen.obrien@client-b.example>
Thu Nov 19 13:47:54 2026 Info: MID 1010512 ICID 433573 RID 0 To: <noah.okafor90@corp.example>
Thu Nov 19 13:47:55 2026 Info: MID 1010512 Message-ID '<6a04d155ece05fbc30e5.58781@client-b.example>'
Thu Nov 19 13:47:55 2026 Info: MID 1010512 Subject 'Café menu for next week'
Thu Nov 19 13:47:55 2026 Info: MID 1010512 ready 1181334 bytes from <chen.obrien@client-b.example>
Thu Nov 19 13:47:55 2026 Info: MID 1010512 using engine: CASE spam negative
Thu Nov 19 13:47:55 2026 Info: MID 1010512 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Thu Nov 19 13:47:55 2026 Info: ICID 433573 close
Thu Nov 19 13:47:55 2026 Info: MID 1010512 DMARC: Verification passed
Thu Nov 19 13:47:55 2026 Info: MID 1010512 DKIM: pass signature verified (d=client-b.example s=s7 i=@client-b.example)
Thu Nov 19 13:47:56 2026 Info: MID 1010512 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 13:47:56 2026 Info: MID 1010512 attachment 'budget_2026_v4.xlsx'
Thu Nov 19 13:47:56 2026 Info: File reputation query initiating. File Name = 'budget_2026_v4.xlsx', MID = 1010512, File Size = 881853 bytes, File Type = application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Thu Nov 19 13:47:56 2026 Info: MID 1010512 AMP file reputation verdict : CLEAN
Thu Nov 19 13:47:56 2026 Info: Response received for file reputation query from Cloud. File Name = 'budget_2026_v4.xlsx', MID = 1010512, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = e0d1ea6c1c501826f3742b88042fbf479a9496bf7d3293ac4ceb9d7301269b7b, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Thu Nov 19 13:47:57 2026 Info: MID 1010512 rewritten to MID 1010513 by url-rewrite filter 'Rewrite_URLs'
Thu Nov 19 13:47:57 2026 Info: Message finished MID 1010512 done
Thu Nov 19 13:47:57 2026 Info: MID 1010513 ICID 0 From: <chen.obrien@client-b.example>
Thu Nov 19 13:47:57 2026 Info: MID 1010513 ICID 0 RID 0 To: <noah.okafor90@corp.example>
Thu Nov 19 13:47:57 2026 Info: MID 1010513 Message-ID '<6a04d155ece05fbc30e5.58781@client-b.example>'
Thu Nov 19 13:47:57 2026 Info: MID 1010513 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 13:47:57 2026 Info: MID 1010513 queued for delivery
Thu Nov 19 13:47:58 2026 Info: New SMTP DCID 209420 interface 192.0.2.20 address 52.101.54.233 port 25
Thu Nov 19 13:47:58 2026 Info: DCID 209420 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 13:47:58 2026 Info: Delivery start DCID 209420 MID 1010513 to RID [0]
Thu Nov 19 13:48:00 2026 Info: Message done DCID 209420 MID 1010513 to RID [0]
Thu Nov 19 13:48:00 2026 Info: MID 1010513 RID [0] Response '2.6.0 [InternalId=520885021793, Hostname=AM0PR01MB1423.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 13:48:00 2026 Info: DCID 209420 close
Thu Nov 19 13:48:00 2026 Info: Message finished MID 1010513 done
Thu Nov 19 14:09:42 2026 Info: New SMTP ICID 433574 interface IncomingMail (192.0.2.10) address 198.51.244.118 reverse dns host mail.gmail.example verified yes
Thu Nov 19 14:09:42 2026 Info: ICID 433574 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.0
Thu Nov 19 14:09:42 2026 Info: ICID 433574 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:09:42 2026 Info: Start MID 1010514 ICID 433574
Thu Nov 19 14:09:42 2026 Info: MID 1010514 ICID 433574 From: <paul.moreau@gmail.example>
Thu Nov 19 14:09:42 2026 Info: MID 1010514 ICID 433574 RID 0 To: <emma.garcia@corp.example>
Thu Nov 19 14:09:42 2026 Info: MID 1010514 Message-ID '<9014d4848421dff6bebf.69478@gmail.example>'
Thu Nov 19 14:09:42 2026 Info: MID 1010514 Subject 'Meeting notes'
Thu Nov 19 14:09:42 2026 Info: MID 1010514 ready 9496 bytes from <paul.moreau@gmail.example>
Thu Nov 19 14:09:42 2026 Info: MID 1010514 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Thu Nov 19 14:09:42 2026 Info: MID 1010514 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Thu Nov 19 14:09:42 2026 Info: MID 1010514 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:09:42 2026 Info: MID 1010514 using engine: CASE spam negative
Thu Nov 19 14:09:42 2026 Info: MID 1010514 DMARC: Verification passed
Thu Nov 19 14:09:42 2026 Info: ICID 433574 close
Thu Nov 19 14:09:42 2026 Info: MID 1010514 antivirus negative
Thu Nov 19 14:09:43 2026 Info: MID 1010514 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 14:09:43 2026 Info: MID 1010514 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:09:44 2026 Info: MID 1010514 queued for delivery
Thu Nov 19 14:09:47 2026 Info: New SMTP DCID 209421 interface 192.0.2.20 address 52.101.122.78 port 25
Thu Nov 19 14:09:47 2026 Info: DCID 209421 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:09:47 2026 Info: Delivery start DCID 209421 MID 1010514 to RID [0]
Thu Nov 19 14:09:48 2026 Info: Message done DCID 209421 MID 1010514 to RID [0]
Thu Nov 19 14:09:48 2026 Info: MID 1010514 RID [0] Response '2.6.0 [InternalId=971755162242, Hostname=AM0PR01MB2832.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:09:48 2026 Info: Message finished MID 1010514 done
Thu Nov 19 14:09:48 2026 Info: DCID 209421 close
Thu Nov 19 14:13:42 2026 Info: New SMTP ICID 433575 interface IncomingMail (192.0.2.10) address 198.51.96.127 reverse dns host mail.travel.example verified yes
Thu Nov 19 14:13:42 2026 Info: ICID 433575 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.8
Thu Nov 19 14:13:42 2026 Info: ICID 433575 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:13:42 2026 Info: Start MID 1010515 ICID 433575
Thu Nov 19 14:13:42 2026 Info: MID 1010515 ICID 433575 From: <ines.kowalski@travel.example>
Thu Nov 19 14:13:42 2026 Info: MID 1010515 ICID 433575 RID 0 To: <ana.kowalski@corp.example>
Thu Nov 19 14:13:43 2026 Info: MID 1010515 Message-ID '<02e4b91c7b4697785b14.78460@travel.example>'
Thu Nov 19 14:13:43 2026 Info: MID 1010515 Subject 'FW: contract draft'
Thu Nov 19 14:13:43 2026 Info: MID 1010515 ready 424502 bytes from <ines.kowalski@travel.example>
Thu Nov 19 14:13:43 2026 Info: MID 1010515 DKIM: pass signature verified (d=travel.example s=s5 i=@travel.example)
Thu Nov 19 14:13:43 2026 Info: MID 1010515 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Thu Nov 19 14:13:43 2026 Info: ICID 433575 close
Thu Nov 19 14:13:43 2026 Info: MID 1010515 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:13:43 2026 Info: MID 1010515 antivirus negative
Thu Nov 19 14:13:43 2026 Info: MID 1010515 using engine: CASE spam negative
Thu Nov 19 14:13:43 2026 Info: MID 1010515 DMARC: Verification passed
Thu Nov 19 14:13:44 2026 Info: MID 1010515 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 14:13:44 2026 Info: MID 1010515 attachment 'invoice_74707.pdf'
Thu Nov 19 14:13:44 2026 Info: File reputation query initiating. File Name = 'invoice_74707.pdf', MID = 1010515, File Size = 200544 bytes, File Type = application/pdf
Thu Nov 19 14:13:45 2026 Info: MID 1010515 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Thu Nov 19 14:13:45 2026 Info: File reputation query initiating. File Name = Report,Final Draft: Revenue (Q3),Approved.pdf, MID = 1010515, File Size = 96903 bytes, File Type = application/pdf
Thu Nov 19 14:13:45 2026 Info: MID 1010515 AMP file reputation verdict : CLEAN
Thu Nov 19 14:13:45 2026 Info: Response received for file reputation query from Cache. File Name = Report,Final Draft: Revenue (Q3),Approved.pdf, MID = 1010515, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = 53b97377b34e8ece7e9ee51d9212824c83c8cb28eb4ed2e3895e8b6b263cfa5e, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Thu Nov 19 14:13:45 2026 Info: MID 1010515 queued for delivery
Thu Nov 19 14:13:45 2026 Info: Response received for file reputation query from Cloud. File Name = invoice_74707.pdf, MID = 1010515, Disposition = CLEAN, Malware = None, Analysis Score = 5, sha256 = c730a7cba085da1fd958b1e68cd0326074aaf340997a20be63cc537b1e239eb4, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Thu Nov 19 14:13:46 2026 Info: New SMTP DCID 209422 interface 192.0.2.20 address 52.101.111.41 port 25
Thu Nov 19 14:13:46 2026 Info: DCID 209422 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:13:46 2026 Info: Delivery start DCID 209422 MID 1010515 to RID [0]
Thu Nov 19 14:13:48 2026 Info: Message done DCID 209422 MID 1010515 to RID [0]
Thu Nov 19 14:13:48 2026 Info: MID 1010515 RID [0] Response '2.6.0 [InternalId=447960938879, Hostname=AM0PR01MB5849.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:13:48 2026 Info: Message finished MID 1010515 done
Thu Nov 19 14:13:48 2026 Info: DCID 209422 close
Thu Nov 19 14:19:49 2026 Info: New SMTP ICID 433576 interface IncomingMail (192.0.2.10) address 198.51.50.72 reverse dns host mail.gmail.example verified yes
Thu Nov 19 14:19:49 2026 Info: ICID 433576 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Thu Nov 19 14:19:49 2026 Info: ICID 433576 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:19:49 2026 Info: Start MID 1010516 ICID 433576
Thu Nov 19 14:19:49 2026 Info: MID 1010516 ICID 433576 From: <paul.moreau@gmail.example>
Thu Nov 19 14:19:49 2026 Info: MID 1010516 ICID 433576 RID 0 To: <leo.dubois93@corp.example>
Thu Nov 19 14:19:50 2026 Info: MID 1010516 Message-ID '<ed1fcab24a1fc1d66ebf.44294@gmail.example>'
Thu Nov 19 14:19:50 2026 Info: MID 1010516 Subject 'Your order 63923 has shipped'
Thu Nov 19 14:19:50 2026 Info: MID 1010516 ready 3985 bytes from <paul.moreau@gmail.example>
Thu Nov 19 14:19:50 2026 Info: MID 1010516 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Thu Nov 19 14:19:50 2026 Info: ICID 433576 close
Thu Nov 19 14:19:50 2026 Info: MID 1010516 using engine: CASE spam negative
Thu Nov 19 14:19:50 2026 Info: MID 1010516 URL https://www.gmail.example/t/ceb83f9772 has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 14:19:51 2026 Info: MID 1010516 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 14:19:51 2026 Info: MID 1010516 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:19:53 2026 Info: MID 1010516 queued for delivery
Thu Nov 19 14:19:56 2026 Info: New SMTP DCID 209423 interface 192.0.2.20 address 52.101.228.126 port 25
Thu Nov 19 14:19:56 2026 Info: DCID 209423 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:19:56 2026 Info: Delivery start DCID 209423 MID 1010516 to RID [0]
Thu Nov 19 14:19:57 2026 Info: Message done DCID 209423 MID 1010516 to RID [0]
Thu Nov 19 14:19:57 2026 Info: MID 1010516 RID [0] Response '2.0.0 Ok: queued as etW7XR4oJUSBB5kH'
Thu Nov 19 14:19:57 2026 Info: Message finished MID 1010516 done
Thu Nov 19 14:19:57 2026 Info: DCID 209423 close
Thu Nov 19 14:20:13 2026 Info: New SMTP ICID 433577 interface IncomingMail (192.0.2.10) address 198.51.112.196 reverse dns host mail.partner.example verified yes
Thu Nov 19 14:20:13 2026 Info: ICID 433577 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Thu Nov 19 14:20:13 2026 Info: ICID 433577 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:20:13 2026 Info: Start MID 1010517 ICID 433577
Thu Nov 19 14:20:13 2026 Info: MID 1010517 ICID 433577 From: <raj.obrien@partner.example>
Thu Nov 19 14:20:13 2026 Info: MID 1010517 ICID 433577 RID 0 To: <li.haddad@corp-mail.example>
Thu Nov 19 14:20:13 2026 Info: MID 1010517 Message-ID '<CARhb/YoHO7PAy_VThhZt3Abh3E_WGZEWBVar8l2OL31@mail.partner.example>'
Thu Nov 19 14:20:13 2026 Info: MID 1010517 Subject 'FW: contract draft'
Thu Nov 19 14:20:13 2026 Info: MID 1010517 ready 4175 bytes from <raj.obrien@partner.example>
Thu Nov 19 14:20:14 2026 Info: ICID 433577 close
Thu Nov 19 14:20:14 2026 Info: MID 1010517 using engine: CASE spam negative
Thu Nov 19 14:20:14 2026 Info: MID 1010517 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Thu Nov 19 14:20:14 2026 Info: MID 1010517 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:20:14 2026 Info: MID 1010517 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:20:16 2026 Info: MID 1010517 queued for delivery
Thu Nov 19 14:20:17 2026 Info: New SMTP DCID 209424 interface 192.0.2.20 address 52.101.95.93 port 25
Thu Nov 19 14:20:17 2026 Info: DCID 209424 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:20:17 2026 Info: Delivery start DCID 209424 MID 1010517 to RID [0]
Thu Nov 19 14:20:20 2026 Info: Message done DCID 209424 MID 1010517 to RID [0]
Thu Nov 19 14:20:20 2026 Info: MID 1010517 RID [0] Response '2.6.0 [InternalId=454588012212, Hostname=AM0PR01MB4354.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:20:20 2026 Info: Message finished MID 1010517 done
Thu Nov 19 14:20:20 2026 Info: DCID 209424 close
Thu Nov 19 14:50:18 2026 Info: New SMTP ICID 433578 interface IncomingMail (192.0.2.10) address 198.51.128.91 reverse dns host mail.travel.example verified yes
Thu Nov 19 14:50:18 2026 Info: ICID 433578 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.2
Thu Nov 19 14:50:18 2026 Info: ICID 433578 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:50:18 2026 Info: Start MID 1010518 ICID 433578
Thu Nov 19 14:50:18 2026 Info: MID 1010518 ICID 433578 From: <ines.kowalski@travel.example>
Thu Nov 19 14:50:18 2026 Info: MID 1010518 ICID 433578 RID 0 To: <ana.kowalski@corp.example>
Thu Nov 19 14:50:18 2026 Info: MID 1010518 Message-ID '<3df88436b91edb427bea.44451@travel.example>'
Thu Nov 19 14:50:18 2026 Info: MID 1010518 Subject 'Café menu for next week'
Thu Nov 19 14:50:18 2026 Info: MID 1010518 ready 17965 bytes from <ines.kowalski@travel.example>
Thu Nov 19 14:50:18 2026 Info: MID 1010518 URL https://www.travel.example/t/f88cc5c40e has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 14:50:18 2026 Info: ICID 433578 close
Thu Nov 19 14:50:18 2026 Info: MID 1010518 using engine: CASE spam negative
Thu Nov 19 14:50:18 2026 Info: MID 1010518 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Thu Nov 19 14:50:18 2026 Info: MID 1010518 Outbreak Filters: verdict negative
Thu Nov 19 14:50:19 2026 Info: MID 1010518 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 14:50:20 2026 Info: MID 1010518 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:50:21 2026 Info: MID 1010518 queued for delivery
Thu Nov 19 14:50:24 2026 Info: New SMTP DCID 209425 interface 192.0.2.20 address 52.101.64.10 port 25
Thu Nov 19 14:50:24 2026 Info: DCID 209425 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:50:24 2026 Info: Delivery start DCID 209425 MID 1010518 to RID [0]
Thu Nov 19 14:50:26 2026 Info: Message done DCID 209425 MID 1010518 to RID [0]
Thu Nov 19 14:50:26 2026 Info: MID 1010518 RID [0] Response '2.0.0 Ok: queued as VEVb9LChEjRsZRqU'
Thu Nov 19 14:50:26 2026 Info: Message finished MID 1010518 done
Thu Nov 19 14:50:26 2026 Info: DCID 209425 close
Thu Nov 19 14:54:49 2026 Info: New SMTP ICID 433579 interface OutgoingMail (192.0.2.11) address 10.20.6.218 reverse dns host exch1.corp.example verified yes
Thu Nov 19 14:54:49 2026 Info: ICID 433579 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 14:54:49 2026 Info: Start MID 1010519 ICID 433579
Thu Nov 19 14:54:49 2026 Info: MID 1010519 ICID 433579 From: <li.haddad@corp.example>
Thu Nov 19 14:54:49 2026 Info: MID 1010519 ICID 433579 RID 0 To: <hugo.weber@bank.example>
Thu Nov 19 14:54:49 2026 Info: MID 1010519 ICID 433579 RID 1 To: <ivan.okafor@client-a.example>
Thu Nov 19 14:54:49 2026 Info: MID 1010519 ICID 433579 RID 2 To: <ida.cohen@client-b.example>
Thu Nov 19 14:54:50 2026 Info: MID 1010519 Message-ID '<CA2d7ONMPMk1Jf9k9yAU5Z4lCOIe2hA3A7raXSai-Q37@mail.corp.example>'
Thu Nov 19 14:54:50 2026 Info: MID 1010519 Subject 'Re: Re: Re: hiring plan'
Thu Nov 19 14:54:50 2026 Info: MID 1010519 ready 40010 bytes from <li.haddad@corp.example>
Thu Nov 19 14:54:50 2026 Info: MID 1010519 using engine: CASE spam negative
Thu Nov 19 14:54:50 2026 Info: ICID 433579 close
Thu Nov 19 14:54:50 2026 Info: MID 1010519 SPF: mailfrom identity li.haddad@corp.example Pass (v=spf1)
Thu Nov 19 14:54:50 2026 Info: MID 1010519 DKIM: pass signature verified (d=corp.example s=s5 i=@corp.example)
Thu Nov 19 14:54:50 2026 Info: MID 1010519 DMARC: Verification passed
Thu Nov 19 14:54:51 2026 Info: MID 1010519 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 14:54:51 2026 Info: MID 1010519 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:54:52 2026 Info: MID 1010519 queued for delivery
Thu Nov 19 14:54:52 2026 Info: New SMTP DCID 209426 interface 192.0.2.20 address 203.0.113.138 port 25
Thu Nov 19 14:54:52 2026 Info: DCID 209426 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:54:52 2026 Info: Delivery start DCID 209426 MID 1010519 to RID [0]
Thu Nov 19 14:54:54 2026 Info: Message done DCID 209426 MID 1010519 to RID [0]
Thu Nov 19 14:54:54 2026 Info: MID 1010519 RID [0] Response '2.0.0 Ok: queued as pBGFL5jpYEnUMD4t'
Thu Nov 19 14:54:54 2026 Info: New SMTP DCID 209427 interface 192.0.2.20 address 203.0.113.55 port 25
Thu Nov 19 14:54:54 2026 Info: DCID 209427 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:54:54 2026 Info: Delivery start DCID 209427 MID 1010519 to RID [1]
Thu Nov 19 14:54:54 2026 Info: DCID 209426 close
Thu Nov 19 14:54:56 2026 Info: Message done DCID 209427 MID 1010519 to RID [1]
Thu Nov 19 14:54:56 2026 Info: MID 1010519 RID [1] Response '2.0.0 Ok: queued as ZxiV85Q8z97TwLLQ'
Thu Nov 19 14:54:56 2026 Info: New SMTP DCID 209428 interface 192.0.2.20 address 203.0.113.84 port 25
Thu Nov 19 14:54:56 2026 Info: DCID 209428 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:54:56 2026 Info: Delivery start DCID 209428 MID 1010519 to RID [2]
Thu Nov 19 14:54:56 2026 Info: DCID 209427 close
Thu Nov 19 14:54:57 2026 Info: Message done DCID 209428 MID 1010519 to RID [2]
Thu Nov 19 14:54:57 2026 Info: MID 1010519 RID [2] Response '2.0.0 Ok: queued as iP2XWV47JFpGJVyz'
Thu Nov 19 14:54:57 2026 Info: Message finished MID 1010519 done
Thu Nov 19 14:54:57 2026 Info: DCID 209428 close
Thu Nov 19 14:55:12 2026 Info: New SMTP ICID 433580 interface IncomingMail (192.0.2.10) address 198.51.58.44 reverse dns host mail.bank.example verified yes
Thu Nov 19 14:55:12 2026 Info: ICID 433580 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7
Thu Nov 19 14:55:12 2026 Info: ICID 433580 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:55:12 2026 Info: Start MID 1010520 ICID 433580
Thu Nov 19 14:55:12 2026 Info: MID 1010520 ICID 433580 From: <sofia.walsh@bank.example>
Thu Nov 19 14:55:12 2026 Info: MID 1010520 ICID 433580 RID 0 To: <li.haddad@corp-mail.example>
Thu Nov 19 14:55:13 2026 Info: MID 1010520 Message-ID '<f6f173ad9ffdd70ae861.22310@bank.example>'
Thu Nov 19 14:55:13 2026 Info: MID 1010520 Subject 'Quarterly report'
Thu Nov 19 14:55:13 2026 Info: MID 1010520 ready 171156 bytes from <sofia.walsh@bank.example>
Thu Nov 19 14:55:13 2026 Info: MID 1010520 URL https://www.bank.example/t/b940d4ae2e has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 14:55:13 2026 Info: ICID 433580 close
Thu Nov 19 14:55:13 2026 Info: MID 1010520 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Thu Nov 19 14:55:13 2026 Info: MID 1010520 using engine: CASE spam negative
Thu Nov 19 14:55:14 2026 Info: MID 1010520 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:55:15 2026 Info: MID 1010520 attachment 'meeting.ics'
Thu Nov 19 14:55:15 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1010520, File Size = 3126 bytes, File Type = text/calendar
Thu Nov 19 14:55:15 2026 Info: MID 1010520 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Thu Nov 19 14:55:15 2026 Info: File reputation query initiating. File Name = Report,Final Draft: Revenue (Q3),Approved.pdf, MID = 1010520, File Size = 96903 bytes, File Type = application/pdf
Thu Nov 19 14:55:15 2026 Info: MID 1010520 AMP file reputation verdict : UNKNOWN
Thu Nov 19 14:55:15 2026 Info: Response received for file reputation query from Cache. FileName = 'meeting.ics', MID = 1010520, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =ed84e91ef132bf2de040015ce064a11485f1115bb2fff17b3f665edef10637ce, upload_action = 2
Thu Nov 19 14:55:15 2026 Info: Response received for file reputation query from Cache. File Name = Report,Final Draft: Revenue (Q3),Approved.pdf, MID = 1010520, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 53b97377b34e8ece7e9ee51d9212824c83c8cb28eb4ed2e3895e8b6b263cfa5e, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Thu Nov 19 14:55:15 2026 Info: MID 1010520 queued for delivery
Thu Nov 19 14:55:16 2026 Info: New SMTP DCID 209429 interface 192.0.2.20 address 52.101.205.33 port 25
Thu Nov 19 14:55:16 2026 Info: DCID 209429 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:55:16 2026 Info: Delivery start DCID 209429 MID 1010520 to RID [0]
Thu Nov 19 14:55:18 2026 Info: Message done DCID 209429 MID 1010520 to RID [0]
Thu Nov 19 14:55:18 2026 Info: MID 1010520 RID [0] Response '2.6.0 [InternalId=745326742093, Hostname=AM0PR01MB9240.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:55:18 2026 Info: Message finished MID 1010520 done
Thu Nov 19 14:55:18 2026 Info: DCID 209429 close
Thu Nov 19 14:56:23 2026 Info: New SMTP ICID 433581 interface IncomingMail (192.0.2.10) address 198.51.109.162 reverse dns host mail.supplier.example verified yes
Thu Nov 19 14:56:23 2026 Info: ICID 433581 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.9
Thu Nov 19 14:56:23 2026 Info: ICID 433581 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:56:23 2026 Info: Start MID 1010521 ICID 433581
Thu Nov 19 14:56:23 2026 Info: MID 1010521 ICID 433581 From: <ana.mendes@supplier.example>
Thu Nov 19 14:56:23 2026 Info: MID 1010521 ICID 433581 RID 0 To: <omar.weber@corp.example>
Thu Nov 19 14:56:23 2026 Info: MID 1010521 ICID 433581 RID 1 To: <eva.kowalski@corp.example>
Thu Nov 19 14:56:23 2026 Info: MID 1010521 ICID 433581 RID 2 To: <emma.garcia@corp.example>
Thu Nov 19 14:56:23 2026 Info: MID 1010521 ICID 433581 RID 3 To: <lena.novak@corp.example>
Thu Nov 19 14:56:23 2026 Info: MID 1010521 ICID 433581 RID 4 To: <kofi.nguyen@corp.example>
Thu Nov 19 14:56:23 2026 Info: MID 1010521 ICID 433581 RID 5 To: <raj.tanaka@corp-legacy.example>
Thu Nov 19 14:56:24 2026 Info: MID 1010521 Message-ID '<37e49b1e4df47a220327.12022@supplier.example>'
Thu Nov 19 14:56:24 2026 Info: MID 1010521 Subject 'Café menu for next week'
Thu Nov 19 14:56:24 2026 Info: MID 1010521 ready 10273 bytes from <ana.mendes@supplier.example>
Thu Nov 19 14:56:24 2026 Info: MID 1010521 DKIM: pass signature verified (d=supplier.example s=s4 i=@supplier.example)
Thu Nov 19 14:56:24 2026 Info: MID 1010521 using engine: CASE spam negative
Thu Nov 19 14:56:24 2026 Info: ICID 433581 close
Thu Nov 19 14:56:24 2026 Info: MID 1010521 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Thu Nov 19 14:56:24 2026 Info: MID 1010521 DMARC: Verification passed
Thu Nov 19 14:56:25 2026 Info: MID 1010521 was split creating MID 1010522 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:56:25 2026 Info: MID 1010522 ICID 0 From: <ana.mendes@supplier.example>
Thu Nov 19 14:56:25 2026 Info: MID 1010522 ICID 0 RID 0 To: <raj.tanaka@corp-legacy.example>
Thu Nov 19 14:56:25 2026 Info: MID 1010522 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 14:56:25 2026 Info: MID 1010521 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 14:56:25 2026 Info: MID 1010522 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:56:25 2026 Info: MID 1010521 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:56:26 2026 Info: MID 1010522 queued for delivery
Thu Nov 19 14:56:28 2026 Info: MID 1010521 queued for delivery
Thu Nov 19 14:56:28 2026 Info: MID 1010523 was generated based on MID 1010521 by bcc filter 'Finance_Archive'
Thu Nov 19 14:56:28 2026 Info: MID 1010523 ICID 0 From: <ana.mendes@supplier.example>
Thu Nov 19 14:56:28 2026 Info: MID 1010523 ICID 0 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 14:56:28 2026 Info: MID 1010523 Message-ID '<37e49b1e4df47a220327.12022@supplier.example>'
Thu Nov 19 14:56:28 2026 Info: MID 1010523 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 14:56:28 2026 Info: MID 1010523 queued for delivery
Thu Nov 19 14:56:28 2026 Info: New SMTP DCID 209432 interface 192.0.2.20 address 10.30.0.25 port 25
Thu Nov 19 14:56:28 2026 Info: DCID 209432 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:56:28 2026 Info: Delivery start DCID 209432 MID 1010522 to RID [0]
Thu Nov 19 14:56:29 2026 Info: New SMTP DCID 209430 interface 192.0.2.20 address 52.101.184.88 port 25
Thu Nov 19 14:56:29 2026 Info: DCID 209430 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:56:29 2026 Info: Delivery start DCID 209430 MID 1010521 to RID [0, 1, 2, 3, 4]
Thu Nov 19 14:56:29 2026 Info: New SMTP DCID 209431 interface 192.0.2.20 address 52.101.125.15 port 25
Thu Nov 19 14:56:29 2026 Info: DCID 209431 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 14:56:29 2026 Info: Delivery start DCID 209431 MID 1010523 to RID [0]
Thu Nov 19 14:56:31 2026 Info: Message done DCID 209432 MID 1010522 to RID [0] [('from', 'ana.mendes@supplier.example'), ('to', 'raj.tanaka@corp-legacy.example')]
Thu Nov 19 14:56:31 2026 Info: MID 1010522 RID [0] Response '2.0.0 Ok: queued as anSFoHkuhEeitWxB'
Thu Nov 19 14:56:31 2026 Info: DCID 209432 close
Thu Nov 19 14:56:31 2026 Info: Message finished MID 1010522 done
Thu Nov 19 14:56:31 2026 Info: Message done DCID 209430 MID 1010521 to RID [0, 1, 2, 3, 4]
Thu Nov 19 14:56:31 2026 Info: MID 1010521 RID [0, 1, 2, 3, 4] Response '2.6.0 [InternalId=322417473216, Hostname=AM0PR01MB8584.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:56:31 2026 Info: Message finished MID 1010521 done
Thu Nov 19 14:56:31 2026 Info: DCID 209430 close
Thu Nov 19 14:56:31 2026 Info: Message done DCID 209431 MID 1010523 to RID [0]
Thu Nov 19 14:56:31 2026 Info: MID 1010523 RID [0] Response '2.6.0 [InternalId=212492014859, Hostname=AM0PR01MB3996.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:56:31 2026 Info: Message finished MID 1010523 done
Thu Nov 19 14:56:31 2026 Info: DCID 209431 close
Thu Nov 19 14:56:40 2026 Info: New SMTP ICID 433582 interface IncomingMail (192.0.2.10) address 198.51.137.47 reverse dns host mail.cloudapp.example verified yes
Thu Nov 19 14:56:40 2026 Info: ICID 433582 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.9
Thu Nov 19 14:56:40 2026 Info: ICID 433582 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 14:56:40 2026 Info: Start MID 1010524 ICID 433582
Thu Nov 19 14:56:40 2026 Info: MID 1010524 ICID 433582 From: <kofi.rossi@cloudapp.example>
Thu Nov 19 14:56:40 2026 Info: MID 1010524 ICID 433582 RID 0 To: <zoe.kim@corp-mail.example>
Thu Nov 19 14:56:41 2026 Info: MID 1010524 Message-ID '<ecabda756f703c4f5721.47858@cloudapp.example>'
Thu Nov 19 14:56:41 2026 Info: MID 1010524 Subject 'Welcome to the team!'
Thu Nov 19 14:56:41 2026 Info: MID 1010524 ready 233526 bytes from <kofi.rossi@cloudapp.example>
Thu Nov 19 14:56:41 2026 Info: ICID 433582 close
Thu Nov 19 14:56:41 2026 Info: MID 1010524 DMARC: Verification passed
Thu Nov 19 14:56:41 2026 Info: MID 1010524 SPF: mailfrom identity kofi.rossi@cloudapp.example Pass (v=spf1)
Thu Nov 19 14:56:41 2026 Info: MID 1010524 DKIM: pass signature verified (d=cloudapp.example s=s7 i=@cloudapp.example)
Thu Nov 19 14:56:41 2026 Info: MID 1010524 using engine: CASE spam negative
Thu Nov 19 14:56:41 2026 Info: MID 1010524 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:56:41 2026 Info: MID 1010524 antivirus negative
Thu Nov 19 14:56:43 2026 Info: MID 1010524 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 14:56:43 2026 Info: MID 1010524 attachment 'Q4 Report 2026.pdf'
Thu Nov 19 14:56:43 2026 Info: MID 1010524 AMP file reputation verdict : CLEAN
Thu Nov 19 14:56:45 2026 Info: MID 1010524 queued for delivery
Thu Nov 19 14:56:45 2026 Info: New SMTP DCID 209433 interface 192.0.2.20 address 52.101.251.145 port 25
Thu Nov 19 14:56:45 2026 Info: DCID 209433 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:56:45 2026 Info: Delivery start DCID 209433 MID 1010524 to RID [0]
Thu Nov 19 14:56:46 2026 Info: Message done DCID 209433 MID 1010524 to RID [0]
Thu Nov 19 14:56:46 2026 Info: MID 1010524 RID [0] Response '2.6.0 [InternalId=345840688818, Hostname=AM0PR01MB3667.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 14:56:46 2026 Info: DCID 209433 close
Thu Nov 19 14:56:46 2026 Info: Message finished MID 1010524 done
Thu Nov 19 14:58:46 2026 Info: New SMTP ICID 433583 interface IncomingMail (192.0.2.10) address 198.51.238.177 reverse dns host mail.logistics.example verified yes
Thu Nov 19 14:58:46 2026 Info: ICID 433583 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.8
Thu Nov 19 14:58:46 2026 Info: ICID 433583 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:58:47 2026 Info: Start MID 1010525 ICID 433583
Thu Nov 19 14:58:47 2026 Info: MID 1010525 ICID 433583 From: <yuki.sato@logistics.example>
Thu Nov 19 14:58:47 2026 Info: MID 1010525 ICID 433583 RID 0 To: <ravi.nguyen@corp.example>
Thu Nov 19 14:58:47 2026 Info: MID 1010525 Message-ID '<31073ad43c37d13cfc85.29133@logistics.example>'
Thu Nov 19 14:58:47 2026 Info: MID 1010525 Subject "Re: O'Brien account review"
Thu Nov 19 14:58:47 2026 Info: MID 1010525 ready 41059 bytes from <yuki.sato@logistics.example>
Thu Nov 19 14:58:47 2026 Info: MID 1010525 using engine: CASE spam negative
Thu Nov 19 14:58:47 2026 Info: ICID 433583 close
Thu Nov 19 14:58:47 2026 Info: MID 1010525 antivirus negative
Thu Nov 19 14:58:47 2026 Info: MID 1010525 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Thu Nov 19 14:58:47 2026 Info: MID 1010525 DKIM: pass signature verified (d=logistics.example s=s8 i=@logistics.example)
Thu Nov 19 14:58:47 2026 Info: MID 1010525 interim AV verdict using Sophos CLEAN
Thu Nov 19 14:58:47 2026 Info: MID 1010525 DMARC: Verification passed
Thu Nov 19 14:58:47 2026 Info: MID 1010525 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 14:58:47 2026 Info: MID 1010525 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 14:58:50 2026 Info: MID 1010525 queued for delivery
Thu Nov 19 14:58:53 2026 Info: New SMTP DCID 209434 interface 192.0.2.20 address 52.101.110.81 port 25
Thu Nov 19 14:58:53 2026 Info: DCID 209434 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 14:58:53 2026 Info: Delivery start DCID 209434 MID 1010525 to RID [0]
Thu Nov 19 14:58:54 2026 Info: Message done DCID 209434 MID 1010525 to RID [0]
Thu Nov 19 14:58:54 2026 Info: MID 1010525 RID [0] Response '2.0.0 Ok: queued as 6icwkkQhqHjkiq56'
Thu Nov 19 14:58:54 2026 Info: Message finished MID 1010525 done
Thu Nov 19 14:58:54 2026 Info: DCID 209434 close
Thu Nov 19 15:10:06 2026 Info: New SMTP ICID 433584 interface OutgoingMail (192.0.2.11) address 10.20.6.179 reverse dns host exch2.corp.example verified yes
Thu Nov 19 15:10:06 2026 Info: ICID 433584 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 15:10:06 2026 Info: Start MID 1010526 ICID 433584
Thu Nov 19 15:10:06 2026 Info: MID 1010526 ICID 433584 From: <nina.patel@corp.example>
Thu Nov 19 15:10:06 2026 Info: MID 1010526 ICID 433584 RID 0 To: <marc.mendes@gmail.example>
Thu Nov 19 15:10:06 2026 Info: MID 1010526 Message-ID '<CAwwjeZZbN2n-i_=Gjq9czQXboRKBL65UeblQCl_3pIb@mail.corp.example>'
Thu Nov 19 15:10:06 2026 Info: MID 1010526 Subject 'FW: contract draft'
Thu Nov 19 15:10:06 2026 Info: MID 1010526 ready 537846 bytes from <nina.patel@corp.example>
Thu Nov 19 15:10:06 2026 Info: MID 1010526 DKIM: pass signature verified (d=corp.example s=s4 i=@corp.example)
Thu Nov 19 15:10:06 2026 Info: MID 1010526 DMARC: Verification passed
Thu Nov 19 15:10:06 2026 Info: MID 1010526 using engine: CASE spam negative
Thu Nov 19 15:10:06 2026 Info: ICID 433584 close
Thu Nov 19 15:10:06 2026 Info: MID 1010526 SPF: mailfrom identity nina.patel@corp.example Pass (v=spf1)
Thu Nov 19 15:10:07 2026 Info: MID 1010526 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 15:10:08 2026 Info: MID 1010526 attachment 'Q1 Report 2026.pdf'
Thu Nov 19 15:10:08 2026 Info: MID 1010526 AMP file reputation verdict : UNKNOWN
Thu Nov 19 15:10:09 2026 Info: MID 1010526 queued for delivery
Thu Nov 19 15:10:10 2026 Info: New SMTP DCID 209435 interface 192.0.2.20 address 203.0.113.244 port 25
Thu Nov 19 15:10:10 2026 Info: DCID 209435 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:10:10 2026 Info: Delivery start DCID 209435 MID 1010526 to RID [0]
Thu Nov 19 15:10:11 2026 Info: Message done DCID 209435 MID 1010526 to RID [0]
Thu Nov 19 15:10:11 2026 Info: MID 1010526 RID [0] Response '2.0.0 Ok: queued as J5B6UwEejjxJz8EN'
Thu Nov 19 15:10:11 2026 Info: Message finished MID 1010526 done
Thu Nov 19 15:10:11 2026 Info: DCID 209435 close
Thu Nov 19 15:18:04 2026 Info: New SMTP ICID 433585 interface IncomingMail (192.0.2.10) address 198.51.131.86 reverse dns host mail.partner.example verified yes
Thu Nov 19 15:18:04 2026 Info: ICID 433585 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.1
Thu Nov 19 15:18:04 2026 Info: ICID 433585 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:18:04 2026 Info: Start MID 1010527 ICID 433585
Thu Nov 19 15:18:04 2026 Info: MID 1010527 ICID 433585 From: <ewa.obrien@partner.example>
Thu Nov 19 15:18:04 2026 Info: MID 1010527 ICID 433585 RID 0 To: <omar.garcia@corp-mail.example>
Thu Nov 19 15:18:05 2026 Info: MID 1010527 Message-ID '<d3d19c3f0c24d59c%20#&1a94f@partner.example>'
Thu Nov 19 15:18:05 2026 Info: MID 1010527 Subject 'Café menu for next week'
Thu Nov 19 15:18:05 2026 Info: MID 1010527 ready 6516 bytes from <ewa.obrien@partner.example>
Thu Nov 19 15:18:05 2026 Info: ICID 433585 close
Thu Nov 19 15:18:05 2026 Info: MID 1010527 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Thu Nov 19 15:18:05 2026 Info: MID 1010527 DKIM: pass signature verified (d=partner.example s=s7 i=@partner.example)
Thu Nov 19 15:18:05 2026 Info: MID 1010527 DMARC: Verification passed
Thu Nov 19 15:18:05 2026 Info: MID 1010527 using engine: CASE spam negative
Thu Nov 19 15:18:06 2026 Info: MID 1010527 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:18:07 2026 Info: MID 1010527 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:18:07 2026 Info: MID 1010527 queued for delivery
Thu Nov 19 15:18:09 2026 Info: New SMTP DCID 209436 interface 192.0.2.20 address 52.101.118.185 port 25
Thu Nov 19 15:18:09 2026 Info: DCID 209436 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:18:09 2026 Info: Delivery start DCID 209436 MID 1010527 to RID [0]
Thu Nov 19 15:18:09 2026 Info: Message done DCID 209436 MID 1010527 to RID [0] [('from', 'ewa.obrien@partner.example'), ('to', 'omar.garcia@corp-mail.example')]
Thu Nov 19 15:18:09 2026 Info: MID 1010527 RID [0] Response '2.0.0 Ok: queued as SWxBcJtsMwJJKZ6R'
Thu Nov 19 15:18:09 2026 Info: Message finished MID 1010527 done
Thu Nov 19 15:18:09 2026 Info: DCID 209436 close
Thu Nov 19 15:21:29 2026 Info: New SMTP ICID 433586 interface IncomingMail (192.0.2.10) address 198.51.228.119 reverse dns host mail.paymnt-notice.example verified yes
Thu Nov 19 15:21:29 2026 Info: ICID 433586 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.7
Thu Nov 19 15:21:29 2026 Info: ICID 433586 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:21:29 2026 Info: Start MID 1010528 ICID 433586
Thu Nov 19 15:21:29 2026 Info: MID 1010528 ICID 433586 From: <it@paymnt-notice.example>
Thu Nov 19 15:21:29 2026 Info: MID 1010528 ICID 433586 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 15:21:29 2026 Info: MID 1010528 ICID 433586 RID 1 To: <emma.garcia@corp.example>
Thu Nov 19 15:21:29 2026 Info: MID 1010528 Message-ID '<55c4dad8d4a934b0afeb.55631@paymnt-notice.example>'
Thu Nov 19 15:21:29 2026 Info: MID 1010528 Subject 'Your document is ready'
Thu Nov 19 15:21:29 2026 Info: MID 1010528 ready 947631 bytes from <it@paymnt-notice.example>
Thu Nov 19 15:21:29 2026 Info: ICID 433586 close
Thu Nov 19 15:21:29 2026 Info: MID 1010528 URL https://www.paymnt-notice.example/t/198a58a6e6 has reputation 7.9 matched Condition: URL Reputation Rule
Thu Nov 19 15:21:29 2026 Info: MID 1010528 SPF: mailfrom identity it@paymnt-notice.example Pass (v=spf1)
Thu Nov 19 15:21:30 2026 Info: MID 1010528 Outbreak Filters: verdict negative
Thu Nov 19 15:21:30 2026 Info: MID 1010528 using engine: CASE spam negative
Thu Nov 19 15:21:30 2026 Info: MID 1010528 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 15:21:30 2026 Info: MID 1010528 attachment 'update_93913.js'
Thu Nov 19 15:21:31 2026 Info: MID 1010528 AMP file reputation verdict : MALICIOUS
Thu Nov 19 15:21:32 2026 Info: Message aborted MID 1010528 Dropped by amp
Thu Nov 19 15:21:32 2026 Info: Message finished MID 1010528 done
Thu Nov 19 15:25:58 2026 Info: New SMTP ICID 433587 interface IncomingMail (192.0.2.10) address 198.51.219.96 reverse dns host mail.bank.example verified yes
Thu Nov 19 15:25:58 2026 Info: ICID 433587 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.9
Thu Nov 19 15:25:58 2026 Info: ICID 433587 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 15:25:58 2026 Info: Start MID 1010529 ICID 433587
Thu Nov 19 15:25:58 2026 Info: MID 1010529 ICID 433587 From: <mary.mendes@bank.example>
Thu Nov 19 15:25:58 2026 Info: MID 1010529 ICID 433587 RID 0 To: <ivan.okafor@corp.example>
Thu Nov 19 15:25:58 2026 Info: MID 1010529 Message-ID '<ac5d90776e32fbe87d5d.2749@bank.example>'
Thu Nov 19 15:25:58 2026 Info: MID 1010529 Subject 'Price list 97564'
Thu Nov 19 15:25:58 2026 Info: MID 1010529 ready 12661 bytes from <mary.mendes@bank.example>
Thu Nov 19 15:25:58 2026 Info: MID 1010529 DMARC: Verification passed
Thu Nov 19 15:25:58 2026 Info: MID 1010529 DKIM: pass signature verified (d=bank.example s=s7 i=@bank.example)
Thu Nov 19 15:25:58 2026 Info: ICID 433587 close
Thu Nov 19 15:25:58 2026 Info: MID 1010529 SPF: mailfrom identity mary.mendes@bank.example Pass (v=spf1)
Thu Nov 19 15:25:58 2026 Info: MID 1010529 using engine: CASE spam negative
Thu Nov 19 15:25:59 2026 Info: MID 1010529 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 15:25:59 2026 Info: MID 1010529 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:26:01 2026 Info: MID 1010529 queued for delivery
Thu Nov 19 15:26:02 2026 Info: New SMTP DCID 209437 interface 192.0.2.20 address 52.101.40.106 port 25
Thu Nov 19 15:26:02 2026 Info: DCID 209437 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:26:02 2026 Info: Delivery start DCID 209437 MID 1010529 to RID [0]
Thu Nov 19 15:26:02 2026 Info: Message done DCID 209437 MID 1010529 to RID [0]
Thu Nov 19 15:26:02 2026 Info: MID 1010529 RID [0] Response '2.6.0 [InternalId=932201383727, Hostname=AM0PR01MB8572.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:26:02 2026 Info: Message finished MID 1010529 done
Thu Nov 19 15:26:02 2026 Info: DCID 209437 close
Thu Nov 19 15:30:29 2026 Info: New SMTP ICID 433588 interface IncomingMail (192.0.2.10) address 198.51.227.16 reverse dns host mail.partner.example verified yes
Thu Nov 19 15:30:29 2026 Info: ICID 433588 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.0
Thu Nov 19 15:30:29 2026 Info: ICID 433588 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:30:29 2026 Info: Start MID 1010530 ICID 433588
Thu Nov 19 15:30:29 2026 Info: MID 1010530 ICID 433588 From: <nora.okafor@partner.example>
Thu Nov 19 15:30:29 2026 Info: MID 1010530 ICID 433588 RID 0 To: <li.haddad@corp.example>
Thu Nov 19 15:30:30 2026 Info: MID 1010530 Message-ID '<2485352df2a01d1f2c52.46076@partner.example>'
Thu Nov 19 15:30:30 2026 Info: MID 1010530 Subject 'Quarterly report'
Thu Nov 19 15:30:30 2026 Info: MID 1010530 ready 1331863 bytes from <nora.okafor@partner.example>
Thu Nov 19 15:30:30 2026 Info: ICID 433588 close
Thu Nov 19 15:30:30 2026 Info: MID 1010530 URL https://www.partner.example/t/cb46201dc9 has reputation 4.5 matched Condition: URL Reputation Rule
Thu Nov 19 15:30:30 2026 Info: MID 1010530 using engine: CASE spam negative
Thu Nov 19 15:30:30 2026 Info: MID 1010530 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Thu Nov 19 15:30:30 2026 Info: MID 1010530 Outbreak Filters: verdict negative
Thu Nov 19 15:30:30 2026 Info: MID 1010530 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:30:30 2026 Info: MID 1010530 attachment 'Q2 Report 2026.pdf'
Thu Nov 19 15:30:30 2026 Info: MID 1010530 AMP file reputation verdict : UNKNOWN
Thu Nov 19 15:30:31 2026 Info: MID 1010530 queued for delivery
Thu Nov 19 15:30:33 2026 Info: New SMTP DCID 209438 interface 192.0.2.20 address 52.101.154.139 port 25
Thu Nov 19 15:30:33 2026 Info: DCID 209438 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:30:33 2026 Info: Delivery start DCID 209438 MID 1010530 to RID [0]
Thu Nov 19 15:30:34 2026 Info: Message done DCID 209438 MID 1010530 to RID [0]
Thu Nov 19 15:30:34 2026 Info: MID 1010530 RID [0] Response '2.6.0 [InternalId=491537066984, Hostname=AM0PR01MB5609.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:30:34 2026 Info: Message finished MID 1010530 done
Thu Nov 19 15:30:34 2026 Info: DCID 209438 close
Thu Nov 19 15:32:58 2026 Info: New SMTP ICID 433589 interface IncomingMail (192.0.2.10) address 198.51.25.169 reverse dns host mail.bank.example verified yes
Thu Nov 19 15:32:58 2026 Info: ICID 433589 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7
Thu Nov 19 15:32:58 2026 Info: ICID 433589 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 15:32:58 2026 Info: Start MID 1010531 ICID 433589
Thu Nov 19 15:32:58 2026 Info: MID 1010531 ICID 433589 From: <hugo.weber@bank.example>
Thu Nov 19 15:32:58 2026 Info: MID 1010531 ICID 433589 RID 0 To: <eva.kowalski@corp.example>
Thu Nov 19 15:32:58 2026 Info: MID 1010531 ICID 433589 RID 1 To: <nina.lopez@corp.example>
Thu Nov 19 15:32:58 2026 Info: MID 1010531 ICID 433589 RID 2 To: <finance-archive@corp.example>
Thu Nov 19 15:32:58 2026 Info: MID 1010531 ICID 433589 RID 3 To: <emma.garcia@corp.example>
Thu Nov 19 15:32:58 2026 Info: MID 1010531 ICID 433589 RID 4 To: <leo.sato@corp-legacy.example>
Thu Nov 19 15:32:59 2026 Info: MID 1010531 Message-ID '<af7e86da6181714ccb65.56766@bank.example>'
Thu Nov 19 15:32:59 2026 Info: MID 1010531 Subject 'Lunch on Friday?'
Thu Nov 19 15:32:59 2026 Info: MID 1010531 ready 146304 bytes from <hugo.weber@bank.example>
Thu Nov 19 15:32:59 2026 Info: ICID 433589 close
Thu Nov 19 15:32:59 2026 Info: MID 1010531 was split creating MID 1010532 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:32:59 2026 Info: MID 1010532 ICID 0 From: <hugo.weber@bank.example>
Thu Nov 19 15:32:59 2026 Info: MID 1010532 ICID 0 RID 0 To: <leo.sato@corp-legacy.example>
Thu Nov 19 15:32:59 2026 Info: MID 1010532 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 15:32:59 2026 Info: MID 1010532 AMP file reputation verdict : CLEAN
Thu Nov 19 15:32:59 2026 Info: MID 1010531 using engine: CASE spam negative
Thu Nov 19 15:32:59 2026 Info: MID 1010531 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Thu Nov 19 15:32:59 2026 Info: MID 1010531 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 15:32:59 2026 Info: MID 1010531 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Thu Nov 19 15:32:59 2026 Info: MID 1010531 AMP file reputation verdict : CLEAN
Thu Nov 19 15:33:00 2026 Info: MID 1010531 queued for delivery
Thu Nov 19 15:33:01 2026 Info: MID 1010532 queued for delivery
Thu Nov 19 15:33:02 2026 Info: New SMTP DCID 209440 interface 192.0.2.20 address 10.30.0.25 port 25
Thu Nov 19 15:33:02 2026 Info: DCID 209440 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 15:33:02 2026 Info: Delivery start DCID 209440 MID 1010532 to RID [0]
Thu Nov 19 15:33:02 2026 Info: New SMTP DCID 209439 interface 192.0.2.20 address 52.101.93.141 port 25
Thu Nov 19 15:33:02 2026 Info: DCID 209439 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 15:33:02 2026 Info: Delivery start DCID 209439 MID 1010531 to RID [0, 1, 2, 3]
Thu Nov 19 15:33:03 2026 Info: Message done DCID 209440 MID 1010532 to RID [0]
Thu Nov 19 15:33:03 2026 Info: MID 1010532 RID [0] Response '2.0.0 Ok: queued as Q9cB7Ziuyr568hUV'
Thu Nov 19 15:33:03 2026 Info: Message finished MID 1010532 done
Thu Nov 19 15:33:03 2026 Info: DCID 209440 close
Thu Nov 19 15:33:04 2026 Info: Message done DCID 209439 MID 1010531 to RID [0, 1, 2, 3]
Thu Nov 19 15:33:04 2026 Info: MID 1010531 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=213289636241, Hostname=AM0PR01MB1214.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 15:33:04 2026 Info: Message finished MID 1010531 done
Thu Nov 19 15:33:04 2026 Info: DCID 209439 close
Thu Nov 19 15:50:55 2026 Info: New SMTP ICID 433590 interface OutgoingMail (192.0.2.11) address 10.20.9.110 reverse dns host exch3.corp.example verified yes
Thu Nov 19 15:50:55 2026 Info: ICID 433590 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 15:50:55 2026 Info: Start MID 1010533 ICID 433590
Thu Nov 19 15:50:55 2026 Info: MID 1010533 ICID 433590 From: <tom.weber@corp.example>
Thu Nov 19 15:50:55 2026 Info: MID 1010533 ICID 433590 RID 0 To: <hugo.weber@bank.example>
Thu Nov 19 15:50:56 2026 Info: MID 1010533 Message-ID '<474f6775355a11cf8522.63933@corp.example>'
Thu Nov 19 15:50:56 2026 Info: MID 1010533 Subject 'FW: contract draft'
Thu Nov 19 15:50:56 2026 Info: MID 1010533 ready 34917 bytes from <tom.weber@corp.example>
Thu Nov 19 15:50:56 2026 Info: MID 1010533 antivirus negative
Thu Nov 19 15:50:56 2026 Info: MID 1010533 using engine: CASE spam negative
Thu Nov 19 15:50:56 2026 Info: MID 1010533 DMARC: Verification passed
Thu Nov 19 15:50:56 2026 Info: ICID 433590 close
Thu Nov 19 15:50:56 2026 Info: MID 1010533 SPF: mailfrom identity tom.weber@corp.example Pass (v=spf1)
Thu Nov 19 15:50:56 2026 Info: MID 1010533 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Thu Nov 19 15:50:56 2026 Info: MID 1010533 interim AV verdict using Sophos CLEAN
Thu Nov 19 15:50:57 2026 Info: MID 1010533 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 15:50:57 2026 Info: MID 1010533 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 15:50:59 2026 Info: MID 1010533 queued for delivery
Thu Nov 19 15:51:00 2026 Info: New SMTP DCID 209441 interface 192.0.2.20 address 203.0.113.114 port 25
Thu Nov 19 15:51:00 2026 Info: DCID 209441 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 15:51:00 2026 Info: Delivery start DCID 209441 MID 1010533 to RID [0]
Thu Nov 19 15:51:00 2026 Info: Message done DCID 209441 MID 1010533 to RID [0]
Thu Nov 19 15:51:00 2026 Info: MID 1010533 RID [0] Response '2.0.0 Ok: queued as pnK3XcBL7S6MsbpA'
Thu Nov 19 15:51:00 2026 Info: Message finished MID 1010533 done
Thu Nov 19 15:51:00 2026 Info: DCID 209441 close
Thu Nov 19 16:02:15 2026 Info: New SMTP ICID 433591 interface OutgoingMail (192.0.2.11) address 10.20.2.166 reverse dns host exch2.corp.example verified yes
Thu Nov 19 16:02:15 2026 Info: ICID 433591 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 16:02:15 2026 Info: Start MID 1010534 ICID 433591
Thu Nov 19 16:02:15 2026 Info: MID 1010534 ICID 433591 From: <omar.garcia@corp.example>
Thu Nov 19 16:02:15 2026 Info: MID 1010534 ICID 433591 RID 0 To: <paul.moreau@gmail.example>
Thu Nov 19 16:02:16 2026 Info: MID 1010534 Message-ID '<38f2a22a52b9ada%16#&46547@corp.example>'
Thu Nov 19 16:02:16 2026 Info: MID 1010534 Subject 'Your order 19922 has shipped'
Thu Nov 19 16:02:16 2026 Info: MID 1010534 ready 24284 bytes from <omar.garcia@corp.example>
Thu Nov 19 16:02:16 2026 Info: MID 1010534 SPF: mailfrom identity omar.garcia@corp.example Pass (v=spf1)
Thu Nov 19 16:02:16 2026 Info: MID 1010534 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Thu Nov 19 16:02:16 2026 Info: MID 1010534 DMARC: Verification passed
Thu Nov 19 16:02:16 2026 Info: ICID 433591 close
Thu Nov 19 16:02:16 2026 Info: MID 1010534 antivirus negative
Thu Nov 19 16:02:16 2026 Info: MID 1010534 using engine: CASE spam negative
Thu Nov 19 16:02:16 2026 Info: MID 1010534 interim AV verdict using Sophos CLEAN
Thu Nov 19 16:02:17 2026 Info: MID 1010534 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 16:02:17 2026 Info: MID 1010534 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 16:02:19 2026 Info: MID 1010534 queued for delivery
Thu Nov 19 16:02:21 2026 Info: New SMTP DCID 209442 interface 192.0.2.20 address 203.0.113.14 port 25
Thu Nov 19 16:02:21 2026 Info: DCID 209442 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 16:02:21 2026 Info: Delivery start DCID 209442 MID 1010534 to RID [0]
Thu Nov 19 16:02:22 2026 Info: Message done DCID 209442 MID 1010534 to RID [0]
Thu Nov 19 16:02:22 2026 Info: MID 1010534 RID [0] Response '2.0.0 Ok: queued as n5SbyMVXeKFZPAqS'
Thu Nov 19 16:02:22 2026 Info: Message finished MID 1010534 done
Thu Nov 19 16:02:22 2026 Info: DCID 209442 close
Thu Nov 19 16:38:21 2026 Info: New SMTP ICID 433592 interface OutgoingMail (192.0.2.11) address 10.20.2.48 reverse dns host exch3.corp.example verified yes
Thu Nov 19 16:38:21 2026 Info: ICID 433592 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 16:38:22 2026 Info: Start MID 1010535 ICID 433592
Thu Nov 19 16:38:22 2026 Info: MID 1010535 ICID 433592 From: <dan.okafor@corp.example>
Thu Nov 19 16:38:22 2026 Info: MID 1010535 ICID 433592 RID 0 To: <ida.kim@partner.example>
Thu Nov 19 16:38:23 2026 Info: MID 1010535 Message-ID '<10e5aa0182ab16254351.88310@corp.example>'
Thu Nov 19 16:38:23 2026 Info: MID 1010535 Subject 'Quarterly report'
Thu Nov 19 16:38:23 2026 Info: MID 1010535 ready 566640 bytes from <dan.okafor@corp.example>
Thu Nov 19 16:38:23 2026 Info: ICID 433592 close
Thu Nov 19 16:38:23 2026 Info: MID 1010535 using engine: CASE spam negative
Thu Nov 19 16:38:23 2026 Info: MID 1010535 DKIM: pass signature verified (d=corp.example s=s6 i=@corp.example)
Thu Nov 19 16:38:23 2026 Info: MID 1010535 DMARC: Verification passed
Thu Nov 19 16:38:23 2026 Info: MID 1010535 SPF: mailfrom identity dan.okafor@corp.example Pass (v=spf1)
Thu Nov 19 16:38:23 2026 Info: MID 1010535 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 16:38:23 2026 Info: MID 1010535 attachment 'Q3 Report 2026.pdf'
Thu Nov 19 16:38:23 2026 Info: File reputation query initiating. File Name = 'Q3 Report 2026.pdf', MID = 1010535, File Size = 399848 bytes, File Type = application/pdf
Thu Nov 19 16:38:24 2026 Info: MID 1010535 AMP file reputation verdict : CLEAN
Thu Nov 19 16:38:24 2026 Info: Response received for file reputation query from Cache. FileName = 'Q3 Report 2026.pdf', MID = 1010535, Disposition = CLEAN, Malware = None,Reputation Score = 5, sha256 =5dbe3023a906922fa4b9a9c4b753a1eef08360852789d059c6e50df2e5a3863e, upload_action = 2
Thu Nov 19 16:38:25 2026 Info: MID 1010535 queued for delivery
Thu Nov 19 16:38:28 2026 Info: New SMTP DCID 209443 interface 192.0.2.20 address 203.0.113.202 port 25
Thu Nov 19 16:38:28 2026 Info: DCID 209443 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 16:38:28 2026 Info: Delivery start DCID 209443 MID 1010535 to RID [0]
Thu Nov 19 16:38:29 2026 Info: Message done DCID 209443 MID 1010535 to RID [0]
Thu Nov 19 16:38:29 2026 Info: MID 1010535 RID [0] Response '2.0.0 Ok: queued as FtCSM2miAP6HXRJH'
Thu Nov 19 16:38:29 2026 Info: Message finished MID 1010535 done
Thu Nov 19 16:38:29 2026 Info: DCID 209443 close
Thu Nov 19 16:45:03 2026 Info: New SMTP ICID 433593 interface IncomingMail (192.0.2.10) address 198.51.32.84 reverse dns host mail.newsletter.example verified yes
Thu Nov 19 16:45:03 2026 Info: ICID 433593 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Thu Nov 19 16:45:03 2026 Info: ICID 433593 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 16:45:04 2026 Info: Start MID 1010536 ICID 433593
Thu Nov 19 16:45:04 2026 Info: MID 1010536 ICID 433593 From: <paul.smith@newsletter.example>
Thu Nov 19 16:45:04 2026 Info: MID 1010536 ICID 433593 RID 0 To: <omar.mendes@corp.example>
Thu Nov 19 16:45:04 2026 Info: MID 1010536 Message-ID '<cb23880ccd24e6b%45#&a5bc8@newsletter.example>'
Thu Nov 19 16:45:04 2026 Info: MID 1010536 Subject 'Invoice 16946'
Thu Nov 19 16:45:04 2026 Info: MID 1010536 ready 23362 bytes from <paul.smith@newsletter.example>
Thu Nov 19 16:45:04 2026 Info: MID 1010536 DKIM: pass signature verified (d=newsletter.example s=s9 i=@newsletter.example)
Thu Nov 19 16:45:05 2026 Info: MID 1010536 using engine: CASE spam negative
Thu Nov 19 16:45:05 2026 Info: MID 1010536 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Thu Nov 19 16:45:05 2026 Info: ICID 433593 close
Thu Nov 19 16:45:05 2026 Info: MID 1010536 DMARC: Verification passed
Thu Nov 19 16:45:06 2026 Info: MID 1010536 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 16:45:06 2026 Info: MID 1010536 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 16:45:08 2026 Info: MID 1010536 queued for delivery
Thu Nov 19 16:45:09 2026 Info: New SMTP DCID 209444 interface 192.0.2.20 address 52.101.215.72 port 25
Thu Nov 19 16:45:09 2026 Info: DCID 209444 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 16:45:09 2026 Info: Delivery start DCID 209444 MID 1010536 to RID [0]
Thu Nov 19 16:45:11 2026 Info: Message done DCID 209444 MID 1010536 to RID [0]
Thu Nov 19 16:45:11 2026 Info: MID 1010536 RID [0] Response '2.6.0 [InternalId=999773970386, Hostname=AM0PR01MB1037.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 16:45:11 2026 Info: Message finished MID 1010536 done
Thu Nov 19 16:45:11 2026 Info: DCID 209444 close
Thu Nov 19 16:45:50 2026 Info: New SMTP ICID 433594 interface OutgoingMail (192.0.2.11) address 10.20.4.48 reverse dns host exch1.corp.example verified yes
Thu Nov 19 16:45:50 2026 Info: ICID 433594 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 16:45:50 2026 Info: Start MID 1010537 ICID 433594
Thu Nov 19 16:45:50 2026 Info: MID 1010537 ICID 433594 From: <paul.moreau@corp.example>
Thu Nov 19 16:45:50 2026 Info: MID 1010537 ICID 433594 RID 0 To: <raj.obrien@partner.example>
Thu Nov 19 16:45:50 2026 Info: MID 1010537 ICID 433594 RID 1 To: <lena.berg@newsletter.example>
Thu Nov 19 16:45:51 2026 Info: MID 1010537 Message-ID '<c2bfbf228d1b8737c4b9.86126@corp.example>'
Thu Nov 19 16:45:51 2026 Info: MID 1010537 Subject 'Budget 2027 – first numbers'
Thu Nov 19 16:45:51 2026 Info: MID 1010537 ready 73269 bytes from <paul.moreau@corp.example>
Thu Nov 19 16:45:51 2026 Info: MID 1010537 SPF: mailfrom identity paul.moreau@corp.example Pass (v=spf1)
Thu Nov 19 16:45:51 2026 Info: MID 1010537 DKIM: pass signature verified (d=corp.example s=s9 i=@corp.example)
Thu Nov 19 16:45:51 2026 Info: MID 1010537 DMARC: Verification passed
Thu Nov 19 16:45:51 2026 Info: ICID 433594 close
Thu Nov 19 16:45:51 2026 Info: MID 1010537 using engine: CASE spam negative
Thu Nov 19 16:45:52 2026 Info: MID 1010537 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 16:45:52 2026 Info: MID 1010537 attachment 'invoice_44952.pdf'
Thu Nov 19 16:45:52 2026 Info: MID 1010537 AMP file reputation verdict : UNKNOWN
Thu Nov 19 16:45:53 2026 Info: MID 1010537 queued for delivery
Thu Nov 19 16:45:57 2026 Info: New SMTP DCID 209445 interface 192.0.2.20 address 203.0.113.222 port 25
Thu Nov 19 16:45:57 2026 Info: DCID 209445 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 16:45:57 2026 Info: Delivery start DCID 209445 MID 1010537 to RID [0]
Thu Nov 19 16:45:58 2026 Info: Message done DCID 209445 MID 1010537 to RID [0]
Thu Nov 19 16:45:58 2026 Info: MID 1010537 RID [0] Response '2.0.0 Ok: queued as aYjPytTQWeGuyY9n'
Thu Nov 19 16:45:58 2026 Info: New SMTP DCID 209446 interface 192.0.2.20 address 203.0.113.219 port 25
Thu Nov 19 16:45:58 2026 Info: DCID 209446 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 16:45:58 2026 Info: Delivery start DCID 209446 MID 1010537 to RID [1]
Thu Nov 19 16:45:58 2026 Info: DCID 209445 close
Thu Nov 19 16:46:00 2026 Info: Message done DCID 209446 MID 1010537 to RID [1]
Thu Nov 19 16:46:00 2026 Info: MID 1010537 RID [1] Response '2.0.0 Ok: queued as 8w2CsR2JXfCq4JNN'
Thu Nov 19 16:46:00 2026 Info: Message finished MID 1010537 done
Thu Nov 19 16:46:00 2026 Info: DCID 209446 close
Thu Nov 19 16:53:27 2026 Info: New SMTP ICID 433595 interface IncomingMail (192.0.2.10) address 198.51.10.186 reverse dns host mail.travel.example verified yes
Thu Nov 19 16:53:27 2026 Info: ICID 433595 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.9
Thu Nov 19 16:53:27 2026 Info: ICID 433595 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 16:53:27 2026 Info: Start MID 1010538 ICID 433595
Thu Nov 19 16:53:27 2026 Info: MID 1010538 ICID 433595 From: <ewa.patel@travel.example>
Thu Nov 19 16:53:27 2026 Info: MID 1010538 ICID 433595 RID 0 To: <lena.novak@corp.example>
Thu Nov 19 16:53:27 2026 Info: MID 1010538 ICID 433595 RID 1 To: <emma.garcia@corp.example>
Thu Nov 19 16:53:28 2026 Info: MID 1010538 Message-ID "<o'hara.ca889c7028e4@travel.example>"
Thu Nov 19 16:53:28 2026 Info: MID 1010538 Subject 'Café menu for next week'
Thu Nov 19 16:53:28 2026 Info: MID 1010538 ready 609902 bytes from <ewa.patel@travel.example>
Thu Nov 19 16:53:28 2026 Info: MID 1010538 DKIM: pass signature verified (d=travel.example s=s7 i=@travel.example)
Thu Nov 19 16:53:28 2026 Info: ICID 433595 close
Thu Nov 19 16:53:28 2026 Info: MID 1010538 using engine: CASE spam negative
Thu Nov 19 16:53:28 2026 Info: MID 1010538 antivirus negative
Thu Nov 19 16:53:28 2026 Info: MID 1010538 DMARC: Verification passed
Thu Nov 19 16:53:28 2026 Info: MID 1010538 interim AV verdict using Sophos CLEAN
Thu Nov 19 16:53:28 2026 Info: MID 1010538 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Thu Nov 19 16:53:29 2026 Info: MID 1010538 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 16:53:29 2026 Info: MID 1010538 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Thu Nov 19 16:53:29 2026 Info: MID 1010538 attachment 'Q3 Report 2026.pdf'
Thu Nov 19 16:53:29 2026 Info: MID 1010538 AMP file reputation verdict : CLEAN
Thu Nov 19 16:53:30 2026 Info: MID 1010538 queued for delivery
Thu Nov 19 16:53:30 2026 Info: New SMTP DCID 209447 interface 192.0.2.20 address 52.101.245.219 port 25
Thu Nov 19 16:53:30 2026 Info: DCID 209447 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 16:53:30 2026 Info: Delivery start DCID 209447 MID 1010538 to RID [0, 1]
Thu Nov 19 16:53:32 2026 Info: Message done DCID 209447 MID 1010538 to RID [0, 1]
Thu Nov 19 16:53:32 2026 Info: MID 1010538 RID [0, 1] Response '2.6.0 [InternalId=453671377758, Hostname=AM0PR01MB8852.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 16:53:32 2026 Info: DCID 209447 close
Thu Nov 19 16:53:32 2026 Info: Message finished MID 1010538 done
Thu Nov 19 16:55:49 2026 Info: New SMTP ICID 433596 interface IncomingMail (192.0.2.10) address 198.51.16.145 reverse dns host mail.client-b.example verified yes
Thu Nov 19 16:55:49 2026 Info: ICID 433596 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.8
Thu Nov 19 16:55:49 2026 Info: ICID 433596 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 16:55:49 2026 Info: Start MID 1010539 ICID 433596
Thu Nov 19 16:55:49 2026 Info: MID 1010539 ICID 433596 From: <ida.cohen@client-b.example>
Thu Nov 19 16:55:49 2026 Info: MID 1010539 ICID 433596 RID 0 To: <ravi.obrien@corp.example>
Thu Nov 19 16:55:50 2026 Info: MID 1010539 Message-ID '<40da1ba5b6ddd9162850.61529@client-b.example>'
Thu Nov 19 16:55:50 2026 Info: MID 1010539 Subject 'Your order 38380 has shipped'
Thu Nov 19 16:55:50 2026 Info: MID 1010539 ready 32478 bytes from <ida.cohen@client-b.example>
Thu Nov 19 16:55:50 2026 Info: MID 1010539 interim AV verdict using Sophos CLEAN
Thu Nov 19 16:55:50 2026 Info: MID 1010539 DMARC: Verification passed
Thu Nov 19 16:55:50 2026 Info: ICID 433596 close
Thu Nov 19 16:55:50 2026 Info: MID 1010539 antivirus negative
Thu Nov 19 16:55:50 2026 Info: MID 1010539 using engine: CASE spam negative
Thu Nov 19 16:55:50 2026 Info: MID 1010539 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Thu Nov 19 16:55:50 2026 Info: MID 1010539 DKIM: pass signature verified (d=client-b.example s=s6 i=@client-b.example)
Thu Nov 19 16:55:51 2026 Info: MID 1010539 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 16:55:51 2026 Info: MID 1010539 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 16:55:52 2026 Info: MID 1010539 queued for delivery
Thu Nov 19 16:55:53 2026 Info: New SMTP DCID 209448 interface 192.0.2.20 address 52.101.109.113 port 25
Thu Nov 19 16:55:53 2026 Info: DCID 209448 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 16:55:53 2026 Info: Delivery start DCID 209448 MID 1010539 to RID [0]
Thu Nov 19 16:55:55 2026 Info: Message done DCID 209448 MID 1010539 to RID [0]
Thu Nov 19 16:55:55 2026 Info: MID 1010539 RID [0] Response '2.6.0 [InternalId=760295078437, Hostname=AM0PR01MB1762.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 16:55:55 2026 Info: DCID 209448 close
Thu Nov 19 16:55:55 2026 Info: Message finished MID 1010539 done
Thu Nov 19 17:53:46 2026 Info: New SMTP ICID 433597 interface IncomingMail (192.0.2.10) address 198.51.118.237 reverse dns host mail.client-b.example verified yes
Thu Nov 19 17:53:46 2026 Info: ICID 433597 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.3
Thu Nov 19 17:53:46 2026 Info: ICID 433597 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 17:53:46 2026 Info: Start MID 1010540 ICID 433597
Thu Nov 19 17:53:46 2026 Info: MID 1010540 ICID 433597 From: <ida.cohen@client-b.example>
Thu Nov 19 17:53:46 2026 Info: MID 1010540 ICID 433597 RID 0 To: <noah.okafor@corp.example>
Thu Nov 19 17:53:46 2026 Info: MID 1010540 Message-ID '<960e5b34a2d8bd20201d.99163@client-b.example>'
Thu Nov 19 17:53:46 2026 Info: MID 1010540 Subject 'Price list 78427'
Thu Nov 19 17:53:46 2026 Info: MID 1010540 ready 16585 bytes from <ida.cohen@client-b.example>
Thu Nov 19 17:53:46 2026 Info: MID 1010540 DMARC: Verification passed
Thu Nov 19 17:53:46 2026 Info: MID 1010540 using engine: CASE spam negative
Thu Nov 19 17:53:47 2026 Info: MID 1010540 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Thu Nov 19 17:53:47 2026 Info: ICID 433597 close
Thu Nov 19 17:53:47 2026 Info: MID 1010540 DKIM: pass signature verified (d=client-b.example s=s6 i=@client-b.example)
Thu Nov 19 17:53:48 2026 Info: MID 1010540 matched all recipients for per-recipient policy Executives in the inbound table
Thu Nov 19 17:53:48 2026 Info: MID 1010540 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 17:53:49 2026 Info: MID 1010540 queued for delivery
Thu Nov 19 17:53:52 2026 Info: New SMTP DCID 209449 interface 192.0.2.20 address 52.101.116.78 port 25
Thu Nov 19 17:53:52 2026 Info: DCID 209449 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 17:53:52 2026 Info: Delivery start DCID 209449 MID 1010540 to RID [0]
Thu Nov 19 17:53:52 2026 Info: Message done DCID 209449 MID 1010540 to RID [0]
Thu Nov 19 17:53:52 2026 Info: MID 1010540 RID [0] Response '2.6.0 [InternalId=869312326469, Hostname=AM0PR01MB4003.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 17:53:52 2026 Info: Message finished MID 1010540 done
Thu Nov 19 17:53:52 2026 Info: DCID 209449 close
Thu Nov 19 17:55:09 2026 Info: New SMTP ICID 433598 interface IncomingMail (192.0.2.10) address 198.51.199.78 reverse dns host mail.partner.example verified yes
Thu Nov 19 17:55:09 2026 Info: ICID 433598 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.1
Thu Nov 19 17:55:09 2026 Info: ICID 433598 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 17:55:09 2026 Info: Start MID 1010541 ICID 433598
Thu Nov 19 17:55:09 2026 Info: MID 1010541 ICID 433598 From: <ewa.obrien@partner.example>
Thu Nov 19 17:55:09 2026 Info: MID 1010541 ICID 433598 RID 0 To: <ana.kowalski@corp.example>
Thu Nov 19 17:55:09 2026 Info: MID 1010541 ICID 433598 RID 1 To: <ivan.silva@corp-mail.example>
Thu Nov 19 17:55:09 2026 Info: MID 1010541 Message-ID "<o'neill.ac3dccd2002f@partner.example>"
Thu Nov 19 17:55:09 2026 Info: MID 1010541 Subject 'Quarterly report'
Thu Nov 19 17:55:09 2026 Info: MID 1010541 ready 36456 bytes from <ewa.obrien@partner.example>
Thu Nov 19 17:55:09 2026 Info: ICID 433598 close
Thu Nov 19 17:55:09 2026 Info: MID 1010541 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Thu Nov 19 17:55:10 2026 Info: MID 1010541 DKIM: pass signature verified (d=partner.example s=s6 i=@partner.example)
Thu Nov 19 17:55:10 2026 Info: MID 1010541 using engine: CASE spam negative
Thu Nov 19 17:55:10 2026 Info: MID 1010541 DMARC: Verification passed
Thu Nov 19 17:55:11 2026 Info: MID 1010541 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 17:55:11 2026 Info: MID 1010541 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 17:55:12 2026 Info: MID 1010541 queued for delivery
Thu Nov 19 17:55:12 2026 Info: New SMTP DCID 209450 interface 192.0.2.20 address 52.101.185.148 port 25
Thu Nov 19 17:55:12 2026 Info: DCID 209450 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 17:55:12 2026 Info: Delivery start DCID 209450 MID 1010541 to RID [0, 1]
Thu Nov 19 17:55:14 2026 Info: Message done DCID 209450 MID 1010541 to RID [0, 1]
Thu Nov 19 17:55:14 2026 Info: MID 1010541 RID [0, 1] Response '2.6.0 [InternalId=401155041200, Hostname=AM0PR01MB7475.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 17:55:14 2026 Info: Message finished MID 1010541 done
Thu Nov 19 17:55:14 2026 Info: DCID 209450 close
Thu Nov 19 19:15:51 2026 Info: New SMTP ICID 433599 interface IncomingMail (192.0.2.10) address 198.51.14.156 reverse dns host mail.secure-docs.example verified yes
Thu Nov 19 19:15:51 2026 Info: ICID 433599 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.7
Thu Nov 19 19:15:51 2026 Info: ICID 433599 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 19:15:51 2026 Info: Start MID 1010542 ICID 433599
Thu Nov 19 19:15:51 2026 Info: MID 1010542 ICID 433599 From: <admin@secure-docs.example>
Thu Nov 19 19:15:51 2026 Info: MID 1010542 ICID 433599 RID 0 To: <finance-archive@corp.example>
Thu Nov 19 19:15:51 2026 Info: MID 1010542 ICID 433599 RID 1 To: <li.larsen@corp.example>
Thu Nov 19 19:15:51 2026 Info: MID 1010542 Message-ID '<458f5214da22d31793f9.70350@secure-docs.example>'
Thu Nov 19 19:15:51 2026 Info: MID 1010542 Subject 'Your document is ready'
Thu Nov 19 19:15:51 2026 Info: MID 1010542 ready 1469095 bytes from <admin@secure-docs.example>
Thu Nov 19 19:15:51 2026 Info: MID 1010542 DMARC: Verification passed
Thu Nov 19 19:15:51 2026 Info: MID 1010542 using engine: CASE spam negative
Thu Nov 19 19:15:51 2026 Info: ICID 433599 close
Thu Nov 19 19:15:51 2026 Info: MID 1010542 DKIM: pass signature verified (d=secure-docs.example s=s6 i=@secure-docs.example)
Thu Nov 19 19:15:51 2026 Info: MID 1010542 SPF: mailfrom identity admin@secure-docs.example Pass (v=spf1)
Thu Nov 19 19:15:52 2026 Info: MID 1010542 was split creating MID 1010543 due to a per-recipient policy DEFAULT in the inbound table
Thu Nov 19 19:15:52 2026 Info: MID 1010543 ICID 0 From: <admin@secure-docs.example>
Thu Nov 19 19:15:52 2026 Info: MID 1010543 ICID 0 RID 0 To: <li.larsen@corp.example>
Thu Nov 19 19:15:52 2026 Info: MID 1010543 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 19:15:52 2026 Info: MID 1010543 AMP file reputation verdict : MALICIOUS
Thu Nov 19 19:15:52 2026 Info: MID 1010542 matched all recipients for per-recipient policy Finance in the inbound table
Thu Nov 19 19:15:52 2026 Info: MID 1010542 attachment 'mod-2634.exe'
Thu Nov 19 19:15:52 2026 Info: File reputation query initiating. File Name = 'mod-2634.exe', MID = 1010542, File Size = 1076795 bytes, File Type = application/x-dosexec
Thu Nov 19 19:15:52 2026 Info: MID 1010542 AMP file reputation verdict : MALICIOUS
Thu Nov 19 19:15:53 2026 Info: Response received for file reputation query from Cloud. FileName = 'mod-2634.exe', MID = 1010542, Disposition = MALICIOUS, Malware = W32.ACFB2D5E37-100.SBX.TG,Reputation Score = 72, sha256 =acfb2d5e37bac233b1330c3f197a14e2ac084ba5f8f659ac44ce4ab37c5d42dc, upload_action = 2
Thu Nov 19 19:15:53 2026 Info: Message aborted MID 1010543 Dropped by amp
Thu Nov 19 19:15:53 2026 Info: Message finished MID 1010543 done
Thu Nov 19 19:15:53 2026 Info: New SMTP DCID 209451 interface 192.0.2.20 address 192.0.2.50 port 6025
Thu Nov 19 19:15:53 2026 Info: Delivery start DCID 209451 MID 1010542 to RID [0] to offbox IronPort Spam Quarantine
Thu Nov 19 19:15:53 2026 Info: Message done DCID 209451 MID 1010542 to RID [0] (external quarantine)
Thu Nov 19 19:15:53 2026 Info: Message finished MID 1010542 done
Thu Nov 19 19:15:53 2026 Info: DCID 209451 close
Thu Nov 19 21:03:37 2026 Info: New SMTP ICID 433600 interface IncomingMail (192.0.2.10) address 198.51.237.154 reverse dns host mail.gmail.example verified yes
Thu Nov 19 21:03:37 2026 Info: ICID 433600 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Thu Nov 19 21:03:37 2026 Info: ICID 433600 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 21:03:38 2026 Info: Start MID 1010544 ICID 433600
Thu Nov 19 21:03:38 2026 Info: MID 1010544 ICID 433600 From: <marc.mendes@gmail.example>
Thu Nov 19 21:03:38 2026 Info: MID 1010544 ICID 433600 RID 0 To: <tom.weber@corp.example>
Thu Nov 19 21:03:38 2026 Info: MID 1010544 Message-ID '<ebc249753ddf1dec5543.42188@gmail.example>'
Thu Nov 19 21:03:38 2026 Info: MID 1010544 Subject 'Welcome to the team!'
Thu Nov 19 21:03:38 2026 Info: MID 1010544 ready 17778 bytes from <marc.mendes@gmail.example>
Thu Nov 19 21:03:38 2026 Info: MID 1010544 SPF: mailfrom identity marc.mendes@gmail.example Pass (v=spf1)
Thu Nov 19 21:03:38 2026 Info: MID 1010544 using engine: CASE spam negative
Thu Nov 19 21:03:38 2026 Info: ICID 433600 close
Thu Nov 19 21:03:39 2026 Info: MID 1010544 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 21:03:40 2026 Info: MID 1010544 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 21:03:40 2026 Info: MID 1010544 queued for delivery
Thu Nov 19 21:03:43 2026 Info: New SMTP DCID 209452 interface 192.0.2.20 address 52.101.26.56 port 25
Thu Nov 19 21:03:43 2026 Info: DCID 209452 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 21:03:43 2026 Info: Delivery start DCID 209452 MID 1010544 to RID [0]
Thu Nov 19 21:03:45 2026 Info: Message done DCID 209452 MID 1010544 to RID [0]
Thu Nov 19 21:03:45 2026 Info: MID 1010544 RID [0] Response '2.6.0 [InternalId=130818528994, Hostname=AM0PR01MB1171.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 21:03:45 2026 Info: Message finished MID 1010544 done
Thu Nov 19 21:03:45 2026 Info: DCID 209452 close
Thu Nov 19 21:54:17 2026 Info: New SMTP ICID 433601 interface IncomingMail (192.0.2.10) address 198.51.176.20 reverse dns host mail.client-b.example verified yes
Thu Nov 19 21:54:17 2026 Info: ICID 433601 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.2
Thu Nov 19 21:54:17 2026 Info: ICID 433601 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 21:54:17 2026 Info: Start MID 1010545 ICID 433601
Thu Nov 19 21:54:17 2026 Info: MID 1010545 ICID 433601 From: <noah.silva@client-b.example>
Thu Nov 19 21:54:17 2026 Info: MID 1010545 ICID 433601 RID 0 To: <akowalski@corp.example>
Thu Nov 19 21:54:17 2026 Info: MID 1010545 Message-ID '<3675dfebfee7d4e7%39#&b61e4@client-b.example>'
Thu Nov 19 21:54:17 2026 Info: MID 1010545 Subject 'Scan from copier 4789'
Thu Nov 19 21:54:17 2026 Info: MID 1010545 ready 4346 bytes from <noah.silva@client-b.example>
Thu Nov 19 21:54:17 2026 Info: ICID 433601 close
Thu Nov 19 21:54:18 2026 Info: MID 1010545 using engine: CASE spam negative
Thu Nov 19 21:54:18 2026 Info: MID 1010545 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Thu Nov 19 21:54:19 2026 Info: MID 1010545 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 21:54:19 2026 Info: MID 1010545 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 21:54:20 2026 Info: MID 1010545 queued for delivery
Thu Nov 19 21:54:21 2026 Info: New SMTP DCID 209453 interface 192.0.2.20 address 52.101.203.82 port 25
Thu Nov 19 21:54:21 2026 Info: DCID 209453 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Thu Nov 19 21:54:21 2026 Info: Delivery start DCID 209453 MID 1010545 to RID [0]
Thu Nov 19 21:54:22 2026 Info: Message done DCID 209453 MID 1010545 to RID [0]
Thu Nov 19 21:54:22 2026 Info: MID 1010545 RID [0] Response '2.6.0 [InternalId=659875923462, Hostname=AM0PR01MB9877.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 21:54:22 2026 Info: DCID 209453 close
Thu Nov 19 21:54:22 2026 Info: Message finished MID 1010545 done
Thu Nov 19 22:01:52 2026 Info: New SMTP ICID 433602 interface OutgoingMail (192.0.2.11) address 10.20.6.35 reverse dns host exch3.corp.example verified yes
Thu Nov 19 22:01:52 2026 Info: ICID 433602 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Thu Nov 19 22:01:52 2026 Info: Start MID 1010546 ICID 433602
Thu Nov 19 22:01:52 2026 Info: MID 1010546 ICID 433602 From: <emma.garcia@corp.example>
Thu Nov 19 22:01:52 2026 Info: MID 1010546 ICID 433602 RID 0 To: <lena.moreau@bank.example>
Thu Nov 19 22:01:53 2026 Info: MID 1010546 Message-ID '<CACuePlfubYmkWZyagHRv7kWo1/CEdCkYBIi8QZp6pyX@mail.corp.example>'
Thu Nov 19 22:01:53 2026 Info: MID 1010546 Subject 'Candidate CV 19488'
Thu Nov 19 22:01:53 2026 Info: MID 1010546 ready 360004 bytes from <emma.garcia@corp.example>
Thu Nov 19 22:01:53 2026 Info: MID 1010546 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Thu Nov 19 22:01:53 2026 Info: MID 1010546 using engine: CASE spam negative
Thu Nov 19 22:01:53 2026 Info: MID 1010546 DMARC: Verification passed
Thu Nov 19 22:01:53 2026 Info: ICID 433602 close
Thu Nov 19 22:01:53 2026 Info: MID 1010546 SPF: mailfrom identity emma.garcia@corp.example Pass (v=spf1)
Thu Nov 19 22:01:53 2026 Info: MID 1010546 matched all recipients for per-recipient policy DEFAULT in the outbound table
Thu Nov 19 22:01:54 2026 Info: MID 1010546 attachment 'meeting.ics'
Thu Nov 19 22:01:54 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1010546, File Size = 3126 bytes, File Type = text/calendar
Thu Nov 19 22:01:54 2026 Info: MID 1010546 attachment 'Report,Final Draft: Revenue (Q4),Approved.pdf'
Thu Nov 19 22:01:54 2026 Info: File reputation query initiating. File Name = 'Report,Final Draft: Revenue (Q4),Approved.pdf', MID = 1010546, File Size = 244021 bytes, File Type = application/pdf
Thu Nov 19 22:01:54 2026 Info: MID 1010546 AMP file reputation verdict : UNKNOWN
Thu Nov 19 22:01:54 2026 Info: Response received for file reputation query from Cloud. File Name = 'Report,Final Draft: Revenue (Q4),Approved.pdf', MID = 1010546, Disposition = CLEAN, Malware = None, Reputation Score = 0, sha256 = e66be212eb4afb745be7659b222656698d1fa9485d8fb494b9df86db5f2e1f56, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Thu Nov 19 22:01:54 2026 Info: Response received for file reputation query from Cache. FileName = 'meeting.ics', MID = 1010546, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =ed84e91ef132bf2de040015ce064a11485f1115bb2fff17b3f665edef10637ce, upload_action = 2
Thu Nov 19 22:01:55 2026 Info: MID 1010546 queued for delivery
Thu Nov 19 22:01:57 2026 Info: New SMTP DCID 209454 interface 192.0.2.20 address 203.0.113.91 port 25
Thu Nov 19 22:01:57 2026 Info: DCID 209454 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 22:01:57 2026 Info: Delivery start DCID 209454 MID 1010546 to RID [0]
Thu Nov 19 22:01:57 2026 Info: Message done DCID 209454 MID 1010546 to RID [0]
Thu Nov 19 22:01:57 2026 Info: MID 1010546 RID [0] Response '2.0.0 Ok: queued as YAcdrikYvxUgAApr'
Thu Nov 19 22:01:57 2026 Info: Message finished MID 1010546 done
Thu Nov 19 22:01:57 2026 Info: DCID 209454 close
Thu Nov 19 22:03:48 2026 Info: New SMTP ICID 433603 interface IncomingMail (192.0.2.10) address 198.51.240.50 reverse dns host mail.client-b.example verified yes
Thu Nov 19 22:03:48 2026 Info: ICID 433603 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.9
Thu Nov 19 22:03:48 2026 Info: ICID 433603 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 22:03:48 2026 Info: Start MID 1010547 ICID 433603
Thu Nov 19 22:03:48 2026 Info: MID 1010547 ICID 433603 From: <noah.silva@client-b.example>
Thu Nov 19 22:03:48 2026 Info: MID 1010547 ICID 433603 RID 0 To: <lena.sato@corp.example>
Thu Nov 19 22:03:48 2026 Info: MID 1010547 Message-ID '<93bcbc2b4e68c9c52cc4.5930@client-b.example>'
Thu Nov 19 22:03:48 2026 Info: MID 1010547 Subject 'Re: Re: Re: hiring plan'
Thu Nov 19 22:03:48 2026 Info: MID 1010547 ready 5133 bytes from <noah.silva@client-b.example>
Thu Nov 19 22:03:48 2026 Info: MID 1010547 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Thu Nov 19 22:03:48 2026 Info: ICID 433603 close
Thu Nov 19 22:03:48 2026 Info: MID 1010547 using engine: CASE spam negative
Thu Nov 19 22:03:48 2026 Info: MID 1010547 URL https://www.client-b.example/t/ec84723670 has reputation 0.0 matched Condition: URL Reputation Rule
Thu Nov 19 22:03:49 2026 Info: MID 1010547 matched all recipients for per-recipient policy Engineering in the inbound table
Thu Nov 19 22:03:49 2026 Info: MID 1010547 AMP file reputation verdict : SKIPPED (no attachment in message)
Thu Nov 19 22:03:50 2026 Info: MID 1010547 queued for delivery
Thu Nov 19 22:03:50 2026 Info: New SMTP DCID 209455 interface 192.0.2.20 address 52.101.138.74 port 25
Thu Nov 19 22:03:50 2026 Info: DCID 209455 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Thu Nov 19 22:03:50 2026 Info: Delivery start DCID 209455 MID 1010547 to RID [0]
Thu Nov 19 22:03:52 2026 Info: Message done DCID 209455 MID 1010547 to RID [0]
Thu Nov 19 22:03:52 2026 Info: MID 1010547 RID [0] Response '2.6.0 [InternalId=426092348146, Hostname=AM0PR01MB2405.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 22:03:52 2026 Info: DCID 209455 close
Thu Nov 19 22:03:52 2026 Info: Message finished MID 1010547 done
Thu Nov 19 23:51:18 2026 Info: New SMTP ICID 433604 interface IncomingMail (192.0.2.10) address 198.51.166.234 reverse dns host mail.travel.example verified yes
Thu Nov 19 23:51:18 2026 Info: ICID 433604 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.4
Thu Nov 19 23:51:18 2026 Info: ICID 433604 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 23:51:19 2026 Info: Start MID 1010548 ICID 433604
Thu Nov 19 23:51:19 2026 Info: MID 1010548 ICID 433604 From: <raj.kim@travel.example>
Thu Nov 19 23:51:19 2026 Info: MID 1010548 ICID 433604 RID 0 To: <li.larsen@corp.example>
Thu Nov 19 23:51:19 2026 Info: MID 1010548 ICID 433604 RID 1 To: <ida.dubois@corp.example>
Thu Nov 19 23:51:19 2026 Info: MID 1010548 ICID 433604 RID 2 To: <yuki.ivanova@corp.example>
Thu Nov 19 23:51:19 2026 Info: MID 1010548 Message-ID '<205fb2e7e424d4960eda.18573@travel.example>'
Thu Nov 19 23:51:19 2026 Info: MID 1010548 Subject 'The "new" travel policy'
Thu Nov 19 23:51:19 2026 Info: MID 1010548 ready 212741 bytes from <raj.kim@travel.example>
Thu Nov 19 23:51:19 2026 Info: MID 1010548 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Thu Nov 19 23:51:19 2026 Info: ICID 433604 close
Thu Nov 19 23:51:19 2026 Info: MID 1010548 using engine: CASE spam negative
Thu Nov 19 23:51:20 2026 Info: MID 1010548 matched all recipients for per-recipient policy DEFAULT in the inbound table
Thu Nov 19 23:51:20 2026 Info: MID 1010548 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Thu Nov 19 23:51:20 2026 Info: File reputation query initiating. File Name = 'Report,Final Draft: Revenue (Q3),Approved.pdf', MID = 1010548, File Size = 142928 bytes, File Type = application/pdf
Thu Nov 19 23:51:20 2026 Info: MID 1010548 AMP file reputation verdict : CLEAN
Thu Nov 19 23:51:20 2026 Info: Response received for file reputation query from Cloud. FileName = 'Report,Final Draft: Revenue (Q3),Approved.pdf', MID = 1010548, Disposition = CLEAN, Malware = None,Reputation Score = 0, sha256 =571ab4ee510cb28a335bf1110e6b82f901c4a15d23d71e535e86d1dde63803ab, upload_action = 2
Thu Nov 19 23:51:22 2026 Info: MID 1010548 queued for delivery
Thu Nov 19 23:51:23 2026 Info: New SMTP DCID 209456 interface 192.0.2.20 address 52.101.35.225 port 25
Thu Nov 19 23:51:23 2026 Info: DCID 209456 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Thu Nov 19 23:51:23 2026 Info: Delivery start DCID 209456 MID 1010548 to RID [0, 1, 2]
Thu Nov 19 23:51:25 2026 Info: Message done DCID 209456 MID 1010548 to RID [0, 1, 2]
Thu Nov 19 23:51:25 2026 Info: MID 1010548 RID [0, 1, 2] Response '2.6.0 [InternalId=107861507786, Hostname=AM0PR01MB1421.eurprd01.prod.outlook.com] Queued mail for delivery'
Thu Nov 19 23:51:25 2026 Info: DCID 209456 close
Thu Nov 19 23:51:25 2026 Info: Message finished MID 1010548 done
Fri Nov 20 00:00:00 2026 Info: End Logfile

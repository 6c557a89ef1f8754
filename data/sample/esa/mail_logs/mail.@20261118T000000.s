Wed Nov 18 00:00:00 2026 Info: Begin Logfile
Wed Nov 18 00:00:00 2026 Info: Version: 15.5.1-055 SN: 42A3C1E8F7D2B9A6C4E1-5F8D0B3A7C2E
Wed Nov 18 00:00:00 2026 Info: Time offset from UTC: 0 seconds
Wed Nov 18 00:58:46 2026 Info: New SMTP ICID 415885 interface IncomingMail (192.0.2.10) address 198.51.72.235 reverse dns host mail.gmail.example verified yes
Wed Nov 18 00:58:46 2026 Info: ICID 415885 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.9
Wed Nov 18 00:58:46 2026 Info: ICID 415885 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 00:58:47 2026 Info: Start MID 1040393 ICID 415885
Wed Nov 18 00:58:47 2026 Info: MID 1040393 ICID 415885 From: <paul.moreau@gmail.example>
Wed Nov 18 00:58:47 2026 Info: MID 1040393 ICID 415885 RID 0 To: <sara.novak23@corp.example>
Wed Nov 18 00:58:47 2026 Info: MID 1040393 Message-ID '<ce3e41247c3067c3b4b6.97111@gmail.example>'
Wed Nov 18 00:58:47 2026 Info: MID 1040393 Subject 'The "new" travel policy'
Wed Nov 18 00:58:47 2026 Info: MID 1040393 ready 55140 bytes from <paul.moreau@gmail.example>
Wed Nov 18 00:58:47 2026 Info: ICID 415885 close
Wed Nov 18 00:58:47 2026 Info: MID 1040393 DKIM: pass signature verified (d=gmail.example s=s7 i=@gmail.example)
Wed Nov 18 00:58:47 2026 Info: MID 1040393 using engine: CASE spam negative
Wed Nov 18 00:58:47 2026 Info: MID 1040393 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Wed Nov 18 00:58:47 2026 Info: MID 1040393 DMARC: Verification passed
Wed Nov 18 00:58:48 2026 Info: MID 1040393 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 00:58:48 2026 Info: MID 1040393 attachment 'image001.png'
Wed Nov 18 00:58:48 2026 Info: MID 1040393 AMP file reputation verdict : CLEAN
Wed Nov 18 00:58:50 2026 Info: MID 1040393 queued for delivery
Wed Nov 18 00:58:52 2026 Info: New SMTP DCID 203866 interface 192.0.2.20 address 52.101.102.108 port 25
Wed Nov 18 00:58:52 2026 Info: DCID 203866 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 00:58:52 2026 Info: Delivery start DCID 203866 MID 1040393 to RID [0]
Wed Nov 18 00:58:53 2026 Info: Message done DCID 203866 MID 1040393 to RID [0]
Wed Nov 18 00:58:53 2026 Info: MID 1040393 RID [0] Response '2.6.0 [InternalId=886594190385, Hostname=AM0PR01MB2065.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 00:58:53 2026 Info: Message finished MID 1040393 done
Wed Nov 18 00:58:53 2026 Info: DCID 203866 close
Wed Nov 18 05:12:43 2026 Info: New SMTP ICID 415886 interface IncomingMail (192.0.2.10) address 198.51.25.15 reverse dns host mail.bank.example verified yes
Wed Nov 18 05:12:43 2026 Info: ICID 415886 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4
Wed Nov 18 05:12:43 2026 Info: ICID 415886 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 05:12:43 2026 Info: Start MID 1040394 ICID 415886
Wed Nov 18 05:12:43 2026 Info: MID 1040394 ICID 415886 From: <lena.moreau@bank.example>
Wed Nov 18 05:12:43 2026 Info: MID 1040394 ICID 415886 RID 0 To: <paul.moreau@corp.example>
Wed Nov 18 05:12:43 2026 Info: MID 1040394 ICID 415886 RID 1 To: <ewa.jensen@corp.example>
Wed Nov 18 05:12:43 2026 Info: MID 1040394 ICID 415886 RID 2 To: <li.haddad@corp.example>
Wed Nov 18 05:12:44 2026 Info: MID 1040394 Message-ID '<90177f73880b2a8e802a.73017@bank.example>'
Wed Nov 18 05:12:44 2026 Info: MID 1040394 Subject 'FW: contract draft'
Wed Nov 18 05:12:44 2026 Info: MID 1040394 ready 24778 bytes from <lena.moreau@bank.example>
Wed Nov 18 05:12:44 2026 Info: MID 1040394 interim AV verdict using Sophos CLEAN
Wed Nov 18 05:12:44 2026 Info: ICID 415886 close
Wed Nov 18 05:12:44 2026 Info: MID 1040394 DMARC: Verification passed
Wed Nov 18 05:12:44 2026 Info: MID 1040394 SPF: mailfrom identity lena.moreau@bank.example Pass (v=spf1)
Wed Nov 18 05:12:44 2026 Info: MID 1040394 using engine: CASE spam negative
Wed Nov 18 05:12:44 2026 Info: MID 1040394 DKIM: pass signature verified (d=bank.example s=s1 i=@bank.example)
Wed Nov 18 05:12:44 2026 Info: MID 1040394 antivirus negative
Wed Nov 18 05:12:45 2026 Info: MID 1040394 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 05:12:45 2026 Info: MID 1040394 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 05:12:46 2026 Info: MID 1040394 queued for delivery
Wed Nov 18 05:12:47 2026 Info: New SMTP DCID 203867 interface 192.0.2.20 address 52.101.96.195 port 25
Wed Nov 18 05:12:47 2026 Info: DCID 203867 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 05:12:47 2026 Info: Delivery start DCID 203867 MID 1040394 to RID [0, 1, 2]
Wed Nov 18 05:12:48 2026 Info: Message done DCID 203867 MID 1040394 to RID [0, 1, 2]
Wed Nov 18 05:12:48 2026 Info: MID 1040394 RID [0, 1, 2] Response '2.0.0 Ok: queued as HEekXZ698KUR4mhE'
Wed Nov 18 05:12:48 2026 Info: Message finished MID 1040394 done
Wed Nov 18 05:12:48 2026 Info: DCID 203867 close
Wed Nov 18 05:44:44 2026 Info: New SMTP ICID 415887 interface IncomingMail (192.0.2.10) address 198.51.217.208 reverse dns host mail.client-a.example verified yes
Wed Nov 18 05:44:44 2026 Info: ICID 415887 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.9
Wed Nov 18 05:44:44 2026 Info: ICID 415887 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 05:44:44 2026 Info: Start MID 1040395 ICID 415887
Wed Nov 18 05:44:44 2026 Info: MID 1040395 ICID 415887 From: <ida.obrien@client-a.example>
Wed Nov 18 05:44:44 2026 Info: MID 1040395 ICID 415887 RID 0 To: <sara.novak@corp.example>
Wed Nov 18 05:44:44 2026 Info: MID 1040395 ICID 415887 RID 1 To: <kofi.moreau@corp.example>
Wed Nov 18 05:44:44 2026 Info: MID 1040395 ICID 415887 RID 2 To: <tom.weber@corp.example>
Wed Nov 18 05:44:44 2026 Info: MID 1040395 ICID 415887 RID 3 To: <ivan.silva@corp.example>
Wed Nov 18 05:44:44 2026 Info: MID 1040395 Message-ID '<CATA4PL6tdQ_WxqZ-bRPCe+wXU13UQR2gtt1kBsQ5nuu@mail.client-a.example>'
Wed Nov 18 05:44:44 2026 Info: MID 1040395 Subject 'Quarterly report'
Wed Nov 18 05:44:44 2026 Info: MID 1040395 ready 3805 bytes from <ida.obrien@client-a.example>
Wed Nov 18 05:44:44 2026 Info: MID 1040395 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Wed Nov 18 05:44:44 2026 Info: MID 1040395 antivirus negative
Wed Nov 18 05:44:44 2026 Info: ICID 415887 close
Wed Nov 18 05:44:44 2026 Info: MID 1040395 interim AV verdict using Sophos CLEAN
Wed Nov 18 05:44:44 2026 Info: MID 1040395 DMARC: Verification passed
Wed Nov 18 05:44:45 2026 Info: MID 1040395 using engine: CASE spam negative
Wed Nov 18 05:44:45 2026 Info: MID 1040395 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 05:44:45 2026 Info: MID 1040395 DKIM: pass signature verified (d=client-a.example s=s8 i=@client-a.example)
Wed Nov 18 05:44:45 2026 Info: MID 1040395 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 05:44:46 2026 Info: MID 1040395 queued for delivery
Wed Nov 18 05:44:46 2026 Info: New SMTP ICID 415888 interface OutgoingMail (192.0.2.11) address 10.20.0.210 reverse dns host exch4.corp.example verified yes
Wed Nov 18 05:44:46 2026 Info: ICID 415888 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 05:44:46 2026 Info: Start MID 1040396 ICID 415888
Wed Nov 18 05:44:46 2026 Info: MID 1040396 ICID 415888 From: <ines.berg@corp.example>
Wed Nov 18 05:44:46 2026 Info: MID 1040396 ICID 415888 RID 0 To: <mary.moreau@logistics.example>
Wed Nov 18 05:44:46 2026 Info: MID 1040396 ICID 415888 RID 1 To: <noah.ivanova@client-b.example>
Wed Nov 18 05:44:47 2026 Info: MID 1040396 Message-ID '<8d8dcd5b060e52ba%3#&8b099@corp.example>'
Wed Nov 18 05:44:47 2026 Info: MID 1040396 Subject 'Your order 92480 has shipped'
Wed Nov 18 05:44:47 2026 Info: MID 1040396 ready 11268 bytes from <ines.berg@corp.example>
Wed Nov 18 05:44:47 2026 Info: MID 1040396 using engine: CASE spam negative
Wed Nov 18 05:44:47 2026 Info: MID 1040396 SPF: mailfrom identity ines.berg@corp.example Pass (v=spf1)
Wed Nov 18 05:44:47 2026 Info: ICID 415888 close
Wed Nov 18 05:44:47 2026 Info: MID 1040396 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Wed Nov 18 05:44:47 2026 Info: MID 1040396 DMARC: Verification passed
Wed Nov 18 05:44:47 2026 Info: New SMTP DCID 203868 interface 192.0.2.20 address 52.101.27.6 port 25
Wed Nov 18 05:44:47 2026 Info: DCID 203868 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 05:44:47 2026 Info: Delivery start DCID 203868 MID 1040395 to RID [0, 1, 2, 3]
Wed Nov 18 05:44:48 2026 Info: MID 1040396 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 05:44:48 2026 Info: MID 1040396 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 05:44:48 2026 Info: Message done DCID 203868 MID 1040395 to RID [0, 1, 2, 3]
Wed Nov 18 05:44:48 2026 Info: MID 1040395 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=788861216270, Hostname=AM0PR01MB6298.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 05:44:48 2026 Info: Message finished MID 1040395 done
Wed Nov 18 05:44:48 2026 Info: DCID 203868 close
Wed Nov 18 05:44:48 2026 Info: New SMTP ICID 415889 interface IncomingMail (192.0.2.10) address 198.51.19.77 reverse dns host mail.bank.example verified yes
Wed Nov 18 05:44:48 2026 Info: ICID 415889 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.0
Wed Nov 18 05:44:48 2026 Info: ICID 415889 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 05:44:49 2026 Info: Start MID 1040397 ICID 415889
Wed Nov 18 05:44:49 2026 Info: MID 1040397 ICID 415889 From: <leo.mendes@bank.example>
Wed Nov 18 05:44:49 2026 Info: MID 1040397 ICID 415889 RID 0 To: <ida.novak@corp.example>
Wed Nov 18 05:44:49 2026 Info: MID 1040397 Message-ID '<364102cc3d99ae58058d.35894@bank.example>'
Wed Nov 18 05:44:49 2026 Info: MID 1040397 Subject 'Invoice 76220'
Wed Nov 18 05:44:49 2026 Info: MID 1040397 ready 38352 bytes from <leo.mendes@bank.example>
Wed Nov 18 05:44:49 2026 Info: MID 1040397 DKIM: pass signature verified (d=bank.example s=s4 i=@bank.example)
Wed Nov 18 05:44:49 2026 Info: MID 1040397 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Wed Nov 18 05:44:49 2026 Info: ICID 415889 close
Wed Nov 18 05:44:49 2026 Info: MID 1040397 DMARC: Verification passed
Wed Nov 18 05:44:49 2026 Info: MID 1040397 using engine: CASE spam negative
Wed Nov 18 05:44:50 2026 Info: MID 1040396 queued for delivery
Wed Nov 18 05:44:50 2026 Info: MID 1040397 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 05:44:50 2026 Info: MID 1040397 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 05:44:51 2026 Info: New SMTP DCID 203869 interface 192.0.2.20 address 203.0.113.56 port 25
Wed Nov 18 05:44:51 2026 Info: DCID 203869 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 05:44:51 2026 Info: Delivery start DCID 203869 MID 1040396 to RID [0]
Wed Nov 18 05:44:51 2026 Info: MID 1040397 queued for delivery
Wed Nov 18 05:44:52 2026 Info: New SMTP DCID 203871 interface 192.0.2.20 address 52.101.253.79 port 25
Wed Nov 18 05:44:52 2026 Info: DCID 203871 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 05:44:52 2026 Info: Delivery start DCID 203871 MID 1040397 to RID [0]
Wed Nov 18 05:44:53 2026 Info: Message done DCID 203869 MID 1040396 to RID [0]
Wed Nov 18 05:44:53 2026 Info: MID 1040396 RID [0] Response '2.0.0 Ok: queued as se53Hp7xhYFRFDve'
Wed Nov 18 05:44:53 2026 Info: New SMTP DCID 203870 interface 192.0.2.20 address 203.0.113.181 port 25
Wed Nov 18 05:44:53 2026 Info: DCID 203870 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 05:44:53 2026 Info: Delivery start DCID 203870 MID 1040396 to RID [1]
Wed Nov 18 05:44:53 2026 Info: DCID 203869 close
Wed Nov 18 05:44:54 2026 Info: Message done DCID 203870 MID 1040396 to RID [1]
Wed Nov 18 05:44:54 2026 Info: MID 1040396 RID [1] Response '2.0.0 Ok: queued as 35t8SqtWpeuqPfcZ'
Wed Nov 18 05:44:54 2026 Info: Message finished MID 1040396 done
Wed Nov 18 05:44:54 2026 Info: DCID 203870 close
Wed Nov 18 05:44:54 2026 Info: Message done DCID 203871 MID 1040397 to RID [0]
Wed Nov 18 05:44:54 2026 Info: MID 1040397 RID [0] Response '2.0.0 Ok: queued as s4fEEy7Z34TuvpPC'
Wed Nov 18 05:44:54 2026 Info: Message finished MID 1040397 done
Wed Nov 18 05:44:54 2026 Info: DCID 203871 close
Wed Nov 18 05:47:17 2026 Info: New SMTP ICID 415890 interface IncomingMail (192.0.2.10) address 198.51.236.158 reverse dns host mail.bank.example verified yes
Wed Nov 18 05:47:17 2026 Info: ICID 415890 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.3
Wed Nov 18 05:47:17 2026 Info: ICID 415890 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 05:47:18 2026 Info: Start MID 1040398 ICID 415890
Wed Nov 18 05:47:18 2026 Info: MID 1040398 ICID 415890 From: <leo.mendes@bank.example>
Wed Nov 18 05:47:18 2026 Info: MID 1040398 ICID 415890 RID 0 To: <mia.garcia@corp.example>
Wed Nov 18 05:47:18 2026 Info: MID 1040398 ICID 415890 RID 1 To: <sam.obrien@corp.example>
Wed Nov 18 05:47:18 2026 Info: New SMTP ICID 415891 interface IncomingMail (192.0.2.10) address 198.51.227.50 reverse dns host mail.bank.example verified yes
Wed Nov 18 05:47:18 2026 Info: ICID 415891 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.3
Wed Nov 18 05:47:18 2026 Info: ICID 415891 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 05:47:18 2026 Info: Start MID 1040399 ICID 415891
Wed Nov 18 05:47:18 2026 Info: MID 1040399 ICID 415891 From: <sofia.walsh@bank.example>
Wed Nov 18 05:47:18 2026 Info: MID 1040399 ICID 415891 RID 0 To: <dan.okafor@corp.example>
Wed Nov 18 05:47:18 2026 Info: MID 1040399 ICID 415891 RID 1 To: <nina.patel@corp.example>
Wed Nov 18 05:47:19 2026 Info: MID 1040398 Message-ID '<507175920300668d4311.94816@bank.example>'
Wed Nov 18 05:47:19 2026 Info: MID 1040398 Subject 'Welcome to the team!'
Wed Nov 18 05:47:19 2026 Info: MID 1040398 ready 608618 bytes from <leo.mendes@bank.example>
Wed Nov 18 05:47:19 2026 Info: MID 1040398 URL https://www.bank.example/t/36c5fec93a has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 05:47:19 2026 Info: MID 1040398 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Wed Nov 18 05:47:19 2026 Info: MID 1040399 Message-ID '<c748b881886c636ec8f9.45636@bank.example>'
Wed Nov 18 05:47:19 2026 Info: MID 1040399 Subject 'Re: project timeline'
Wed Nov 18 05:47:19 2026 Info: MID 1040399 ready 24531 bytes from <sofia.walsh@bank.example>
Wed Nov 18 05:47:19 2026 Info: MID 1040398 Outbreak Filters: verdict negative
Wed Nov 18 05:47:19 2026 Info: ICID 415890 close
Wed Nov 18 05:47:19 2026 Info: MID 1040398 using engine: CASE spam negative
Wed Nov 18 05:47:19 2026 Info: MID 1040399 was split creating MID 1040400 due to a per-recipient policy Engineering in the inbound table
Wed Nov 18 05:47:19 2026 Info: MID 1040400 ICID 0 From: <sofia.walsh@bank.example>
Wed Nov 18 05:47:19 2026 Info: MID 1040400 ICID 0 RID 0 To: <nina.patel@corp.example>
Wed Nov 18 05:47:19 2026 Info: MID 1040399 DMARC: Verification passed
Wed Nov 18 05:47:19 2026 Info: MID 1040399 using engine: CASE spam negative
Wed Nov 18 05:47:19 2026 Info: ICID 415891 close
Wed Nov 18 05:47:19 2026 Info: MID 1040398 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 05:47:19 2026 Info: MID 1040399 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Wed Nov 18 05:47:19 2026 Info: MID 1040399 DKIM: pass signature verified (d=bank.example s=s2 i=@bank.example)
Wed Nov 18 05:47:19 2026 Info: MID 1040400 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 05:47:19 2026 Info: MID 1040399 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 05:47:19 2026 Info: MID 1040398 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Wed Nov 18 05:47:19 2026 Info: MID 1040398 AMP file reputation verdict : CLEAN
Wed Nov 18 05:47:19 2026 Info: MID 1040400 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 05:47:19 2026 Info: MID 1040399 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 05:47:20 2026 Info: MID 1040400 queued for delivery
Wed Nov 18 05:47:20 2026 Info: MID 1040398 queued for delivery
Wed Nov 18 05:47:21 2026 Info: MID 1040399 queued for delivery
Wed Nov 18 05:47:21 2026 Info: New SMTP DCID 203873 interface 192.0.2.20 address 52.101.67.185 port 25
Wed Nov 18 05:47:21 2026 Info: DCID 203873 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 05:47:21 2026 Info: Delivery start DCID 203873 MID 1040399 to RID [0]
Wed Nov 18 05:47:21 2026 Info: Message done DCID 203873 MID 1040399 to RID [0]
Wed Nov 18 05:47:21 2026 Info: MID 1040399 RID [0] Response '2.6.0 [InternalId=451282322184, Hostname=AM0PR01MB7128.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 05:47:21 2026 Info: Message finished MID 1040399 done
Wed Nov 18 05:47:21 2026 Info: DCID 203873 close
Wed Nov 18 05:47:22 2026 Info: New SMTP DCID 203874 interface 192.0.2.20 address 52.101.43.148 port 25
Wed Nov 18 05:47:22 2026 Info: DCID 203874 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 05:47:22 2026 Info: Delivery start DCID 203874 MID 1040400 to RID [0]
Wed Nov 18 05:47:23 2026 Info: New SMTP DCID 203872 interface 192.0.2.20 address 52.101.107.34 port 25
Wed Nov 18 05:47:23 2026 Info: DCID 203872 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 05:47:23 2026 Info: Delivery start DCID 203872 MID 1040398 to RID [0, 1]
Wed Nov 18 05:47:25 2026 Info: Message done DCID 203874 MID 1040400 to RID [0]
Wed Nov 18 05:47:25 2026 Info: MID 1040400 RID [0] Response '2.0.0 Ok: queued as ANRp8NeSsA4TLysv'
Wed Nov 18 05:47:25 2026 Info: Message finished MID 1040400 done
Wed Nov 18 05:47:25 2026 Info: DCID 203874 close
Wed Nov 18 05:47:25 2026 Info: Message done DCID 203872 MID 1040398 to RID [0, 1]
Wed Nov 18 05:47:25 2026 Info: MID 1040398 RID [0, 1] Response '2.0.0 Ok: queued as B93aNZXgU98HfB9r'
Wed Nov 18 05:47:25 2026 Info: Message finished MID 1040398 done
Wed Nov 18 05:47:25 2026 Info: DCID 203872 close
Wed Nov 18 06:23:34 2026 Info: New SMTP ICID 415892 interface IncomingMail (192.0.2.10) address 198.51.168.119 reverse dns host mail.partner.example verified yes
Wed Nov 18 06:23:34 2026 Info: ICID 415892 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.2
Wed Nov 18 06:23:34 2026 Info: ICID 415892 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 06:23:34 2026 Info: Start MID 1040401 ICID 415892
Wed Nov 18 06:23:34 2026 Info: MID 1040401 ICID 415892 From: <nora.okafor@partner.example>
Wed Nov 18 06:23:34 2026 Info: MID 1040401 ICID 415892 RID 0 To: <omar.weber@corp.example>
Wed Nov 18 06:23:35 2026 Info: MID 1040401 Message-ID '<7e8922b20ca8cae43c63.97151@partner.example>'
Wed Nov 18 06:23:35 2026 Info: MID 1040401 Subject 'Lunch on Friday?'
Wed Nov 18 06:23:35 2026 Info: MID 1040401 ready 5752 bytes from <nora.okafor@partner.example>
Wed Nov 18 06:23:35 2026 Info: MID 1040401 DKIM: pass signature verified (d=partner.example s=s1 i=@partner.example)
Wed Nov 18 06:23:35 2026 Info: MID 1040401 using engine: CASE spam negative
Wed Nov 18 06:23:35 2026 Info: MID 1040401 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Wed Nov 18 06:23:35 2026 Info: ICID 415892 close
Wed Nov 18 06:23:35 2026 Info: MID 1040401 DMARC: Verification passed
Wed Nov 18 06:23:36 2026 Info: MID 1040401 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 06:23:36 2026 Info: MID 1040401 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 06:23:38 2026 Info: MID 1040401 queued for delivery
Wed Nov 18 06:23:40 2026 Info: New SMTP DCID 203875 interface 192.0.2.20 address 52.101.19.55 port 25
Wed Nov 18 06:23:40 2026 Info: DCID 203875 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 06:23:40 2026 Info: Delivery start DCID 203875 MID 1040401 to RID [0]
Wed Nov 18 06:23:41 2026 Info: Message done DCID 203875 MID 1040401 to RID [0]
Wed Nov 18 06:23:41 2026 Info: MID 1040401 RID [0] Response '2.6.0 [InternalId=739762764357, Hostname=AM0PR01MB7956.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 06:23:41 2026 Info: Message finished MID 1040401 done
Wed Nov 18 06:23:41 2026 Info: DCID 203875 close
Wed Nov 18 06:42:26 2026 Info: New SMTP ICID 415893 interface IncomingMail (192.0.2.10) address 198.51.67.204 reverse dns host mail.cloudapp.example verified yes
Wed Nov 18 06:42:26 2026 Info: ICID 415893 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Wed Nov 18 06:42:26 2026 Info: ICID 415893 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 06:42:26 2026 Info: Start MID 1040402 ICID 415893
Wed Nov 18 06:42:26 2026 Info: MID 1040402 ICID 415893 From: <kofi.rossi@cloudapp.example>
Wed Nov 18 06:42:26 2026 Info: MID 1040402 ICID 415893 RID 0 To: <noah.okafor@corp.example>
Wed Nov 18 06:42:26 2026 Info: MID 1040402 Message-ID '<7635ed5cd6ebdc2bd587.98557@cloudapp.example>'
Wed Nov 18 06:42:26 2026 Info: MID 1040402 Subject 'The "new" travel policy'
Wed Nov 18 06:42:26 2026 Info: MID 1040402 ready 74179 bytes from <kofi.rossi@cloudapp.example>
Wed Nov 18 06:42:27 2026 Info: ICID 415893 close
Wed Nov 18 06:42:27 2026 Info: MID 1040402 SPF: mailfrom identity kofi.rossi@cloudapp.example Pass (v=spf1)
Wed Nov 18 06:42:27 2026 Info: MID 1040402 using engine: CASE spam negative
Wed Nov 18 06:42:27 2026 Info: MID 1040402 DKIM: pass signature verified (d=cloudapp.example s=s9 i=@cloudapp.example)
Wed Nov 18 06:42:27 2026 Info: MID 1040402 DMARC: Verification passed
Wed Nov 18 06:42:28 2026 Info: MID 1040402 matched all recipients for per-recipient policy Executives in the inbound table
Wed Nov 18 06:42:28 2026 Info: MID 1040402 attachment 'minutes-82487.docx'
Wed Nov 18 06:42:28 2026 Info: MID 1040402 AMP file reputation verdict : CLEAN
Wed Nov 18 06:42:30 2026 Info: MID 1040402 queued for delivery
Wed Nov 18 06:42:32 2026 Info: New SMTP DCID 203876 interface 192.0.2.20 address 52.101.163.149 port 25
Wed Nov 18 06:42:32 2026 Info: DCID 203876 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 06:42:32 2026 Info: Delivery start DCID 203876 MID 1040402 to RID [0]
Wed Nov 18 06:42:32 2026 Info: Message done DCID 203876 MID 1040402 to RID [0]
Wed Nov 18 06:42:32 2026 Info: MID 1040402 RID [0] Response '2.6.0 [InternalId=427356006273, Hostname=AM0PR01MB8000.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 06:42:33 2026 Info: Message finished MID 1040402 done
Wed Nov 18 06:42:33 2026 Info: DCID 203876 close
Wed Nov 18 07:24:17 2026 Info: New SMTP ICID 415894 interface OutgoingMail (192.0.2.11) address 10.20.3.122 reverse dns host exch3.corp.example verified yes
Wed Nov 18 07:24:17 2026 Info: ICID 415894 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 07:24:17 2026 Info: Start MID 1040403 ICID 415894
Wed Nov 18 07:24:17 2026 Info: MID 1040403 ICID 415894 From: <journal@corp.example>
Wed Nov 18 07:24:17 2026 Info: MID 1040403 ICID 415894 RID 0 To: <paul.moreau@gmail.example>
Wed Nov 18 07:24:17 2026 Info: MID 1040403 ICID 415894 RID 1 To: <lena.moreau@bank.example>
Wed Nov 18 07:24:17 2026 Info: MID 1040403 ICID 415894 RID 2 To: <ewa.obrien@partner.example>
Wed Nov 18 07:24:18 2026 Info: MID 1040403 Message-ID '<c3056e576d0c059c9511.35734@corp.example>'
Wed Nov 18 07:24:18 2026 Info: MID 1040403 Subject 'Reminder: timesheets due'
Wed Nov 18 07:24:18 2026 Info: MID 1040403 ready 13099 bytes from <journal@corp.example>
Wed Nov 18 07:24:18 2026 Info: ICID 415894 close
Wed Nov 18 07:24:18 2026 Info: MID 1040403 DMARC: Verification passed
Wed Nov 18 07:24:18 2026 Info: MID 1040403 SPF: mailfrom identity journal@corp.example Pass (v=spf1)
Wed Nov 18 07:24:18 2026 Info: MID 1040403 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Wed Nov 18 07:24:18 2026 Info: MID 1040403 using engine: CASE spam negative
Wed Nov 18 07:24:18 2026 Info: MID 1040403 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 07:24:18 2026 Info: MID 1040403 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 07:24:18 2026 Info: New SMTP ICID 415895 interface IncomingMail (192.0.2.10) address 198.51.16.62 reverse dns host mail.gmail.example verified yes
Wed Nov 18 07:24:18 2026 Info: ICID 415895 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.3
Wed Nov 18 07:24:18 2026 Info: ICID 415895 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 07:24:19 2026 Info: Start MID 1040404 ICID 415895
Wed Nov 18 07:24:19 2026 Info: MID 1040404 ICID 415895 From: <leo.jensen@gmail.example>
Wed Nov 18 07:24:19 2026 Info: MID 1040404 ICID 415895 RID 0 To: <nina.lopez@corp.example>
Wed Nov 18 07:24:19 2026 Info: MID 1040404 Message-ID '<ebb4deeffb2a27eef9d7.74923@gmail.example>'
Wed Nov 18 07:24:19 2026 Info: MID 1040404 Subject 'Reminder: timesheets due'
Wed Nov 18 07:24:19 2026 Info: MID 1040404 ready 34408 bytes from <leo.jensen@gmail.example>
Wed Nov 18 07:24:19 2026 Info: MID 1040404 using engine: CASE spam negative
Wed Nov 18 07:24:19 2026 Info: ICID 415895 close
Wed Nov 18 07:24:19 2026 Info: MID 1040404 DMARC: Verification passed
Wed Nov 18 07:24:19 2026 Info: MID 1040404 SPF: mailfrom identity leo.jensen@gmail.example Pass (v=spf1)
Wed Nov 18 07:24:19 2026 Info: MID 1040404 interim AV verdict using Sophos CLEAN
Wed Nov 18 07:24:19 2026 Info: MID 1040404 antivirus negative
Wed Nov 18 07:24:19 2026 Info: MID 1040404 DKIM: pass signature verified (d=gmail.example s=s5 i=@gmail.example)
Wed Nov 18 07:24:20 2026 Info: MID 1040403 queued for delivery
Wed Nov 18 07:24:20 2026 Info: MID 1040404 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 07:24:20 2026 Info: MID 1040404 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 07:24:21 2026 Info: New SMTP DCID 203877 interface 192.0.2.20 address 203.0.113.73 port 25
Wed Nov 18 07:24:21 2026 Info: DCID 203877 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 07:24:21 2026 Info: Delivery start DCID 203877 MID 1040403 to RID [0]
Wed Nov 18 07:24:21 2026 Info: Message done DCID 203877 MID 1040403 to RID [0]
Wed Nov 18 07:24:21 2026 Info: MID 1040403 RID [0] Response '2.0.0 Ok: queued as 6NqLo5uGEUAb3Cdu'
Wed Nov 18 07:24:21 2026 Info: New SMTP DCID 203878 interface 192.0.2.20 address 203.0.113.132 port 25
Wed Nov 18 07:24:21 2026 Info: DCID 203878 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 07:24:21 2026 Info: Delivery start DCID 203878 MID 1040403 to RID [1]
Wed Nov 18 07:24:21 2026 Info: MID 1040404 queued for delivery
Wed Nov 18 07:24:21 2026 Info: DCID 203877 close
Wed Nov 18 07:24:22 2026 Info: Message done DCID 203878 MID 1040403 to RID [1]
Wed Nov 18 07:24:22 2026 Info: MID 1040403 RID [1] Response '2.0.0 Ok: queued as JRzfcUfvWHLqd6Nr'
Wed Nov 18 07:24:22 2026 Info: New SMTP DCID 203879 interface 192.0.2.20 address 203.0.113.72 port 25
Wed Nov 18 07:24:22 2026 Info: DCID 203879 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 07:24:22 2026 Info: Delivery start DCID 203879 MID 1040403 to RID [2]
Wed Nov 18 07:24:22 2026 Info: DCID 203878 close
Wed Nov 18 07:24:22 2026 Info: Message done DCID 203879 MID 1040403 to RID [2]
Wed Nov 18 07:24:22 2026 Info: MID 1040403 RID [2] Response '2.0.0 Ok: queued as gsm4hbCToVXCkVHm'
Wed Nov 18 07:24:22 2026 Info: Message finished MID 1040403 done
Wed Nov 18 07:24:22 2026 Info: DCID 203879 close
Wed Nov 18 07:24:25 2026 Info: New SMTP DCID 203880 interface 192.0.2.20 address 52.101.232.42 port 25
Wed Nov 18 07:24:25 2026 Info: DCID 203880 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 07:24:25 2026 Info: Delivery start DCID 203880 MID 1040404 to RID [0]
Wed Nov 18 07:24:27 2026 Info: Message done DCID 203880 MID 1040404 to RID [0]
Wed Nov 18 07:24:27 2026 Info: MID 1040404 RID [0] Response '2.0.0 Ok: queued as vTvGYiTAimoKEChC'
Wed Nov 18 07:24:27 2026 Info: Message finished MID 1040404 done
Wed Nov 18 07:24:27 2026 Info: DCID 203880 close
Wed Nov 18 07:31:11 2026 Info: New SMTP ICID 415896 interface IncomingMail (192.0.2.10) address 198.51.194.148 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 07:31:11 2026 Info: ICID 415896 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.8
Wed Nov 18 07:31:11 2026 Info: ICID 415896 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 07:31:11 2026 Info: Start MID 1040405 ICID 415896
Wed Nov 18 07:31:11 2026 Info: MID 1040405 ICID 415896 From: <paul.smith@newsletter.example>
Wed Nov 18 07:31:11 2026 Info: MID 1040405 ICID 415896 RID 0 To: <journal@corp.example>
Wed Nov 18 07:31:11 2026 Info: MID 1040405 ICID 415896 RID 1 To: <li.larsen@corp.example>
Wed Nov 18 07:31:11 2026 Info: MID 1040405 ICID 415896 RID 2 To: <noah.okafor90@corp.example>
Wed Nov 18 07:31:11 2026 Info: MID 1040405 ICID 415896 RID 3 To: <ida.dubois@corp.example>
Wed Nov 18 07:31:11 2026 Info: MID 1040405 Message-ID '<842b12ca6e5d22500d6d.20919@newsletter.example>'
Wed Nov 18 07:31:11 2026 Info: MID 1040405 Subject 'Weekly newsletter #32569'
Wed Nov 18 07:31:11 2026 Info: MID 1040405 ready 30886 bytes from <paul.smith@newsletter.example>
Wed Nov 18 07:31:11 2026 Info: MID 1040405 DKIM: pass signature verified (d=newsletter.example s=s3 i=@newsletter.example)
Wed Nov 18 07:31:11 2026 Info: MID 1040405 DMARC: Verification passed
Wed Nov 18 07:31:11 2026 Info: ICID 415896 close
Wed Nov 18 07:31:11 2026 Info: MID 1040405 using engine: CASE spam negative
Wed Nov 18 07:31:11 2026 Info: MID 1040405 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Wed Nov 18 07:31:12 2026 Info: MID 1040405 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 07:31:12 2026 Info: MID 1040405 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 07:31:14 2026 Info: MID 1040405 rewritten to MID 1040406 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 07:31:14 2026 Info: Message finished MID 1040405 done
Wed Nov 18 07:31:14 2026 Info: MID 1040406 ICID 0 From: <paul.smith@newsletter.example>
Wed Nov 18 07:31:14 2026 Info: MID 1040406 ICID 0 RID 0 To: <journal@corp.example>
Wed Nov 18 07:31:14 2026 Info: MID 1040406 ICID 0 RID 1 To: <li.larsen@corp.example>
Wed Nov 18 07:31:14 2026 Info: MID 1040406 ICID 0 RID 2 To: <noah.okafor90@corp.example>
Wed Nov 18 07:31:14 2026 Info: MID 1040406 ICID 0 RID 3 To: <ida.dubois@corp.example>
Wed Nov 18 07:31:14 2026 Info: MID 1040406 Message-ID '<842b12ca6e5d22500d6d.20919@newsletter.example>'
Wed Nov 18 07:31:14 2026 Info: MID 1040406 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 07:31:14 2026 Info: MID 1040406 queued for delivery
Wed Nov 18 07:31:16 2026 Info: New SMTP DCID 203881 interface 192.0.2.20 address 52.101.231.124 port 25
Wed Nov 18 07:31:16 2026 Info: DCID 203881 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 07:31:16 2026 Info: Delivery start DCID 203881 MID 1040406 to RID [0, 1, 2, 3]
Wed Nov 18 07:31:16 2026 Info: Message done DCID 203881 MID 1040406 to RID [0, 1, 2, 3]
Wed Nov 18 07:31:16 2026 Info: MID 1040406 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=893826031479, Hostname=AM0PR01MB9713.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 07:31:16 2026 Info: Message finished MID 1040406 done
Wed Nov 18 07:31:16 2026 Info: DCID 203881 close
Wed Nov 18 07:45:54 2026 Info: New SMTP ICID 415897 interface OutgoingMail (192.0.2.11) address 10.20.3.115 reverse dns host exch1.corp.example verified yes
Wed Nov 18 07:45:54 2026 Info: ICID 415897 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 07:45:54 2026 Info: Start MID 1040407 ICID 415897
Wed Nov 18 07:45:54 2026 Info: MID 1040407 ICID 415897 From: <dan.okafor@corp.example>
Wed Nov 18 07:45:54 2026 Info: MID 1040407 ICID 415897 RID 0 To: <marc.mendes@gmail.example>
Wed Nov 18 07:45:54 2026 Info: MID 1040407 Message-ID '<a186416a7ffd4fa9316a.82883@corp.example>'
Wed Nov 18 07:45:54 2026 Info: MID 1040407 Subject 'Meeting notes'
Wed Nov 18 07:45:54 2026 Info: MID 1040407 ready 148806 bytes from <dan.okafor@corp.example>
Wed Nov 18 07:45:55 2026 Info: ICID 415897 close
Wed Nov 18 07:45:55 2026 Info: MID 1040407 SPF: mailfrom identity dan.okafor@corp.example Pass (v=spf1)
Wed Nov 18 07:45:55 2026 Info: MID 1040407 Outbreak Filters: verdict negative
Wed Nov 18 07:45:55 2026 Info: MID 1040407 URL https://www.corp.example/t/424f5d2e2e has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 07:45:55 2026 Info: MID 1040407 using engine: CASE spam negative
Wed Nov 18 07:45:55 2026 Info: MID 1040407 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 07:45:56 2026 Info: MID 1040407 attachment 'Report,Final=20Draft:=20Revenue=20(Q3),Approved.pdf'
Wed Nov 18 07:45:56 2026 Info: File reputation query initiating. File Name = 'Report,Final Draft: Revenue (Q3),Approved.pdf', MID = 1040407, File Size = 51899 bytes, File Type = application/pdf
Wed Nov 18 07:45:56 2026 Info: MID 1040407 attachment 'image002.jpg'
Wed Nov 18 07:45:56 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1040407, File Size = 48794 bytes, File Type = image/jpeg
Wed Nov 18 07:45:56 2026 Info: MID 1040407 AMP file reputation verdict : CLEAN
Wed Nov 18 07:45:56 2026 Info: Response received for file reputation query from Cache. FileName = 'Report,Final Draft: Revenue (Q3),Approved.pdf', MID = 1040407, Disposition = CLEAN, Malware = None,Reputation Score = 5, sha256 =72218fdc44df96ff285414242f733b05759eb5590b94af3a4b05e1aeb153d69c, upload_action = 2
Wed Nov 18 07:45:56 2026 Info: Response received for file reputation query from Cloud. File Name = 'image002.jpg', MID = 1040407, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 3e64bf29ae0c65e29e3f810ede4fef22d603574a65765c4f7a101dc69ea81804, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Wed Nov 18 07:45:57 2026 Info: MID 1040407 queued for delivery
Wed Nov 18 07:46:00 2026 Info: New SMTP DCID 203882 interface 192.0.2.20 address 203.0.113.12 port 25
Wed Nov 18 07:46:00 2026 Info: DCID 203882 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 07:46:00 2026 Info: Delivery start DCID 203882 MID 1040407 to RID [0]
Wed Nov 18 07:46:02 2026 Info: Message done DCID 203882 MID 1040407 to RID [0]
Wed Nov 18 07:46:02 2026 Info: MID 1040407 RID [0] Response '2.0.0 Ok: queued as kW5RbGiqfXCnCum2'
Wed Nov 18 07:46:02 2026 Info: Message finished MID 1040407 done
Wed Nov 18 07:46:02 2026 Info: DCID 203882 close
Wed Nov 18 07:53:03 2026 Info: New SMTP ICID 415898 interface IncomingMail (192.0.2.10) address 198.51.19.63 reverse dns host mail.partner.example verified yes
Wed Nov 18 07:53:03 2026 Info: ICID 415898 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5
Wed Nov 18 07:53:03 2026 Info: ICID 415898 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 07:53:03 2026 Info: New SMTP ICID 415899 interface IncomingMail (192.0.2.10) address 198.51.99.100 reverse dns host mail.university.example verified yes
Wed Nov 18 07:53:03 2026 Info: ICID 415899 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.0
Wed Nov 18 07:53:03 2026 Info: ICID 415899 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 07:53:03 2026 Info: Start MID 1040408 ICID 415898
Wed Nov 18 07:53:03 2026 Info: MID 1040408 ICID 415898 From: <ewa.obrien@partner.example>
Wed Nov 18 07:53:03 2026 Info: MID 1040408 ICID 415898 RID 0 To: <Emma.Garcia@Corp.Example>
Wed Nov 18 07:53:04 2026 Info: Start MID 1040410 ICID 415899
Wed Nov 18 07:53:04 2026 Info: MID 1040410 ICID 415899 From: <emma.larsen@university.example>
Wed Nov 18 07:53:04 2026 Info: MID 1040410 ICID 415899 RID 0 To: <ida.novak@corp.example>
Wed Nov 18 07:53:04 2026 Info: MID 1040408 Message-ID '<3d1c1548f0cb3628%59#&8c532@partner.example>'
Wed Nov 18 07:53:04 2026 Info: MID 1040408 Subject 'Quarterly report'
Wed Nov 18 07:53:04 2026 Info: MID 1040408 ready 34425 bytes from <ewa.obrien@partner.example>
Wed Nov 18 07:53:04 2026 Info: MID 1040408 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Wed Nov 18 07:53:04 2026 Info: MID 1040408 antivirus negative
Wed Nov 18 07:53:04 2026 Info: MID 1040408 interim AV verdict using Sophos CLEAN
Wed Nov 18 07:53:04 2026 Info: MID 1040408 DKIM: pass signature verified (d=partner.example s=s9 i=@partner.example)
Wed Nov 18 07:53:04 2026 Info: ICID 415898 close
Wed Nov 18 07:53:04 2026 Info: MID 1040410 Message-ID '<CAOzV+4pnn-p473XK-PYD2/jf/0dcmxM4kSU7LuBr4j/@mail.university.example>'
Wed Nov 18 07:53:04 2026 Info: MID 1040410 Subject 'Invoice 89452'
Wed Nov 18 07:53:04 2026 Info: MID 1040410 ready 4941 bytes from <emma.larsen@university.example>
Wed Nov 18 07:53:04 2026 Info: MID 1040408 DMARC: Verification passed
Wed Nov 18 07:53:04 2026 Info: MID 1040408 using engine: CASE spam negative
Wed Nov 18 07:53:04 2026 Info: MID 1040410 Outbreak Filters: verdict negative
Wed Nov 18 07:53:04 2026 Info: MID 1040410 URL https://www.university.example/t/7f4cecacf3 has reputation 4.5 matched Condition: URL Reputation Rule
Wed Nov 18 07:53:04 2026 Info: MID 1040410 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Wed Nov 18 07:53:04 2026 Info: ICID 415899 close
Wed Nov 18 07:53:04 2026 Info: MID 1040410 using engine: CASE spam negative
Wed Nov 18 07:53:05 2026 Info: MID 1040410 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 07:53:05 2026 Info: MID 1040410 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 07:53:05 2026 Info: MID 1040408 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 07:53:05 2026 Info: MID 1040408 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 07:53:06 2026 Info: MID 1040408 rewritten to MID 1040409 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 07:53:06 2026 Info: Message finished MID 1040408 done
Wed Nov 18 07:53:06 2026 Info: MID 1040409 ICID 0 From: <ewa.obrien@partner.example>
Wed Nov 18 07:53:06 2026 Info: MID 1040409 ICID 0 RID 0 To: <Emma.Garcia@Corp.Example>
Wed Nov 18 07:53:06 2026 Info: MID 1040409 Message-ID '<3d1c1548f0cb3628%59#&8c532@partner.example>'
Wed Nov 18 07:53:06 2026 Info: MID 1040409 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 07:53:06 2026 Info: MID 1040409 queued for delivery
Wed Nov 18 07:53:06 2026 Info: MID 1040410 queued for delivery
Wed Nov 18 07:53:08 2026 Info: New SMTP DCID 203884 interface 192.0.2.20 address 52.101.49.200 port 25
Wed Nov 18 07:53:08 2026 Info: DCID 203884 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 07:53:08 2026 Info: Delivery start DCID 203884 MID 1040410 to RID [0]
Wed Nov 18 07:53:09 2026 Info: New SMTP DCID 203883 interface 192.0.2.20 address 52.101.89.233 port 25
Wed Nov 18 07:53:09 2026 Info: DCID 203883 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 07:53:09 2026 Info: Delivery start DCID 203883 MID 1040409 to RID [0]
Wed Nov 18 07:53:09 2026 Info: Message done DCID 203884 MID 1040410 to RID [0]
Wed Nov 18 07:53:09 2026 Info: MID 1040410 RID [0] Response '2.0.0 Ok: queued as oZdPY75krUn4E8KC'
Wed Nov 18 07:53:09 2026 Info: DCID 203884 close
Wed Nov 18 07:53:09 2026 Info: Message finished MID 1040410 done
Wed Nov 18 07:53:11 2026 Info: Message done DCID 203883 MID 1040409 to RID [0]
Wed Nov 18 07:53:11 2026 Info: MID 1040409 RID [0] Response '2.6.0 [InternalId=831820084111, Hostname=AM0PR01MB3374.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 07:53:11 2026 Info: Message finished MID 1040409 done
Wed Nov 18 07:53:11 2026 Info: DCID 203883 close
Wed Nov 18 08:23:40 2026 Info: New SMTP ICID 415900 interface IncomingMail (192.0.2.10) address 198.51.237.94 reverse dns host mail.university.example verified yes
Wed Nov 18 08:23:40 2026 Info: ICID 415900 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Wed Nov 18 08:23:40 2026 Info: ICID 415900 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 08:23:40 2026 Info: Start MID 1040411 ICID 415900
Wed Nov 18 08:23:40 2026 Info: MID 1040411 ICID 415900 From: <emma.larsen@university.example>
Wed Nov 18 08:23:40 2026 Info: MID 1040411 ICID 415900 RID 0 To: <ida.dubois@corp.example>
Wed Nov 18 08:23:41 2026 Info: MID 1040411 Message-ID '<CA=zJ0OvD1XuEhZJc-C_W12np_d2gV/J=xL7Cw_z9uw8@mail.university.example>'
Wed Nov 18 08:23:41 2026 Info: MID 1040411 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Wed Nov 18 08:23:41 2026 Info: MID 1040411 ready 29253 bytes from <emma.larsen@university.example>
Wed Nov 18 08:23:41 2026 Info: MID 1040411 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Wed Nov 18 08:23:41 2026 Info: ICID 415900 close
Wed Nov 18 08:23:41 2026 Info: MID 1040411 DKIM: pass signature verified (d=university.example s=s9 i=@university.example)
Wed Nov 18 08:23:41 2026 Info: MID 1040411 DMARC: Verification passed
Wed Nov 18 08:23:41 2026 Info: MID 1040411 using engine: CASE spam negative
Wed Nov 18 08:23:42 2026 Info: MID 1040411 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 08:23:42 2026 Info: MID 1040411 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 08:23:43 2026 Info: MID 1040411 queued for delivery
Wed Nov 18 08:23:45 2026 Info: New SMTP DCID 203885 interface 192.0.2.20 address 52.101.1.176 port 25
Wed Nov 18 08:23:45 2026 Info: DCID 203885 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 08:23:45 2026 Info: Delivery start DCID 203885 MID 1040411 to RID [0]
Wed Nov 18 08:23:47 2026 Info: Message done DCID 203885 MID 1040411 to RID [0]
Wed Nov 18 08:23:47 2026 Info: MID 1040411 RID [0] Response '2.6.0 [InternalId=938918878063, Hostname=AM0PR01MB4370.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 08:23:47 2026 Info: DCID 203885 close
Wed Nov 18 08:23:47 2026 Info: Message finished MID 1040411 done
Wed Nov 18 09:02:02 2026 Info: New SMTP ICID 415901 interface IncomingMail (192.0.2.10) address 198.51.23.185 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 09:02:02 2026 Info: ICID 415901 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.2
Wed Nov 18 09:02:02 2026 Info: ICID 415901 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 09:02:02 2026 Info: Start MID 1040412 ICID 415901
Wed Nov 18 09:02:02 2026 Info: MID 1040412 ICID 415901 From: <paul.smith@newsletter.example>
Wed Nov 18 09:02:02 2026 Info: MID 1040412 ICID 415901 RID 0 To: <paul.moreau@corp.example>
Wed Nov 18 09:02:02 2026 Info: MID 1040412 Message-ID '<CAQseLA-4qlg_/=rs+PhmVnn9ebkABB66yRpKkjtI+n/@mail.newsletter.example>'
Wed Nov 18 09:02:02 2026 Info: MID 1040412 Subject 'Lunch on Friday?'
Wed Nov 18 09:02:02 2026 Info: MID 1040412 ready 816894 bytes from <paul.smith@newsletter.example>
Wed Nov 18 09:02:03 2026 Info: MID 1040412 DMARC: Verification passed
Wed Nov 18 09:02:03 2026 Info: MID 1040412 antivirus negative
Wed Nov 18 09:02:03 2026 Info: MID 1040412 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Wed Nov 18 09:02:03 2026 Info: MID 1040412 interim AV verdict using Sophos CLEAN
Wed Nov 18 09:02:03 2026 Info: ICID 415901 close
Wed Nov 18 09:02:03 2026 Info: MID 1040412 using engine: CASE spam negative
Wed Nov 18 09:02:03 2026 Info: MID 1040412 DKIM: pass signature verified (d=newsletter.example s=s6 i=@newsletter.example)
Wed Nov 18 09:02:03 2026 Info: MID 1040412 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 09:02:04 2026 Info: MID 1040412 attachment 'specs-36342.zip'
Wed Nov 18 09:02:04 2026 Info: MID 1040412 attachment 'meeting.ics'
Wed Nov 18 09:02:04 2026 Info: MID 1040412 AMP file reputation verdict : CLEAN
Wed Nov 18 09:02:05 2026 Info: MID 1040412 queued for delivery
Wed Nov 18 09:02:06 2026 Info: New SMTP DCID 203886 interface 192.0.2.20 address 52.101.123.243 port 25
Wed Nov 18 09:02:06 2026 Info: DCID 203886 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 09:02:06 2026 Info: Delivery start DCID 203886 MID 1040412 to RID [0]
Wed Nov 18 09:02:08 2026 Info: Message done DCID 203886 MID 1040412 to RID [0]
Wed Nov 18 09:02:08 2026 Info: MID 1040412 RID [0] Response '2.6.0 [InternalId=583859192921, Hostname=AM0PR01MB3583.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 09:02:08 2026 Info: Message finished MID 1040412 done
Wed Nov 18 09:02:08 2026 Info: DCID 203886 close
Wed Nov 18 09:06:14 2026 Info: New SMTP ICID 415902 interface IncomingMail (192.0.2.10) address 198.51.252.213 reverse dns host mail.travel.example verified yes
Wed Nov 18 09:06:14 2026 Info: ICID 415902 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.8
Wed Nov 18 09:06:14 2026 Info: ICID 415902 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 09:06:14 2026 Info: Start MID 1040413 ICID 415902
Wed Nov 18 09:06:14 2026 Info: MID 1040413 ICID 415902 From: <ewa.patel@travel.example>
Wed Nov 18 09:06:14 2026 Info: MID 1040413 ICID 415902 RID 0 To: <kofi.moreau@corp.example>
Wed Nov 18 09:06:14 2026 Info: MID 1040413 Message-ID '<CA_LN-ICals69A1Oo3Ik+bqzYHuB+glJjdrGTkzsB=aq@mail.travel.example>'
Wed Nov 18 09:06:14 2026 Info: MID 1040413 Subject 'Welcome to the team!'
Wed Nov 18 09:06:14 2026 Info: MID 1040413 ready 40294 bytes from <ewa.patel@travel.example>
Wed Nov 18 09:06:15 2026 Info: MID 1040413 using engine: CASE spam negative
Wed Nov 18 09:06:15 2026 Info: ICID 415902 close
Wed Nov 18 09:06:15 2026 Info: MID 1040413 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Wed Nov 18 09:06:15 2026 Info: MID 1040413 interim AV verdict using Sophos CLEAN
Wed Nov 18 09:06:15 2026 Info: MID 1040413 DKIM: pass signature verified (d=travel.example s=s4 i=@travel.example)
Wed Nov 18 09:06:15 2026 Info: MID 1040413 DMARC: Verification passed
Wed Nov 18 09:06:15 2026 Info: MID 1040413 antivirus negative
Wed Nov 18 09:06:16 2026 Info: MID 1040413 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 09:06:16 2026 Info: MID 1040413 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 09:06:18 2026 Info: MID 1040413 queued for delivery
Wed Nov 18 09:06:19 2026 Info: New SMTP DCID 203887 interface 192.0.2.20 address 52.101.140.61 port 25
Wed Nov 18 09:06:19 2026 Info: DCID 203887 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 09:06:19 2026 Info: Delivery start DCID 203887 MID 1040413 to RID [0]
Wed Nov 18 09:06:20 2026 Info: Message done DCID 203887 MID 1040413 to RID [0]
Wed Nov 18 09:06:20 2026 Info: MID 1040413 RID [0] Response '2.6.0 [InternalId=418980944935, Hostname=AM0PR01MB6627.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 09:06:20 2026 Info: DCID 203887 close
Wed Nov 18 09:06:20 2026 Info: Message finished MID 1040413 done
Wed Nov 18 09:21:05 2026 Info: New SMTP ICID 415903 interface IncomingMail (192.0.2.10) address 198.51.171.8 reverse dns host mail.lawfirm.example verified yes
Wed Nov 18 09:21:05 2026 Info: ICID 415903 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.2
Wed Nov 18 09:21:05 2026 Info: ICID 415903 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 09:21:05 2026 Info: Start MID 1040414 ICID 415903
Wed Nov 18 09:21:05 2026 Info: MID 1040414 ICID 415903 From: <tom.cohen@lawfirm.example>
Wed Nov 18 09:21:05 2026 Info: MID 1040414 ICID 415903 RID 0 To: <helpdesk@corp-mail.example>
Wed Nov 18 09:21:06 2026 Info: MID 1040414 Message-ID '<53dcad1c35e4af0ffd2d.78107@lawfirm.example>'
Wed Nov 18 09:21:06 2026 Info: MID 1040414 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Wed Nov 18 09:21:06 2026 Info: MID 1040414 ready 93739 bytes from <tom.cohen@lawfirm.example>
Wed Nov 18 09:21:06 2026 Info: MID 1040414 DKIM: pass signature verified (d=lawfirm.example s=s6 i=@lawfirm.example)
Wed Nov 18 09:21:06 2026 Info: ICID 415903 close
Wed Nov 18 09:21:06 2026 Info: MID 1040414 antivirus negative
Wed Nov 18 09:21:06 2026 Info: MID 1040414 SPF: mailfrom identity tom.cohen@lawfirm.example Pass (v=spf1)
Wed Nov 18 09:21:06 2026 Info: MID 1040414 using engine: CASE spam negative
Wed Nov 18 09:21:06 2026 Info: MID 1040414 DMARC: Verification passed
Wed Nov 18 09:21:06 2026 Info: MID 1040414 interim AV verdict using Sophos CLEAN
Wed Nov 18 09:21:07 2026 Info: MID 1040414 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 09:21:07 2026 Info: MID 1040414 attachment 'image002.jpg'
Wed Nov 18 09:21:07 2026 Info: MID 1040414 AMP file reputation verdict : CLEAN
Wed Nov 18 09:21:09 2026 Info: MID 1040414 queued for delivery
Wed Nov 18 09:21:09 2026 Info: New SMTP DCID 203888 interface 192.0.2.20 address 52.101.37.105 port 25
Wed Nov 18 09:21:09 2026 Info: DCID 203888 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 09:21:09 2026 Info: Delivery start DCID 203888 MID 1040414 to RID [0]
Wed Nov 18 09:21:10 2026 Info: Message done DCID 203888 MID 1040414 to RID [0]
Wed Nov 18 09:21:10 2026 Info: MID 1040414 RID [0] Response '2.0.0 Ok: queued as 8uuXsp9PAfrU8Mnz'
Wed Nov 18 09:21:10 2026 Info: Message finished MID 1040414 done
Wed Nov 18 09:21:10 2026 Info: DCID 203888 close
Wed Nov 18 09:25:46 2026 Info: New SMTP ICID 415904 interface OutgoingMail (192.0.2.11) address 10.20.1.151 reverse dns host exch3.corp.example verified yes
Wed Nov 18 09:25:46 2026 Info: ICID 415904 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 09:25:46 2026 Info: Start MID 1040415 ICID 415904
Wed Nov 18 09:25:46 2026 Info: MID 1040415 ICID 415904 From: <leo.dubois93@corp.example>
Wed Nov 18 09:25:46 2026 Info: MID 1040415 ICID 415904 RID 0 To: <tom.smith@partner.example>
Wed Nov 18 09:25:46 2026 Info: MID 1040415 Message-ID '<8003ea45a4d424a27880.92987@corp.example>'
Wed Nov 18 09:25:46 2026 Info: MID 1040415 Subject 'Lunch on Friday?'
Wed Nov 18 09:25:46 2026 Info: MID 1040415 ready 7154 bytes from <leo.dubois93@corp.example>
Wed Nov 18 09:25:46 2026 Info: MID 1040415 SPF: mailfrom identity leo.dubois93@corp.example Pass (v=spf1)
Wed Nov 18 09:25:46 2026 Info: MID 1040415 interim AV verdict using Sophos CLEAN
Wed Nov 18 09:25:46 2026 Info: ICID 415904 close
Wed Nov 18 09:25:46 2026 Info: MID 1040415 using engine: CASE spam negative
Wed Nov 18 09:25:47 2026 Info: MID 1040415 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Wed Nov 18 09:25:47 2026 Info: MID 1040415 DMARC: Verification passed
Wed Nov 18 09:25:47 2026 Info: MID 1040415 antivirus negative
Wed Nov 18 09:25:48 2026 Info: MID 1040415 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 09:25:48 2026 Info: MID 1040415 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 09:25:50 2026 Info: MID 1040415 queued for delivery
Wed Nov 18 09:25:54 2026 Info: New SMTP DCID 203889 interface 192.0.2.20 address 203.0.113.103 port 25
Wed Nov 18 09:25:54 2026 Info: DCID 203889 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 09:25:54 2026 Info: Delivery start DCID 203889 MID 1040415 to RID [0]
Wed Nov 18 09:25:56 2026 Info: Message done DCID 203889 MID 1040415 to RID [0]
Wed Nov 18 09:25:56 2026 Info: MID 1040415 RID [0] Response '2.0.0 Ok: queued as dk9p5XEVdMzupqrK'
Wed Nov 18 09:25:56 2026 Info: Message finished MID 1040415 done
Wed Nov 18 09:25:56 2026 Info: DCID 203889 close
Wed Nov 18 09:28:19 2026 Info: New SMTP ICID 415905 interface IncomingMail (192.0.2.10) address 198.51.69.135 reverse dns host mail.supplier.example verified yes
Wed Nov 18 09:28:19 2026 Info: ICID 415905 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.7
Wed Nov 18 09:28:19 2026 Info: ICID 415905 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 09:28:19 2026 Info: Start MID 1040416 ICID 415905
Wed Nov 18 09:28:19 2026 Info: MID 1040416 ICID 415905 From: <john.mendes@supplier.example>
Wed Nov 18 09:28:19 2026 Info: MID 1040416 ICID 415905 RID 0 To: <ravi.nguyen48@corp.example>
Wed Nov 18 09:28:20 2026 Info: MID 1040416 Message-ID '<b1817387d709df10%97#&25f34@supplier.example>'
Wed Nov 18 09:28:20 2026 Info: MID 1040416 Subject 'Invoice 92698'
Wed Nov 18 09:28:20 2026 Info: MID 1040416 ready 39942 bytes from <john.mendes@supplier.example>
Wed Nov 18 09:28:20 2026 Info: MID 1040416 SPF: mailfrom identity john.mendes@supplier.example Pass (v=spf1)
Wed Nov 18 09:28:20 2026 Info: MID 1040416 DMARC: Verification passed
Wed Nov 18 09:28:20 2026 Info: ICID 415905 close
Wed Nov 18 09:28:20 2026 Info: MID 1040416 using engine: CASE spam negative
Wed Nov 18 09:28:20 2026 Info: MID 1040416 DKIM: pass signature verified (d=supplier.example s=s7 i=@supplier.example)
Wed Nov 18 09:28:20 2026 Info: MID 1040416 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 09:28:20 2026 Info: MID 1040416 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 09:28:22 2026 Info: MID 1040416 queued for delivery
Wed Nov 18 09:28:26 2026 Info: New SMTP DCID 203890 interface 192.0.2.20 address 52.101.159.206 port 25
Wed Nov 18 09:28:26 2026 Info: DCID 203890 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 09:28:26 2026 Info: Delivery start DCID 203890 MID 1040416 to RID [0]
Wed Nov 18 09:28:27 2026 Info: Message done DCID 203890 MID 1040416 to RID [0]
Wed Nov 18 09:28:27 2026 Info: MID 1040416 RID [0] Response '2.6.0 [InternalId=880069161964, Hostname=AM0PR01MB7558.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 09:28:27 2026 Info: Message finished MID 1040416 done
Wed Nov 18 09:28:27 2026 Info: DCID 203890 close
Wed Nov 18 11:00:07 2026 Info: New SMTP ICID 415906 interface IncomingMail (192.0.2.10) address 198.51.189.172 reverse dns host mail.client-b.example verified yes
Wed Nov 18 11:00:07 2026 Info: ICID 415906 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.1
Wed Nov 18 11:00:07 2026 Info: ICID 415906 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 11:00:08 2026 Info: Start MID 1040417 ICID 415906
Wed Nov 18 11:00:08 2026 Info: MID 1040417 ICID 415906 From: <ida.cohen@client-b.example>
Wed Nov 18 11:00:08 2026 Info: MID 1040417 ICID 415906 RID 0 To: <ravi.obrien@corp.example>
Wed Nov 18 11:00:08 2026 Info: MID 1040417 Message-ID '<36cf84b38b50de72da28.89685@client-b.example>'
Wed Nov 18 11:00:08 2026 Info: MID 1040417 Subject 'Your order 38380 has shipped'
Wed Nov 18 11:00:08 2026 Info: MID 1040417 ready 35412 bytes from <ida.cohen@client-b.example>
Wed Nov 18 11:00:08 2026 Info: MID 1040417 DMARC: Verification passed
Wed Nov 18 11:00:08 2026 Info: MID 1040417 using engine: CASE spam negative
Wed Nov 18 11:00:08 2026 Info: MID 1040417 DKIM: pass signature verified (d=client-b.example s=s9 i=@client-b.example)
Wed Nov 18 11:00:08 2026 Info: ICID 415906 close
Wed Nov 18 11:00:08 2026 Info: MID 1040417 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Wed Nov 18 11:00:08 2026 Info: MID 1040417 antivirus negative
Wed Nov 18 11:00:08 2026 Info: MID 1040417 interim AV verdict using Sophos CLEAN
Wed Nov 18 11:00:09 2026 Info: MID 1040417 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 11:00:09 2026 Info: MID 1040417 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:00:11 2026 Info: MID 1040417 queued for delivery
Wed Nov 18 11:00:11 2026 Info: New SMTP DCID 203891 interface 192.0.2.20 address 52.101.67.197 port 25
Wed Nov 18 11:00:11 2026 Info: DCID 203891 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 11:00:11 2026 Info: Delivery start DCID 203891 MID 1040417 to RID [0]
Wed Nov 18 11:00:13 2026 Info: Message done DCID 203891 MID 1040417 to RID [0]
Wed Nov 18 11:00:13 2026 Info: MID 1040417 RID [0] Response '2.6.0 [InternalId=446497691576, Hostname=AM0PR01MB1490.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 11:00:13 2026 Info: DCID 203891 close
Wed Nov 18 11:00:13 2026 Info: Message finished MID 1040417 done
Wed Nov 18 11:17:36 2026 Info: New SMTP ICID 415907 interface IncomingMail (192.0.2.10) address 198.51.191.93 reverse dns host mail.university.example verified yes
Wed Nov 18 11:17:36 2026 Info: ICID 415907 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.2
Wed Nov 18 11:17:36 2026 Info: ICID 415907 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 11:17:37 2026 Info: Start MID 1040418 ICID 415907
Wed Nov 18 11:17:37 2026 Info: MID 1040418 ICID 415907 From: <emma.larsen@university.example>
Wed Nov 18 11:17:37 2026 Info: MID 1040418 ICID 415907 RID 0 To: <ivan.silva@corp.example>
Wed Nov 18 11:17:37 2026 Info: MID 1040418 Message-ID '<6b87176c494df3b660aa.93771@university.example>'
Wed Nov 18 11:17:37 2026 Info: MID 1040418 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Wed Nov 18 11:17:37 2026 Info: MID 1040418 ready 29250 bytes from <emma.larsen@university.example>
Wed Nov 18 11:17:37 2026 Info: MID 1040418 using engine: CASE spam negative
Wed Nov 18 11:17:37 2026 Info: MID 1040418 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Wed Nov 18 11:17:37 2026 Info: MID 1040418 URL https://www.university.example/t/251dc0ffff has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 11:17:37 2026 Info: ICID 415907 close
Wed Nov 18 11:17:38 2026 Info: MID 1040418 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 11:17:38 2026 Info: MID 1040418 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:17:40 2026 Info: MID 1040418 queued for delivery
Wed Nov 18 11:17:40 2026 Info: New SMTP DCID 203892 interface 192.0.2.20 address 52.101.192.102 port 25
Wed Nov 18 11:17:40 2026 Info: DCID 203892 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:17:40 2026 Info: Delivery start DCID 203892 MID 1040418 to RID [0]
Wed Nov 18 11:17:40 2026 Info: Message done DCID 203892 MID 1040418 to RID [0]
Wed Nov 18 11:17:40 2026 Info: MID 1040418 RID [0] Response '2.6.0 [InternalId=453907995068, Hostname=AM0PR01MB3336.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 11:17:40 2026 Info: DCID 203892 close
Wed Nov 18 11:17:40 2026 Info: Message finished MID 1040418 done
Wed Nov 18 11:18:16 2026 Info: New SMTP ICID 415908 interface IncomingMail (192.0.2.10) address 198.51.176.213 reverse dns host mail.travel.example verified yes
Wed Nov 18 11:18:16 2026 Info: ICID 415908 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.6
Wed Nov 18 11:18:16 2026 Info: ICID 415908 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:18:16 2026 Info: New SMTP ICID 415909 interface IncomingMail (192.0.2.10) address 198.51.94.113 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 11:18:16 2026 Info: ICID 415909 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Wed Nov 18 11:18:16 2026 Info: ICID 415909 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:18:16 2026 Info: Start MID 1040420 ICID 415909
Wed Nov 18 11:18:16 2026 Info: MID 1040420 ICID 415909 From: <paul.smith@newsletter.example>
Wed Nov 18 11:18:16 2026 Info: MID 1040420 ICID 415909 RID 0 To: <ivan.okafor@corp.example>
Wed Nov 18 11:18:17 2026 Info: MID 1040420 Message-ID '<a652b394500e5c311e78.13947@newsletter.example>'
Wed Nov 18 11:18:17 2026 Info: MID 1040420 Subject 'Welcome to the team!'
Wed Nov 18 11:18:17 2026 Info: MID 1040420 ready 18397 bytes from <paul.smith@newsletter.example>
Wed Nov 18 11:18:17 2026 Info: Start MID 1040419 ICID 415908
Wed Nov 18 11:18:17 2026 Info: MID 1040419 ICID 415908 From: <ewa.patel@travel.example>
Wed Nov 18 11:18:17 2026 Info: MID 1040419 ICID 415908 RID 0 To: <li.larsen@corp.example>
Wed Nov 18 11:18:17 2026 Info: MID 1040420 using engine: CASE spam negative
Wed Nov 18 11:18:17 2026 Info: ICID 415909 close
Wed Nov 18 11:18:17 2026 Info: MID 1040420 DMARC: Verification passed
Wed Nov 18 11:18:17 2026 Info: MID 1040420 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Wed Nov 18 11:18:17 2026 Info: MID 1040420 DKIM: pass signature verified (d=newsletter.example s=s4 i=@newsletter.example)
Wed Nov 18 11:18:17 2026 Info: MID 1040419 Message-ID '<01279510c938d38cff4a.57658@travel.example>'
Wed Nov 18 11:18:17 2026 Info: MID 1040419 Subject 'Budget 2027 – first numbers'
Wed Nov 18 11:18:17 2026 Info: MID 1040419 ready 26677 bytes from <ewa.patel@travel.example>
Wed Nov 18 11:18:17 2026 Info: ICID 415908 close
Wed Nov 18 11:18:17 2026 Info: MID 1040419 SPF: mailfrom identity ewa.patel@travel.example Pass (v=spf1)
Wed Nov 18 11:18:17 2026 Info: MID 1040419 using engine: CASE spam negative
Wed Nov 18 11:18:18 2026 Info: MID 1040419 Outbreak Filters: verdict negative
Wed Nov 18 11:18:18 2026 Info: MID 1040419 URL https://www.travel.example/t/5d7ae13b3 has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 11:18:18 2026 Info: MID 1040420 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 11:18:18 2026 Info: MID 1040420 attachment 'notes.txt'
Wed Nov 18 11:18:18 2026 Info: MID 1040420 AMP file reputation verdict : CLEAN
Wed Nov 18 11:18:18 2026 Info: MID 1040419 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 11:18:18 2026 Info: MID 1040419 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:18:20 2026 Info: MID 1040420 queued for delivery
Wed Nov 18 11:18:21 2026 Info: New SMTP DCID 203893 interface 192.0.2.20 address 192.0.2.50 port 6025
Wed Nov 18 11:18:21 2026 Info: Delivery start DCID 203893 MID 1040419 to RID [0] to offbox IronPort Spam Quarantine
Wed Nov 18 11:18:21 2026 Info: Message done DCID 203893 MID 1040419 to RID [0] (external quarantine)
Wed Nov 18 11:18:21 2026 Info: Message finished MID 1040419 done
Wed Nov 18 11:18:21 2026 Info: DCID 203893 close
Wed Nov 18 11:18:23 2026 Info: New SMTP DCID 203894 interface 192.0.2.20 address 52.101.156.69 port 25
Wed Nov 18 11:18:23 2026 Info: DCID 203894 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 11:18:23 2026 Info: Delivery start DCID 203894 MID 1040420 to RID [0]
Wed Nov 18 11:18:25 2026 Info: Message done DCID 203894 MID 1040420 to RID [0]
Wed Nov 18 11:18:25 2026 Info: MID 1040420 RID [0] Response '2.0.0 Ok: queued as 4cyC8xW9C2pewTor'
Wed Nov 18 11:18:25 2026 Info: Message finished MID 1040420 done
Wed Nov 18 11:18:25 2026 Info: DCID 203894 close
Wed Nov 18 11:34:30 2026 Info: New SMTP ICID 415910 interface OutgoingMail (192.0.2.11) address 10.20.7.96 reverse dns host exch1.corp.example verified yes
Wed Nov 18 11:34:30 2026 Info: ICID 415910 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 11:34:30 2026 Info: Start MID 1040421 ICID 415910
Wed Nov 18 11:34:30 2026 Info: MID 1040421 ICID 415910 From: <kofi.nguyen@corp.example>
Wed Nov 18 11:34:30 2026 Info: MID 1040421 ICID 415910 RID 0 To: <john.mendes@supplier.example>
Wed Nov 18 11:34:31 2026 Info: MID 1040421 Message-ID '<CA5l0H0CiD7fh/6n87ffCcNOoD-MCoGhxiMefq8xeK7f@mail.corp.example>'
Wed Nov 18 11:34:31 2026 Info: MID 1040421 Subject 'Meeting notes'
Wed Nov 18 11:34:31 2026 Info: MID 1040421 ready 505763 bytes from <kofi.nguyen@corp.example>
Wed Nov 18 11:34:31 2026 Info: MID 1040421 Outbreak Filters: verdict negative
Wed Nov 18 11:34:31 2026 Info: MID 1040421 URL https://www.corp.example/t/13c95d90d1 has reputation 7.9 matched Condition: URL Reputation Rule
Wed Nov 18 11:34:31 2026 Info: ICID 415910 close
Wed Nov 18 11:34:31 2026 Info: MID 1040421 using engine: CASE spam negative
Wed Nov 18 11:34:31 2026 Info: MID 1040421 SPF: mailfrom identity kofi.nguyen@corp.example Pass (v=spf1)
Wed Nov 18 11:34:32 2026 Info: MID 1040421 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 11:34:32 2026 Info: MID 1040421 attachment 'Q1 Report 2026.pdf'
Wed Nov 18 11:34:32 2026 Info: MID 1040421 AMP file reputation verdict : UNKNOWN
Wed Nov 18 11:34:33 2026 Info: MID 1040421 queued for delivery
Wed Nov 18 11:34:36 2026 Info: New SMTP DCID 203895 interface 192.0.2.20 address 203.0.113.200 port 25
Wed Nov 18 11:34:36 2026 Info: DCID 203895 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:34:36 2026 Info: Delivery start DCID 203895 MID 1040421 to RID [0]
Wed Nov 18 11:34:38 2026 Info: Message done DCID 203895 MID 1040421 to RID [0]
Wed Nov 18 11:34:38 2026 Info: MID 1040421 RID [0] Response '2.0.0 Ok: queued as YSnwzKs7Bwqs6A46'
Wed Nov 18 11:34:38 2026 Info: Message finished MID 1040421 done
Wed Nov 18 11:34:38 2026 Info: DCID 203895 close
Wed Nov 18 11:41:24 2026 Info: New SMTP ICID 415911 interface IncomingMail (192.0.2.10) address 198.51.156.128 reverse dns host mail.travel.example verified yes
Wed Nov 18 11:41:24 2026 Info: ICID 415911 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0
Wed Nov 18 11:41:24 2026 Info: ICID 415911 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 11:41:25 2026 Info: Start MID 1040422 ICID 415911
Wed Nov 18 11:41:25 2026 Info: MID 1040422 ICID 415911 From: <ines.kowalski@travel.example>
Wed Nov 18 11:41:25 2026 Info: MID 1040422 ICID 415911 RID 0 To: <ldubois@corp.example>
Wed Nov 18 11:41:25 2026 Info: MID 1040422 ICID 415911 RID 1 To: <ravi.nguyen@corp.example>
Wed Nov 18 11:41:25 2026 Info: MID 1040422 Message-ID '<98545d93f5297017ccf2.47828@travel.example>'
Wed Nov 18 11:41:25 2026 Info: MID 1040422 Subject 'Re: project timeline'
Wed Nov 18 11:41:25 2026 Info: MID 1040422 ready 20957 bytes from <ines.kowalski@travel.example>
Wed Nov 18 11:41:25 2026 Info: MID 1040422 using engine: CASE spam negative
Wed Nov 18 11:41:25 2026 Info: ICID 415911 close
Wed Nov 18 11:41:25 2026 Info: MID 1040422 DMARC: Verification passed
Wed Nov 18 11:41:25 2026 Info: MID 1040422 SPF: mailfrom identity ines.kowalski@travel.example Pass (v=spf1)
Wed Nov 18 11:41:25 2026 Info: MID 1040422 DKIM: pass signature verified (d=travel.example s=s3 i=@travel.example)
Wed Nov 18 11:41:26 2026 Info: MID 1040422 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 11:41:26 2026 Info: MID 1040422 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:41:27 2026 Info: MID 1040422 queued for delivery
Wed Nov 18 11:41:29 2026 Info: New SMTP DCID 203896 interface 192.0.2.20 address 52.101.171.110 port 25
Wed Nov 18 11:41:29 2026 Info: DCID 203896 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:41:29 2026 Info: Delivery start DCID 203896 MID 1040422 to RID [0, 1]
Wed Nov 18 11:41:31 2026 Info: Message done DCID 203896 MID 1040422 to RID [0, 1]
Wed Nov 18 11:41:31 2026 Info: MID 1040422 RID [0, 1] Response '2.0.0 Ok: queued as SYzZijvb3P9Axf2K'
Wed Nov 18 11:41:31 2026 Info: DCID 203896 close
Wed Nov 18 11:41:31 2026 Info: Message finished MID 1040422 done
Wed Nov 18 11:43:18 2026 Info: New SMTP ICID 415912 interface OutgoingMail (192.0.2.11) address 10.20.0.94 reverse dns host exch2.corp.example verified yes
Wed Nov 18 11:43:18 2026 Info: ICID 415912 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 11:43:18 2026 Info: Start MID 1040423 ICID 415912
Wed Nov 18 11:43:18 2026 Info: MID 1040423 ICID 415912 From: <ewa.jensen@corp.example>
Wed Nov 18 11:43:18 2026 Info: MID 1040423 ICID 415912 RID 0 To: <mia.sato@logistics.example>
Wed Nov 18 11:43:18 2026 Info: MID 1040423 Message-ID '<d897f4ad114146d88668.95670@corp.example>'
Wed Nov 18 11:43:18 2026 Info: MID 1040423 Subject 'Re: [support #39620] FW: issue with the VPN client after the latest update (urgent)'
Wed Nov 18 11:43:18 2026 Info: MID 1040423 ready 19444 bytes from <ewa.jensen@corp.example>
Wed Nov 18 11:43:18 2026 Info: MID 1040423 using engine: CASE spam negative
Wed Nov 18 11:43:18 2026 Info: MID 1040423 URL https://www.corp.example/t/6e4183b56c has reputation 4.5 matched Condition: URL Reputation Rule
Wed Nov 18 11:43:18 2026 Info: ICID 415912 close
Wed Nov 18 11:43:18 2026 Info: MID 1040423 SPF: mailfrom identity ewa.jensen@corp.example Pass (v=spf1)
Wed Nov 18 11:43:19 2026 Info: MID 1040423 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 11:43:19 2026 Info: MID 1040423 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:43:20 2026 Info: New SMTP ICID 415913 interface IncomingMail (192.0.2.10) address 198.51.128.99 reverse dns host mail.partner.example verified yes
Wed Nov 18 11:43:20 2026 Info: ICID 415913 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.3
Wed Nov 18 11:43:20 2026 Info: ICID 415913 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 11:43:21 2026 Info: Start MID 1040424 ICID 415913
Wed Nov 18 11:43:21 2026 Info: MID 1040424 ICID 415913 From: <nora.okafor@partner.example>
Wed Nov 18 11:43:21 2026 Info: MID 1040424 ICID 415913 RID 0 To: <ivan.silva@corp-mail.example>
Wed Nov 18 11:43:21 2026 Info: MID 1040423 queued for delivery
Wed Nov 18 11:43:21 2026 Info: MID 1040424 Message-ID '<CAHNK69uucNMFGSlElhUFb5xvULzFeYMDUmh2q_PUXJS@mail.partner.example>'
Wed Nov 18 11:43:21 2026 Info: MID 1040424 Subject 'Welcome to the team!'
Wed Nov 18 11:43:21 2026 Info: MID 1040424 ready 24753 bytes from <nora.okafor@partner.example>
Wed Nov 18 11:43:21 2026 Info: MID 1040424 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Wed Nov 18 11:43:21 2026 Info: ICID 415913 close
Wed Nov 18 11:43:21 2026 Info: MID 1040424 DMARC: Verification passed
Wed Nov 18 11:43:22 2026 Info: MID 1040424 using engine: CASE spam negative
Wed Nov 18 11:43:22 2026 Info: MID 1040424 DKIM: pass signature verified (d=partner.example s=s9 i=@partner.example)
Wed Nov 18 11:43:23 2026 Info: MID 1040424 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 11:43:23 2026 Info: MID 1040424 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 11:43:24 2026 Info: MID 1040424 queued for delivery
Wed Nov 18 11:43:25 2026 Info: New SMTP DCID 203897 interface 192.0.2.20 address 203.0.113.37 port 25
Wed Nov 18 11:43:25 2026 Info: DCID 203897 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 11:43:25 2026 Info: Delivery start DCID 203897 MID 1040423 to RID [0]
Wed Nov 18 11:43:26 2026 Info: New SMTP DCID 203898 interface 192.0.2.20 address 52.101.244.86 port 25
Wed Nov 18 11:43:26 2026 Info: DCID 203898 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 11:43:26 2026 Info: Delivery start DCID 203898 MID 1040424 to RID [0]
Wed Nov 18 11:43:27 2026 Info: Message done DCID 203897 MID 1040423 to RID [0]
Wed Nov 18 11:43:27 2026 Info: MID 1040423 RID [0] Response '2.0.0 Ok: queued as R5vpcs6LBnD4z9Ha'
Wed Nov 18 11:43:27 2026 Info: DCID 203897 close
Wed Nov 18 11:43:27 2026 Info: Message finished MID 1040423 done
Wed Nov 18 11:43:28 2026 Info: Message done DCID 203898 MID 1040424 to RID [0]
Wed Nov 18 11:43:28 2026 Info: MID 1040424 RID [0] Response '2.6.0 [InternalId=785489298191, Hostname=AM0PR01MB6088.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 11:43:28 2026 Info: Message finished MID 1040424 done
Wed Nov 18 11:43:28 2026 Info: DCID 203898 close
Wed Nov 18 12:01:14 2026 Info: New SMTP ICID 415914 interface IncomingMail (192.0.2.10) address 198.51.13.89 reverse dns host mail.partner.example verified yes
Wed Nov 18 12:01:14 2026 Info: ICID 415914 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.0
Wed Nov 18 12:01:14 2026 Info: ICID 415914 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:01:14 2026 Info: Start MID 1040425 ICID 415914
Wed Nov 18 12:01:14 2026 Info: MID 1040425 ICID 415914 From: <ewa.obrien@partner.example>
Wed Nov 18 12:01:14 2026 Info: MID 1040425 ICID 415914 RID 0 To: <leo.dubois93@corp.example>
Wed Nov 18 12:01:14 2026 Info: MID 1040425 Message-ID '<5f0efd3bce4bfc5dfeb8.12333@partner.example>'
Wed Nov 18 12:01:14 2026 Info: MID 1040425 Subject 'Re: project timeline'
Wed Nov 18 12:01:14 2026 Info: MID 1040425 ready 64520 bytes from <ewa.obrien@partner.example>
Wed Nov 18 12:01:14 2026 Info: MID 1040425 using engine: CASE spam negative
Wed Nov 18 12:01:14 2026 Info: MID 1040425 URL https://www.partner.example/t/61ab998801 has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 12:01:15 2026 Info: ICID 415914 close
Wed Nov 18 12:01:15 2026 Info: MID 1040425 Outbreak Filters: verdict negative
Wed Nov 18 12:01:15 2026 Info: MID 1040425 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Wed Nov 18 12:01:15 2026 Info: MID 1040425 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 12:01:15 2026 Info: MID 1040425 attachment 'image002.jpg'
Wed Nov 18 12:01:15 2026 Info: MID 1040425 AMP file reputation verdict : CLEAN
Wed Nov 18 12:01:17 2026 Info: MID 1040425 queued for delivery
Wed Nov 18 12:01:17 2026 Info: New SMTP ICID 415915 interface IncomingMail (192.0.2.10) address 198.51.100.94 reverse dns host mail.bank.example verified yes
Wed Nov 18 12:01:17 2026 Info: ICID 415915 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.7
Wed Nov 18 12:01:17 2026 Info: ICID 415915 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 12:01:17 2026 Info: Start MID 1040426 ICID 415915
Wed Nov 18 12:01:17 2026 Info: MID 1040426 ICID 415915 From: <leo.mendes@bank.example>
Wed Nov 18 12:01:17 2026 Info: MID 1040426 ICID 415915 RID 0 To: <mia.garcia@corp-mail.example>
Wed Nov 18 12:01:17 2026 Info: MID 1040426 ICID 415915 RID 1 To: <ravi.obrien@corp-mail.example>
Wed Nov 18 12:01:17 2026 Info: MID 1040426 ICID 415915 RID 2 To: <sam.obrien@corp.example>
Wed Nov 18 12:01:17 2026 Info: MID 1040426 ICID 415915 RID 3 To: <zoe.moreau@corp.example>
Wed Nov 18 12:01:18 2026 Info: MID 1040426 Message-ID '<b3217d7703618eeb9ede.46023@bank.example>'
Wed Nov 18 12:01:18 2026 Info: MID 1040426 Subject 'Re: project timeline'
Wed Nov 18 12:01:18 2026 Info: MID 1040426 ready 236863 bytes from <leo.mendes@bank.example>
Wed Nov 18 12:01:18 2026 Info: MID 1040426 using engine: CASE spam negative
Wed Nov 18 12:01:18 2026 Info: ICID 415915 close
Wed Nov 18 12:01:18 2026 Info: MID 1040426 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Wed Nov 18 12:01:18 2026 Info: MID 1040426 URL https://www.bank.example/t/7d0f8b1a18 has reputation 7.9 matched Condition: URL Reputation Rule
Wed Nov 18 12:01:19 2026 Info: MID 1040426 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:01:19 2026 Info: MID 1040426 attachment 'minutes-20534.docx'
Wed Nov 18 12:01:19 2026 Info: MID 1040426 AMP file reputation verdict : CLEAN
Wed Nov 18 12:01:20 2026 Info: New SMTP DCID 203899 interface 192.0.2.20 address 52.101.154.104 port 25
Wed Nov 18 12:01:20 2026 Info: DCID 203899 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:01:20 2026 Info: Delivery start DCID 203899 MID 1040425 to RID [0]
Wed Nov 18 12:01:20 2026 Info: Message done DCID 203899 MID 1040425 to RID [0]
Wed Nov 18 12:01:20 2026 Info: MID 1040425 RID [0] Response '2.0.0 Ok: queued as rfDfLNM3XPuWhEcR'
Wed Nov 18 12:01:20 2026 Info: Message finished MID 1040425 done
Wed Nov 18 12:01:20 2026 Info: DCID 203899 close
Wed Nov 18 12:01:21 2026 Info: MID 1040426 queued for delivery
Wed Nov 18 12:01:23 2026 Info: New SMTP DCID 203900 interface 192.0.2.20 address 52.101.73.28 port 25
Wed Nov 18 12:01:23 2026 Info: DCID 203900 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 12:01:23 2026 Info: Delivery start DCID 203900 MID 1040426 to RID [0, 1, 2, 3]
Wed Nov 18 12:01:26 2026 Info: Bounced: DCID 203900 MID 1040426 From: <leo.mendes@bank.example> To: <zoe.moreau@corp.example> RID 3 - 5.2.2 - Mailbox full ('552', ['5.2.2 <zoe.moreau@corp.example>: Mailbox full; quota exceeded'])
Wed Nov 18 12:01:26 2026 Info: Message done DCID 203900 MID 1040426 to RID [0, 1, 2]
Wed Nov 18 12:01:26 2026 Info: MID 1040426 RID [0, 1, 2] Response '2.6.0 [InternalId=403142496579, Hostname=AM0PR01MB6732.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 12:01:26 2026 Info: Message finished MID 1040426 done
Wed Nov 18 12:01:26 2026 Info: DCID 203900 close
Wed Nov 18 12:01:27 2026 Info: Start MID 1040427 ICID 0
Wed Nov 18 12:01:27 2026 Info: MID 1040427 was generated for bounce of MID 1040426
Wed Nov 18 12:01:27 2026 Info: MID 1040427 ICID 0 From: <>
Wed Nov 18 12:01:27 2026 Info: MID 1040427 ICID 0 RID 0 To: <leo.mendes@bank.example>
Wed Nov 18 12:01:27 2026 Info: MID 1040427 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 12:01:27 2026 Info: MID 1040427 ready 6624 bytes from <>
Wed Nov 18 12:01:27 2026 Info: MID 1040427 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 12:01:27 2026 Info: MID 1040427 queued for delivery
Wed Nov 18 12:01:28 2026 Info: New SMTP DCID 203901 interface 192.0.2.20 address 203.0.113.105 port 25
Wed Nov 18 12:01:28 2026 Info: DCID 203901 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:01:28 2026 Info: Delivery start DCID 203901 MID 1040427 to RID [0]
Wed Nov 18 12:01:30 2026 Info: Message done DCID 203901 MID 1040427 to RID [0]
Wed Nov 18 12:01:30 2026 Info: MID 1040427 RID [0] Response '2.0.0 Ok: queued as egTZBJUpjrFN5HKh'
Wed Nov 18 12:01:30 2026 Info: Message finished MID 1040427 done
Wed Nov 18 12:01:30 2026 Info: DCID 203901 close
Wed Nov 18 12:11:03 2026 Info: New SMTP ICID 415916 interface IncomingMail (192.0.2.10) address 198.51.251.197 reverse dns host mail.university.example verified yes
Wed Nov 18 12:11:03 2026 Info: ICID 415916 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.4
Wed Nov 18 12:11:03 2026 Info: ICID 415916 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 12:11:04 2026 Info: Start MID 1040428 ICID 415916
Wed Nov 18 12:11:04 2026 Info: MID 1040428 ICID 415916 From: <emma.larsen@university.example>
Wed Nov 18 12:11:04 2026 Info: MID 1040428 ICID 415916 RID 0 To: <ida.dubois@corp.example>
Wed Nov 18 12:11:04 2026 Info: MID 1040428 Message-ID '<7326624e344895610a7a.33485@university.example>'
Wed Nov 18 12:11:04 2026 Info: MID 1040428 Subject 'Reminder: timesheets due'
Wed Nov 18 12:11:04 2026 Info: MID 1040428 ready 6826 bytes from <emma.larsen@university.example>
Wed Nov 18 12:11:04 2026 Info: MID 1040428 using engine: CASE spam negative
Wed Nov 18 12:11:04 2026 Info: MID 1040428 Outbreak Filters: verdict negative
Wed Nov 18 12:11:04 2026 Info: MID 1040428 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Wed Nov 18 12:11:04 2026 Info: ICID 415916 close
Wed Nov 18 12:11:04 2026 Info: MID 1040428 URL https://www.university.example/t/83beff1bd5 has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 12:11:05 2026 Info: MID 1040428 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:11:05 2026 Info: MID 1040428 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 12:11:06 2026 Info: MID 1040428 queued for delivery
Wed Nov 18 12:11:10 2026 Info: New SMTP DCID 203902 interface 192.0.2.20 address 52.101.169.140 port 25
Wed Nov 18 12:11:10 2026 Info: DCID 203902 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 12:11:10 2026 Info: Delivery start DCID 203902 MID 1040428 to RID [0]
Wed Nov 18 12:11:12 2026 Info: Message done DCID 203902 MID 1040428 to RID [0]
Wed Nov 18 12:11:12 2026 Info: MID 1040428 RID [0] Response '2.6.0 [InternalId=719790265488, Hostname=AM0PR01MB6829.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 12:11:12 2026 Info: DCID 203902 close
Wed Nov 18 12:11:12 2026 Info: Message finished MID 1040428 done
Wed Nov 18 12:13:50 2026 Info: New SMTP ICID 415917 interface IncomingMail (192.0.2.10) address 198.51.190.91 reverse dns host mail.gmail.example verified yes
Wed Nov 18 12:13:50 2026 Info: ICID 415917 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.6
Wed Nov 18 12:13:50 2026 Info: ICID 415917 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:13:50 2026 Info: Start MID 1040429 ICID 415917
Wed Nov 18 12:13:50 2026 Info: MID 1040429 ICID 415917 From: <paul.moreau@gmail.example>
Wed Nov 18 12:13:50 2026 Info: MID 1040429 ICID 415917 RID 0 To: <li.haddad@corp.example>
Wed Nov 18 12:13:51 2026 Info: MID 1040429 Message-ID '<a154da85a2ddc06ca5c2.92305@gmail.example>'
Wed Nov 18 12:13:51 2026 Info: MID 1040429 Subject 'FW: contract draft'
Wed Nov 18 12:13:51 2026 Info: MID 1040429 ready 33095 bytes from <paul.moreau@gmail.example>
Wed Nov 18 12:13:51 2026 Info: MID 1040429 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Wed Nov 18 12:13:51 2026 Info: MID 1040429 interim AV verdict using Sophos CLEAN
Wed Nov 18 12:13:51 2026 Info: ICID 415917 close
Wed Nov 18 12:13:51 2026 Info: MID 1040429 DMARC: Verification passed
Wed Nov 18 12:13:51 2026 Info: MID 1040429 DKIM: pass signature verified (d=gmail.example s=s4 i=@gmail.example)
Wed Nov 18 12:13:51 2026 Info: MID 1040429 antivirus negative
Wed Nov 18 12:13:51 2026 Info: MID 1040429 using engine: CASE spam negative
Wed Nov 18 12:13:52 2026 Info: MID 1040429 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:13:52 2026 Info: MID 1040429 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 12:13:52 2026 Info: MID 1040429 queued for delivery
Wed Nov 18 12:13:53 2026 Info: New SMTP DCID 203903 interface 192.0.2.20 address 52.101.162.60 port 25
Wed Nov 18 12:13:53 2026 Info: DCID 203903 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 12:13:53 2026 Info: Delivery start DCID 203903 MID 1040429 to RID [0]
Wed Nov 18 12:13:55 2026 Info: Message done DCID 203903 MID 1040429 to RID [0]
Wed Nov 18 12:13:55 2026 Info: MID 1040429 RID [0] Response '2.6.0 [InternalId=294477153704, Hostname=AM0PR01MB4368.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 12:13:55 2026 Info: Message finished MID 1040429 done
Wed Nov 18 12:13:55 2026 Info: DCID 203903 close
Wed Nov 18 12:45:41 2026 Info: New SMTP ICID 415918 interface IncomingMail (192.0.2.10) address 198.51.67.32 reverse dns host mail.bank.example verified yes
Wed Nov 18 12:45:41 2026 Info: ICID 415918 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.3
Wed Nov 18 12:45:41 2026 Info: ICID 415918 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:45:41 2026 Info: Start MID 1040430 ICID 415918
Wed Nov 18 12:45:41 2026 Info: MID 1040430 ICID 415918 From: <leo.mendes@bank.example>
Wed Nov 18 12:45:41 2026 Info: MID 1040430 ICID 415918 RID 0 To: <dan.okafor@corp.example>
Wed Nov 18 12:45:42 2026 Info: MID 1040430 Message-ID '<f0c5b8258a47cefee692.43590@bank.example>'
Wed Nov 18 12:45:42 2026 Info: MID 1040430 Subject 'Your order 57685 has shipped'
Wed Nov 18 12:45:42 2026 Info: MID 1040430 ready 86085 bytes from <leo.mendes@bank.example>
Wed Nov 18 12:45:42 2026 Info: MID 1040430 using engine: CASE spam negative
Wed Nov 18 12:45:42 2026 Info: MID 1040430 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Wed Nov 18 12:45:42 2026 Info: MID 1040430 DKIM: pass signature verified (d=bank.example s=s8 i=@bank.example)
Wed Nov 18 12:45:42 2026 Info: ICID 415918 close
Wed Nov 18 12:45:42 2026 Info: MID 1040430 DMARC: Verification passed
Wed Nov 18 12:45:42 2026 Info: MID 1040430 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:45:42 2026 Info: MID 1040430 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Wed Nov 18 12:45:42 2026 Info: MID 1040430 AMP file reputation verdict : CLEAN
Wed Nov 18 12:45:43 2026 Info: MID 1040430 queued for delivery
Wed Nov 18 12:45:46 2026 Info: New SMTP DCID 203904 interface 192.0.2.20 address 52.101.168.132 port 25
Wed Nov 18 12:45:46 2026 Info: DCID 203904 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:45:46 2026 Info: Delivery start DCID 203904 MID 1040430 to RID [0]
Wed Nov 18 12:45:48 2026 Info: Message done DCID 203904 MID 1040430 to RID [0]
Wed Nov 18 12:45:48 2026 Info: MID 1040430 RID [0] Response '2.0.0 Ok: queued as BrEgLEDa8JbTWNY8'
Wed Nov 18 12:45:48 2026 Info: DCID 203904 close
Wed Nov 18 12:45:48 2026 Info: Message finished MID 1040430 done
Wed Nov 18 12:45:51 2026 Info: New SMTP ICID 415919 interface IncomingMail (192.0.2.10) address 198.51.234.172 reverse dns host mail.bank.example verified yes
Wed Nov 18 12:45:51 2026 Info: ICID 415919 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.8
Wed Nov 18 12:45:51 2026 Info: ICID 415919 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 12:45:51 2026 Info: Start MID 1040431 ICID 415919
Wed Nov 18 12:45:51 2026 Info: MID 1040431 ICID 415919 From: <leo.mendes@bank.example>
Wed Nov 18 12:45:51 2026 Info: MID 1040431 ICID 415919 RID 0 To: <li.larsen@corp.example>
Wed Nov 18 12:45:51 2026 Info: MID 1040431 ICID 415919 RID 1 To: <support@corp-mail.example>
Wed Nov 18 12:45:51 2026 Info: MID 1040431 ICID 415919 RID 2 To: <ida.dubois@corp.example>
Wed Nov 18 12:45:51 2026 Info: MID 1040431 ICID 415919 RID 3 To: <noah.okafor90@corp.example>
Wed Nov 18 12:45:52 2026 Info: MID 1040431 Message-ID '<b100b9063f0675a8adb5.53961@bank.example>'
Wed Nov 18 12:45:52 2026 Info: MID 1040431 Subject 'Weekly newsletter #15245'
Wed Nov 18 12:45:52 2026 Info: MID 1040431 ready 41845 bytes from <leo.mendes@bank.example>
Wed Nov 18 12:45:52 2026 Info: ICID 415919 close
Wed Nov 18 12:45:52 2026 Info: MID 1040431 SPF: mailfrom identity leo.mendes@bank.example Pass (v=spf1)
Wed Nov 18 12:45:52 2026 Info: MID 1040431 DKIM: pass signature verified (d=bank.example s=s7 i=@bank.example)
Wed Nov 18 12:45:52 2026 Info: MID 1040431 using engine: CASE spam negative
Wed Nov 18 12:45:52 2026 Info: MID 1040431 DMARC: Verification passed
Wed Nov 18 12:45:53 2026 Info: MID 1040431 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 12:45:53 2026 Info: MID 1040431 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 12:45:53 2026 Info: MID 1040431 queued for delivery
Wed Nov 18 12:45:57 2026 Info: New SMTP DCID 203905 interface 192.0.2.20 address 52.101.193.110 port 25
Wed Nov 18 12:45:57 2026 Info: DCID 203905 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 12:45:57 2026 Info: Delivery start DCID 203905 MID 1040431 to RID [0, 1, 2, 3]
Wed Nov 18 12:45:57 2026 Info: Message done DCID 203905 MID 1040431 to RID [0, 1, 2, 3]
Wed Nov 18 12:45:57 2026 Info: MID 1040431 RID [0, 1, 2, 3] Response '2.6.0 [InternalId=632995539001, Hostname=AM0PR01MB1484.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 12:45:57 2026 Info: Message finished MID 1040431 done
Wed Nov 18 12:45:57 2026 Info: DCID 203905 close
Wed Nov 18 13:01:04 2026 Info: New SMTP ICID 415920 interface IncomingMail (192.0.2.10) address 198.51.174.174 reverse dns host mail.bank.example verified yes
Wed Nov 18 13:01:04 2026 Info: ICID 415920 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.1
Wed Nov 18 13:01:04 2026 Info: ICID 415920 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:01:05 2026 Info: Start MID 1040432 ICID 415920
Wed Nov 18 13:01:05 2026 Info: MID 1040432 ICID 415920 From: <sofia.walsh@bank.example>
Wed Nov 18 13:01:05 2026 Info: MID 1040432 ICID 415920 RID 0 To: <noah.okafor90@corp.example>
Wed Nov 18 13:01:05 2026 Info: MID 1040432 Message-ID '<1c4fe78025d47690c01e.76584@bank.example>'
Wed Nov 18 13:01:05 2026 Info: MID 1040432 Subject 'Scan from copier 81518'
Wed Nov 18 13:01:05 2026 Info: MID 1040432 ready 14976 bytes from <sofia.walsh@bank.example>
Wed Nov 18 13:01:05 2026 Info: MID 1040432 using engine: CASE spam negative
Wed Nov 18 13:01:05 2026 Info: ICID 415920 close
Wed Nov 18 13:01:05 2026 Info: MID 1040432 DKIM: pass signature verified (d=bank.example s=s6 i=@bank.example)
Wed Nov 18 13:01:05 2026 Info: MID 1040432 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Wed Nov 18 13:01:05 2026 Info: MID 1040432 antivirus negative
Wed Nov 18 13:01:05 2026 Info: MID 1040432 DMARC: Verification passed
Wed Nov 18 13:01:05 2026 Info: MID 1040432 interim AV verdict using Sophos CLEAN
Wed Nov 18 13:01:06 2026 Info: MID 1040432 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 13:01:06 2026 Info: MID 1040432 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 13:01:07 2026 Info: MID 1040432 queued for delivery
Wed Nov 18 13:01:08 2026 Info: New SMTP ICID 415921 interface OutgoingMail (192.0.2.11) address 10.20.9.15 reverse dns host exch1.corp.example verified yes
Wed Nov 18 13:01:08 2026 Info: ICID 415921 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 13:01:08 2026 Info: Start MID 1040433 ICID 415921
Wed Nov 18 13:01:08 2026 Info: MID 1040433 ICID 415921 From: <lena.sato@corp.example>
Wed Nov 18 13:01:08 2026 Info: MID 1040433 ICID 415921 RID 0 To: <ida.cohen@client-b.example>
Wed Nov 18 13:01:09 2026 Info: MID 1040433 Message-ID '<280893b1920949f70932.61363@corp.example>'
Wed Nov 18 13:01:09 2026 Info: MID 1040433 Subject Re: [support #98895] FW: issue\r\n with the VPN client after the latest update (urgent)
Wed Nov 18 13:01:09 2026 Info: MID 1040433 ready 41244 bytes from <lena.sato@corp.example>
Wed Nov 18 13:01:09 2026 Info: MID 1040433 SPF: mailfrom identity lena.sato@corp.example Pass (v=spf1)
Wed Nov 18 13:01:09 2026 Info: ICID 415921 close
Wed Nov 18 13:01:09 2026 Info: MID 1040433 using engine: CASE spam negative
Wed Nov 18 13:01:09 2026 Info: MID 1040433 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 13:01:09 2026 Info: New SMTP DCID 203906 interface 192.0.2.20 address 52.101.71.186 port 25
Wed Nov 18 13:01:09 2026 Info: DCID 203906 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:01:09 2026 Info: Delivery start DCID 203906 MID 1040432 to RID [0]
Wed Nov 18 13:01:09 2026 Info: MID 1040433 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 13:01:10 2026 Info: MID 1040433 queued for delivery
Wed Nov 18 13:01:11 2026 Info: Message done DCID 203906 MID 1040432 to RID [0]
Wed Nov 18 13:01:11 2026 Info: MID 1040432 RID [0] Response '2.0.0 Ok: queued as 2YBXRrUzR35gCvzH'
Wed Nov 18 13:01:11 2026 Info: Message finished MID 1040432 done
Wed Nov 18 13:01:11 2026 Info: DCID 203906 close
Wed Nov 18 13:01:14 2026 Info: New SMTP DCID 203907 interface 192.0.2.20 address 203.0.113.235 port 25
Wed Nov 18 13:01:14 2026 Info: DCID 203907 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:01:14 2026 Info: Delivery start DCID 203907 MID 1040433 to RID [0]
Wed Nov 18 13:01:16 2026 Info: Message done DCID 203907 MID 1040433 to RID [0]
Wed Nov 18 13:01:16 2026 Info: MID 1040433 RID [0] Response '2.0.0 Ok: queued as sPFSXeGnX9dyxkoE'
Wed Nov 18 13:01:16 2026 Info: Message finished MID 1040433 done
Wed Nov 18 13:01:16 2026 Info: DCID 203907 close
Wed Nov 18 13:02:07 2026 Info: New SMTP ICID 415922 interface IncomingMail (192.0.2.10) address 198.51.223.228 reverse dns host mail.client-a.example verified yes
Wed Nov 18 13:02:07 2026 Info: ICID 415922 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.5
Wed Nov 18 13:02:07 2026 Info: ICID 415922 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:02:08 2026 Info: Start MID 1040434 ICID 415922
Wed Nov 18 13:02:08 2026 Info: MID 1040434 ICID 415922 From: <ivan.okafor@client-a.example>
Wed Nov 18 13:02:08 2026 Info: MID 1040434 ICID 415922 RID 0 To: <nina.lopez@corp.example>
Wed Nov 18 13:02:08 2026 Info: MID 1040434 Message-ID '<36f92bebaf3a14d80e6d.94585@client-a.example>'
Wed Nov 18 13:02:08 2026 Info: MID 1040434 Subject 'Meeting notes'
Wed Nov 18 13:02:08 2026 Info: MID 1040434 ready 20581 bytes from <ivan.okafor@client-a.example>
Wed Nov 18 13:02:08 2026 Info: MID 1040434 SPF: mailfrom identity ivan.okafor@client-a.example Pass (v=spf1)
Wed Nov 18 13:02:08 2026 Info: ICID 415922 close
Wed Nov 18 13:02:09 2026 Info: MID 1040434 using engine: CASE spam negative
Wed Nov 18 13:02:09 2026 Info: MID 1040434 URL https://www.client-a.example/t/c892eb75d6 has reputation 7.9 matched Condition: URL Reputation Rule
Wed Nov 18 13:02:09 2026 Info: MID 1040434 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 13:02:09 2026 Info: MID 1040434 attachment 'meeting.ics'
Wed Nov 18 13:02:09 2026 Info: MID 1040434 AMP file reputation verdict : UNKNOWN
Wed Nov 18 13:02:10 2026 Info: MID 1040434 queued for delivery
Wed Nov 18 13:02:11 2026 Info: MID 1040435 was generated based on MID 1040434 by bcc filter 'Finance_Archive'
Wed Nov 18 13:02:11 2026 Info: MID 1040435 ICID 0 From: <ivan.okafor@client-a.example>
Wed Nov 18 13:02:11 2026 Info: MID 1040435 ICID 0 RID 0 To: <finance-archive@corp.example>
Wed Nov 18 13:02:11 2026 Info: MID 1040435 Message-ID '<36f92bebaf3a14d80e6d.94585@client-a.example>'
Wed Nov 18 13:02:11 2026 Info: MID 1040435 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 13:02:11 2026 Info: MID 1040435 queued for delivery
Wed Nov 18 13:02:13 2026 Info: New SMTP DCID 203909 interface 192.0.2.20 address 52.101.215.136 port 25
Wed Nov 18 13:02:13 2026 Info: DCID 203909 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:02:13 2026 Info: Delivery start DCID 203909 MID 1040435 to RID [0]
Wed Nov 18 13:02:13 2026 Info: New SMTP DCID 203908 interface 192.0.2.20 address 52.101.121.171 port 25
Wed Nov 18 13:02:13 2026 Info: DCID 203908 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:02:13 2026 Info: Delivery start DCID 203908 MID 1040434 to RID [0]
Wed Nov 18 13:02:14 2026 Info: Message done DCID 203908 MID 1040434 to RID [0]
Wed Nov 18 13:02:14 2026 Info: MID 1040434 RID [0] Response '2.6.0 [InternalId=957704410243, Hostname=AM0PR01MB1243.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:02:14 2026 Info: Message finished MID 1040434 done
Wed Nov 18 13:02:14 2026 Info: DCID 203908 close
Wed Nov 18 13:02:14 2026 Info: Message done DCID 203909 MID 1040435 to RID [0] [('from', 'ivan.okafor@client-a.example'), ('to', 'finance-archive@corp.example')]
Wed Nov 18 13:02:14 2026 Info: MID 1040435 RID [0] Response '2.6.0 [InternalId=132338778690, Hostname=AM0PR01MB4709.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:02:14 2026 Info: Message finished MID 1040435 done
Wed Nov 18 13:02:14 2026 Info: DCID 203909 close
Wed Nov 18 13:06:54 2026 Info: New SMTP ICID 415923 interface IncomingMail (192.0.2.10) address 198.51.23.194 reverse dns host mail.bank.example verified yes
Wed Nov 18 13:06:54 2026 Info: ICID 415923 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.7
Wed Nov 18 13:06:54 2026 Info: ICID 415923 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:06:55 2026 Info: Start MID 1040436 ICID 415923
Wed Nov 18 13:06:55 2026 Info: MID 1040436 ICID 415923 From: <sofia.walsh@bank.example>
Wed Nov 18 13:06:55 2026 Info: MID 1040436 ICID 415923 RID 0 To: <tom.weber@corp.example>
Wed Nov 18 13:06:55 2026 Info: MID 1040436 Message-ID '<f74245db5ef818bfecf8.19867@bank.example>'
Wed Nov 18 13:06:55 2026 Info: MID 1040436 Subject 'FW: contract draft'
Wed Nov 18 13:06:55 2026 Info: MID 1040436 ready 16153 bytes from <sofia.walsh@bank.example>
Wed Nov 18 13:06:56 2026 Info: MID 1040436 DKIM: pass signature verified (d=bank.example s=s8 i=@bank.example)
Wed Nov 18 13:06:56 2026 Info: ICID 415923 close
Wed Nov 18 13:06:56 2026 Info: MID 1040436 DMARC: Verification passed
Wed Nov 18 13:06:56 2026 Info: MID 1040436 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Wed Nov 18 13:06:56 2026 Info: MID 1040436 interim AV verdict using Sophos CLEAN
Wed Nov 18 13:06:56 2026 Info: MID 1040436 antivirus negative
Wed Nov 18 13:06:56 2026 Info: MID 1040436 using engine: CASE spam negative
Wed Nov 18 13:06:56 2026 Info: MID 1040436 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 13:06:56 2026 Info: MID 1040436 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 13:06:57 2026 Info: New SMTP ICID 415924 interface IncomingMail (192.0.2.10) address 198.51.203.156 reverse dns host mail.client-b.example verified yes
Wed Nov 18 13:06:57 2026 Info: ICID 415924 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.7
Wed Nov 18 13:06:57 2026 Info: ICID 415924 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:06:58 2026 Info: Start MID 1040437 ICID 415924
Wed Nov 18 13:06:58 2026 Info: MID 1040437 ICID 415924 From: <noah.silva@client-b.example>
Wed Nov 18 13:06:58 2026 Info: MID 1040437 ICID 415924 RID 0 To: <sara.novak23@corp.example>
Wed Nov 18 13:06:58 2026 Info: MID 1040437 Message-ID '<4a2c0a5ec6599ceecabd.61182@client-b.example>'
Wed Nov 18 13:06:58 2026 Info: MID 1040437 Subject 'Re: [support #63107] FW: issue with the VPN client after the latest update (urgent)'
Wed Nov 18 13:06:58 2026 Info: MID 1040437 ready 38188 bytes from <noah.silva@client-b.example>
Wed Nov 18 13:06:58 2026 Info: MID 1040437 using engine: CASE spam negative
Wed Nov 18 13:06:58 2026 Info: ICID 415924 close
Wed Nov 18 13:06:58 2026 Info: MID 1040437 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Wed Nov 18 13:06:58 2026 Info: MID 1040437 DMARC: Verification passed
Wed Nov 18 13:06:58 2026 Info: MID 1040437 DKIM: pass signature verified (d=client-b.example s=s4 i=@client-b.example)
Wed Nov 18 13:06:58 2026 Info: MID 1040436 queued for delivery
Wed Nov 18 13:06:59 2026 Info: MID 1040437 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 13:06:59 2026 Info: MID 1040437 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 13:07:01 2026 Info: New SMTP DCID 203910 interface 192.0.2.20 address 52.101.124.34 port 25
Wed Nov 18 13:07:01 2026 Info: DCID 203910 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 13:07:01 2026 Info: Delivery start DCID 203910 MID 1040436 to RID [0]
Wed Nov 18 13:07:01 2026 Info: Message done DCID 203910 MID 1040436 to RID [0]
Wed Nov 18 13:07:01 2026 Info: MID 1040436 RID [0] Response '2.6.0 [InternalId=969726049817, Hostname=AM0PR01MB6322.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:07:01 2026 Info: Message finished MID 1040436 done
Wed Nov 18 13:07:01 2026 Info: DCID 203910 close
Wed Nov 18 13:07:01 2026 Info: MID 1040437 queued for delivery
Wed Nov 18 13:07:03 2026 Info: New SMTP DCID 203911 interface 192.0.2.20 address 52.101.229.37 port 25
Wed Nov 18 13:07:03 2026 Info: DCID 203911 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:07:03 2026 Info: Delivery start DCID 203911 MID 1040437 to RID [0]
Wed Nov 18 13:07:04 2026 Info: Message done DCID 203911 MID 1040437 to RID [0]
Wed Nov 18 13:07:04 2026 Info: MID 1040437 RID [0] Response '2.6.0 [InternalId=447362529598, Hostname=AM0PR01MB8843.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:07:04 2026 Info: DCID 203911 close
Wed Nov 18 13:07:04 2026 Info: Message finished MID 1040437 done
Wed Nov 18 13:14:36 2026 Info: New SMTP ICID 415925 interface IncomingMail (192.0.2.10) address 198.51.80.164 reverse dns host mail.bank.example verified yes
Wed Nov 18 13:14:36 2026 Info: ICID 415925 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.4
Wed Nov 18 13:14:36 2026 Info: ICID 415925 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 13:14:36 2026 Info: Start MID 1040438 ICID 415925
Wed Nov 18 13:14:36 2026 Info: MID 1040438 ICID 415925 From: <hugo.weber@bank.example>
Wed Nov 18 13:14:36 2026 Info: MID 1040438 ICID 415925 RID 0 To: <kofi.moreau@corp.example>
Wed Nov 18 13:14:36 2026 Info: MID 1040438 ICID 415925 RID 1 To: <ivan.silva@corp.example>
Wed Nov 18 13:14:36 2026 Info: MID 1040438 ICID 415925 RID 2 To: <Zoe.Kim@Corp.Example>
Wed Nov 18 13:14:37 2026 Info: MID 1040438 Message-ID '<CAGu7DWwwlu6mZNW25YP-DabuCtCNdzMrBKUF2m3flB+@mail.bank.example>'
Wed Nov 18 13:14:37 2026 Info: MID 1040438 Subject 'The "new" travel policy'
Wed Nov 18 13:14:37 2026 Info: MID 1040438 ready 1008121 bytes from <hugo.weber@bank.example>
Wed Nov 18 13:14:37 2026 Info: MID 1040438 DMARC: Verification passed
Wed Nov 18 13:14:37 2026 Info: MID 1040438 interim AV verdict using Sophos CLEAN
Wed Nov 18 13:14:37 2026 Info: ICID 415925 close
Wed Nov 18 13:14:37 2026 Info: MID 1040438 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Wed Nov 18 13:14:37 2026 Info: MID 1040438 using engine: CASE spam negative
Wed Nov 18 13:14:37 2026 Info: MID 1040438 antivirus negative
Wed Nov 18 13:14:37 2026 Info: MID 1040438 DKIM: pass signature verified (d=bank.example s=s8 i=@bank.example)
Wed Nov 18 13:14:38 2026 Info: MID 1040438 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 13:14:38 2026 Info: MID 1040438 attachment 'Q2 Report 2026.pdf'
Wed Nov 18 13:14:38 2026 Info: MID 1040438 AMP file reputation verdict : LOWRISK
Wed Nov 18 13:14:39 2026 Info: MID 1040438 queued for delivery
Wed Nov 18 13:14:39 2026 Info: New SMTP DCID 203912 interface 192.0.2.20 address 52.101.88.117 port 25
Wed Nov 18 13:14:39 2026 Info: DCID 203912 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:14:39 2026 Info: Delivery start DCID 203912 MID 1040438 to RID [0, 1, 2]
Wed Nov 18 13:14:40 2026 Info: Message done DCID 203912 MID 1040438 to RID [0, 1, 2]
Wed Nov 18 13:14:40 2026 Info: MID 1040438 RID [0, 1, 2] Response '2.6.0 [InternalId=435097502220, Hostname=AM0PR01MB2722.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:14:40 2026 Info: Message finished MID 1040438 done
Wed Nov 18 13:14:40 2026 Info: DCID 203912 close
Wed Nov 18 13:18:02 2026 Info: New SMTP ICID 415926 interface IncomingMail (192.0.2.10) address 198.51.29.146 reverse dns host mail.client-a.example verified yes
Wed Nov 18 13:18:02 2026 Info: ICID 415926 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 6.1
Wed Nov 18 13:18:02 2026 Info: ICID 415926 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:18:02 2026 Info: Start MID 1040439 ICID 415926
Wed Nov 18 13:18:02 2026 Info: MID 1040439 ICID 415926 From: <chen.haddad@client-a.example>
Wed Nov 18 13:18:02 2026 Info: MID 1040439 ICID 415926 RID 0 To: <nina.patel@corp.example>
Wed Nov 18 13:18:03 2026 Info: MID 1040439 Message-ID '<712749d11afa315d5e2d.47619@client-a.example>'
Wed Nov 18 13:18:03 2026 Info: MID 1040439 Subject 'Meeting notes'
Wed Nov 18 13:18:03 2026 Info: MID 1040439 ready 20139 bytes from <chen.haddad@client-a.example>
Wed Nov 18 13:18:03 2026 Info: MID 1040439 DKIM: pass signature verified (d=client-a.example s=s7 i=@client-a.example)
Wed Nov 18 13:18:03 2026 Info: MID 1040439 DMARC: Verification passed
Wed Nov 18 13:18:03 2026 Info: MID 1040439 using engine: CASE spam negative
Wed Nov 18 13:18:03 2026 Info: ICID 415926 close
Wed Nov 18 13:18:03 2026 Info: MID 1040439 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Wed Nov 18 13:18:04 2026 Info: MID 1040439 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 13:18:04 2026 Info: MID 1040439 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 13:18:05 2026 Info: MID 1040439 queued for delivery
Wed Nov 18 13:18:09 2026 Info: New SMTP DCID 203913 interface 192.0.2.20 address 52.101.167.122 port 25
Wed Nov 18 13:18:09 2026 Info: DCID 203913 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:18:09 2026 Info: Delivery start DCID 203913 MID 1040439 to RID [0]
Wed Nov 18 13:18:11 2026 Info: Message done DCID 203913 MID 1040439 to RID [0]
Wed Nov 18 13:18:11 2026 Info: MID 1040439 RID [0] Response '2.6.0 [InternalId=530973982386, Hostname=AM0PR01MB8206.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:18:11 2026 Info: DCID 203913 close
Wed Nov 18 13:18:11 2026 Info: Message finished MID 1040439 done
Wed Nov 18 13:21:45 2026 Info: New SMTP ICID 415927 interface IncomingMail (192.0.2.10) address 198.51.153.53 reverse dns host mail.client-a.example verified yes
Wed Nov 18 13:21:45 2026 Info: ICID 415927 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5
Wed Nov 18 13:21:45 2026 Info: ICID 415927 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:21:45 2026 Info: Start MID 1040440 ICID 415927
Wed Nov 18 13:21:45 2026 Info: MID 1040440 ICID 415927 From: <chen.haddad@client-a.example>
Wed Nov 18 13:21:45 2026 Info: MID 1040440 ICID 415927 RID 0 To: <ivan.okafor@corp.example>
Wed Nov 18 13:21:46 2026 Info: MID 1040440 Message-ID '<9106cd904e11a0281d66.6131@client-a.example>'
Wed Nov 18 13:21:46 2026 Info: MID 1040440 Subject 'Re: [support #41303] FW: issue with the VPN client after the latest update (urgent)'
Wed Nov 18 13:21:46 2026 Info: MID 1040440 ready 31240 bytes from <chen.haddad@client-a.example>
Wed Nov 18 13:21:46 2026 Info: MID 1040440 DKIM: pass signature verified (d=client-a.example s=s1 i=@client-a.example)
Wed Nov 18 13:21:46 2026 Info: MID 1040440 DMARC: Verification passed
Wed Nov 18 13:21:46 2026 Info: MID 1040440 using engine: CASE spam negative
Wed Nov 18 13:21:46 2026 Info: MID 1040440 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Wed Nov 18 13:21:46 2026 Info: ICID 415927 close
Wed Nov 18 13:21:48 2026 Info: MID 1040440 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 13:21:48 2026 Info: MID 1040440 attachment 'meeting.ics'
Wed Nov 18 13:21:48 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1040440, File Size = 3126 bytes, File Type = text/calendar
Wed Nov 18 13:21:48 2026 Info: MID 1040440 AMP file reputation verdict : UNKNOWN
Wed Nov 18 13:21:48 2026 Info: Response received for file reputation query from Cache. File Name = 'meeting.ics', MID = 1040440, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = ed84e91ef132bf2de040015ce064a11485f1115bb2fff17b3f665edef10637ce, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Wed Nov 18 13:21:50 2026 Info: MID 1040440 queued for delivery
Wed Nov 18 13:21:53 2026 Info: New SMTP DCID 203914 interface 192.0.2.20 address 52.101.251.63 port 25
Wed Nov 18 13:21:53 2026 Info: DCID 203914 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:21:53 2026 Info: Delivery start DCID 203914 MID 1040440 to RID [0]
Wed Nov 18 13:21:54 2026 Info: Message done DCID 203914 MID 1040440 to RID [0]
Wed Nov 18 13:21:54 2026 Info: MID 1040440 RID [0] Response '2.6.0 [InternalId=902715323710, Hostname=AM0PR01MB4998.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:21:54 2026 Info: Message finished MID 1040440 done
Wed Nov 18 13:21:54 2026 Info: DCID 203914 close
Wed Nov 18 13:24:51 2026 Info: New SMTP ICID 415928 interface IncomingMail (192.0.2.10) address 198.51.156.87 reverse dns host mail.cloudapp.example verified yes
Wed Nov 18 13:24:51 2026 Info: ICID 415928 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.7
Wed Nov 18 13:24:51 2026 Info: ICID 415928 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:24:51 2026 Info: Start MID 1040441 ICID 415928
Wed Nov 18 13:24:51 2026 Info: MID 1040441 ICID 415928 From: <li.walsh@cloudapp.example>
Wed Nov 18 13:24:51 2026 Info: MID 1040441 ICID 415928 RID 0 To: <ravi.nguyen48@corp.example>
Wed Nov 18 13:24:52 2026 Info: MID 1040441 Message-ID '<CACOZt8u_=6TCnY-B=Stwgz4I2/3noGlTP+RN5j6L8c7@mail.cloudapp.example>'
Wed Nov 18 13:24:52 2026 Info: MID 1040441 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Wed Nov 18 13:24:52 2026 Info: MID 1040441 ready 97285 bytes from <li.walsh@cloudapp.example>
Wed Nov 18 13:24:52 2026 Info: MID 1040441 interim AV verdict using Sophos CLEAN
Wed Nov 18 13:24:52 2026 Info: MID 1040441 DMARC: Verification passed
Wed Nov 18 13:24:52 2026 Info: ICID 415928 close
Wed Nov 18 13:24:52 2026 Info: MID 1040441 DKIM: pass signature verified (d=cloudapp.example s=s5 i=@cloudapp.example)
Wed Nov 18 13:24:52 2026 Info: MID 1040441 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Wed Nov 18 13:24:52 2026 Info: MID 1040441 using engine: CASE spam negative
Wed Nov 18 13:24:52 2026 Info: MID 1040441 antivirus negative
Wed Nov 18 13:24:53 2026 Info: MID 1040441 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 13:24:53 2026 Info: MID 1040441 attachment 'minutes-48728.docx'
Wed Nov 18 13:24:53 2026 Info: MID 1040441 AMP file reputation verdict : CLEAN
Wed Nov 18 13:24:54 2026 Info: MID 1040441 queued for delivery
Wed Nov 18 13:24:55 2026 Info: New SMTP DCID 203915 interface 192.0.2.20 address 52.101.232.194 port 25
Wed Nov 18 13:24:55 2026 Info: DCID 203915 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:24:55 2026 Info: Delivery start DCID 203915 MID 1040441 to RID [0]
Wed Nov 18 13:24:57 2026 Info: Message done DCID 203915 MID 1040441 to RID [0]
Wed Nov 18 13:24:57 2026 Info: MID 1040441 RID [0] Response '2.0.0 Ok: queued as pKGtkW6h9Ly9KMcU'
Wed Nov 18 13:24:57 2026 Info: Message finished MID 1040441 done
Wed Nov 18 13:24:58 2026 Info: DCID 203915 close
Wed Nov 18 13:26:22 2026 Info: New SMTP ICID 415929 interface IncomingMail (192.0.2.10) address 198.51.238.13 reverse dns host mail.partner.example verified yes
Wed Nov 18 13:26:22 2026 Info: ICID 415929 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.5
Wed Nov 18 13:26:22 2026 Info: ICID 415929 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 13:26:22 2026 Info: Start MID 1040442 ICID 415929
Wed Nov 18 13:26:22 2026 Info: MID 1040442 ICID 415929 From: <raj.obrien@partner.example>
Wed Nov 18 13:26:22 2026 Info: MID 1040442 ICID 415929 RID 0 To: <lucia.okafor@corp.example>
Wed Nov 18 13:26:22 2026 Info: MID 1040442 ICID 415929 RID 1 To: <li.haddad@corp.example>
Wed Nov 18 13:26:22 2026 Info: MID 1040442 ICID 415929 RID 2 To: <ravi.nguyen48@corp-mail.example>
Wed Nov 18 13:26:22 2026 Info: MID 1040442 Message-ID "<o'brien.1c485e199d5b@partner.example>"
Wed Nov 18 13:26:22 2026 Info: MID 1040442 Subject 'FW: contract draft'
Wed Nov 18 13:26:22 2026 Info: MID 1040442 ready 42381 bytes from <raj.obrien@partner.example>
Wed Nov 18 13:26:22 2026 Info: MID 1040442 SPF: mailfrom identity raj.obrien@partner.example Pass (v=spf1)
Wed Nov 18 13:26:22 2026 Info: MID 1040442 DMARC: Verification passed
Wed Nov 18 13:26:22 2026 Info: MID 1040442 antivirus negative
Wed Nov 18 13:26:22 2026 Info: MID 1040442 using engine: CASE spam negative
Wed Nov 18 13:26:22 2026 Info: ICID 415929 close
Wed Nov 18 13:26:23 2026 Info: MID 1040442 DKIM: pass signature verified (d=partner.example s=s7 i=@partner.example)
Wed Nov 18 13:26:23 2026 Info: MID 1040442 interim AV verdict using Sophos CLEAN
Wed Nov 18 13:26:23 2026 Info: MID 1040442 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 13:26:23 2026 Info: MID 1040442 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 13:26:25 2026 Info: MID 1040442 queued for delivery
Wed Nov 18 13:26:25 2026 Info: New SMTP DCID 203916 interface 192.0.2.20 address 52.101.86.70 port 25
Wed Nov 18 13:26:25 2026 Info: DCID 203916 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:26:25 2026 Info: Delivery start DCID 203916 MID 1040442 to RID [0, 1, 2]
Wed Nov 18 13:26:27 2026 Info: Message done DCID 203916 MID 1040442 to RID [0, 1, 2] [('from', 'raj.obrien@partner.example'), ('to', 'lucia.okafor@corp.example')]
Wed Nov 18 13:26:27 2026 Info: MID 1040442 RID [0, 1, 2] Response '2.6.0 [InternalId=575959574400, Hostname=AM0PR01MB6682.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:26:27 2026 Info: Message finished MID 1040442 done
Wed Nov 18 13:26:27 2026 Info: DCID 203916 close
Wed Nov 18 13:27:44 2026 Info: New SMTP ICID 415930 interface OutgoingMail (192.0.2.11) address 10.20.3.216 reverse dns host exch4.corp.example verified yes
Wed Nov 18 13:27:44 2026 Info: ICID 415930 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 13:27:45 2026 Info: Start MID 1040443 ICID 415930
Wed Nov 18 13:27:45 2026 Info: MID 1040443 ICID 415930 From: <lena.sato@corp.example>
Wed Nov 18 13:27:45 2026 Info: MID 1040443 ICID 415930 RID 0 To: <noah.ivanova@client-b.example>
Wed Nov 18 13:27:45 2026 Info: MID 1040443 Message-ID '<45f0ab05cb57d779%24#&b7fb5@corp.example>'
Wed Nov 18 13:27:45 2026 Info: MID 1040443 Subject 'Budget 2027 – first numbers'
Wed Nov 18 13:27:45 2026 Info: MID 1040443 ready 24756 bytes from <lena.sato@corp.example>
Wed Nov 18 13:27:45 2026 Info: MID 1040443 Outbreak Filters: verdict negative
Wed Nov 18 13:27:45 2026 Info: MID 1040443 SPF: mailfrom identity lena.sato@corp.example Pass (v=spf1)
Wed Nov 18 13:27:45 2026 Info: ICID 415930 close
Wed Nov 18 13:27:45 2026 Info: MID 1040443 URL https://www.corp.example/t/c264c3b6cc has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 13:27:45 2026 Info: MID 1040443 using engine: CASE spam negative
Wed Nov 18 13:27:47 2026 Info: MID 1040443 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 13:27:47 2026 Info: MID 1040443 attachment 'meeting.ics'
Wed Nov 18 13:27:47 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1040443, File Size = 3126 bytes, File Type = text/calendar
Wed Nov 18 13:27:47 2026 Info: MID 1040443 AMP file reputation verdict : UNKNOWN
Wed Nov 18 13:27:47 2026 Info: Response received for file reputation query from Cache. File Name = 'meeting.ics', MID = 1040443, Disposition = FILE UNKNOWN, Malware = None, Analysis Score = 0, sha256 = ed84e91ef132bf2de040015ce064a11485f1115bb2fff17b3f665edef10637ce, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Wed Nov 18 13:27:48 2026 Info: New SMTP ICID 415931 interface IncomingMail (192.0.2.10) address 198.51.46.208 reverse dns host mail.cloudapp.example verified yes
Wed Nov 18 13:27:48 2026 Info: ICID 415931 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Wed Nov 18 13:27:48 2026 Info: ICID 415931 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:27:48 2026 Info: Start MID 1040444 ICID 415931
Wed Nov 18 13:27:48 2026 Info: MID 1040444 ICID 415931 From: <li.walsh@cloudapp.example>
Wed Nov 18 13:27:48 2026 Info: MID 1040444 ICID 415931 RID 0 To: <eva.kowalski@corp.example>
Wed Nov 18 13:27:48 2026 Info: MID 1040444 ICID 415931 RID 1 To: <emma.garcia@corp.example>
Wed Nov 18 13:27:48 2026 Info: MID 1040444 ICID 415931 RID 2 To: <nina.lopez@corp.example>
Wed Nov 18 13:27:48 2026 Info: MID 1040444 ICID 415931 RID 3 To: <inovak@corp.example>
Wed Nov 18 13:27:48 2026 Info: MID 1040444 ICID 415931 RID 4 To: <omar.weber@corp.example>
Wed Nov 18 13:27:48 2026 Info: MID 1040444 ICID 415931 RID 5 To: <lena.novak@corp.example>
Wed Nov 18 13:27:48 2026 Info: MID 1040444 ICID 415931 RID 6 To: <kofi.nguyen@corp.example>
Wed Nov 18 13:27:49 2026 Info: MID 1040443 queued for delivery
Wed Nov 18 13:27:49 2026 Info: MID 1040444 Message-ID '<CAhMthO8k00ROTixIRB1+nncVZAPgWpKZ+O/A__9/-h2@mail.cloudapp.example>'
Wed Nov 18 13:27:49 2026 Info: MID 1040444 Subject 'Price list 39401'
Wed Nov 18 13:27:49 2026 Info: MID 1040444 ready 294138 bytes from <li.walsh@cloudapp.example>
Wed Nov 18 13:27:49 2026 Info: ICID 415931 close
Wed Nov 18 13:27:49 2026 Info: MID 1040444 URL https://www.cloudapp.example/t/abec121b8b has reputation 7.9 matched Condition: URL Reputation Rule
Wed Nov 18 13:27:49 2026 Info: MID 1040444 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Wed Nov 18 13:27:49 2026 Info: MID 1040444 using engine: CASE spam negative
Wed Nov 18 13:27:50 2026 Info: MID 1040444 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 13:27:51 2026 Info: MID 1040444 attachment 'minutes-18990.docx'
Wed Nov 18 13:27:51 2026 Info: MID 1040444 AMP file reputation verdict : UNKNOWN
Wed Nov 18 13:27:51 2026 Info: New SMTP DCID 203917 interface 192.0.2.20 address 203.0.113.70 port 25
Wed Nov 18 13:27:51 2026 Info: DCID 203917 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:27:51 2026 Info: Delivery start DCID 203917 MID 1040443 to RID [0]
Wed Nov 18 13:27:52 2026 Info: MID 1040444 rewritten to MID 1040445 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 13:27:52 2026 Info: Message finished MID 1040444 done
Wed Nov 18 13:27:52 2026 Info: MID 1040445 ICID 0 From: <li.walsh@cloudapp.example>
Wed Nov 18 13:27:52 2026 Info: MID 1040445 ICID 0 RID 0 To: <eva.kowalski@corp.example>
Wed Nov 18 13:27:52 2026 Info: MID 1040445 ICID 0 RID 1 To: <emma.garcia@corp.example>
Wed Nov 18 13:27:52 2026 Info: MID 1040445 ICID 0 RID 2 To: <nina.lopez@corp.example>
Wed Nov 18 13:27:52 2026 Info: MID 1040445 ICID 0 RID 3 To: <inovak@corp.example>
Wed Nov 18 13:27:52 2026 Info: MID 1040445 ICID 0 RID 4 To: <omar.weber@corp.example>
Wed Nov 18 13:27:52 2026 Info: MID 1040445 ICID 0 RID 5 To: <lena.novak@corp.example>
Wed Nov 18 13:27:52 2026 Info: MID 1040445 ICID 0 RID 6 To: <kofi.nguyen@corp.example>
Wed Nov 18 13:27:52 2026 Info: MID 1040445 Message-ID '<CAhMthO8k00ROTixIRB1+nncVZAPgWpKZ+O/A__9/-h2@mail.cloudapp.example>'
Wed Nov 18 13:27:52 2026 Info: MID 1040445 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 13:27:52 2026 Info: MID 1040445 queued for delivery
Wed Nov 18 13:27:52 2026 Info: Message done DCID 203917 MID 1040443 to RID [0]
Wed Nov 18 13:27:52 2026 Info: MID 1040443 RID [0] Response '2.0.0 Ok: queued as rtSCWhTucNgHr8PL'
Wed Nov 18 13:27:52 2026 Info: Message finished MID 1040443 done
Wed Nov 18 13:27:52 2026 Info: DCID 203917 close
Wed Nov 18 13:27:54 2026 Info: New SMTP DCID 203918 interface 192.0.2.20 address 52.101.225.72 port 25
Wed Nov 18 13:27:54 2026 Info: DCID 203918 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:27:54 2026 Info: Delivery start DCID 203918 MID 1040445 to RID [0, 1, 2, 3, 4, 5, 6]
Wed Nov 18 13:27:55 2026 Info: Message done DCID 203918 MID 1040445 to RID [0, 1, 2, 3, 4, 5, 6]
Wed Nov 18 13:27:55 2026 Info: MID 1040445 RID [0, 1, 2, 3, 4, 5, 6] Response '2.0.0 Ok: queued as nirvSGTmNWcVn6gw'
Wed Nov 18 13:27:56 2026 Info: DCID 203918 close
Wed Nov 18 13:27:56 2026 Info: Message finished MID 1040445 done
Wed Nov 18 13:29:45 2026 Info: New SMTP ICID 415932 interface IncomingMail (192.0.2.10) address 198.51.122.48 reverse dns host mail.gmail.example verified yes
Wed Nov 18 13:29:45 2026 Info: ICID 415932 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.3
Wed Nov 18 13:29:45 2026 Info: ICID 415932 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 13:29:46 2026 Info: Start MID 1040446 ICID 415932
Wed Nov 18 13:29:46 2026 Info: MID 1040446 ICID 415932 From: <paul.moreau@gmail.example>
Wed Nov 18 13:29:46 2026 Info: MID 1040446 ICID 415932 RID 0 To: <ravi.nguyen@corp-mail.example>
Wed Nov 18 13:29:46 2026 Info: MID 1040446 Message-ID '<04166ee39c031c7dddff.14397@gmail.example>'
Wed Nov 18 13:29:46 2026 Info: MID 1040446 Subject 'Price list 60168'
Wed Nov 18 13:29:46 2026 Info: MID 1040446 ready 28497 bytes from <paul.moreau@gmail.example>
Wed Nov 18 13:29:46 2026 Info: MID 1040446 antivirus negative
Wed Nov 18 13:29:46 2026 Info: ICID 415932 close
Wed Nov 18 13:29:46 2026 Info: MID 1040446 interim AV verdict using Sophos CLEAN
Wed Nov 18 13:29:46 2026 Info: MID 1040446 DKIM: pass signature verified (d=gmail.example s=s9 i=@gmail.example)
Wed Nov 18 13:29:46 2026 Info: MID 1040446 using engine: CASE spam negative
Wed Nov 18 13:29:46 2026 Info: MID 1040446 SPF: mailfrom identity paul.moreau@gmail.example Pass (v=spf1)
Wed Nov 18 13:29:46 2026 Info: MID 1040446 DMARC: Verification passed
Wed Nov 18 13:29:47 2026 Info: MID 1040446 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 13:29:48 2026 Info: MID 1040446 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 13:29:49 2026 Info: MID 1040446 queued for delivery
Wed Nov 18 13:29:50 2026 Info: New SMTP DCID 203919 interface 192.0.2.20 address 52.101.14.100 port 25
Wed Nov 18 13:29:50 2026 Info: DCID 203919 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 13:29:50 2026 Info: Delivery start DCID 203919 MID 1040446 to RID [0]
Wed Nov 18 13:29:50 2026 Info: Message done DCID 203919 MID 1040446 to RID [0]
Wed Nov 18 13:29:50 2026 Info: MID 1040446 RID [0] Response '2.6.0 [InternalId=805203212858, Hostname=AM0PR01MB6783.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 13:29:50 2026 Info: DCID 203919 close
Wed Nov 18 13:29:50 2026 Info: Message finished MID 1040446 done
Wed Nov 18 13:49:20 2026 Info: New SMTP ICID 415933 interface IncomingMail (192.0.2.10) address 198.51.230.180 reverse dns host mail.supplier.example verified yes
Wed Nov 18 13:49:20 2026 Info: ICID 415933 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.6
Wed Nov 18 13:49:20 2026 Info: ICID 415933 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:49:20 2026 Info: Start MID 1040447 ICID 415933
Wed Nov 18 13:49:20 2026 Info: MID 1040447 ICID 415933 From: <ana.mendes@supplier.example>
Wed Nov 18 13:49:20 2026 Info: MID 1040447 ICID 415933 RID 0 To: <kofi.moreau@corp.example>
Wed Nov 18 13:49:20 2026 Info: MID 1040447 Message-ID '<612c778f786a841690eb.54486@supplier.example>'
Wed Nov 18 13:49:20 2026 Info: MID 1040447 Subject 'Budget 2027 – first numbers'
Wed Nov 18 13:49:20 2026 Info: MID 1040447 ready 153033 bytes from <ana.mendes@supplier.example>
Wed Nov 18 13:49:20 2026 Info: ICID 415933 close
Wed Nov 18 13:49:20 2026 Info: MID 1040447 using engine: CASE spam negative
Wed Nov 18 13:49:20 2026 Info: MID 1040447 DKIM: pass signature verified (d=supplier.example s=s6 i=@supplier.example)
Wed Nov 18 13:49:20 2026 Info: MID 1040447 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Wed Nov 18 13:49:20 2026 Info: MID 1040447 DMARC: Verification passed
Wed Nov 18 13:49:20 2026 Info: MID 1040447 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 13:49:21 2026 Info: MID 1040447 attachment 'Report,Final Draft: Revenue (Q3),Approved.pdf'
Wed Nov 18 13:49:21 2026 Info: MID 1040447 AMP file reputation verdict : CLEAN
Wed Nov 18 13:49:23 2026 Info: MID 1040447 queued for delivery
Wed Nov 18 13:49:25 2026 Info: New SMTP DCID 203920 interface 192.0.2.20 address 52.101.191.139 port 25
Wed Nov 18 13:49:25 2026 Info: DCID 203920 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 13:49:25 2026 Info: Delivery start DCID 203920 MID 1040447 to RID [0]
Wed Nov 18 13:49:27 2026 Info: Message done DCID 203920 MID 1040447 to RID [0]
Wed Nov 18 13:49:27 2026 Info: MID 1040447 RID [0] Response '2.0.0 Ok: queued as GJnQGKC2HERBvug9'
Wed Nov 18 13:49:27 2026 Info: Message finished MID 1040447 done
Wed Nov 18 13:49:27 2026 Info: DCID 203920 close
Wed Nov 18 14:01:02 2026 Info: New SMTP ICID 415934 interface IncomingMail (192.0.2.10) address 198.51.9.26 reverse dns host mail.university.example verified yes
Wed Nov 18 14:01:02 2026 Info: ICID 415934 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Wed Nov 18 14:01:02 2026 Info: ICID 415934 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:01:02 2026 Info: Start MID 1040448 ICID 415934
Wed Nov 18 14:01:02 2026 Info: MID 1040448 ICID 415934 From: <emma.larsen@university.example>
Wed Nov 18 14:01:02 2026 Info: MID 1040448 ICID 415934 RID 0 To: <omar.garcia@corp.example>
Wed Nov 18 14:01:03 2026 Info: MID 1040448 Message-ID '<CAyA=0tI10=cZ6ctyNl2-QWeLAsxbJbIpESDh9tIJsFn@mail.university.example>'
Wed Nov 18 14:01:03 2026 Info: MID 1040448 Subject 'Your order 59339 has shipped'
Wed Nov 18 14:01:03 2026 Info: MID 1040448 ready 3531969 bytes from <emma.larsen@university.example>
Wed Nov 18 14:01:03 2026 Info: MID 1040448 SPF: mailfrom identity emma.larsen@university.example Pass (v=spf1)
Wed Nov 18 14:01:03 2026 Info: ICID 415934 close
Wed Nov 18 14:01:03 2026 Info: MID 1040448 using engine: CASE spam negative
Wed Nov 18 14:01:03 2026 Info: MID 1040448 DKIM: pass signature verified (d=university.example s=s5 i=@university.example)
Wed Nov 18 14:01:03 2026 Info: MID 1040448 DMARC: Verification passed
Wed Nov 18 14:01:04 2026 Info: New SMTP ICID 415935 interface IncomingMail (192.0.2.10) address 198.51.151.11 reverse dns host mail.partner.example verified yes
Wed Nov 18 14:01:04 2026 Info: ICID 415935 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.7
Wed Nov 18 14:01:04 2026 Info: ICID 415935 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:01:04 2026 Info: Start MID 1040449 ICID 415935
Wed Nov 18 14:01:04 2026 Info: MID 1040449 ICID 415935 From: <nora.okafor@partner.example>
Wed Nov 18 14:01:04 2026 Info: MID 1040449 ICID 415935 RID 0 To: <mia.garcia@corp.example>
Wed Nov 18 14:01:04 2026 Info: MID 1040448 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 14:01:04 2026 Info: MID 1040448 attachment 'photo=2023008.heic'
Wed Nov 18 14:01:04 2026 Info: MID 1040449 Message-ID '<CAyFicYgWvsAcUr3089kBv79cIhKTM4_3n79cZTM2Vb5@mail.partner.example>'
Wed Nov 18 14:01:04 2026 Info: MID 1040449 Subject 'Weekly newsletter #65396'
Wed Nov 18 14:01:04 2026 Info: MID 1040449 ready 68773 bytes from <nora.okafor@partner.example>
Wed Nov 18 14:01:04 2026 Info: MID 1040448 AMP file reputation verdict : CLEAN
Wed Nov 18 14:01:04 2026 Info: ICID 415935 close
Wed Nov 18 14:01:04 2026 Info: MID 1040449 using engine: CASE spam negative
Wed Nov 18 14:01:05 2026 Info: MID 1040449 SPF: mailfrom identity nora.okafor@partner.example Pass (v=spf1)
Wed Nov 18 14:01:05 2026 Info: MID 1040449 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 14:01:06 2026 Info: MID 1040449 attachment 'image001.png'
Wed Nov 18 14:01:06 2026 Info: MID 1040449 AMP file reputation verdict : CLEAN
Wed Nov 18 14:01:06 2026 Info: MID 1040448 queued for delivery
Wed Nov 18 14:01:07 2026 Info: MID 1040449 queued for delivery
Wed Nov 18 14:01:08 2026 Info: New SMTP DCID 203922 interface 192.0.2.20 address 52.101.156.99 port 25
Wed Nov 18 14:01:08 2026 Info: DCID 203922 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:01:08 2026 Info: Delivery start DCID 203922 MID 1040449 to RID [0]
Wed Nov 18 14:01:10 2026 Info: New SMTP DCID 203921 interface 192.0.2.20 address 52.101.237.13 port 25
Wed Nov 18 14:01:10 2026 Info: DCID 203921 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:01:10 2026 Info: Delivery start DCID 203921 MID 1040448 to RID [0]
Wed Nov 18 14:01:10 2026 Info: Message done DCID 203922 MID 1040449 to RID [0]
Wed Nov 18 14:01:10 2026 Info: MID 1040449 RID [0] Response '2.6.0 [InternalId=609890399648, Hostname=AM0PR01MB4677.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:01:10 2026 Info: Message finished MID 1040449 done
Wed Nov 18 14:01:10 2026 Info: DCID 203922 close
Wed Nov 18 14:01:12 2026 Info: Message done DCID 203921 MID 1040448 to RID [0]
Wed Nov 18 14:01:12 2026 Info: MID 1040448 RID [0] Response '2.6.0 [InternalId=133802411503, Hostname=AM0PR01MB5601.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:01:12 2026 Info: Message finished MID 1040448 done
Wed Nov 18 14:01:12 2026 Info: DCID 203921 close
Wed Nov 18 14:36:50 2026 Info: New SMTP ICID 415936 interface IncomingMail (192.0.2.10) address 198.51.48.224 reverse dns host mail.travel.example verified yes
Wed Nov 18 14:36:50 2026 Info: ICID 415936 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.2
Wed Nov 18 14:36:50 2026 Info: ICID 415936 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:36:50 2026 Info: Start MID 1040450 ICID 415936
Wed Nov 18 14:36:50 2026 Info: MID 1040450 ICID 415936 From: <raj.kim@travel.example>
Wed Nov 18 14:36:50 2026 Info: MID 1040450 ICID 415936 RID 0 To: <noah.okafor@corp.example>
Wed Nov 18 14:36:50 2026 Info: MID 1040450 Message-ID '<da779945a30b53bd%90#&73544@travel.example>'
Wed Nov 18 14:36:50 2026 Info: MID 1040450 Subject 'Welcome to the team!'
Wed Nov 18 14:36:50 2026 Info: MID 1040450 ready 34066 bytes from <raj.kim@travel.example>
Wed Nov 18 14:36:50 2026 Info: MID 1040450 interim AV verdict using Sophos CLEAN
Wed Nov 18 14:36:50 2026 Info: MID 1040450 DMARC: Verification passed
Wed Nov 18 14:36:50 2026 Info: ICID 415936 close
Wed Nov 18 14:36:50 2026 Info: MID 1040450 DKIM: pass signature verified (d=travel.example s=s6 i=@travel.example)
Wed Nov 18 14:36:50 2026 Info: MID 1040450 using engine: CASE spam negative
Wed Nov 18 14:36:50 2026 Info: MID 1040450 antivirus negative
Wed Nov 18 14:36:50 2026 Info: MID 1040450 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Wed Nov 18 14:36:51 2026 Info: MID 1040450 matched all recipients for per-recipient policy Executives in the inbound table
Wed Nov 18 14:36:51 2026 Info: MID 1040450 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 14:36:52 2026 Info: MID 1040450 rewritten to MID 1040451 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 14:36:52 2026 Info: Message finished MID 1040450 done
Wed Nov 18 14:36:52 2026 Info: MID 1040451 ICID 0 From: <raj.kim@travel.example>
Wed Nov 18 14:36:52 2026 Info: MID 1040451 ICID 0 RID 0 To: <noah.okafor@corp.example>
Wed Nov 18 14:36:52 2026 Info: MID 1040451 Message-ID '<da779945a30b53bd%90#&73544@travel.example>'
Wed Nov 18 14:36:52 2026 Info: MID 1040451 matched all recipients for per-recipient policy Executives in the inbound table
Wed Nov 18 14:36:52 2026 Info: MID 1040451 queued for delivery
Wed Nov 18 14:36:53 2026 Info: New SMTP DCID 203923 interface 192.0.2.20 address 52.101.123.76 port 25
Wed Nov 18 14:36:53 2026 Info: DCID 203923 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:36:53 2026 Info: Delivery start DCID 203923 MID 1040451 to RID [0]
Wed Nov 18 14:36:54 2026 Info: Message done DCID 203923 MID 1040451 to RID [0]
Wed Nov 18 14:36:54 2026 Info: MID 1040451 RID [0] Response '2.6.0 [InternalId=205748622084, Hostname=AM0PR01MB3546.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:36:54 2026 Info: Message finished MID 1040451 done
Wed Nov 18 14:36:54 2026 Info: DCID 203923 close
Wed Nov 18 14:39:05 2026 Info: New SMTP ICID 415937 interface IncomingMail (192.0.2.10) address 198.51.52.26 reverse dns host mail.partner.example verified yes
Wed Nov 18 14:39:05 2026 Info: ICID 415937 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Wed Nov 18 14:39:05 2026 Info: ICID 415937 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:39:05 2026 Info: Start MID 1040452 ICID 415937
Wed Nov 18 14:39:05 2026 Info: MID 1040452 ICID 415937 From: <ewa.obrien@partner.example>
Wed Nov 18 14:39:05 2026 Info: MID 1040452 ICID 415937 RID 0 To: <ivan.okafor@corp.example>
Wed Nov 18 14:39:06 2026 Info: MID 1040452 Message-ID '<b11eb35f62eb60918b24.48539@partner.example>'
Wed Nov 18 14:39:06 2026 Info: MID 1040452 Subject 'Café menu for next week'
Wed Nov 18 14:39:06 2026 Info: MID 1040452 ready 126428 bytes from <ewa.obrien@partner.example>
Wed Nov 18 14:39:06 2026 Info: ICID 415937 close
Wed Nov 18 14:39:06 2026 Info: MID 1040452 using engine: CASE spam negative
Wed Nov 18 14:39:06 2026 Info: MID 1040452 SPF: mailfrom identity ewa.obrien@partner.example Pass (v=spf1)
Wed Nov 18 14:39:06 2026 Info: MID 1040452 DMARC: Verification passed
Wed Nov 18 14:39:06 2026 Info: MID 1040452 DKIM: pass signature verified (d=partner.example s=s8 i=@partner.example)
Wed Nov 18 14:39:07 2026 Info: New SMTP ICID 415938 interface IncomingMail (192.0.2.10) address 198.51.78.24 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 14:39:07 2026 Info: ICID 415938 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.1
Wed Nov 18 14:39:07 2026 Info: ICID 415938 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:39:07 2026 Info: MID 1040452 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 14:39:08 2026 Info: Start MID 1040453 ICID 415938
Wed Nov 18 14:39:08 2026 Info: MID 1040453 ICID 415938 From: <lena.berg@newsletter.example>
Wed Nov 18 14:39:08 2026 Info: MID 1040453 ICID 415938 RID 0 To: <ewa.jensen@corp-mail.example>
Wed Nov 18 14:39:08 2026 Info: MID 1040453 Message-ID '<CAifeKANW8kfPr79V6HacJvj7Oofr7m1oURP_mlNMU5L@mail.newsletter.example>'
Wed Nov 18 14:39:08 2026 Info: MID 1040453 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Wed Nov 18 14:39:08 2026 Info: MID 1040453 ready 22406 bytes from <lena.berg@newsletter.example>
Wed Nov 18 14:39:08 2026 Info: MID 1040452 attachment 'image002.jpg'
Wed Nov 18 14:39:08 2026 Info: File reputation query initiating. File Name = 'image002.jpg', MID = 1040452, File Size = 45341 bytes, File Type = image/jpeg
Wed Nov 18 14:39:08 2026 Info: ICID 415938 close
Wed Nov 18 14:39:08 2026 Info: MID 1040453 using engine: CASE spam negative
Wed Nov 18 14:39:08 2026 Info: MID 1040452 attachment 'image001.png'
Wed Nov 18 14:39:08 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1040452, File Size = 19728 bytes, File Type = image/png
Wed Nov 18 14:39:08 2026 Info: MID 1040453 DKIM: pass signature verified (d=newsletter.example s=s5 i=@newsletter.example)
Wed Nov 18 14:39:08 2026 Info: MID 1040452 AMP file reputation verdict : CLEAN
Wed Nov 18 14:39:08 2026 Info: MID 1040453 DMARC: Verification passed
Wed Nov 18 14:39:08 2026 Info: MID 1040453 interim AV verdict using Sophos CLEAN
Wed Nov 18 14:39:08 2026 Info: MID 1040453 SPF: mailfrom identity lena.berg@newsletter.example Pass (v=spf1)
Wed Nov 18 14:39:08 2026 Info: MID 1040453 antivirus negative
Wed Nov 18 14:39:08 2026 Info: Response received for file reputation query from Cache. File Name = 'image002.jpg', MID = 1040452, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 81b62bb5f86664ae64a149f5e3838b9ed5a9422a8bc083117eb86c57a81100a1, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Wed Nov 18 14:39:08 2026 Info: Response received for file reputation query from Cache. File Name = 'image001.png', MID = 1040452, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 2d8ad8c0ac127e938005ce74721888ff4a3adf9934b3ff60c26e7a4287f53ddd, upload_action = Recommended to send the file for analysis, verdict_source = AMP
Wed Nov 18 14:39:09 2026 Info: MID 1040453 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 14:39:09 2026 Info: MID 1040453 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 14:39:10 2026 Info: MID 1040452 queued for delivery
Wed Nov 18 14:39:10 2026 Info: MID 1040453 queued for delivery
Wed Nov 18 14:39:14 2026 Info: New SMTP DCID 203924 interface 192.0.2.20 address 52.101.232.139 port 25
Wed Nov 18 14:39:14 2026 Info: DCID 203924 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:39:14 2026 Info: Delivery start DCID 203924 MID 1040452 to RID [0]
Wed Nov 18 14:39:14 2026 Info: New SMTP DCID 203925 interface 192.0.2.20 address 52.101.184.151 port 25
Wed Nov 18 14:39:14 2026 Info: DCID 203925 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:39:14 2026 Info: Delivery start DCID 203925 MID 1040453 to RID [0]
Wed Nov 18 14:39:16 2026 Info: Message done DCID 203925 MID 1040453 to RID [0]
Wed Nov 18 14:39:16 2026 Info: MID 1040453 RID [0] Response '2.6.0 [InternalId=893748201769, Hostname=AM0PR01MB2180.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:39:16 2026 Info: Message finished MID 1040453 done
Wed Nov 18 14:39:16 2026 Info: DCID 203925 close
Wed Nov 18 14:39:16 2026 Info: Message done DCID 203924 MID 1040452 to RID [0]
Wed Nov 18 14:39:16 2026 Info: MID 1040452 RID [0] Response '2.6.0 [InternalId=772931299715, Hostname=AM0PR01MB9872.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:39:16 2026 Info: Message finished MID 1040452 done
Wed Nov 18 14:39:16 2026 Info: DCID 203924 close
Wed Nov 18 14:41:46 2026 Info: New SMTP ICID 415939 interface IncomingMail (192.0.2.10) address 198.51.84.39 reverse dns host mail.client-b.example verified yes
Wed Nov 18 14:41:46 2026 Info: ICID 415939 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.5
Wed Nov 18 14:41:46 2026 Info: ICID 415939 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:41:46 2026 Info: Start MID 1040454 ICID 415939
Wed Nov 18 14:41:46 2026 Info: MID 1040454 ICID 415939 From: <chen.obrien@client-b.example>
Wed Nov 18 14:41:46 2026 Info: MID 1040454 ICID 415939 RID 0 To: <ivan.okafor@corp.example>
Wed Nov 18 14:41:46 2026 Info: MID 1040454 ICID 415939 RID 1 To: <ana.kowalski@corp-mail.example>
Wed Nov 18 14:41:47 2026 Info: MID 1040454 Message-ID '<CAG/4rpSHbrl8mB4iwsItyidcJMzdMxgylXCOlalQhAE@mail.client-b.example>'
Wed Nov 18 14:41:47 2026 Info: MID 1040454 Subject 'Quarterly report'
Wed Nov 18 14:41:47 2026 Info: MID 1040454 ready 1358375 bytes from <chen.obrien@client-b.example>
Wed Nov 18 14:41:47 2026 Info: MID 1040454 DMARC: Verification passed
Wed Nov 18 14:41:47 2026 Info: MID 1040454 DKIM: pass signature verified (d=client-b.example s=s5 i=@client-b.example)
Wed Nov 18 14:41:47 2026 Info: MID 1040454 SPF: mailfrom identity chen.obrien@client-b.example Pass (v=spf1)
Wed Nov 18 14:41:47 2026 Info: ICID 415939 close
Wed Nov 18 14:41:47 2026 Info: MID 1040454 using engine: CASE spam negative
Wed Nov 18 14:41:47 2026 Info: New SMTP ICID 415940 interface IncomingMail (192.0.2.10) address 198.51.139.138 reverse dns host mail.client-b.example verified yes
Wed Nov 18 14:41:47 2026 Info: ICID 415940 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.3
Wed Nov 18 14:41:47 2026 Info: ICID 415940 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:41:48 2026 Info: Start MID 1040455 ICID 415940
Wed Nov 18 14:41:48 2026 Info: MID 1040455 ICID 415940 From: <max.fischer@client-b.example>
Wed Nov 18 14:41:48 2026 Info: MID 1040455 ICID 415940 RID 0 To: <lena.sato@corp.example>
Wed Nov 18 14:41:48 2026 Info: MID 1040455 ICID 415940 RID 1 To: <kofi.moreau@corp-mail.example>
Wed Nov 18 14:41:48 2026 Info: MID 1040455 Message-ID '<CAfEdJfIQ_Dh3zJUlx9kJCm6RuyAMgPHrJp/CQGf0yVV@mail.client-b.example>'
Wed Nov 18 14:41:48 2026 Info: MID 1040455 Subject 'Quarterly report'
Wed Nov 18 14:41:48 2026 Info: MID 1040455 ready 6404 bytes from <max.fischer@client-b.example>
Wed Nov 18 14:41:48 2026 Info: MID 1040455 DKIM: pass signature verified (d=client-b.example s=s9 i=@client-b.example)
Wed Nov 18 14:41:48 2026 Info: MID 1040455 SPF: mailfrom identity max.fischer@client-b.example Pass (v=spf1)
Wed Nov 18 14:41:48 2026 Info: MID 1040454 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 14:41:48 2026 Info: ICID 415940 close
Wed Nov 18 14:41:48 2026 Info: MID 1040455 interim AV verdict using Sophos CLEAN
Wed Nov 18 14:41:48 2026 Info: MID 1040455 using engine: CASE spam negative
Wed Nov 18 14:41:48 2026 Info: MID 1040455 DMARC: Verification passed
Wed Nov 18 14:41:49 2026 Info: MID 1040455 antivirus negative
Wed Nov 18 14:41:49 2026 Info: MID 1040454 attachment 'Q2=20Report=202026.pdf'
Wed Nov 18 14:41:49 2026 Info: MID 1040454 attachment 'image001.png'
Wed Nov 18 14:41:49 2026 Info: MID 1040454 AMP file reputation verdict : UNKNOWN
Wed Nov 18 14:41:49 2026 Info: MID 1040454 queued for delivery
Wed Nov 18 14:41:49 2026 Info: MID 1040455 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 14:41:50 2026 Info: MID 1040455 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 14:41:50 2026 Info: MID 1040455 queued for delivery
Wed Nov 18 14:41:50 2026 Info: New SMTP DCID 203926 interface 192.0.2.20 address 52.101.22.197 port 25
Wed Nov 18 14:41:50 2026 Info: DCID 203926 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 14:41:50 2026 Info: Delivery start DCID 203926 MID 1040454 to RID [0, 1]
Wed Nov 18 14:41:51 2026 Info: New SMTP DCID 203927 interface 192.0.2.20 address 52.101.202.52 port 25
Wed Nov 18 14:41:51 2026 Info: DCID 203927 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 14:41:51 2026 Info: Delivery start DCID 203927 MID 1040455 to RID [0, 1]
Wed Nov 18 14:41:52 2026 Info: Message done DCID 203926 MID 1040454 to RID [0, 1]
Wed Nov 18 14:41:52 2026 Info: MID 1040454 RID [0, 1] Response '2.6.0 [InternalId=237850184714, Hostname=AM0PR01MB9141.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:41:52 2026 Info: Message finished MID 1040454 done
Wed Nov 18 14:41:52 2026 Info: DCID 203926 close
Wed Nov 18 14:41:53 2026 Info: Message done DCID 203927 MID 1040455 to RID [0, 1]
Wed Nov 18 14:41:53 2026 Info: MID 1040455 RID [0, 1] Response '2.6.0 [InternalId=794607069907, Hostname=AM0PR01MB1617.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:41:53 2026 Info: Message finished MID 1040455 done
Wed Nov 18 14:41:53 2026 Info: DCID 203927 close
Wed Nov 18 14:48:07 2026 Info: New SMTP ICID 415941 interface IncomingMail (192.0.2.10) address 198.51.128.185 reverse dns host mail.gmail.example verified yes
Wed Nov 18 14:48:07 2026 Info: ICID 415941 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.1
Wed Nov 18 14:48:07 2026 Info: ICID 415941 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 14:48:07 2026 Info: Start MID 1040456 ICID 415941
Wed Nov 18 14:48:07 2026 Info: MID 1040456 ICID 415941 From: <sara.ivanova@gmail.example>
Wed Nov 18 14:48:07 2026 Info: MID 1040456 ICID 415941 RID 0 To: <kofi.moreau@corp.example>
Wed Nov 18 14:48:08 2026 Info: MID 1040456 Message-ID '<CA4O0wY83nJ1pFG049zCeC2dioNSpabehY5ndUNWC1=e@mail.gmail.example>'
Wed Nov 18 14:48:08 2026 Info: MID 1040456 Subject 'Re: project timeline'
Wed Nov 18 14:48:08 2026 Info: MID 1040456 ready 37276 bytes from <sara.ivanova@gmail.example>
Wed Nov 18 14:48:08 2026 Info: MID 1040456 DKIM: pass signature verified (d=gmail.example s=s4 i=@gmail.example)
Wed Nov 18 14:48:08 2026 Info: MID 1040456 SPF: mailfrom identity sara.ivanova@gmail.example Pass (v=spf1)
Wed Nov 18 14:48:08 2026 Info: MID 1040456 DMARC: Verification passed
Wed Nov 18 14:48:08 2026 Info: ICID 415941 close
Wed Nov 18 14:48:08 2026 Info: MID 1040456 using engine: CASE spam negative
Wed Nov 18 14:48:09 2026 Info: MID 1040456 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 14:48:09 2026 Info: MID 1040456 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 14:48:11 2026 Info: MID 1040456 queued for delivery
Wed Nov 18 14:48:15 2026 Info: New SMTP DCID 203928 interface 192.0.2.20 address 52.101.2.188 port 25
Wed Nov 18 14:48:15 2026 Info: DCID 203928 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 14:48:15 2026 Info: Delivery start DCID 203928 MID 1040456 to RID [0]
Wed Nov 18 14:48:15 2026 Info: Message done DCID 203928 MID 1040456 to RID [0]
Wed Nov 18 14:48:15 2026 Info: MID 1040456 RID [0] Response '2.6.0 [InternalId=268826802474, Hostname=AM0PR01MB1271.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 14:48:15 2026 Info: DCID 203928 close
Wed Nov 18 14:48:15 2026 Info: Message finished MID 1040456 done
Wed Nov 18 15:12:40 2026 Info: New SMTP ICID 415942 interface IncomingMail (192.0.2.10) address 198.51.214.127 reverse dns host mail.client-b.example verified yes
Wed Nov 18 15:12:40 2026 Info: ICID 415942 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.4
Wed Nov 18 15:12:40 2026 Info: ICID 415942 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 15:12:40 2026 Info: Start MID 1040457 ICID 415942
Wed Nov 18 15:12:40 2026 Info: MID 1040457 ICID 415942 From: <paul.dubois@client-b.example>
Wed Nov 18 15:12:40 2026 Info: MID 1040457 ICID 415942 RID 0 To: <lena.novak@corp.example>
Wed Nov 18 15:12:40 2026 Info: MID 1040457 Message-ID '<a88b024274dc0f2a37ce.87951@client-b.example>'
Wed Nov 18 15:12:40 2026 Info: MID 1040457 Subject 'Re: Re: Re: hiring plan'
Wed Nov 18 15:12:40 2026 Info: MID 1040457 ready 21244 bytes from <paul.dubois@client-b.example>
Wed Nov 18 15:12:40 2026 Info: MID 1040457 DKIM: pass signature verified (d=client-b.example s=s3 i=@client-b.example)
Wed Nov 18 15:12:41 2026 Info: ICID 415942 close
Wed Nov 18 15:12:41 2026 Info: MID 1040457 DMARC: Verification passed
Wed Nov 18 15:12:41 2026 Info: MID 1040457 interim AV verdict using Sophos CLEAN
Wed Nov 18 15:12:41 2026 Info: MID 1040457 SPF: mailfrom identity paul.dubois@client-b.example Pass (v=spf1)
Wed Nov 18 15:12:41 2026 Info: MID 1040457 antivirus negative
Wed Nov 18 15:12:41 2026 Info: MID 1040457 using engine: CASE spam negative
Wed Nov 18 15:12:41 2026 Info: MID 1040457 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 15:12:41 2026 Info: MID 1040457 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 15:12:42 2026 Info: MID 1040457 queued for delivery
Wed Nov 18 15:12:42 2026 Info: New SMTP ICID 415943 interface IncomingMail (192.0.2.10) address 198.51.128.128 reverse dns host mail.logistics.example verified yes
Wed Nov 18 15:12:42 2026 Info: ICID 415943 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.5
Wed Nov 18 15:12:42 2026 Info: ICID 415943 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 15:12:43 2026 Info: Start MID 1040458 ICID 415943
Wed Nov 18 15:12:43 2026 Info: MID 1040458 ICID 415943 From: <sofia.weber@logistics.example>
Wed Nov 18 15:12:43 2026 Info: MID 1040458 ICID 415943 RID 0 To: <ana.kowalski@corp.example>
Wed Nov 18 15:12:43 2026 Info: MID 1040458 Message-ID '<4b3bafb3833422eb61f2.54679@logistics.example>'
Wed Nov 18 15:12:43 2026 Info: MID 1040458 Subject 'Your order 18274 has shipped'
Wed Nov 18 15:12:43 2026 Info: MID 1040458 ready 5722 bytes from <sofia.weber@logistics.example>
Wed Nov 18 15:12:43 2026 Info: ICID 415943 close
Wed Nov 18 15:12:43 2026 Info: MID 1040458 using engine: CASE spam negative
Wed Nov 18 15:12:43 2026 Info: MID 1040458 DMARC: Verification passed
Wed Nov 18 15:12:43 2026 Info: MID 1040458 DKIM: pass signature verified (d=logistics.example s=s4 i=@logistics.example)
Wed Nov 18 15:12:43 2026 Info: MID 1040458 SPF: mailfrom identity sofia.weber@logistics.example Pass (v=spf1)
Wed Nov 18 15:12:43 2026 Info: MID 1040458 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 15:12:43 2026 Info: New SMTP ICID 415944 interface IncomingMail (192.0.2.10) address 198.51.134.241 reverse dns host mail.cloudapp.example verified yes
Wed Nov 18 15:12:43 2026 Info: ICID 415944 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 4.9
Wed Nov 18 15:12:43 2026 Info: ICID 415944 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 15:12:43 2026 Info: MID 1040458 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 15:12:44 2026 Info: Start MID 1040459 ICID 415944
Wed Nov 18 15:12:44 2026 Info: MID 1040459 ICID 415944 From: <li.walsh@cloudapp.example>
Wed Nov 18 15:12:44 2026 Info: MID 1040459 ICID 415944 RID 0 To: <ida.dubois@corp.example>
Wed Nov 18 15:12:44 2026 Info: MID 1040459 Message-ID '<093279fc443f50f993a9.61866@cloudapp.example>'
Wed Nov 18 15:12:44 2026 Info: MID 1040459 Subject 'Meeting notes'
Wed Nov 18 15:12:44 2026 Info: MID 1040459 ready 20488 bytes from <li.walsh@cloudapp.example>
Wed Nov 18 15:12:44 2026 Info: MID 1040459 SPF: mailfrom identity li.walsh@cloudapp.example Pass (v=spf1)
Wed Nov 18 15:12:44 2026 Info: ICID 415944 close
Wed Nov 18 15:12:44 2026 Info: MID 1040459 using engine: CASE spam negative
Wed Nov 18 15:12:44 2026 Info: MID 1040459 antivirus negative
Wed Nov 18 15:12:44 2026 Info: MID 1040459 DMARC: Verification passed
Wed Nov 18 15:12:44 2026 Info: MID 1040459 interim AV verdict using Sophos CLEAN
Wed Nov 18 15:12:44 2026 Info: MID 1040459 DKIM: pass signature verified (d=cloudapp.example s=s4 i=@cloudapp.example)
Wed Nov 18 15:12:45 2026 Info: MID 1040459 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 15:12:45 2026 Info: MID 1040459 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 15:12:45 2026 Info: New SMTP DCID 203929 interface 192.0.2.20 address 52.101.195.108 port 25
Wed Nov 18 15:12:45 2026 Info: DCID 203929 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:12:45 2026 Info: Delivery start DCID 203929 MID 1040457 to RID [0]
Wed Nov 18 15:12:45 2026 Info: MID 1040458 queued for delivery
Wed Nov 18 15:12:46 2026 Info: MID 1040459 queued for delivery
Wed Nov 18 15:12:46 2026 Info: Message done DCID 203929 MID 1040457 to RID [0]
Wed Nov 18 15:12:46 2026 Info: MID 1040457 RID [0] Response '2.6.0 [InternalId=962163028322, Hostname=AM0PR01MB6957.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 15:12:46 2026 Info: Message finished MID 1040457 done
Wed Nov 18 15:12:46 2026 Info: DCID 203929 close
Wed Nov 18 15:12:47 2026 Info: New SMTP DCID 203930 interface 192.0.2.20 address 52.101.55.38 port 25
Wed Nov 18 15:12:47 2026 Info: DCID 203930 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 15:12:47 2026 Info: Delivery start DCID 203930 MID 1040458 to RID [0]
Wed Nov 18 15:12:48 2026 Info: New SMTP DCID 203931 interface 192.0.2.20 address 52.101.220.205 port 25
Wed Nov 18 15:12:48 2026 Info: DCID 203931 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 15:12:48 2026 Info: Delivery start DCID 203931 MID 1040459 to RID [0]
Wed Nov 18 15:12:48 2026 Info: Message done DCID 203930 MID 1040458 to RID [0]
Wed Nov 18 15:12:48 2026 Info: MID 1040458 RID [0] Response '2.6.0 [InternalId=291390792946, Hostname=AM0PR01MB9926.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 15:12:48 2026 Info: Message finished MID 1040458 done
Wed Nov 18 15:12:48 2026 Info: DCID 203930 close
Wed Nov 18 15:12:49 2026 Info: Message done DCID 203931 MID 1040459 to RID [0]
Wed Nov 18 15:12:49 2026 Info: MID 1040459 RID [0] Response '2.0.0 Ok: queued as pBzUkDnoWVw5ASfU'
Wed Nov 18 15:12:49 2026 Info: Message finished MID 1040459 done
Wed Nov 18 15:12:49 2026 Info: DCID 203931 close
Wed Nov 18 15:19:04 2026 Info: New SMTP ICID 415945 interface IncomingMail (192.0.2.10) address 198.51.173.205 reverse dns host mail.client-b.example verified yes
Wed Nov 18 15:19:04 2026 Info: ICID 415945 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Wed Nov 18 15:19:04 2026 Info: ICID 415945 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:19:04 2026 Info: Start MID 1040460 ICID 415945
Wed Nov 18 15:19:04 2026 Info: MID 1040460 ICID 415945 From: <max.larsen@client-b.example>
Wed Nov 18 15:19:04 2026 Info: MID 1040460 ICID 415945 RID 0 To: <ravi.obrien@corp.example>
Wed Nov 18 15:19:04 2026 Info: MID 1040460 Message-ID '<63216ed3bc78cdf59240.82444@client-b.example>'
Wed Nov 18 15:19:04 2026 Info: MID 1040460 Subject 'Weekly newsletter #44716'
Wed Nov 18 15:19:04 2026 Info: MID 1040460 ready 20872 bytes from <max.larsen@client-b.example>
Wed Nov 18 15:19:04 2026 Info: MID 1040460 URL https://www.client-b.example/t/3432b42b05 has reputation 4.5 matched Condition: URL Reputation Rule
Wed Nov 18 15:19:04 2026 Info: MID 1040460 using engine: CASE spam negative
Wed Nov 18 15:19:04 2026 Info: ICID 415945 close
Wed Nov 18 15:19:04 2026 Info: MID 1040460 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Wed Nov 18 15:19:06 2026 Info: MID 1040460 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 15:19:06 2026 Info: MID 1040460 attachment 'notes.txt'
Wed Nov 18 15:19:06 2026 Info: MID 1040460 AMP file reputation verdict : UNKNOWN
Wed Nov 18 15:19:06 2026 Info: MID 1040460 queued for delivery
Wed Nov 18 15:19:07 2026 Info: New SMTP DCID 203932 interface 192.0.2.20 address 52.101.172.198 port 25
Wed Nov 18 15:19:07 2026 Info: DCID 203932 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 15:19:07 2026 Info: Delivery start DCID 203932 MID 1040460 to RID [0]
Wed Nov 18 15:19:09 2026 Info: Message done DCID 203932 MID 1040460 to RID [0]
Wed Nov 18 15:19:09 2026 Info: MID 1040460 RID [0] Response '2.6.0 [InternalId=503499079425, Hostname=AM0PR01MB4289.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 15:19:09 2026 Info: Message finished MID 1040460 done
Wed Nov 18 15:19:09 2026 Info: DCID 203932 close
Wed Nov 18 15:27:29 2026 Info: New SMTP ICID 415946 interface IncomingMail (192.0.2.10) address 198.51.122.59 reverse dns host mail.client-b.example verified yes
Wed Nov 18 15:27:29 2026 Info: ICID 415946 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.6
Wed Nov 18 15:27:29 2026 Info: ICID 415946 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 15:27:29 2026 Info: Start MID 1040461 ICID 415946
Wed Nov 18 15:27:29 2026 Info: MID 1040461 ICID 415946 From: <ida.cohen@client-b.example>
Wed Nov 18 15:27:29 2026 Info: MID 1040461 ICID 415946 RID 0 To: <Kofi.Nguyen@Corp.Example>
Wed Nov 18 15:27:29 2026 Info: MID 1040461 ICID 415946 RID 1 To: <ida.novak@corp.example>
Wed Nov 18 15:27:29 2026 Info: MID 1040461 ICID 415946 RID 2 To: <lena.novak@corp.example>
Wed Nov 18 15:27:30 2026 Info: MID 1040461 Message-ID '<CA0svgCcXbAN4sCcdPfwo9atFf0jql-GJa6BVgPB5Q3l@mail.client-b.example>'
Wed Nov 18 15:27:30 2026 Info: MID 1040461 Subject 'Price list 42205'
Wed Nov 18 15:27:30 2026 Info: MID 1040461 ready 683132 bytes from <ida.cohen@client-b.example>
Wed Nov 18 15:27:30 2026 Info: MID 1040461 SPF: mailfrom identity ida.cohen@client-b.example Pass (v=spf1)
Wed Nov 18 15:27:30 2026 Info: ICID 415946 close
Wed Nov 18 15:27:30 2026 Info: MID 1040461 DKIM: pass signature verified (d=client-b.example s=s4 i=@client-b.example)
Wed Nov 18 15:27:30 2026 Info: MID 1040461 DMARC: Verification passed
Wed Nov 18 15:27:30 2026 Info: MID 1040461 using engine: CASE spam negative
Wed Nov 18 15:27:30 2026 Info: MID 1040461 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 15:27:30 2026 Info: MID 1040461 attachment 'Café menu 25579.pdf'
Wed Nov 18 15:27:30 2026 Info: MID 1040461 attachment 'budget_2026_v3.xlsx'
Wed Nov 18 15:27:31 2026 Info: MID 1040461 AMP file reputation verdict : CLEAN
Wed Nov 18 15:27:31 2026 Info: MID 1040461 rewritten to MID 1040462 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 15:27:31 2026 Info: Message finished MID 1040461 done
Wed Nov 18 15:27:31 2026 Info: MID 1040462 ICID 0 From: <ida.cohen@client-b.example>
Wed Nov 18 15:27:31 2026 Info: MID 1040462 ICID 0 RID 0 To: <Kofi.Nguyen@Corp.Example>
Wed Nov 18 15:27:31 2026 Info: MID 1040462 ICID 0 RID 1 To: <ida.novak@corp.example>
Wed Nov 18 15:27:31 2026 Info: MID 1040462 ICID 0 RID 2 To: <lena.novak@corp.example>
Wed Nov 18 15:27:31 2026 Info: MID 1040462 Message-ID '<CA0svgCcXbAN4sCcdPfwo9atFf0jql-GJa6BVgPB5Q3l@mail.client-b.example>'
Wed Nov 18 15:27:31 2026 Info: MID 1040462 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 15:27:31 2026 Info: MID 1040462 queued for delivery
Wed Nov 18 15:27:32 2026 Info: New SMTP DCID 203933 interface 192.0.2.20 address 52.101.83.189 port 25
Wed Nov 18 15:27:32 2026 Info: DCID 203933 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 15:27:32 2026 Info: Delivery start DCID 203933 MID 1040462 to RID [0, 1, 2]
Wed Nov 18 15:27:33 2026 Info: Message done DCID 203933 MID 1040462 to RID [0, 1, 2]
Wed Nov 18 15:27:33 2026 Info: MID 1040462 RID [0, 1, 2] Response '2.0.0 Ok: queued as ujC4okWEG4cY4dUY'
Wed Nov 18 15:27:33 2026 Info: Message finished MID 1040462 done
Wed Nov 18 15:27:33 2026 Info: DCID 203933 close
Wed Nov 18 15:40:14 2026 Info: New SMTP ICID 415947 interface IncomingMail (192.0.2.10) address 198.51.0.211 reverse dns host mail.logistics.example verified yes
Wed Nov 18 15:40:14 2026 Info: ICID 415947 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS -0.5
Wed Nov 18 15:40:14 2026 Info: ICID 415947 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 15:40:15 2026 Info: Start MID 1040463 ICID 415947
Wed Nov 18 15:40:15 2026 Info: MID 1040463 ICID 415947 From: <mary.moreau@logistics.example>
Wed Nov 18 15:40:15 2026 Info: MID 1040463 ICID 415947 RID 0 To: <ravi.obrien@corp.example>
Wed Nov 18 15:40:15 2026 Info: MID 1040463 Message-ID '<c097ef964ccb0a735da9.30263@logistics.example>'
Wed Nov 18 15:40:15 2026 Info: MID 1040463 Subject 'The "new" travel policy'
Wed Nov 18 15:40:15 2026 Info: MID 1040463 ready 36799 bytes from <mary.moreau@logistics.example>
Wed Nov 18 15:40:15 2026 Info: MID 1040463 SPF: mailfrom identity mary.moreau@logistics.example Pass (v=spf1)
Wed Nov 18 15:40:15 2026 Info: MID 1040463 using engine: CASE spam negative
Wed Nov 18 15:40:15 2026 Info: ICID 415947 close
Wed Nov 18 15:40:16 2026 Info: MID 1040463 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 15:40:16 2026 Info: MID 1040463 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 15:40:18 2026 Info: MID 1040463 queued for delivery
Wed Nov 18 15:40:21 2026 Info: New SMTP DCID 203934 interface 192.0.2.20 address 52.101.114.65 port 25
Wed Nov 18 15:40:21 2026 Info: DCID 203934 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 15:40:21 2026 Info: Delivery start DCID 203934 MID 1040463 to RID [0]
Wed Nov 18 15:40:21 2026 Info: Message done DCID 203934 MID 1040463 to RID [0]
Wed Nov 18 15:40:21 2026 Info: MID 1040463 RID [0] Response '2.0.0 Ok: queued as K7nCUH3o3CazHVm2'
Wed Nov 18 15:40:21 2026 Info: Message finished MID 1040463 done
Wed Nov 18 15:40:21 2026 Info: DCID 203934 close
Wed Nov 18 15:58:06 2026 Info: New SMTP ICID 415948 interface OutgoingMail (192.0.2.11) address 10.20.8.111 reverse dns host exch4.corp.example verified yes
Wed Nov 18 15:58:06 2026 Info: ICID 415948 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 15:58:06 2026 Info: Start MID 1040464 ICID 415948
Wed Nov 18 15:58:06 2026 Info: MID 1040464 ICID 415948 From: <eva.kowalski@corp.example>
Wed Nov 18 15:58:06 2026 Info: MID 1040464 ICID 415948 RID 0 To: <kofi.ivanova@cloudapp.example>
Wed Nov 18 15:58:06 2026 Info: MID 1040464 Message-ID "<o'hara.a4fb0e138399@corp.example>"
Wed Nov 18 15:58:06 2026 Info: MID 1040464 Subject 'FW: contract draft'
Wed Nov 18 15:58:06 2026 Info: MID 1040464 ready 61539 bytes from <eva.kowalski@corp.example>
Wed Nov 18 15:58:06 2026 Info: MID 1040464 using engine: CASE spam negative
Wed Nov 18 15:58:06 2026 Info: MID 1040464 DMARC: Verification passed
Wed Nov 18 15:58:06 2026 Info: MID 1040464 DKIM: pass signature verified (d=corp.example s=s1 i=@corp.example)
Wed Nov 18 15:58:06 2026 Info: ICID 415948 close
Wed Nov 18 15:58:06 2026 Info: MID 1040464 SPF: mailfrom identity eva.kowalski@corp.example Pass (v=spf1)
Wed Nov 18 15:58:08 2026 Info: MID 1040464 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 15:58:08 2026 Info: MID 1040464 attachment 'image001.png'
Wed Nov 18 15:58:08 2026 Info: File reputation query initiating. File Name = 'image001.png', MID = 1040464, File Size = 19728 bytes, File Type = image/png
Wed Nov 18 15:58:08 2026 Info: MID 1040464 attachment 'meeting.ics'
Wed Nov 18 15:58:08 2026 Info: File reputation query initiating. File Name = 'meeting.ics', MID = 1040464, File Size = 3126 bytes, File Type = text/calendar
Wed Nov 18 15:58:08 2026 Info: Response received for file reputation query from Cache. File Name = 'meeting.ics', MID = 1040464, Disposition = FILE UNKNOWN, Malware = None, Reputation Score = 0, sha256 = ed84e91ef132bf2de040015ce064a11485f1115bb2fff17b3f665edef10637ce, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 15:58:08 2026 Info: MID 1040464 AMP file reputation verdict : UNKNOWN
Wed Nov 18 15:58:08 2026 Info: MID 1040464 queued for delivery
Wed Nov 18 15:58:08 2026 Info: Response received for file reputation query from Cache. File Name = 'image001.png', MID = 1040464, Disposition = CLEAN, Malware = None, Reputation Score = 5, sha256 = 2d8ad8c0ac127e938005ce74721888ff4a3adf9934b3ff60c26e7a4287f53ddd, upload_action = 0, verdict_source = AMP, Suspected Malware Categories = None
Wed Nov 18 15:58:09 2026 Info: New SMTP DCID 203935 interface 192.0.2.20 address 203.0.113.24 port 25
Wed Nov 18 15:58:09 2026 Info: DCID 203935 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 15:58:09 2026 Info: Delivery start DCID 203935 MID 1040464 to RID [0]
Wed Nov 18 15:58:10 2026 Info: Message done DCID 203935 MID 1040464 to RID [0]
Wed Nov 18 15:58:10 2026 Info: MID 1040464 RID [0] Response '2.0.0 Ok: queued as XgN9nhPNC5xjprj4'
Wed Nov 18 15:58:10 2026 Info: Message finished MID 1040464 done
Wed Nov 18 15:58:10 2026 Info: DCID 203935 close
Wed Nov 18 16:08:59 2026 Info: New SMTP ICID 415949 interface IncomingMail (192.0.2.10) address 198.51.61.38 reverse dns host mail.client-b.example verified yes
Wed Nov 18 16:08:59 2026 Info: ICID 415949 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.2
Wed Nov 18 16:08:59 2026 Info: ICID 415949 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 16:08:59 2026 Info: Start MID 1040465 ICID 415949
Wed Nov 18 16:08:59 2026 Info: MID 1040465 ICID 415949 From: <noah.silva@client-b.example>
Wed Nov 18 16:08:59 2026 Info: MID 1040465 ICID 415949 RID 0 To: <ravi.obrien@corp-mail.example>
Wed Nov 18 16:08:59 2026 Info: MID 1040465 Message-ID '<603e6315c3b46abbad78.49394@client-b.example>'
Wed Nov 18 16:08:59 2026 Info: MID 1040465 Subject 'Scan from copier 34858'
Wed Nov 18 16:08:59 2026 Info: MID 1040465 ready 1473116 bytes from <noah.silva@client-b.example>
Wed Nov 18 16:08:59 2026 Info: MID 1040465 DMARC: Verification passed
Wed Nov 18 16:08:59 2026 Info: MID 1040465 antivirus negative
Wed Nov 18 16:08:59 2026 Info: ICID 415949 close
Wed Nov 18 16:08:59 2026 Info: MID 1040465 SPF: mailfrom identity noah.silva@client-b.example Pass (v=spf1)
Wed Nov 18 16:08:59 2026 Info: MID 1040465 using engine: CASE spam negative
Wed Nov 18 16:08:59 2026 Info: MID 1040465 DKIM: pass signature verified (d=client-b.example s=s2 i=@client-b.example)
Wed Nov 18 16:08:59 2026 Info: MID 1040465 interim AV verdict using Sophos CLEAN
Wed Nov 18 16:09:00 2026 Info: MID 1040465 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 16:09:01 2026 Info: MID 1040465 attachment 'Q3=20Report=202026.pdf'
Wed Nov 18 16:09:01 2026 Info: File reputation query initiating. File Name = 'Q3 Report 2026.pdf', MID = 1040465, File Size = 399848 bytes, File Type = application/pdf
Wed Nov 18 16:09:01 2026 Info: MID 1040465 attachment 'Q1 Report 2026.pdf'
Wed Nov 18 16:09:01 2026 Info: File reputation query initiating. File Name = 'Q1 Report 2026.pdf', MID = 1040465, File Size = 687449 bytes, File Type = application/pdf
Wed Nov 18 16:09:01 2026 Info: MID 1040465 AMP file reputation verdict : UNKNOWN
Wed Nov 18 16:09:01 2026 Info: Response received for file reputation query from Cloud. FileName = 'Q1 Report 2026.pdf', MID = 1040465, Disposition = FILE UNKNOWN, Malware = None,Reputation Score = 0, sha256 =d32314f04a8ac3fafc592d443fa281ee9925a75853a96b1d7fd6900a8cce0e6b, upload_action = 2
Wed Nov 18 16:09:01 2026 Info: Response received for file reputation query from Cloud. File Name = Q3 Report 2026.pdf, MID = 1040465, Disposition = CLEAN, Malware = None, Analysis Score = 0, sha256 = 5dbe3023a906922fa4b9a9c4b753a1eef08360852789d059c6e50df2e5a3863e, upload_action = Recommended to send the file for analysis, verdict_source = CLAMAV
Wed Nov 18 16:09:01 2026 Info: MID 1040465 queued for delivery
Wed Nov 18 16:09:02 2026 Info: New SMTP DCID 203936 interface 192.0.2.20 address 52.101.225.253 port 25
Wed Nov 18 16:09:02 2026 Info: DCID 203936 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 16:09:02 2026 Info: Delivery start DCID 203936 MID 1040465 to RID [0]
Wed Nov 18 16:09:03 2026 Info: Message done DCID 203936 MID 1040465 to RID [0]
Wed Nov 18 16:09:03 2026 Info: MID 1040465 RID [0] Response '2.6.0 [InternalId=476408987414, Hostname=AM0PR01MB8036.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 16:09:03 2026 Info: Message finished MID 1040465 done
Wed Nov 18 16:09:03 2026 Info: DCID 203936 close
Wed Nov 18 16:14:22 2026 Info: New SMTP ICID 415950 interface IncomingMail (192.0.2.10) address 198.51.179.141 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 16:14:22 2026 Info: ICID 415950 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.4
Wed Nov 18 16:14:22 2026 Info: ICID 415950 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 16:14:23 2026 Info: Start MID 1040466 ICID 415950
Wed Nov 18 16:14:23 2026 Info: MID 1040466 ICID 415950 From: <paul.smith@newsletter.example>
Wed Nov 18 16:14:23 2026 Info: MID 1040466 ICID 415950 RID 0 To: <ida.dubois@corp.example>
Wed Nov 18 16:14:23 2026 Info: MID 1040466 Message-ID '<CArkKc9bTpDX9CJXOCioBwkqQq/8YBYybptdOyfiWko3@mail.newsletter.example>'
Wed Nov 18 16:14:23 2026 Info: MID 1040466 Subject "Re: O'Brien account review"
Wed Nov 18 16:14:23 2026 Info: MID 1040466 ready 40104 bytes from <paul.smith@newsletter.example>
Wed Nov 18 16:14:23 2026 Info: MID 1040466 DMARC: Verification passed
Wed Nov 18 16:14:23 2026 Info: MID 1040466 SPF: mailfrom identity paul.smith@newsletter.example Pass (v=spf1)
Wed Nov 18 16:14:23 2026 Info: ICID 415950 close
Wed Nov 18 16:14:23 2026 Info: MID 1040466 DKIM: pass signature verified (d=newsletter.example s=s7 i=@newsletter.example)
Wed Nov 18 16:14:23 2026 Info: MID 1040466 using engine: CASE spam negative
Wed Nov 18 16:14:23 2026 Info: MID 1040466 antivirus negative
Wed Nov 18 16:14:23 2026 Info: MID 1040466 interim AV verdict using Sophos CLEAN
Wed Nov 18 16:14:24 2026 Info: MID 1040466 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 16:14:24 2026 Info: MID 1040466 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 16:14:25 2026 Info: MID 1040466 queued for delivery
Wed Nov 18 16:14:26 2026 Info: New SMTP DCID 203937 interface 192.0.2.20 address 52.101.236.237 port 25
Wed Nov 18 16:14:26 2026 Info: DCID 203937 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 16:14:26 2026 Info: Delivery start DCID 203937 MID 1040466 to RID [0]
Wed Nov 18 16:14:27 2026 Info: Message done DCID 203937 MID 1040466 to RID [0]
Wed Nov 18 16:14:27 2026 Info: MID 1040466 RID [0] Response '2.6.0 [InternalId=459483215562, Hostname=AM0PR01MB5892.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 16:14:27 2026 Info: Message finished MID 1040466 done
Wed Nov 18 16:14:27 2026 Info: DCID 203937 close
Wed Nov 18 16:55:08 2026 Info: New SMTP ICID 415951 interface OutgoingMail (192.0.2.11) address 10.20.9.27 reverse dns host exch2.corp.example verified yes
Wed Nov 18 16:55:08 2026 Info: ICID 415951 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 16:55:08 2026 Info: Start MID 1040467 ICID 415951
Wed Nov 18 16:55:08 2026 Info: MID 1040467 ICID 415951 From: <journal@corp.example>
Wed Nov 18 16:55:08 2026 Info: MID 1040467 ICID 415951 RID 0 To: <kofi.ivanova@cloudapp.example>
Wed Nov 18 16:55:08 2026 Info: MID 1040467 ICID 415951 RID 1 To: <mary.mendes@bank.example>
Wed Nov 18 16:55:08 2026 Info: New SMTP ICID 415952 interface IncomingMail (192.0.2.10) address 198.51.116.178 reverse dns host mail.bank.example verified yes
Wed Nov 18 16:55:08 2026 Info: ICID 415952 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.9
Wed Nov 18 16:55:08 2026 Info: ICID 415952 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 16:55:09 2026 Info: Start MID 1040468 ICID 415952
Wed Nov 18 16:55:09 2026 Info: MID 1040468 ICID 415952 From: <hugo.weber@bank.example>
Wed Nov 18 16:55:09 2026 Info: MID 1040468 ICID 415952 RID 0 To: <sam.obrien@corp.example>
Wed Nov 18 16:55:09 2026 Info: MID 1040468 ICID 415952 RID 1 To: <zoe.moreau@corp.example>
Wed Nov 18 16:55:09 2026 Info: MID 1040468 ICID 415952 RID 2 To: <mia.garcia@corp-mail.example>
Wed Nov 18 16:55:09 2026 Info: MID 1040468 Message-ID '<CAumPDAOVjZvmmAJweVpDgwlQcdhx1vcw7VAjHgMeMvI@mail.bank.example>'
Wed Nov 18 16:55:09 2026 Info: MID 1040468 Subject 'Invoice 20181'
Wed Nov 18 16:55:09 2026 Info: MID 1040468 ready 29190 bytes from <hugo.weber@bank.example>
Wed Nov 18 16:55:09 2026 Info: MID 1040468 using engine: CASE spam negative
Wed Nov 18 16:55:09 2026 Info: MID 1040468 DMARC: Verification passed
Wed Nov 18 16:55:09 2026 Info: ICID 415952 close
Wed Nov 18 16:55:09 2026 Info: MID 1040467 Message-ID '<f9687f0f2414817c7b28.74836@corp.example>'
Wed Nov 18 16:55:09 2026 Info: MID 1040467 Subject 'The "new" travel policy'
Wed Nov 18 16:55:09 2026 Info: MID 1040467 ready 744903 bytes from <journal@corp.example>
Wed Nov 18 16:55:09 2026 Info: MID 1040468 interim AV verdict using Sophos CLEAN
Wed Nov 18 16:55:09 2026 Info: ICID 415951 close
Wed Nov 18 16:55:09 2026 Info: MID 1040468 DKIM: pass signature verified (d=bank.example s=s7 i=@bank.example)
Wed Nov 18 16:55:09 2026 Info: MID 1040467 DKIM: pass signature verified (d=corp.example s=s7 i=@corp.example)
Wed Nov 18 16:55:09 2026 Info: MID 1040468 SPF: mailfrom identity hugo.weber@bank.example Pass (v=spf1)
Wed Nov 18 16:55:09 2026 Info: MID 1040467 SPF: mailfrom identity journal@corp.example Pass (v=spf1)
Wed Nov 18 16:55:09 2026 Info: MID 1040467 DMARC: Verification passed
Wed Nov 18 16:55:09 2026 Info: MID 1040468 antivirus negative
Wed Nov 18 16:55:09 2026 Info: MID 1040467 using engine: CASE spam negative
Wed Nov 18 16:55:10 2026 Info: MID 1040467 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 16:55:10 2026 Info: MID 1040468 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 16:55:10 2026 Info: MID 1040467 attachment 'image002.jpg'
Wed Nov 18 16:55:10 2026 Info: MID 1040467 attachment 'budget_2026_v3.xlsx'
Wed Nov 18 16:55:10 2026 Info: MID 1040467 AMP file reputation verdict : UNKNOWN
Wed Nov 18 16:55:10 2026 Info: MID 1040468 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 16:55:11 2026 Info: MID 1040467 queued for delivery
Wed Nov 18 16:55:11 2026 Info: MID 1040468 queued for delivery
Wed Nov 18 16:55:12 2026 Info: New SMTP DCID 203940 interface 192.0.2.20 address 52.101.177.88 port 25
Wed Nov 18 16:55:12 2026 Info: DCID 203940 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 16:55:12 2026 Info: Delivery start DCID 203940 MID 1040468 to RID [0, 1, 2]
Wed Nov 18 16:55:13 2026 Info: New SMTP DCID 203938 interface 192.0.2.20 address 203.0.113.24 port 25
Wed Nov 18 16:55:13 2026 Info: DCID 203938 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 16:55:13 2026 Info: Delivery start DCID 203938 MID 1040467 to RID [0]
Wed Nov 18 16:55:15 2026 Info: Message done DCID 203940 MID 1040468 to RID [0, 1, 2]
Wed Nov 18 16:55:15 2026 Info: MID 1040468 RID [0, 1, 2] Response '2.6.0 [InternalId=267813117902, Hostname=AM0PR01MB1140.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 16:55:15 2026 Info: Message finished MID 1040468 done
Wed Nov 18 16:55:15 2026 Info: DCID 203940 close
Wed Nov 18 16:55:15 2026 Info: Message done DCID 203938 MID 1040467 to RID [0]
Wed Nov 18 16:55:15 2026 Info: MID 1040467 RID [0] Response '2.0.0 Ok: queued as 78WJcSxHeZxYGAaX'
Wed Nov 18 16:55:15 2026 Info: New SMTP DCID 203939 interface 192.0.2.20 address 203.0.113.186 port 25
Wed Nov 18 16:55:15 2026 Info: DCID 203939 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 16:55:15 2026 Info: Delivery start DCID 203939 MID 1040467 to RID [1]
Wed Nov 18 16:55:15 2026 Info: DCID 203938 close
Wed Nov 18 16:55:15 2026 Info: Message done DCID 203939 MID 1040467 to RID [1]
Wed Nov 18 16:55:15 2026 Info: MID 1040467 RID [1] Response '2.0.0 Ok: queued as G3xhqnKEyJHmaXox'
Wed Nov 18 16:55:15 2026 Info: DCID 203939 close
Wed Nov 18 16:55:15 2026 Info: Message finished MID 1040467 done
Wed Nov 18 16:56:32 2026 Info: New SMTP ICID 415953 interface IncomingMail (192.0.2.10) address 198.51.238.36 reverse dns host mail.cloudapp.example verified yes
Wed Nov 18 16:56:32 2026 Info: ICID 415953 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.8
Wed Nov 18 16:56:32 2026 Info: ICID 415953 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 16:56:32 2026 Info: Start MID 1040469 ICID 415953
Wed Nov 18 16:56:32 2026 Info: MID 1040469 ICID 415953 From: <kofi.ivanova@cloudapp.example>
Wed Nov 18 16:56:32 2026 Info: MID 1040469 ICID 415953 RID 0 To: <leo.dubois93@corp.example>
Wed Nov 18 16:56:32 2026 Info: MID 1040469 ICID 415953 RID 1 To: <nina.patel@corp.example>
Wed Nov 18 16:56:32 2026 Info: MID 1040469 Message-ID '<b80d7aa234e3f3b6bd95.65529@cloudapp.example>'
Wed Nov 18 16:56:32 2026 Info: MID 1040469 Subject 'FW: contract draft'
Wed Nov 18 16:56:32 2026 Info: MID 1040469 ready 7454806 bytes from <kofi.ivanova@cloudapp.example>
Wed Nov 18 16:56:33 2026 Info: ICID 415953 close
Wed Nov 18 16:56:33 2026 Info: MID 1040469 DMARC: Verification passed
Wed Nov 18 16:56:33 2026 Info: MID 1040469 using engine: CASE spam negative
Wed Nov 18 16:56:33 2026 Info: MID 1040469 DKIM: pass signature verified (d=cloudapp.example s=s6 i=@cloudapp.example)
Wed Nov 18 16:56:33 2026 Info: MID 1040469 SPF: mailfrom identity kofi.ivanova@cloudapp.example Pass (v=spf1)
Wed Nov 18 16:56:33 2026 Info: MID 1040469 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 16:56:33 2026 Info: MID 1040469 attachment 'photo=2027553.heic'
Wed Nov 18 16:56:33 2026 Info: MID 1040469 attachment 'photo=2044178.heic'
Wed Nov 18 16:56:33 2026 Info: MID 1040469 attachment 'Q1=20Report=202026.pdf'
Wed Nov 18 16:56:34 2026 Info: MID 1040469 AMP file reputation verdict : UNKNOWN
Wed Nov 18 16:56:34 2026 Info: MID 1040469 queued for delivery
Wed Nov 18 16:56:35 2026 Info: New SMTP DCID 203941 interface 192.0.2.20 address 52.101.181.6 port 25
Wed Nov 18 16:56:35 2026 Info: DCID 203941 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 16:56:35 2026 Info: Delivery start DCID 203941 MID 1040469 to RID [0, 1]
Wed Nov 18 16:56:35 2026 Info: New SMTP ICID 415954 interface OutgoingMail (192.0.2.11) address 10.20.1.3 reverse dns host exch3.corp.example verified yes
Wed Nov 18 16:56:35 2026 Info: ICID 415954 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 16:56:35 2026 Info: Start MID 1040470 ICID 415954
Wed Nov 18 16:56:35 2026 Info: MID 1040470 ICID 415954 From: <nora.mendes@corp.example>
Wed Nov 18 16:56:35 2026 Info: MID 1040470 ICID 415954 RID 0 To: <ivan.okafor@client-a.example>
Wed Nov 18 16:56:35 2026 Info: MID 1040470 ICID 415954 RID 1 To: <lena.berg@newsletter.example>
Wed Nov 18 16:56:36 2026 Info: MID 1040470 Message-ID '<80d4bce89036aa2e851d.26170@corp.example>'
Wed Nov 18 16:56:36 2026 Info: MID 1040470 Subject 'Lunch on Friday?'
Wed Nov 18 16:56:36 2026 Info: MID 1040470 ready 16642 bytes from <nora.mendes@corp.example>
Wed Nov 18 16:56:36 2026 Info: MID 1040470 SPF: mailfrom identity nora.mendes@corp.example Pass (v=spf1)
Wed Nov 18 16:56:36 2026 Info: MID 1040470 DKIM: pass signature verified (d=corp.example s=s2 i=@corp.example)
Wed Nov 18 16:56:36 2026 Info: ICID 415954 close
Wed Nov 18 16:56:36 2026 Info: MID 1040470 using engine: CASE spam negative
Wed Nov 18 16:56:36 2026 Info: MID 1040470 DMARC: Verification passed
Wed Nov 18 16:56:36 2026 Info: Message done DCID 203941 MID 1040469 to RID [0, 1]
Wed Nov 18 16:56:36 2026 Info: MID 1040469 RID [0, 1] Response '2.6.0 [InternalId=365820643219, Hostname=AM0PR01MB2357.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 16:56:36 2026 Info: Message finished MID 1040469 done
Wed Nov 18 16:56:36 2026 Info: DCID 203941 close
Wed Nov 18 16:56:37 2026 Info: MID 1040470 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 16:56:38 2026 Info: MID 1040470 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 16:56:38 2026 Info: MID 1040470 queued for delivery
Wed Nov 18 16:56:39 2026 Info: New SMTP DCID 203942 interface 192.0.2.20 address 203.0.113.4 port 25
Wed Nov 18 16:56:39 2026 Info: DCID 203942 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 16:56:39 2026 Info: Delivery start DCID 203942 MID 1040470 to RID [0]
Wed Nov 18 16:56:41 2026 Info: Message done DCID 203942 MID 1040470 to RID [0]
Wed Nov 18 16:56:41 2026 Info: MID 1040470 RID [0] Response '2.0.0 Ok: queued as CtRCx3vgiFoSxEMR'
Wed Nov 18 16:56:41 2026 Info: New SMTP DCID 203943 interface 192.0.2.20 address 203.0.113.80 port 25
Wed Nov 18 16:56:41 2026 Info: DCID 203943 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 16:56:41 2026 Info: Delivery start DCID 203943 MID 1040470 to RID [1]
Wed Nov 18 16:56:41 2026 Info: DCID 203942 close
Wed Nov 18 16:56:41 2026 Info: Message done DCID 203943 MID 1040470 to RID [1]
Wed Nov 18 16:56:41 2026 Info: MID 1040470 RID [1] Response '2.0.0 Ok: queued as XGkRB2uVwxhvwPhH'
Wed Nov 18 16:56:41 2026 Info: DCID 203943 close
Wed Nov 18 16:56:41 2026 Info: Message finished MID 1040470 done
Wed Nov 18 17:05:48 2026 Info: New SMTP ICID 415955 interface IncomingMail (192.0.2.10) address 198.51.165.165 reverse dns host mail.client-a.example verified yes
Wed Nov 18 17:05:48 2026 Info: ICID 415955 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.4
Wed Nov 18 17:05:48 2026 Info: ICID 415955 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 17:05:48 2026 Info: Start MID 1040471 ICID 415955
Wed Nov 18 17:05:48 2026 Info: MID 1040471 ICID 415955 From: <chen.haddad@client-a.example>
Wed Nov 18 17:05:48 2026 Info: MID 1040471 ICID 415955 RID 0 To: <nina.lopez@corp.example>
Wed Nov 18 17:05:48 2026 Info: MID 1040471 Message-ID '<239d9398500ab475%26#&40de2@client-a.example>'
Wed Nov 18 17:05:48 2026 Info: MID 1040471 Subject 'Welcome to the team!'
Wed Nov 18 17:05:48 2026 Info: MID 1040471 ready 3698685 bytes from <chen.haddad@client-a.example>
Wed Nov 18 17:05:48 2026 Info: MID 1040471 DKIM: pass signature verified (d=client-a.example s=s3 i=@client-a.example)
Wed Nov 18 17:05:48 2026 Info: ICID 415955 close
Wed Nov 18 17:05:48 2026 Info: MID 1040471 DMARC: Verification passed
Wed Nov 18 17:05:48 2026 Info: MID 1040471 SPF: mailfrom identity chen.haddad@client-a.example Pass (v=spf1)
Wed Nov 18 17:05:48 2026 Info: MID 1040471 using engine: CASE spam negative
Wed Nov 18 17:05:48 2026 Info: MID 1040471 matched all recipients for per-recipient policy Finance in the inbound table
Wed Nov 18 17:05:48 2026 Info: MID 1040471 attachment 'image002.jpg'
Wed Nov 18 17:05:48 2026 Info: MID 1040471 attachment 'minutes-8540.docx'
Wed Nov 18 17:05:48 2026 Info: MID 1040471 attachment 'specs-58064.zip'
Wed Nov 18 17:05:48 2026 Info: MID 1040471 AMP file reputation verdict : CLEAN
Wed Nov 18 17:05:50 2026 Info: MID 1040471 queued for delivery
Wed Nov 18 17:05:53 2026 Info: New SMTP DCID 203944 interface 192.0.2.20 address 52.101.14.150 port 25
Wed Nov 18 17:05:53 2026 Info: DCID 203944 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 17:05:53 2026 Info: Delivery start DCID 203944 MID 1040471 to RID [0]
Wed Nov 18 17:05:54 2026 Info: Message done DCID 203944 MID 1040471 to RID [0]
Wed Nov 18 17:05:54 2026 Info: MID 1040471 RID [0] Response '2.0.0 Ok: queued as rQzdGYB3B3KEpigT'
Wed Nov 18 17:05:54 2026 Info: Message finished MID 1040471 done
Wed Nov 18 17:05:54 2026 Info: DCID 203944 close
Wed Nov 18 17:09:43 2026 Info: New SMTP ICID 415956 interface IncomingMail (192.0.2.10) address 198.51.190.199 reverse dns host mail.travel.example verified yes
Wed Nov 18 17:09:43 2026 Info: ICID 415956 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.6
Wed Nov 18 17:09:43 2026 Info: ICID 415956 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 17:09:43 2026 Info: Start MID 1040472 ICID 415956
Wed Nov 18 17:09:43 2026 Info: MID 1040472 ICID 415956 From: <raj.kim@travel.example>
Wed Nov 18 17:09:43 2026 Info: MID 1040472 ICID 415956 RID 0 To: <mia.garcia@corp.example>
Wed Nov 18 17:09:44 2026 Info: MID 1040472 Message-ID '<8ebfae0c6439df63ca82.82350@travel.example>'
Wed Nov 18 17:09:44 2026 Info: MID 1040472 Subject 'Café menu for next week'
Wed Nov 18 17:09:44 2026 Info: MID 1040472 ready 14979 bytes from <raj.kim@travel.example>
Wed Nov 18 17:09:44 2026 Info: MID 1040472 DMARC: Verification passed
Wed Nov 18 17:09:44 2026 Info: MID 1040472 using engine: CASE spam negative
Wed Nov 18 17:09:44 2026 Info: ICID 415956 close
Wed Nov 18 17:09:44 2026 Info: MID 1040472 SPF: mailfrom identity raj.kim@travel.example Pass (v=spf1)
Wed Nov 18 17:09:44 2026 Info: MID 1040472 DKIM: pass signature verified (d=travel.example s=s3 i=@travel.example)
Wed Nov 18 17:09:44 2026 Info: MID 1040472 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 17:09:45 2026 Info: MID 1040472 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 17:09:46 2026 Info: MID 1040472 queued for delivery
Wed Nov 18 17:09:47 2026 Info: New SMTP DCID 203945 interface 192.0.2.20 address 52.101.37.183 port 25
Wed Nov 18 17:09:47 2026 Info: DCID 203945 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 17:09:47 2026 Info: Delivery start DCID 203945 MID 1040472 to RID [0]
Wed Nov 18 17:09:48 2026 Info: Message done DCID 203945 MID 1040472 to RID [0]
Wed Nov 18 17:09:48 2026 Info: MID 1040472 RID [0] Response '2.6.0 [InternalId=200822900950, Hostname=AM0PR01MB6904.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 17:09:48 2026 Info: DCID 203945 close
Wed Nov 18 17:09:48 2026 Info: Message finished MID 1040472 done
Wed Nov 18 17:33:44 2026 Info: New SMTP ICID 415957 interface IncomingMail (192.0.2.10) address 198.51.46.224 reverse dns host mail.client-b.example verified yes
Wed Nov 18 17:33:44 2026 Info: ICID 415957 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.2
Wed Nov 18 17:33:44 2026 Info: ICID 415957 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 17:33:45 2026 Info: Start MID 1040473 ICID 415957
Wed Nov 18 17:33:45 2026 Info: MID 1040473 ICID 415957 From: <max.larsen@client-b.example>
Wed Nov 18 17:33:45 2026 Info: MID 1040473 ICID 415957 RID 0 To: <helpdesk@corp-mail.example>
Wed Nov 18 17:33:45 2026 Info: MID 1040473 Message-ID '<CA40y-ZvnAksUSGCLDBUivJ94eGlBIoX9ou4hbrGMGzp@mail.client-b.example>'
Wed Nov 18 17:33:45 2026 Info: MID 1040473 Subject 'Quarterly report'
Wed Nov 18 17:33:45 2026 Info: MID 1040473 ready 22763 bytes from <max.larsen@client-b.example>
Wed Nov 18 17:33:45 2026 Info: ICID 415957 close
Wed Nov 18 17:33:45 2026 Info: MID 1040473 SPF: mailfrom identity max.larsen@client-b.example Pass (v=spf1)
Wed Nov 18 17:33:45 2026 Info: MID 1040473 using engine: CASE spam negative
Wed Nov 18 17:33:46 2026 Info: MID 1040473 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 17:33:47 2026 Info: MID 1040473 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 17:33:47 2026 Info: New SMTP ICID 415958 interface IncomingMail (192.0.2.10) address 198.51.250.163 reverse dns host mail.client-a.example verified yes
Wed Nov 18 17:33:47 2026 Info: ICID 415958 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.7
Wed Nov 18 17:33:47 2026 Info: ICID 415958 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 17:33:48 2026 Info: Start MID 1040474 ICID 415958
Wed Nov 18 17:33:48 2026 Info: MID 1040474 ICID 415958 From: <ivan.okafor@client-a.example>
Wed Nov 18 17:33:48 2026 Info: MID 1040474 ICID 415958 RID 0 To: <sam.obrien@corp.example>
Wed Nov 18 17:33:48 2026 Info: MID 1040474 Message-ID '<dcb308ba10ddb5e2%4#&5a3d3@client-a.example>'
Wed Nov 18 17:33:48 2026 Info: MID 1040474 Subject 'Re: Re: Re: hiring plan'
Wed Nov 18 17:33:48 2026 Info: MID 1040474 ready 62064 bytes from <ivan.okafor@client-a.example>
Wed Nov 18 17:33:48 2026 Info: MID 1040474 SPF: mailfrom identity ivan.okafor@client-a.example Pass (v=spf1)
Wed Nov 18 17:33:48 2026 Info: MID 1040474 using engine: CASE spam negative
Wed Nov 18 17:33:48 2026 Info: ICID 415958 close
Wed Nov 18 17:33:49 2026 Info: MID 1040473 queued for delivery
Wed Nov 18 17:33:49 2026 Info: MID 1040474 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 17:33:49 2026 Info: MID 1040474 attachment 'minutes-82487.docx'
Wed Nov 18 17:33:49 2026 Info: MID 1040474 attachment 'notes.txt'
Wed Nov 18 17:33:49 2026 Info: MID 1040474 AMP file reputation verdict : CLEAN
Wed Nov 18 17:33:50 2026 Info: MID 1040474 queued for delivery
Wed Nov 18 17:33:51 2026 Info: New SMTP DCID 203946 interface 192.0.2.20 address 52.101.163.211 port 25
Wed Nov 18 17:33:51 2026 Info: DCID 203946 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 17:33:51 2026 Info: Delivery start DCID 203946 MID 1040473 to RID [0]
Wed Nov 18 17:33:53 2026 Info: Message done DCID 203946 MID 1040473 to RID [0]
Wed Nov 18 17:33:53 2026 Info: MID 1040473 RID [0] Response '2.6.0 [InternalId=449931056438, Hostname=AM0PR01MB4750.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 17:33:53 2026 Info: Message finished MID 1040473 done
Wed Nov 18 17:33:53 2026 Info: DCID 203946 close
Wed Nov 18 17:33:53 2026 Info: New SMTP DCID 203947 interface 192.0.2.20 address 52.101.101.5 port 25
Wed Nov 18 17:33:53 2026 Info: DCID 203947 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 17:33:53 2026 Info: Delivery start DCID 203947 MID 1040474 to RID [0]
Wed Nov 18 17:33:55 2026 Info: Message done DCID 203947 MID 1040474 to RID [0]
Wed Nov 18 17:33:55 2026 Info: MID 1040474 RID [0] Response '2.6.0 [InternalId=710117846639, Hostname=AM0PR01MB8323.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 17:33:55 2026 Info: Message finished MID 1040474 done
Wed Nov 18 17:33:55 2026 Info: DCID 203947 close
Wed Nov 18 18:03:40 2026 Info: New SMTP ICID 415959 interface OutgoingMail (192.0.2.11) address 10.20.7.129 reverse dns host exch2.corp.example verified yes
Wed Nov 18 18:03:40 2026 Info: ICID 415959 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 18:03:41 2026 Info: Start MID 1040475 ICID 415959
Wed Nov 18 18:03:41 2026 Info: MID 1040475 ICID 415959 From: <noah.okafor@corp.example>
Wed Nov 18 18:03:41 2026 Info: MID 1040475 ICID 415959 RID 0 To: <tom.cohen@lawfirm.example>
Wed Nov 18 18:03:41 2026 Info: MID 1040475 ICID 415959 RID 1 To: <ewa.obrien@partner.example>
Wed Nov 18 18:03:41 2026 Info: MID 1040475 Message-ID '<CAL=5tDIm_xmnf4f7df/sdAcPbDbZ2Vxno06JSCnDT8a@mail.corp.example>'
Wed Nov 18 18:03:41 2026 Info: MID 1040475 Subject "Updated slides for the board meeting on Thursday and the notes from last week's call"
Wed Nov 18 18:03:41 2026 Info: MID 1040475 ready 6692 bytes from <noah.okafor@corp.example>
Wed Nov 18 18:03:41 2026 Info: ICID 415959 close
Wed Nov 18 18:03:41 2026 Info: MID 1040475 SPF: mailfrom identity noah.okafor@corp.example Pass (v=spf1)
Wed Nov 18 18:03:41 2026 Info: MID 1040475 using engine: CASE spam negative
Wed Nov 18 18:03:42 2026 Info: MID 1040475 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 18:03:42 2026 Info: MID 1040475 attachment 'meeting.ics'
Wed Nov 18 18:03:42 2026 Info: MID 1040475 AMP file reputation verdict : LOWRISK
Wed Nov 18 18:03:44 2026 Info: New SMTP ICID 415960 interface IncomingMail (192.0.2.10) address 198.51.227.217 reverse dns host mail.client-b.example verified yes
Wed Nov 18 18:03:44 2026 Info: ICID 415960 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.0
Wed Nov 18 18:03:44 2026 Info: ICID 415960 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 18:03:44 2026 Info: Start MID 1040476 ICID 415960
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 From: <noah.ivanova@client-b.example>
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 RID 0 To: <ravi.nguyen@corp.example>
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 RID 1 To: <nina.patel@corp.example>
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 RID 2 To: <kofi.moreau@corp-mail.example>
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 RID 3 To: <zoe.kim@corp.example>
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 RID 4 To: <leo.dubois93@corp.example>
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 RID 5 To: <Lena.Sato@Corp.Example>
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 RID 6 To: <tom.weber@corp.example>
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 RID 7 To: <ana.kowalski@corp.example>
Wed Nov 18 18:03:44 2026 Info: MID 1040476 ICID 415960 RID 8 To: <ines.berg@corp.example>
Wed Nov 18 18:03:44 2026 Info: MID 1040475 queued for delivery
Wed Nov 18 18:03:45 2026 Info: MID 1040476 Message-ID '<CAi+TCvGvQ9PZAyqi_=X2SiExd9mZfzwrrVg4+LtoXLN@mail.client-b.example>'
Wed Nov 18 18:03:45 2026 Info: MID 1040476 Subject 'Meeting notes'
Wed Nov 18 18:03:45 2026 Info: MID 1040476 ready 26306 bytes from <noah.ivanova@client-b.example>
Wed Nov 18 18:03:45 2026 Info: MID 1040476 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Wed Nov 18 18:03:45 2026 Info: MID 1040476 using engine: CASE spam negative
Wed Nov 18 18:03:45 2026 Info: ICID 415960 close
Wed Nov 18 18:03:45 2026 Info: MID 1040476 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 18:03:46 2026 Info: MID 1040476 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 18:03:46 2026 Info: MID 1040476 rewritten to MID 1040477 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 18:03:46 2026 Info: Message finished MID 1040476 done
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 From: <noah.ivanova@client-b.example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 RID 0 To: <ravi.nguyen@corp.example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 RID 1 To: <nina.patel@corp.example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 RID 2 To: <kofi.moreau@corp-mail.example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 RID 3 To: <zoe.kim@corp.example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 RID 4 To: <leo.dubois93@corp.example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 RID 5 To: <Lena.Sato@Corp.Example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 RID 6 To: <tom.weber@corp.example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 RID 7 To: <ana.kowalski@corp.example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 ICID 0 RID 8 To: <ines.berg@corp.example>
Wed Nov 18 18:03:46 2026 Info: MID 1040477 Message-ID '<CAi+TCvGvQ9PZAyqi_=X2SiExd9mZfzwrrVg4+LtoXLN@mail.client-b.example>'
Wed Nov 18 18:03:46 2026 Info: MID 1040477 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 18:03:46 2026 Info: MID 1040477 queued for delivery
Wed Nov 18 18:03:47 2026 Info: New SMTP DCID 203948 interface 192.0.2.20 address 203.0.113.91 port 25
Wed Nov 18 18:03:47 2026 Info: DCID 203948 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 18:03:47 2026 Info: Delivery start DCID 203948 MID 1040475 to RID [0]
Wed Nov 18 18:03:47 2026 Info: Message done DCID 203948 MID 1040475 to RID [0]
Wed Nov 18 18:03:47 2026 Info: MID 1040475 RID [0] Response '2.0.0 Ok: queued as w3WsQp3a4MogeLyh'
Wed Nov 18 18:03:47 2026 Info: New SMTP DCID 203949 interface 192.0.2.20 address 203.0.113.145 port 25
Wed Nov 18 18:03:47 2026 Info: DCID 203949 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 18:03:47 2026 Info: Delivery start DCID 203949 MID 1040475 to RID [1]
Wed Nov 18 18:03:47 2026 Info: DCID 203948 close
Wed Nov 18 18:03:49 2026 Info: Message done DCID 203949 MID 1040475 to RID [1]
Wed Nov 18 18:03:49 2026 Info: MID 1040475 RID [1] Response '2.0.0 Ok: queued as punJLx8BSTFo7kGy'
Wed Nov 18 18:03:49 2026 Info: Message finished MID 1040475 done
Wed Nov 18 18:03:49 2026 Info: DCID 203949 close
Wed Nov 18 18:03:49 2026 Info: New SMTP DCID 203950 interface 192.0.2.20 address 52.101.53.246 port 25
Wed Nov 18 18:03:49 2026 Info: DCID 203950 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 18:03:49 2026 Info: Delivery start DCID 203950 MID 1040477 to RID [0, 1, 2, 3, 4, 5, 6, 7, 8]
Wed Nov 18 18:03:50 2026 Info: Message done DCID 203950 MID 1040477 to RID [0, 1, 2, 3, 4, 5, 6, 7, 8]
Wed Nov 18 18:03:50 2026 Info: MID 1040477 RID [0, 1, 2, 3, 4, 5, 6, 7, 8] Response '2.0.0 Ok: queued as k9HcoNyYyQojiTR5'
Wed Nov 18 18:03:50 2026 Info: DCID 203950 close
Wed Nov 18 18:03:50 2026 Info: Message finished MID 1040477 done
Wed Nov 18 18:24:18 2026 Info: New SMTP ICID 415961 interface IncomingMail (192.0.2.10) address 198.51.224.60 reverse dns host mail.client-a.example verified yes
Wed Nov 18 18:24:18 2026 Info: ICID 415961 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.9
Wed Nov 18 18:24:18 2026 Info: ICID 415961 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 18:24:19 2026 Info: Start MID 1040478 ICID 415961
Wed Nov 18 18:24:19 2026 Info: MID 1040478 ICID 415961 From: <ida.obrien@client-a.example>
Wed Nov 18 18:24:19 2026 Info: MID 1040478 ICID 415961 RID 0 To: <kofi.moreau@corp.example>
Wed Nov 18 18:24:19 2026 Info: MID 1040478 Message-ID '<7943fc164ca0848bcf73.56979@client-a.example>'
Wed Nov 18 18:24:19 2026 Info: MID 1040478 Subject 'Lunch on Friday?'
Wed Nov 18 18:24:19 2026 Info: MID 1040478 ready 6575 bytes from <ida.obrien@client-a.example>
Wed Nov 18 18:24:19 2026 Info: MID 1040478 DMARC: Verification passed
Wed Nov 18 18:24:19 2026 Info: MID 1040478 DKIM: pass signature verified (d=client-a.example s=s5 i=@client-a.example)
Wed Nov 18 18:24:19 2026 Info: ICID 415961 close
Wed Nov 18 18:24:19 2026 Info: MID 1040478 using engine: CASE spam negative
Wed Nov 18 18:24:19 2026 Info: MID 1040478 SPF: mailfrom identity ida.obrien@client-a.example Pass (v=spf1)
Wed Nov 18 18:24:19 2026 Info: MID 1040478 antivirus negative
Wed Nov 18 18:24:19 2026 Info: MID 1040478 interim AV verdict using Sophos CLEAN
Wed Nov 18 18:24:20 2026 Info: MID 1040478 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 18:24:20 2026 Info: MID 1040478 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 18:24:21 2026 Info: MID 1040478 queued for delivery
Wed Nov 18 18:24:25 2026 Info: New SMTP DCID 203951 interface 192.0.2.20 address 52.101.175.139 port 25
Wed Nov 18 18:24:25 2026 Info: DCID 203951 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 18:24:25 2026 Info: Delivery start DCID 203951 MID 1040478 to RID [0]
Wed Nov 18 18:24:27 2026 Info: Message done DCID 203951 MID 1040478 to RID [0]
Wed Nov 18 18:24:27 2026 Info: MID 1040478 RID [0] Response '2.0.0 Ok: queued as xdqtozDyDjWfySet'
Wed Nov 18 18:24:27 2026 Info: Message finished MID 1040478 done
Wed Nov 18 18:24:27 2026 Info: DCID 203951 close
Wed Nov 18 18:38:45 2026 Info: New SMTP ICID 415962 interface OutgoingMail (192.0.2.11) address 10.20.2.208 reverse dns host exch3.corp.example verified yes
Wed Nov 18 18:38:45 2026 Info: ICID 415962 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 18:38:45 2026 Info: Start MID 1040479 ICID 415962
Wed Nov 18 18:38:45 2026 Info: MID 1040479 ICID 415962 From: <journal@corp.example>
Wed Nov 18 18:38:45 2026 Info: MID 1040479 ICID 415962 RID 0 To: <nora.okafor@partner.example>
Wed Nov 18 18:38:46 2026 Info: MID 1040479 Message-ID '<14d5256ea402f99ed008.46186@corp.example>'
Wed Nov 18 18:38:46 2026 Info: MID 1040479 Subject 'Reminder: timesheets due'
Wed Nov 18 18:38:46 2026 Info: MID 1040479 ready 28400 bytes from <journal@corp.example>
Wed Nov 18 18:38:46 2026 Info: MID 1040479 DKIM: pass signature verified (d=corp.example s=s5 i=@corp.example)
Wed Nov 18 18:38:46 2026 Info: ICID 415962 close
Wed Nov 18 18:38:46 2026 Info: MID 1040479 using engine: CASE spam negative
Wed Nov 18 18:38:46 2026 Info: MID 1040479 DMARC: Verification passed
Wed Nov 18 18:38:46 2026 Info: MID 1040479 SPF: mailfrom identity journal@corp.example Pass (v=spf1)
Wed Nov 18 18:38:47 2026 Info: MID 1040479 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 18:38:47 2026 Info: MID 1040479 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 18:38:48 2026 Info: New SMTP ICID 415963 interface OutgoingMail (192.0.2.11) address 10.20.7.17 reverse dns host exch4.corp.example verified yes
Wed Nov 18 18:38:48 2026 Info: ICID 415963 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 18:38:48 2026 Info: MID 1040479 queued for delivery
Wed Nov 18 18:38:49 2026 Info: Start MID 1040480 ICID 415963
Wed Nov 18 18:38:49 2026 Info: MID 1040480 ICID 415963 From: <sam.obrien@corp.example>
Wed Nov 18 18:38:49 2026 Info: MID 1040480 ICID 415963 RID 0 To: <lena.berg@newsletter.example>
Wed Nov 18 18:38:49 2026 Info: MID 1040480 ICID 415963 RID 1 To: <noah.ivanova@client-b.example>
Wed Nov 18 18:38:49 2026 Info: MID 1040480 Message-ID '<ca54f6d03a76f883d822.91043@corp.example>'
Wed Nov 18 18:38:49 2026 Info: MID 1040480 Subject 'Candidate CV 6941'
Wed Nov 18 18:38:49 2026 Info: MID 1040480 ready 31033 bytes from <sam.obrien@corp.example>
Wed Nov 18 18:38:49 2026 Info: MID 1040480 SPF: mailfrom identity sam.obrien@corp.example Pass (v=spf1)
Wed Nov 18 18:38:49 2026 Info: ICID 415963 close
Wed Nov 18 18:38:49 2026 Info: MID 1040480 using engine: CASE spam negative
Wed Nov 18 18:38:49 2026 Info: MID 1040480 URL https://www.corp.example/t/6284a3cf42 has reputation 4.5 matched Condition: URL Reputation Rule
Wed Nov 18 18:38:50 2026 Info: New SMTP DCID 203952 interface 192.0.2.20 address 203.0.113.90 port 25
Wed Nov 18 18:38:50 2026 Info: DCID 203952 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 18:38:50 2026 Info: Delivery start DCID 203952 MID 1040479 to RID [0]
Wed Nov 18 18:38:50 2026 Info: MID 1040480 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 18:38:50 2026 Info: MID 1040480 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 18:38:51 2026 Info: MID 1040480 queued for delivery
Wed Nov 18 18:38:52 2026 Info: Message done DCID 203952 MID 1040479 to RID [0]
Wed Nov 18 18:38:52 2026 Info: MID 1040479 RID [0] Response '2.0.0 Ok: queued as GqNsFFTkjRtVN952'
Wed Nov 18 18:38:52 2026 Info: Message finished MID 1040479 done
Wed Nov 18 18:38:52 2026 Info: DCID 203952 close
Wed Nov 18 18:38:54 2026 Info: New SMTP DCID 203953 interface 192.0.2.20 address 203.0.113.128 port 25
Wed Nov 18 18:38:54 2026 Info: DCID 203953 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 18:38:54 2026 Info: Delivery start DCID 203953 MID 1040480 to RID [0]
Wed Nov 18 18:38:55 2026 Info: Message done DCID 203953 MID 1040480 to RID [0]
Wed Nov 18 18:38:55 2026 Info: MID 1040480 RID [0] Response '2.0.0 Ok: queued as qvtVEWyNoW4AkSsg'
Wed Nov 18 18:38:55 2026 Info: New SMTP DCID 203954 interface 192.0.2.20 address 203.0.113.251 port 25
Wed Nov 18 18:38:55 2026 Info: DCID 203954 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 18:38:55 2026 Info: Delivery start DCID 203954 MID 1040480 to RID [1]
Wed Nov 18 18:38:55 2026 Info: DCID 203953 close
Wed Nov 18 18:38:56 2026 Info: Message done DCID 203954 MID 1040480 to RID [1]
Wed Nov 18 18:38:56 2026 Info: MID 1040480 RID [1] Response '2.0.0 Ok: queued as 9RW3qNXgcW7uw9Ba'
Wed Nov 18 18:38:56 2026 Info: DCID 203954 close
Wed Nov 18 18:38:56 2026 Info: Message finished MID 1040480 done
Wed Nov 18 18:52:04 2026 Info: New SMTP ICID 415964 interface IncomingMail (192.0.2.10) address 198.51.223.25 reverse dns host mail.bank.example verified yes
Wed Nov 18 18:52:04 2026 Info: ICID 415964 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 2.4
Wed Nov 18 18:52:04 2026 Info: ICID 415964 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 18:52:04 2026 Info: Start MID 1040481 ICID 415964
Wed Nov 18 18:52:04 2026 Info: MID 1040481 ICID 415964 From: <sofia.walsh@bank.example>
Wed Nov 18 18:52:04 2026 Info: MID 1040481 ICID 415964 RID 0 To: <ivan.silva@corp.example>
Wed Nov 18 18:52:05 2026 Info: MID 1040481 Message-ID '<2250ca78f6783ffa759c.52107@bank.example>'
Wed Nov 18 18:52:05 2026 Info: MID 1040481 Subject 'Budget 2027 – first numbers'
Wed Nov 18 18:52:05 2026 Info: MID 1040481 ready 4891 bytes from <sofia.walsh@bank.example>
Wed Nov 18 18:52:05 2026 Info: ICID 415964 close
Wed Nov 18 18:52:05 2026 Info: MID 1040481 DMARC: Verification passed
Wed Nov 18 18:52:05 2026 Info: MID 1040481 DKIM: pass signature verified (d=bank.example s=s2 i=@bank.example)
Wed Nov 18 18:52:05 2026 Info: MID 1040481 interim AV verdict using Sophos CLEAN
Wed Nov 18 18:52:05 2026 Info: MID 1040481 using engine: CASE spam negative
Wed Nov 18 18:52:05 2026 Info: MID 1040481 SPF: mailfrom identity sofia.walsh@bank.example Pass (v=spf1)
Wed Nov 18 18:52:05 2026 Info: MID 1040481 antivirus negative
Wed Nov 18 18:52:06 2026 Info: MID 1040481 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 18:52:06 2026 Info: MID 1040481 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 18:52:08 2026 Info: MID 1040481 queued for delivery
Wed Nov 18 18:52:11 2026 Info: New SMTP DCID 203955 interface 192.0.2.20 address 52.101.23.216 port 25
Wed Nov 18 18:52:11 2026 Info: DCID 203955 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 18:52:11 2026 Info: Delivery start DCID 203955 MID 1040481 to RID [0]
Wed Nov 18 18:52:11 2026 Info: Message done DCID 203955 MID 1040481 to RID [0]
Wed Nov 18 18:52:11 2026 Info: MID 1040481 RID [0] Response '2.6.0 [InternalId=650513522949, Hostname=AM0PR01MB8275.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 18:52:11 2026 Info: DCID 203955 close
Wed Nov 18 18:52:11 2026 Info: Message finished MID 1040481 done
Wed Nov 18 19:17:19 2026 Info: New SMTP ICID 415965 interface IncomingMail (192.0.2.10) address 198.51.250.81 reverse dns host mail.logistics.example verified yes
Wed Nov 18 19:17:19 2026 Info: ICID 415965 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.0
Wed Nov 18 19:17:19 2026 Info: ICID 415965 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 19:17:19 2026 Info: Start MID 1040482 ICID 415965
Wed Nov 18 19:17:19 2026 Info: MID 1040482 ICID 415965 From: <yuki.sato@logistics.example>
Wed Nov 18 19:17:19 2026 Info: MID 1040482 ICID 415965 RID 0 To: <sara.novak23@corp.example>
Wed Nov 18 19:17:19 2026 Info: MID 1040482 Message-ID '<c95ed7be50c8d7b3e4c4.68617@logistics.example>'
Wed Nov 18 19:17:19 2026 Info: MID 1040482 Subject 'FW: contract draft'
Wed Nov 18 19:17:19 2026 Info: MID 1040482 ready 524136 bytes from <yuki.sato@logistics.example>
Wed Nov 18 19:17:19 2026 Info: MID 1040482 using engine: CASE spam negative
Wed Nov 18 19:17:20 2026 Info: MID 1040482 DKIM: pass signature verified (d=logistics.example s=s4 i=@logistics.example)
Wed Nov 18 19:17:20 2026 Info: ICID 415965 close
Wed Nov 18 19:17:20 2026 Info: MID 1040482 DMARC: Verification passed
Wed Nov 18 19:17:20 2026 Info: MID 1040482 SPF: mailfrom identity yuki.sato@logistics.example Pass (v=spf1)
Wed Nov 18 19:17:20 2026 Info: MID 1040482 interim AV verdict using Sophos CLEAN
Wed Nov 18 19:17:20 2026 Info: MID 1040482 antivirus negative
Wed Nov 18 19:17:21 2026 Info: MID 1040482 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 19:17:21 2026 Info: MID 1040482 attachment 'invoice_18015.pdf'
Wed Nov 18 19:17:21 2026 Info: MID 1040482 AMP file reputation verdict : UNKNOWN
Wed Nov 18 19:17:22 2026 Info: MID 1040482 queued for delivery
Wed Nov 18 19:17:26 2026 Info: New SMTP DCID 203956 interface 192.0.2.20 address 52.101.29.242 port 25
Wed Nov 18 19:17:26 2026 Info: DCID 203956 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 19:17:26 2026 Info: Delivery start DCID 203956 MID 1040482 to RID [0]
Wed Nov 18 19:17:28 2026 Info: Message done DCID 203956 MID 1040482 to RID [0] [('from', 'yuki.sato@logistics.example'), ('to', 'sara.novak23@corp.example')]
Wed Nov 18 19:17:28 2026 Info: MID 1040482 RID [0] Response '2.6.0 [InternalId=156883320880, Hostname=AM0PR01MB4294.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 19:17:28 2026 Info: Message finished MID 1040482 done
Wed Nov 18 19:17:28 2026 Info: DCID 203956 close
Wed Nov 18 20:03:55 2026 Info: New SMTP ICID 415966 interface IncomingMail (192.0.2.10) address 198.51.238.180 reverse dns host mail.newsletter.example verified yes
Wed Nov 18 20:03:55 2026 Info: ICID 415966 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 5.9
Wed Nov 18 20:03:55 2026 Info: ICID 415966 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 20:03:55 2026 Info: Start MID 1040483 ICID 415966
Wed Nov 18 20:03:55 2026 Info: MID 1040483 ICID 415966 From: <marc.rossi@newsletter.example>
Wed Nov 18 20:03:55 2026 Info: MID 1040483 ICID 415966 RID 0 To: <zoe.kim@corp.example>
Wed Nov 18 20:03:55 2026 Info: New SMTP ICID 415967 interface IncomingMail (192.0.2.10) address 198.51.235.96 reverse dns host mail.supplier.example verified yes
Wed Nov 18 20:03:55 2026 Info: ICID 415967 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 0.4
Wed Nov 18 20:03:55 2026 Info: ICID 415967 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 20:03:55 2026 Info: Start MID 1040485 ICID 415967
Wed Nov 18 20:03:55 2026 Info: MID 1040485 ICID 415967 From: <ana.mendes@supplier.example>
Wed Nov 18 20:03:55 2026 Info: MID 1040485 ICID 415967 RID 0 To: <helpdesk@corp-mail.example>
Wed Nov 18 20:03:56 2026 Info: MID 1040483 Message-ID '<2ca214961fc543e189ed.38331@newsletter.example>'
Wed Nov 18 20:03:56 2026 Info: MID 1040483 Subject 'Weekly newsletter #21739'
Wed Nov 18 20:03:56 2026 Info: MID 1040483 ready 31006 bytes from <marc.rossi@newsletter.example>
Wed Nov 18 20:03:56 2026 Info: MID 1040483 using engine: CASE spam negative
Wed Nov 18 20:03:56 2026 Info: ICID 415966 close
Wed Nov 18 20:03:56 2026 Info: MID 1040483 DMARC: Verification passed
Wed Nov 18 20:03:56 2026 Info: MID 1040483 DKIM: pass signature verified (d=newsletter.example s=s2 i=@newsletter.example)
Wed Nov 18 20:03:56 2026 Info: MID 1040483 SPF: mailfrom identity marc.rossi@newsletter.example Pass (v=spf1)
Wed Nov 18 20:03:56 2026 Info: MID 1040485 Message-ID '<99679a046cd3280b%32#&a80fb@supplier.example>'
Wed Nov 18 20:03:56 2026 Info: MID 1040485 Subject 'Price list 84339'
Wed Nov 18 20:03:56 2026 Info: MID 1040485 ready 14472 bytes from <ana.mendes@supplier.example>
Wed Nov 18 20:03:56 2026 Info: MID 1040485 interim AV verdict using Sophos CLEAN
Wed Nov 18 20:03:56 2026 Info: MID 1040485 DMARC: Verification passed
Wed Nov 18 20:03:56 2026 Info: ICID 415967 close
Wed Nov 18 20:03:56 2026 Info: MID 1040485 using engine: CASE spam negative
Wed Nov 18 20:03:56 2026 Info: MID 1040485 antivirus negative
Wed Nov 18 20:03:56 2026 Info: MID 1040485 DKIM: pass signature verified (d=supplier.example s=s9 i=@supplier.example)
Wed Nov 18 20:03:56 2026 Info: MID 1040485 SPF: mailfrom identity ana.mendes@supplier.example Pass (v=spf1)
Wed Nov 18 20:03:56 2026 Info: MID 1040485 matched all recipients for per-recipient policy DEFAULT in the inbound table
Wed Nov 18 20:03:57 2026 Info: MID 1040485 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 20:03:57 2026 Info: MID 1040483 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 20:03:57 2026 Info: MID 1040483 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 20:03:59 2026 Info: MID 1040483 rewritten to MID 1040484 by url-rewrite filter 'Rewrite_URLs'
Wed Nov 18 20:03:59 2026 Info: Message finished MID 1040483 done
Wed Nov 18 20:03:59 2026 Info: MID 1040484 ICID 0 From: <marc.rossi@newsletter.example>
Wed Nov 18 20:03:59 2026 Info: MID 1040484 ICID 0 RID 0 To: <zoe.kim@corp.example>
Wed Nov 18 20:03:59 2026 Info: MID 1040484 Message-ID '<2ca214961fc543e189ed.38331@newsletter.example>'
Wed Nov 18 20:03:59 2026 Info: MID 1040484 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 20:03:59 2026 Info: MID 1040484 queued for delivery
Wed Nov 18 20:03:59 2026 Info: MID 1040485 queued for delivery
Wed Nov 18 20:03:59 2026 Info: New SMTP DCID 203957 interface 192.0.2.20 address 52.101.95.91 port 25
Wed Nov 18 20:03:59 2026 Info: DCID 203957 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 20:03:59 2026 Info: Delivery start DCID 203957 MID 1040484 to RID [0]
Wed Nov 18 20:03:59 2026 Info: Message done DCID 203957 MID 1040484 to RID [0]
Wed Nov 18 20:03:59 2026 Info: MID 1040484 RID [0] Response '2.6.0 [InternalId=377896053887, Hostname=AM0PR01MB5365.eurprd01.prod.outlook.com] Queued mail for delivery'
Wed Nov 18 20:03:59 2026 Info: Message finished MID 1040484 done
Wed Nov 18 20:03:59 2026 Info: DCID 203957 close
Wed Nov 18 20:04:02 2026 Info: New SMTP DCID 203958 interface 192.0.2.20 address 52.101.242.244 port 25
Wed Nov 18 20:04:02 2026 Info: DCID 203958 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 20:04:02 2026 Info: Delivery start DCID 203958 MID 1040485 to RID [0]
Wed Nov 18 20:04:03 2026 Info: Message done DCID 203958 MID 1040485 to RID [0]
Wed Nov 18 20:04:03 2026 Info: MID 1040485 RID [0] Response '2.0.0 Ok: queued as wETdj4EyNzxwrMJB'
Wed Nov 18 20:04:03 2026 Info: DCID 203958 close
Wed Nov 18 20:04:03 2026 Info: Message finished MID 1040485 done
Wed Nov 18 20:59:45 2026 Info: New SMTP ICID 415968 interface OutgoingMail (192.0.2.11) address 10.20.9.134 reverse dns host exch2.corp.example verified yes
Wed Nov 18 20:59:45 2026 Info: ICID 415968 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 20:59:45 2026 Info: Start MID 1040486 ICID 415968
Wed Nov 18 20:59:45 2026 Info: MID 1040486 ICID 415968 From: <journal@corp.example>
Wed Nov 18 20:59:45 2026 Info: MID 1040486 ICID 415968 RID 0 To: <emma.larsen@university.example>
Wed Nov 18 20:59:45 2026 Info: MID 1040486 ICID 415968 RID 1 To: <tom.smith@partner.example>
Wed Nov 18 20:59:45 2026 Info: MID 1040486 Message-ID '<9ed879ea56dfa909ef3b.54625@corp.example>'
Wed Nov 18 20:59:45 2026 Info: MID 1040486 Subject 'Lunch on Friday?'
Wed Nov 18 20:59:45 2026 Info: MID 1040486 ready 10951 bytes from <journal@corp.example>
Wed Nov 18 20:59:45 2026 Info: ICID 415968 close
Wed Nov 18 20:59:45 2026 Info: MID 1040486 SPF: mailfrom identity journal@corp.example Pass (v=spf1)
Wed Nov 18 20:59:45 2026 Info: MID 1040486 using engine: CASE spam negative
Wed Nov 18 20:59:45 2026 Info: MID 1040486 DKIM: pass signature verified (d=corp.example s=s1 i=@corp.example)
Wed Nov 18 20:59:45 2026 Info: MID 1040486 DMARC: Verification passed
Wed Nov 18 20:59:46 2026 Info: MID 1040486 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 20:59:47 2026 Info: MID 1040486 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 20:59:47 2026 Info: MID 1040486 queued for delivery
Wed Nov 18 20:59:51 2026 Info: New SMTP DCID 203959 interface 192.0.2.20 address 203.0.113.108 port 25
Wed Nov 18 20:59:51 2026 Info: DCID 203959 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 20:59:51 2026 Info: Delivery start DCID 203959 MID 1040486 to RID [0]
Wed Nov 18 20:59:52 2026 Info: Message done DCID 203959 MID 1040486 to RID [0]
Wed Nov 18 20:59:52 2026 Info: MID 1040486 RID [0] Response '2.0.0 Ok: queued as hNCT7GE4XGnXz2EJ'
Wed Nov 18 20:59:52 2026 Info: New SMTP DCID 203960 interface 192.0.2.20 address 203.0.113.130 port 25
Wed Nov 18 20:59:52 2026 Info: DCID 203960 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Wed Nov 18 20:59:52 2026 Info: Delivery start DCID 203960 MID 1040486 to RID [1]
Wed Nov 18 20:59:52 2026 Info: DCID 203959 close
Wed Nov 18 20:59:54 2026 Info: Message done DCID 203960 MID 1040486 to RID [1]
Wed Nov 18 20:59:54 2026 Info: MID 1040486 RID [1] Response '2.0.0 Ok: queued as EhKf38qqaogZVcAs'
Wed Nov 18 20:59:54 2026 Info: Message finished MID 1040486 done
Wed Nov 18 20:59:54 2026 Info: DCID 203960 close
Wed Nov 18 22:01:09 2026 Info: New SMTP ICID 415969 interface IncomingMail (192.0.2.10) address 198.51.68.120 reverse dns host mail.client-b.example verified yes
Wed Nov 18 22:01:09 2026 Info: ICID 415969 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 1.0
Wed Nov 18 22:01:09 2026 Info: ICID 415969 TLS success protocol TLSv1.2 cipher TLS_AES_256_GCM_SHA384
Wed Nov 18 22:01:09 2026 Info: Start MID 1040487 ICID 415969
Wed Nov 18 22:01:09 2026 Info: MID 1040487 ICID 415969 From: <noah.ivanova@client-b.example>
Wed Nov 18 22:01:09 2026 Info: MID 1040487 ICID 415969 RID 0 To: <akowalski@corp.example>
Wed Nov 18 22:01:10 2026 Info: MID 1040487 Message-ID '<79f683d5c41ebd08b7d0.18643@client-b.example>'
Wed Nov 18 22:01:10 2026 Info: MID 1040487 Subject 'Scan from copier 61475'
Wed Nov 18 22:01:10 2026 Info: MID 1040487 ready 552272 bytes from <noah.ivanova@client-b.example>
Wed Nov 18 22:01:10 2026 Info: MID 1040487 using engine: CASE spam negative
Wed Nov 18 22:01:10 2026 Info: ICID 415969 close
Wed Nov 18 22:01:10 2026 Info: MID 1040487 URL https://www.client-b.example/t/6f10ccd588 has reputation 0.0 matched Condition: URL Reputation Rule
Wed Nov 18 22:01:10 2026 Info: MID 1040487 SPF: mailfrom identity noah.ivanova@client-b.example Pass (v=spf1)
Wed Nov 18 22:01:11 2026 Info: MID 1040487 matched all recipients for per-recipient policy Engineering in the inbound table
Wed Nov 18 22:01:11 2026 Info: MID 1040487 attachment 'Q3 Report 2026.pdf'
Wed Nov 18 22:01:11 2026 Info: MID 1040487 AMP file reputation verdict : CLEAN
Wed Nov 18 22:01:11 2026 Info: MID 1040487 queued for delivery
Wed Nov 18 22:01:12 2026 Info: New SMTP DCID 203961 interface 192.0.2.20 address 52.101.38.182 port 25
Wed Nov 18 22:01:12 2026 Info: DCID 203961 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 22:01:12 2026 Info: Delivery start DCID 203961 MID 1040487 to RID [0]
Wed Nov 18 22:01:14 2026 Info: Message done DCID 203961 MID 1040487 to RID [0]
Wed Nov 18 22:01:14 2026 Info: MID 1040487 RID [0] Response '2.0.0 Ok: queued as eTFYeVokKPBRauxp'
Wed Nov 18 22:01:14 2026 Info: Message finished MID 1040487 done
Wed Nov 18 22:01:14 2026 Info: DCID 203961 close
Wed Nov 18 23:27:21 2026 Info: New SMTP ICID 415970 interface OutgoingMail (192.0.2.11) address 10.20.1.40 reverse dns host exch1.corp.example verified yes
Wed Nov 18 23:27:21 2026 Info: ICID 415970 RELAY SG RELAYLIST match 10.0.0.0/8 SBRS not enabled
Wed Nov 18 23:27:22 2026 Info: Start MID 1040488 ICID 415970
Wed Nov 18 23:27:22 2026 Info: MID 1040488 ICID 415970 From: <emma.garcia@corp.example>
Wed Nov 18 23:27:22 2026 Info: MID 1040488 ICID 415970 RID 0 To: <paul.moreau@gmail.example>
Wed Nov 18 23:27:22 2026 Info: MID 1040488 Message-ID '<CAAuDVRJNGUlcOxVx8vHlexwSwdZQ9Tg5g=a6fgenOlk@mail.corp.example>'
Wed Nov 18 23:27:22 2026 Info: MID 1040488 Subject 'Re: Re: Re: hiring plan'
Wed Nov 18 23:27:22 2026 Info: MID 1040488 ready 25117 bytes from <emma.garcia@corp.example>
Wed Nov 18 23:27:22 2026 Info: MID 1040488 interim AV verdict using Sophos CLEAN
Wed Nov 18 23:27:22 2026 Info: MID 1040488 SPF: mailfrom identity emma.garcia@corp.example Pass (v=spf1)
Wed Nov 18 23:27:22 2026 Info: ICID 415970 close
Wed Nov 18 23:27:22 2026 Info: MID 1040488 antivirus negative
Wed Nov 18 23:27:22 2026 Info: MID 1040488 DMARC: Verification passed
Wed Nov 18 23:27:22 2026 Info: MID 1040488 using engine: CASE spam negative
Wed Nov 18 23:27:22 2026 Info: MID 1040488 DKIM: pass signature verified (d=corp.example s=s3 i=@corp.example)
Wed Nov 18 23:27:24 2026 Info: MID 1040488 matched all recipients for per-recipient policy DEFAULT in the outbound table
Wed Nov 18 23:27:24 2026 Info: MID 1040488 AMP file reputation verdict : SKIPPED (no attachment in message)
Wed Nov 18 23:27:25 2026 Info: MID 1040488 queued for delivery
Wed Nov 18 23:27:27 2026 Info: New SMTP DCID 203962 interface 192.0.2.20 address 203.0.113.7 port 25
Wed Nov 18 23:27:27 2026 Info: DCID 203962 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Wed Nov 18 23:27:27 2026 Info: Delivery start DCID 203962 MID 1040488 to RID [0]
Wed Nov 18 23:27:29 2026 Info: Message done DCID 203962 MID 1040488 to RID [0]
Wed Nov 18 23:27:29 2026 Info: MID 1040488 RID [0] Response '2.0.0 Ok: queued as 3nJ5Z2A6Q2hBYc5q'
Wed Nov 18 23:27:29 2026 Info: DCID 203962 close
Wed Nov 18 23:27:29 2026 Info: Message finished MID 1040488 done
Thu Nov 19 00:00:00 2026 Info: End Logfile

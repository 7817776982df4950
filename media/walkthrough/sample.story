---
date: 2020-01-10
---
Iraq asks US to plan troop withdrawal
Iraqi Prime Minister Adel Abdul-Mahdi asked US Secretary of State Mike Pompeo on Thursday to send a delegation to plan the withdrawal of US troops, according to a statement released on Friday.
The statement said Pompeo called the Iraqi premier after recent signals towards de-escalation between Tehran and Washington.
Iraqi lawmakers voted last Sunday to oust US troops from the country.
“We will not let our country become a battlefield for others.”

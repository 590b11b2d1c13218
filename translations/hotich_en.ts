<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>Marriage</translation>
    </message>
    <message>
        <source>Parent–child recognition</source>
        <translation>Parent–child recognition</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>Guardianship</translation>
    </message>
    <message>
        <source>End of guardianship</source>
        <translation>End of guardianship</translation>
    </message>
    <message>
        <source>Change of guardian</source>
        <translation>Change of guardian</translation>
    </message>
    <message>
        <source>Change, correction, supplement</source>
        <translation>Change, correction, supplement</translation>
    </message>
    <message>
        <source>Ethnicity re-determination</source>
        <translation>Ethnicity re-determination</translation>
    </message>
    <message>
        <source>Marital-status certificate</source>
        <translation>Marital-status certificate</translation>
    </message>
    <message>
        <source>Recording in the register</source>
        <translation>Recording in the register</translation>
    </message>
    <message>
        <source>Extract copy</source>
        <translation>Extract copy</translation>
    </message>
    <message>
        <source>Civil-status officer</source>
        <translation>Civil-status officer</translation>
    </message>
    <message>
        <source>Signer (commune chair or vice-chair)</source>
        <translation>Signer (commune chair or vice-chair)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Person registered</source>
        <translation>Person registered</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Hometown</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Personal ID number</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Parent&apos;s role</source>
        <translation>Parent&apos;s role</translation>
    </message>
    <message>
        <source>Wife</source>
        <translation>Wife</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Declarant</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>New guardian</source>
        <translation>New guardian</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Death notice</source>
        <translation>Death notice</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Amends record</source>
        <translation>Amends record</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kind of recording</source>
        <translation>Kind of recording</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>For a marriage</source>
        <translation>For a marriage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period of residence</source>
        <translation>Period of residence</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Related record</source>
        <translation>Related record</translation>
    </message>
    <message>
        <source>Historical record</source>
        <translation>Historical record</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Other party</translation>
    </message>
    <message>
        <source>Re-registration</source>
        <translation>Re-registration</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Ethnicity re-determined</source>
        <translation>Ethnicity re-determined</translation>
    </message>
    <message>
        <source>Personal ID number assigned</source>
        <translation>Personal ID number assigned</translation>
    </message>
    <message>
        <source>Guardian changed</source>
        <translation>Guardian changed</translation>
    </message>
    <message>
        <source>Guardianship ended</source>
        <translation>Guardianship ended</translation>
    </message>
    <message>
        <source>Time, place and cause of death</source>
        <translation>Time, place and cause of death</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>entered in the register</source>
        <translation>entered in the register</translation>
    </message>
    <message>
        <source>printed, waiting for signature</source>
        <translation>printed, waiting for signature</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>issued to the citizen</source>
        <translation>issued to the citizen</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Supporting document</translation>
    </message>
    <message>
        <source>The parent</source>
        <translation>The parent</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Statutory guardianship</source>
        <translation>Statutory guardianship</translation>
    </message>
    <message>
        <source>Appointed guardianship</source>
        <translation>Appointed guardianship</translation>
    </message>
    <message>
        <source>Never married</source>
        <translation>Never married</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Divorce</source>
        <translation>Divorce</translation>
    </message>
    <message>
        <source>Annulment of an unlawful marriage</source>
        <translation>Annulment of an unlawful marriage</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>End of an adoption</source>
        <translation>End of an adoption</translation>
    </message>
    <message>
        <source>Determination of parentage</source>
        <translation>Determination of parentage</translation>
    </message>
    <message>
        <source>Re-determination of sex</source>
        <translation>Re-determination of sex</translation>
    </message>
    <message>
        <source>Declaration of a missing person</source>
        <translation>Declaration of a missing person</translation>
    </message>
    <message>
        <source>Declaration of death</source>
        <translation>Declaration of death</translation>
    </message>
    <message>
        <source>Change of nationality</source>
        <translation>Change of nationality</translation>
    </message>
    <message>
        <source>Civil-status event registered abroad</source>
        <translation>Civil-status event registered abroad</translation>
    </message>
    <message>
        <source>Date of birth in words</source>
        <translation>Date of birth in words</translation>
    </message>
    <message>
        <source>Court judgment declaring the death</source>
        <translation>Court judgment declaring the death</translation>
    </message>
    <message>
        <source>Police or forensic confirmation</source>
        <translation>Police or forensic confirmation</translation>
    </message>
    <message>
        <source>Confirmation by the commune</source>
        <translation>Confirmation by the commune</translation>
    </message>
    <message>
        <source>Correction of a mistake (cải chính)</source>
        <translation>Correction of a mistake (cải chính)</translation>
    </message>
    <message>
        <source>Change (thay đổi)</source>
        <translation>Change (thay đổi)</translation>
    </message>
    <message>
        <source>Supplement of missing information (bổ sung)</source>
        <translation>Supplement of missing information (bổ sung)</translation>
    </message>
    <message>
        <source>Date of death in words</source>
        <translation>Date of death in words</translation>
    </message>
    <message>
        <source>requested, waiting for the national database</source>
        <translation>requested, waiting for the national database</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>suspected duplicate</source>
        <translation>suspected duplicate</translation>
    </message>
    <message>
        <source>needs verification</source>
        <translation>needs verification</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>taken for printing, to be confirmed or spoiled</source>
        <translation>taken for printing, to be confirmed or spoiled</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>spoiled</source>
        <translation>spoiled</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
</context>
<context>
    <name>PrinterList</name>
    <message>
        <source>(no printer on this computer)</source>
        <translation>(no printer on this computer)</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Civil-status register</source>
        <translation>Civil-status register</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use vi or en.</source>
        <translation>Unknown language &quot;%1&quot;: use vi or en.</translation>
    </message>
    <message>
        <source>Civil-status register of the commune office</source>
        <translation>Civil-status register of the commune office</translation>
    </message>
    <message>
        <source>The register file (default: %1).</source>
        <translation>The register file (default: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The interface language: vi (default) or en.</source>
        <translation>The interface language: vi (default) or en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: hotich [--db FILE] [--lang vi|en]</source>
        <translation>Unexpected argument &quot;%1&quot;. Usage: hotich [--db FILE] [--lang vi|en]</translation>
    </message>
    <message>
        <source>No register yet</source>
        <translation>No register yet</translation>
    </message>
    <message>
        <source>There is no register at %1.

The office&apos;s IT staff create it with:
  hotich-admin --db &quot;%1&quot; init --office COMMUNE_CODE --admin LOGIN
and add the officers&apos; accounts with:
  hotich-admin --db &quot;%1&quot; --user LOGIN user add …
Then start hotich again (with --db if the register is elsewhere).</source>
        <translation>There is no register at %1.

The office&apos;s IT staff create it with:
  hotich-admin --db &quot;%1&quot; init --office COMMUNE_CODE --admin LOGIN
and add the officers&apos; accounts with:
  hotich-admin --db &quot;%1&quot; --user LOGIN user add …
Then start hotich again (with --db if the register is elsewhere).</translation>
    </message>
    <message>
        <source>The register cannot be opened</source>
        <translation>The register cannot be opened</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::BackupPanel</name>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancel the backup</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Backup message</translation>
    </message>
    <message>
        <source>Folder or USB drive:</source>
        <translation>Folder or USB drive:</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>Scheduled backup</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Scheduled backups kept</source>
        <translation>Scheduled backups kept</translation>
    </message>
    <message>
        <source>Save the &amp;schedule</source>
        <translation>Save the &amp;schedule</translation>
    </message>
    <message>
        <source>Schedule message</source>
        <translation>Schedule message</translation>
    </message>
    <message>
        <source>Last scheduled backup</source>
        <translation>Last scheduled backup</translation>
    </message>
    <message>
        <source>Scheduled backup:</source>
        <translation>Scheduled backup:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Backups kept:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Backup file to restore</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Register backups (*.db *.sqlite);;All files (*)</source>
        <translation>Register backups (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;tore…</translation>
    </message>
    <message>
        <source>Restore message</source>
        <translation>Restore message</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup.</source>
        <translation>Only an administrator restores a backup.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <source>A backup is running already: wait until it ends.</source>
        <translation>A backup is running already: wait until it ends.</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>Cancelling the backup…</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <source>The schedule is saved for the office.</source>
        <translation>The schedule is saved for the office.</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>The schedule was not saved: %1</translation>
    </message>
    <message>
        <source>Type or choose the backup file to restore.</source>
        <translation>Type or choose the backup file to restore.</translation>
    </message>
    <message>
        <source>There is no file %1: nothing was restored.</source>
        <translation>There is no file %1: nothing was restored.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore the register from %1?

The register as it is now is kept beside it, as a safety copy whose name is shown afterwards. The register then holds what the backup holds: what was registered after the backup is no longer in it (the safety copy keeps it). Before anything is registered again, the register must catch up with the ministry server (Sync). Then everyone logs in again.</source>
        <translation>Restore the register from %1?

The register as it is now is kept beside it, as a safety copy whose name is shown afterwards. The register then holds what the backup holds: what was registered after the backup is no longer in it (the safety copy keeps it). Before anything is registered again, the register must catch up with the ministry server (Sync). Then everyone logs in again.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>A backup is running: restore when it has ended.</source>
        <translation>A backup is running: restore when it has ended.</translation>
    </message>
    <message>
        <source>Checking and restoring %1…</source>
        <translation>Checking and restoring %1…</translation>
    </message>
    <message>
        <source>Nothing was restored and the register is unchanged: %1</source>
        <translation>Nothing was restored and the register is unchanged: %1</translation>
    </message>
    <message>
        <source>The register is restored from %1. The register as it was is kept in %2.</source>
        <translation>The register is restored from %1. The register as it was is kept in %2.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::BackupScheduler</name>
    <message>
        <source>The scheduled backup failed at %1: %2</source>
        <translation>The scheduled backup failed at %1: %2</translation>
    </message>
    <message>
        <source>Scheduled backup made at %1: %2. The next one is due from %3.</source>
        <translation>Scheduled backup made at %1: %2. The next one is due from %3.</translation>
    </message>
    <message>
        <source>Last scheduled backup: %1. The next one is due from %2.</source>
        <translation>Last scheduled backup: %1. The next one is due from %2.</translation>
    </message>
    <message>
        <source>Scheduled backup failed: see Settings</source>
        <translation>Scheduled backup failed: see Settings</translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation>Backed up %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose a folder or plug the USB drive in.</source>
        <translation>The folder %1 does not exist: choose a folder or plug the USB drive in.</translation>
    </message>
    <message>
        <source>The backup was cancelled: no file was written.</source>
        <translation>The backup was cancelled: no file was written.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 MB). Keep the drive in a safe place.</source>
        <translation>Backed up to %1 (%2 MB). Keep the drive in a safe place.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::BatchPrintScreen</name>
    <message>
        <source>Print the files waiting for their paper</source>
        <translation>Print the files waiting for their paper</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;orm</translation>
    </message>
    <message>
        <source>Files waiting for their paper</source>
        <translation>Files waiting for their paper</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>A PDF file for each record, in the &amp;folder</source>
        <translation>A PDF file for each record, in the &amp;folder</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Prin&amp;ter</source>
        <translation>Prin&amp;ter</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Print to</translation>
    </message>
    <message>
        <source>&amp;Print them all</source>
        <translation>&amp;Print them all</translation>
    </message>
    <message>
        <source>Stop after this sheet (Esc)</source>
        <translation>Stop after this sheet (Esc)</translation>
    </message>
    <message>
        <source>Sheets printed</source>
        <translation>Sheets printed</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Print result</source>
        <translation>Print result</translation>
    </message>
    <message>
        <source>No file of this kind is waiting for its paper.</source>
        <translation>No file of this kind is waiting for its paper.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for their paper.</source>
        <translation>
            <numerusform>%n file waiting for its paper.</numerusform>
            <numerusform>%n files waiting for their paper.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n sheet(s)…</source>
        <translation>
            <numerusform>Preparing %n sheet…</numerusform>
            <numerusform>Preparing %n sheets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the sheet being printed…</source>
        <translation>Stopping after the sheet being printed…</translation>
    </message>
    <message>
        <source>Printed %1 of %2…</source>
        <translation>Printed %1 of %2…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Nothing was printed: %1</translation>
    </message>
    <message>
        <source>Printing stopped after %1 of %2 files: %3</source>
        <translation>Printing stopped after %1 of %2 files: %3</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 files, as asked. Those printed are marked printed; the others are still listed.</source>
        <translation>Stopped after %1 of %2 files, as asked. Those printed are marked printed; the others are still listed.</translation>
    </message>
    <message>
        <source>Printed %1 of %2 files on %3. Each file is marked printed and waits for the signature.</source>
        <translation>Printed %1 of %2 files on %3. Each file is marked printed and waits for the signature.</translation>
    </message>
    <message>
        <source>A file could not be marked printed: %1</source>
        <translation>A file could not be marked printed: %1</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::BirthForm</name>
    <message>
        <source>Birth registration</source>
        <translation>Birth registration</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>The mother</source>
        <translation>The mother</translation>
    </message>
    <message>
        <source>The father</source>
        <translation>The father</translation>
    </message>
    <message>
        <source>The declarant</source>
        <translation>The declarant</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Possible duplicate: already registered</source>
        <translation>Possible duplicate: already registered</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>The first row is this registration. Check the records below with the declarant; press Enter (Save) again to register it anyway, or Escape to go back to the form.</source>
        <translation>The first row is this registration. Check the records below with the declarant; press Enter (Save) again to register it anyway, or Escape to go back to the form.</translation>
    </message>
    <message>
        <source>Looking for the same birth in the register…</source>
        <translation>Looking for the same birth in the register…</translation>
    </message>
    <message>
        <source>(this registration)</source>
        <translation>(this registration)</translation>
    </message>
    <message numerus="yes">
        <source>%n birth(s) with the same name, date of birth and mother already registered: see below. Press Enter to register this one anyway, or change the form.</source>
        <translation>
            <numerusform>%n birth(s) with the same name, date of birth and mother already registered: see below. Press Enter to register this one anyway, or change the form.</numerusform>
            <numerusform>%n birth(s) with the same name, date of birth and mother already registered: see below. Press Enter to register this one anyway, or change the form.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard what was typed in this birth registration?</source>
        <translation>Discard what was typed in this birth registration?</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::CalibrationScreen</name>
    <message>
        <source>Calibrate a printer</source>
        <translation>Calibrate a printer</translation>
    </message>
    <message>
        <source>Form to calibrate</source>
        <translation>Form to calibrate</translation>
    </message>
    <message>
        <source>Printer to calibrate</source>
        <translation>Printer to calibrate</translation>
    </message>
    <message>
        <source>PDF file instead of the printer</source>
        <translation>PDF file instead of the printer</translation>
    </message>
    <message>
        <source>Empty: the page goes to the printer</source>
        <translation>Empty: the page goes to the printer</translation>
    </message>
    <message>
        <source>1. Print the calibration page on plain paper</source>
        <translation>1. Print the calibration page on plain paper</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>Or a PDF file:</source>
        <translation>Or a PDF file:</translation>
    </message>
    <message>
        <source>&amp;Print the calibration page</source>
        <translation>&amp;Print the calibration page</translation>
    </message>
    <message>
        <source>2. Hold it on a blank form against the light</source>
        <translation>2. Hold it on a blank form against the light</translation>
    </message>
    <message>
        <source>At each crosshair, read where the blank form&apos;s own mark falls on the ticks: to the right and down are positive, to the left and up negative.</source>
        <translation>At each crosshair, read where the blank form&apos;s own mark falls on the ticks: to the right and down are positive, to the left and up negative.</translation>
    </message>
    <message>
        <source>Offset to the right</source>
        <translation>Offset to the right</translation>
    </message>
    <message>
        <source>Offset down</source>
        <translation>Offset down</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Save the correction</translation>
    </message>
    <message>
        <source>Mark to the right by:</source>
        <translation>Mark to the right by:</translation>
    </message>
    <message>
        <source>Mark down by:</source>
        <translation>Mark down by:</translation>
    </message>
    <message>
        <source>Calibration state</source>
        <translation>Calibration state</translation>
    </message>
    <message>
        <source>No correction is saved for this printer and form.</source>
        <translation>No correction is saved for this printer and form.</translation>
    </message>
    <message>
        <source>Saved correction: %1 mm to the right, %2 mm down.</source>
        <translation>Saved correction: %1 mm to the right, %2 mm down.</translation>
    </message>
    <message>
        <source>Choose the form and a printer (or type a PDF file).</source>
        <translation>Choose the form and a printer (or type a PDF file).</translation>
    </message>
    <message>
        <source>Printing the calibration page…</source>
        <translation>Printing the calibration page…</translation>
    </message>
    <message>
        <source>The calibration page is printed: hold it on a blank form.</source>
        <translation>The calibration page is printed: hold it on a blank form.</translation>
    </message>
    <message>
        <source>The calibration page is written to %1.</source>
        <translation>The calibration page is written to %1.</translation>
    </message>
    <message>
        <source>The calibration page was not printed: %1</source>
        <translation>The calibration page was not printed: %1</translation>
    </message>
    <message>
        <source>Name the printer the correction is for.</source>
        <translation>Name the printer the correction is for.</translation>
    </message>
    <message>
        <source>The correction was not saved: %1</source>
        <translation>The correction was not saved: %1</translation>
    </message>
    <message>
        <source>Saved for %1. Print the page again on plain paper to check it: the marks should now fall on the crosshairs.</source>
        <translation>Saved for %1. Print the page again on plain paper to check it: the marks should now fall on the crosshairs.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::CorrectionScreen</name>
    <message>
        <source>Message about %1</source>
        <translation>Message about %1</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Form message</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>Correction of %1</source>
        <translation>Correction of %1</translation>
    </message>
    <message>
        <source>Change, correction or supplement of %1 — %2</source>
        <translation>Change, correction or supplement of %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Save the correction (Enter)</source>
        <translation>&amp;Save the correction (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>A %1 cannot be corrected from this screen yet.</source>
        <translation>A %1 cannot be corrected from this screen yet.</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>In the register</translation>
    </message>
    <message>
        <source>Corrected to</source>
        <translation>Corrected to</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Discard the changes typed in this correction?</source>
        <translation>Discard the changes typed in this correction?</translation>
    </message>
    <message>
        <source>The correction</source>
        <translation>The correction</translation>
    </message>
    <message>
        <source>e.g. Trích lục khai sinh số 12/2026, cấp ngày 20/11/2026</source>
        <translation>e.g. Trích lục khai sinh số 12/2026, cấp ngày 20/11/2026</translation>
    </message>
    <message>
        <source>Kind of correction</source>
        <translation>Kind of correction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Supporting document</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Other messages</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>%1 — %2, corrected</source>
        <translation>%1 — %2, corrected</translation>
    </message>
    <message>
        <source>%1 in the register</source>
        <translation>%1 in the register</translation>
    </message>
    <message numerus="yes">
        <source>Correct the %n error(s) marked before saving.</source>
        <translation>
            <numerusform>Correct the %n error(s) marked before saving.</numerusform>
            <numerusform>Correct the %n error(s) marked before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Correction registered as number %1.</source>
        <translation>Correction registered as number %1.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy or yyyy</translation>
    </message>
    <message>
        <source>In words: %1</source>
        <translation>In words: %1</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::DateTimeField</name>
    <message>
        <source>dd/mm/yyyy hh:mm, or the date alone</source>
        <translation>dd/mm/yyyy hh:mm, or the date alone</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::DateWordsEditor</name>
    <message>
        <source>Edit the words (F2)</source>
        <translation>Edit the words (F2)</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::DeathForm</name>
    <message>
        <source>Death registration</source>
        <translation>Death registration</translation>
    </message>
    <message>
        <source>Discard what was typed in this death registration?</source>
        <translation>Discard what was typed in this death registration?</translation>
    </message>
    <message>
        <source>The deceased</source>
        <translation>The deceased</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>The death</source>
        <translation>The death</translation>
    </message>
    <message>
        <source>Date of death in words</source>
        <translation>Date of death in words</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>hh:mm, e.g. 14:30</source>
        <translation>hh:mm, e.g. 14:30</translation>
    </message>
    <message>
        <source>Time of death</source>
        <translation>Time of death</translation>
    </message>
    <message>
        <source>Place of death</source>
        <translation>Place of death</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Cause of death</translation>
    </message>
    <message>
        <source>The death notice</source>
        <translation>The death notice</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Kind of paper</translation>
    </message>
    <message>
        <source>Number of the paper</source>
        <translation>Number of the paper</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>The declarant</source>
        <translation>The declarant</translation>
    </message>
    <message>
        <source>Edit the date of death in words</source>
        <translation>Edit the date of death in words</translation>
    </message>
    <message>
        <source>Date of death in words, as the family wants it read</source>
        <translation>Date of death in words, as the family wants it read</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::EthnicityForm</name>
    <message>
        <source>Ethnicity re-determination</source>
        <translation>Ethnicity re-determination</translation>
    </message>
    <message>
        <source>Discard what was typed in this ethnicity re-determination?</source>
        <translation>Discard what was typed in this ethnicity re-determination?</translation>
    </message>
    <message>
        <source>The re-determination</source>
        <translation>The re-determination</translation>
    </message>
    <message>
        <source>Ethnicity re-determined</source>
        <translation>Ethnicity re-determined</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>The requester</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::ExtractCopyForm</name>
    <message>
        <source>Extract copy</source>
        <translation>Extract copy</translation>
    </message>
    <message>
        <source>Discard what was typed in this request for copies?</source>
        <translation>Discard what was typed in this request for copies?</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>The requester</translation>
    </message>
    <message>
        <source>The copies</source>
        <translation>The copies</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::FindScreen</name>
    <message>
        <source>Search the register</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <source>Name (with or without diacritics) or register number, e.g. 12/2026</source>
        <translation>Name (with or without diacritics) or register number, e.g. 12/2026</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Register year</source>
        <translation>Register year</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>Y&amp;ear:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type a name or a register number.</source>
        <translation>Type a name or a register number.</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>Search state</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>No record matches.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records; type more to narrow the search.</source>
        <translation>
            <numerusform>The first %n records; type more to narrow the search.</numerusform>
            <numerusform>The first %n records; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform>
            <numerusform>%n records found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotich::desktop::GuardianshipChangeForm</name>
    <message>
        <source>Change of guardian</source>
        <translation>Change of guardian</translation>
    </message>
    <message>
        <source>Discard what was typed in this change of guardian?</source>
        <translation>Discard what was typed in this change of guardian?</translation>
    </message>
    <message>
        <source>The new guardian</source>
        <translation>The new guardian</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>The change</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::GuardianshipEndForm</name>
    <message>
        <source>End of the guardianship</source>
        <translation>End of the guardianship</translation>
    </message>
    <message>
        <source>Discard what was typed in this end of the guardianship?</source>
        <translation>Discard what was typed in this end of the guardianship?</translation>
    </message>
    <message>
        <source>The end of the guardianship</source>
        <translation>The end of the guardianship</translation>
    </message>
    <message>
        <source>Reason for the end</source>
        <translation>Reason for the end</translation>
    </message>
    <message>
        <source>Date the guardianship ends</source>
        <translation>Date the guardianship ends</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::GuardianshipForm</name>
    <message>
        <source>Guardianship registration</source>
        <translation>Guardianship registration</translation>
    </message>
    <message>
        <source>Discard what was typed in this guardianship registration?</source>
        <translation>Discard what was typed in this guardianship registration?</translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation>The guardian</translation>
    </message>
    <message>
        <source>The ward</source>
        <translation>The ward</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>The guardianship</source>
        <translation>The guardianship</translation>
    </message>
    <message>
        <source>Basis of the guardianship</source>
        <translation>Basis of the guardianship</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::HomeScreen</name>
    <message>
        <source>Home screen state</source>
        <translation>Home screen state</translation>
    </message>
    <message>
        <source>Files in progress</source>
        <translation>Files in progress</translation>
    </message>
    <message>
        <source>Files in progress, in numbers</source>
        <translation>Files in progress, in numbers</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Handed in by</source>
        <translation>Handed in by</translation>
    </message>
    <message>
        <source>Personal ID numbers</source>
        <translation>Personal ID numbers</translation>
    </message>
    <message>
        <source>Personal ID numbers, in numbers</source>
        <translation>Personal ID numbers, in numbers</translation>
    </message>
    <message>
        <source>Personal ID numbers with a problem</source>
        <translation>Personal ID numbers with a problem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sync with the ministry</source>
        <translation>Sync with the ministry</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Blank forms</translation>
    </message>
    <message>
        <source>Blank-form stock</source>
        <translation>Blank-form stock</translation>
    </message>
    <message>
        <source>Today&apos;s work — %1</source>
        <translation>Today&apos;s work — %1</translation>
    </message>
    <message>
        <source>Part of the day&apos;s work could not be read: %1</source>
        <translation>Part of the day&apos;s work could not be read: %1</translation>
    </message>
    <message>
        <source>%1 waiting for the centre · %2 arrived in the last 7 days · %3 with a problem</source>
        <translation>%1 waiting for the centre · %2 arrived in the last 7 days · %3 with a problem</translation>
    </message>
    <message>
        <source>%1: only %2 sheet(s) left</source>
        <translation>%1: only %2 sheet(s) left</translation>
    </message>
    <message>
        <source>Enough blank forms (none below %1 sheets).</source>
        <translation>Enough blank forms (none below %1 sheets).</translation>
    </message>
    <message>
        <source>Running low: %1.</source>
        <translation>Running low: %1.</translation>
    </message>
    <message>
        <source>To print</source>
        <translation>To print</translation>
    </message>
    <message>
        <source>Waiting for signature</source>
        <translation>Waiting for signature</translation>
    </message>
    <message>
        <source>Signed, to issue to the citizen</source>
        <translation>Signed, to issue to the citizen</translation>
    </message>
    <message>
        <source>Received, to enter in the register</source>
        <translation>Received, to enter in the register</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No file in progress.</source>
        <translation>No file in progress.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This office is not enrolled with the ministry&apos;s server yet: ask IT staff for an enrolment code. %n registration(s) wait to be sent.</source>
        <translation>
            <numerusform>This office is not enrolled with the ministry&apos;s server yet: ask IT staff for an enrolment code. %n registration waits to be sent.</numerusform>
            <numerusform>This office is not enrolled with the ministry&apos;s server yet: ask IT staff for an enrolment code. %n registrations wait to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Last successful sync: %1.</translation>
    </message>
    <message>
        <source>No successful sync yet.</source>
        <translation>No successful sync yet.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>The last attempt failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) wait to be sent.</source>
        <translation>
            <numerusform>%n entry waits to be sent.</numerusform>
            <numerusform>%n entries wait to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent.</source>
        <translation>Everything is sent.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::LoginScreen</name>
    <message>
        <source>Civil-status register — log in</source>
        <translation>Civil-status register — log in</translation>
    </message>
    <message>
        <source>Log in to the civil-status register</source>
        <translation>Log in to the civil-status register</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log-in error</source>
        <translation>Log-in error</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Civil-status register — locked</source>
        <translation>Civil-status register — locked</translation>
    </message>
    <message>
        <source>The screen is locked. Enter the password of %1 to go on.</source>
        <translation>The screen is locked. Enter the password of %1 to go on.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::MainWindow</name>
    <message>
        <source>Civil-status register — %1</source>
        <translation>Civil-status register — %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Find a record</source>
        <translation>&amp;Find a record</translation>
    </message>
    <message>
        <source>&amp;Close record</source>
        <translation>&amp;Close record</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2) — %3</source>
        <translation>Logged in: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>The screen is locked.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>Register a &amp;birth…</source>
        <translation>Register a &amp;birth…</translation>
    </message>
    <message>
        <source>Files waiting for &amp;signature</source>
        <translation>Files waiting for &amp;signature</translation>
    </message>
    <message>
        <source>Birth registration</source>
        <translation>Birth registration</translation>
    </message>
    <message>
        <source>Waiting for signature</source>
        <translation>Waiting for signature</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s work</source>
        <translation>&amp;Today&apos;s work</translation>
    </message>
    <message>
        <source>Settings and &amp;administration…</source>
        <translation>Settings and &amp;administration…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Blank f&amp;orms…</source>
        <translation>Blank f&amp;orms…</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Blank forms</translation>
    </message>
    <message>
        <source>Calibrate a &amp;printer…</source>
        <translation>Calibrate a &amp;printer…</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Sync state and the ministry&apos;s findings</source>
        <translation>&amp;Sync state and the ministry&apos;s findings</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Register a &amp;death…</source>
        <translation>Register a &amp;death…</translation>
    </message>
    <message>
        <source>Register a &amp;marriage…</source>
        <translation>Register a &amp;marriage…</translation>
    </message>
    <message>
        <source>Death registration</source>
        <translation>Death registration</translation>
    </message>
    <message>
        <source>Marriage registration</source>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <source>Register a parent–child &amp;recognition…</source>
        <translation>Register a parent–child &amp;recognition…</translation>
    </message>
    <message>
        <source>Register a &amp;guardianship…</source>
        <translation>Register a &amp;guardianship…</translation>
    </message>
    <message>
        <source>Certify a marital stat&amp;us…</source>
        <translation>Certify a marital stat&amp;us…</translation>
    </message>
    <message>
        <source>R&amp;ecord a decision or an event abroad…</source>
        <translation>R&amp;ecord a decision or an event abroad…</translation>
    </message>
    <message>
        <source>Parent–child recognition</source>
        <translation>Parent–child recognition</translation>
    </message>
    <message>
        <source>Guardianship registration</source>
        <translation>Guardianship registration</translation>
    </message>
    <message>
        <source>Marital-status certificate</source>
        <translation>Marital-status certificate</translation>
    </message>
    <message>
        <source>Recording in the register</source>
        <translation>Recording in the register</translation>
    </message>
    <message>
        <source>Print the files &amp;waiting for their paper…</source>
        <translation>Print the files &amp;waiting for their paper…</translation>
    </message>
    <message>
        <source>Batch printing</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation>&amp;Log in again</translation>
    </message>
    <message>
        <source>The register is restored from the backup. The register as it was is kept in %1.

Log in again to go on. Before registering again, the register catches up with the ministry server (Sync).</source>
        <translation>The register is restored from the backup. The register as it was is kept in %1.

Log in again to go on. Before registering again, the register catches up with the ministry server (Sync).</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::MaritalStatusForm</name>
    <message>
        <source>Marital-status certificate</source>
        <translation>Marital-status certificate</translation>
    </message>
    <message>
        <source>Discard what was typed in this marital-status certificate?</source>
        <translation>Discard what was typed in this marital-status certificate?</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>The period of residence</source>
        <translation>The period of residence</translation>
    </message>
    <message>
        <source>Resident from</source>
        <translation>Resident from</translation>
    </message>
    <message>
        <source>Resident until</source>
        <translation>Resident until</translation>
    </message>
    <message>
        <source>Place of residence in that period</source>
        <translation>Place of residence in that period</translation>
    </message>
    <message>
        <source>The marital status</source>
        <translation>The marital status</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Spouse&apos;s full name (when married)</source>
        <translation>Spouse&apos;s full name (when married)</translation>
    </message>
    <message>
        <source>Marriage certificate number</source>
        <translation>Marriage certificate number</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Certificate issued by</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>To register a marriage</source>
        <translation>To register a marriage</translation>
    </message>
    <message>
        <source>For a marriage</source>
        <translation>For a marriage</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>The requester</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::MarriageForm</name>
    <message>
        <source>Marriage registration</source>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <source>Discard what was typed in this marriage registration?</source>
        <translation>Discard what was typed in this marriage registration?</translation>
    </message>
    <message>
        <source>The wife</source>
        <translation>The wife</translation>
    </message>
    <message>
        <source>The husband</source>
        <translation>The husband</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::PersonFields</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Message about %1</source>
        <translation>Message about %1</translation>
    </message>
    <message>
        <source>Date of birth in words</source>
        <translation>Date of birth in words</translation>
    </message>
    <message>
        <source>Pick from the register… (F4)</source>
        <translation>Pick from the register… (F4)</translation>
    </message>
    <message>
        <source>%1 — pick from the register</source>
        <translation>%1 — pick from the register</translation>
    </message>
    <message>
        <source>Edit the date of birth in words</source>
        <translation>Edit the date of birth in words</translation>
    </message>
    <message>
        <source>%1 — date of birth in words, as the family wants it read</source>
        <translation>%1 — date of birth in words, as the family wants it read</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::PersonPicker</name>
    <message>
        <source>%1 — pick from the register</source>
        <translation>%1 — pick from the register</translation>
    </message>
    <message>
        <source>Name of the person to pick</source>
        <translation>Name of the person to pick</translation>
    </message>
    <message>
        <source>Name (with or without diacritics) or register number, e.g. 12/2026</source>
        <translation>Name (with or without diacritics) or register number, e.g. 12/2026</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Type the name of a person the register holds.</source>
        <translation>Type the name of a person the register holds.</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>Search state</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Persons found</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In the record as</source>
        <translation>In the record as</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Down: to the results · Enter: fill in the form with the person · Esc: close</source>
        <translation>Down: to the results · Enter: fill in the form with the person · Esc: close</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No person of that name in the register.</source>
        <translation>No person of that name in the register.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found: Down to choose, Enter to fill in the form.</source>
        <translation>
            <numerusform>%n person found: Down to choose, Enter to fill in the form.</numerusform>
            <numerusform>%n persons found: Down to choose, Enter to fill in the form.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotich::desktop::PlaceField</name>
    <message>
        <source>e.g. ba dinh (without accents) — then pick from the list</source>
        <translation>e.g. ba dinh (without accents) — then pick from the list</translation>
    </message>
    <message>
        <source>Administrative units</source>
        <translation>Administrative units</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::PrintScreen</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>PDF &amp;file</source>
        <translation>PDF &amp;file</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Prin&amp;ter</source>
        <translation>Prin&amp;ter</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Blank &amp;serial</source>
        <translation>Blank &amp;serial</translation>
    </message>
    <message>
        <source>Blank serial</source>
        <translation>Blank serial</translation>
    </message>
    <message>
        <source>The serial printed on the blank form in the printer</source>
        <translation>The serial printed on the blank form in the printer</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Print result</source>
        <translation>Print result</translation>
    </message>
    <message>
        <source>Preview on the blank form</source>
        <translation>Preview on the blank form</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;orm</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Print to</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>No form is printed for this kind of record.</source>
        <translation>No form is printed for this kind of record.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank form(s) left in stock.</source>
        <translation>
            <numerusform>%n blank form left in stock.</numerusform>
            <numerusform>%n blank forms left in stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF is not calibrated: it holds the form as designed.</source>
        <translation>A PDF is not calibrated: it holds the form as designed.</translation>
    </message>
    <message>
        <source>No calibration is saved for this printer and form.</source>
        <translation>No calibration is saved for this printer and form.</translation>
    </message>
    <message>
        <source>Calibrated for this printer: offset %1 mm, %2 mm</source>
        <translation>Calibrated for this printer: offset %1 mm, %2 mm</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Save the PDF as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>No blank forms of this kind are left in stock. Receive the next stock before printing.</source>
        <translation>No blank forms of this kind are left in stock. Receive the next stock before printing.</translation>
    </message>
    <message>
        <source>Give the PDF file to write.</source>
        <translation>Give the PDF file to write.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Nothing was printed: %1</translation>
    </message>
    <message>
        <source>Printed: %1 to %2.</source>
        <translation>Printed: %1 to %2.</translation>
    </message>
    <message>
        <source>Printed: %1 on blank %2 to %3.</source>
        <translation>Printed: %1 on blank %2 to %3.</translation>
    </message>
    <message>
        <source>The file is marked as printed.</source>
        <translation>The file is marked as printed.</translation>
    </message>
    <message>
        <source>The file&apos;s step was not taken: %1</source>
        <translation>The file&apos;s step was not taken: %1</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::RecognitionForm</name>
    <message>
        <source>Parent–child recognition</source>
        <translation>Parent–child recognition</translation>
    </message>
    <message>
        <source>Discard what was typed in this parent–child recognition?</source>
        <translation>Discard what was typed in this parent–child recognition?</translation>
    </message>
    <message>
        <source>The recognition</source>
        <translation>The recognition</translation>
    </message>
    <message>
        <source>Recognition of the father or the mother</source>
        <translation>Recognition of the father or the mother</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>The father or mother</source>
        <translation>The father or mother</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>The declarant</source>
        <translation>The declarant</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::RecordScreen</name>
    <message>
        <source>Current content</source>
        <translation>Current content</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>Record not readable</source>
        <translation>Record not readable</translation>
    </message>
    <message>
        <source>Registered on %1 · Book %2 · %3</source>
        <translation>Registered on %1 · Book %2 · %3</translation>
    </message>
    <message>
        <source>%1 (registration %2)</source>
        <translation>%1 (registration %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>Where the file stands</source>
        <translation>Where the file stands</translation>
    </message>
    <message>
        <source>File: %1 · received %2 from %3 · due by %4</source>
        <translation>File: %1 · received %2 from %3 · due by %4</translation>
    </message>
    <message>
        <source> · last step by %1</source>
        <translation> · last step by %1</translation>
    </message>
    <message>
        <source>Mark the certificate as &amp;printed</source>
        <translation>Mark the certificate as &amp;printed</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>&amp;Issue to the citizen</source>
        <translation>&amp;Issue to the citizen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print a certificate or extract of this record (Ctrl+P)</source>
        <translation>Print a certificate or extract of this record (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Correct… (Ctrl+E)</source>
        <translation>&amp;Correct… (Ctrl+E)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;End the guardianship… (Ctrl+Shift+E)</source>
        <translation>&amp;End the guardianship… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>C&amp;hange the guardian… (Ctrl+Shift+N)</source>
        <translation>C&amp;hange the guardian… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Re-determine the eth&amp;nicity… (Ctrl+Shift+X)</source>
        <translation>Re-determine the eth&amp;nicity… (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Record a &amp;divorce or annulment… (Ctrl+Shift+V)</source>
        <translation>Record a &amp;divorce or annulment… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Extract c&amp;opies… (Ctrl+Shift+C)</source>
        <translation>Extract c&amp;opies… (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>What the ministry answered</source>
        <translation>What the ministry answered</translation>
    </message>
    <message>
        <source>Personal ID number: %1</source>
        <translation>Personal ID number: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Flagged: %1</translation>
    </message>
    <message>
        <source>Blank %1 (%2): %3</source>
        <translation>Blank %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::RecordingForm</name>
    <message>
        <source>Recording in the register</source>
        <translation>Recording in the register</translation>
    </message>
    <message>
        <source>Discard what was typed in this recording?</source>
        <translation>Discard what was typed in this recording?</translation>
    </message>
    <message>
        <source>The recording</source>
        <translation>The recording</translation>
    </message>
    <message>
        <source>Kind of recording</source>
        <translation>Kind of recording</translation>
    </message>
    <message>
        <source>The person recorded</source>
        <translation>The person recorded</translation>
    </message>
    <message>
        <source>The other party</source>
        <translation>The other party</translation>
    </message>
    <message>
        <source>The decision or document</source>
        <translation>The decision or document</translation>
    </message>
    <message>
        <source>Number of the decision</source>
        <translation>Number of the decision</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <source>Content recorded</source>
        <translation>Content recorded</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::RegistrationForm</name>
    <message>
        <source>Form message</source>
        <translation>Form message</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Other messages</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Save (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>The registration</source>
        <translation>The registration</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message numerus="yes">
        <source>Correct the %n error(s) marked before saving.</source>
        <translation>
            <numerusform>Correct the %n error(s) marked before saving.</numerusform>
            <numerusform>Correct the %n error(s) marked before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Registered as number %1.</source>
        <translation>Registered as number %1.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Amends: %1 %2 — %3</source>
        <translation>Amends: %1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SettingsScreen</name>
    <message>
        <source>Settings and administration</source>
        <translation>Settings and administration</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Commune code:</source>
        <translation>Commune code:</translation>
    </message>
    <message>
        <source>Register file:</source>
        <translation>Register file:</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>Accounts and roles</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>New account&apos;s login</source>
        <translation>New account&apos;s login</translation>
    </message>
    <message>
        <source>New account&apos;s full name</source>
        <translation>New account&apos;s full name</translation>
    </message>
    <message>
        <source>New account&apos;s role</source>
        <translation>New account&apos;s role</translation>
    </message>
    <message>
        <source>New account&apos;s password</source>
        <translation>New account&apos;s password</translation>
    </message>
    <message>
        <source>New account&apos;s password, again</source>
        <translation>New account&apos;s password, again</translation>
    </message>
    <message>
        <source>&amp;Add the account</source>
        <translation>&amp;Add the account</translation>
    </message>
    <message>
        <source>Only an administrator adds accounts.</source>
        <translation>Only an administrator adds accounts.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The language changes at the next start of the program.</source>
        <translation>The language changes at the next start of the program.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>The two passwords differ: type them again.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Adding the account…</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>The account was not added: %1</translation>
    </message>
    <message>
        <source>The account %1 (%2) is added as %3.</source>
        <translation>The account %1 (%2) is added as %3.</translation>
    </message>
    <message>
        <source>Zero tens in words</source>
        <translation>Zero tens in words</translation>
    </message>
    <message>
        <source>“lẻ” — 105: một trăm lẻ năm</source>
        <translation>“lẻ” — 105: một trăm lẻ năm</translation>
    </message>
    <message>
        <source>“linh” — 105: một trăm linh năm</source>
        <translation>“linh” — 105: một trăm linh năm</translation>
    </message>
    <message>
        <source>Thousands in words</source>
        <translation>Thousands in words</translation>
    </message>
    <message>
        <source>“nghìn” — 2026: hai nghìn …</source>
        <translation>“nghìn” — 2026: hai nghìn …</translation>
    </message>
    <message>
        <source>“ngàn” — 2026: hai ngàn …</source>
        <translation>“ngàn” — 2026: hai ngàn …</translation>
    </message>
    <message>
        <source>Four after twenty in words</source>
        <translation>Four after twenty in words</translation>
    </message>
    <message>
        <source>“tư” — 24: hai mươi tư</source>
        <translation>“tư” — 24: hai mươi tư</translation>
    </message>
    <message>
        <source>“bốn” — 24: hai mươi bốn</source>
        <translation>“bốn” — 24: hai mươi bốn</translation>
    </message>
    <message>
        <source>Days 1 to 10 in words</source>
        <translation>Days 1 to 10 in words</translation>
    </message>
    <message>
        <source>“mồng” — ngày mồng năm</source>
        <translation>“mồng” — ngày mồng năm</translation>
    </message>
    <message>
        <source>“mùng” — ngày mùng năm</source>
        <translation>“mùng” — ngày mùng năm</translation>
    </message>
    <message>
        <source>none — ngày năm</source>
        <translation>none — ngày năm</translation>
    </message>
    <message>
        <source>Example of a date in words</source>
        <translation>Example of a date in words</translation>
    </message>
    <message>
        <source>Save the &amp;number words</source>
        <translation>Save the &amp;number words</translation>
    </message>
    <message>
        <source>Number words message</source>
        <translation>Number words message</translation>
    </message>
    <message>
        <source>Zero tens:</source>
        <translation>Zero tens:</translation>
    </message>
    <message>
        <source>Thousands:</source>
        <translation>Thousands:</translation>
    </message>
    <message>
        <source>Four after twenty:</source>
        <translation>Four after twenty:</translation>
    </message>
    <message>
        <source>Days 1 to 10:</source>
        <translation>Days 1 to 10:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>The number words are saved: forms opened from now on and printed papers use them.</source>
        <translation>The number words are saved: forms opened from now on and printed papers use them.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SignerQueue</name>
    <message>
        <source>Files waiting for signature</source>
        <translation>Files waiting for signature</translation>
    </message>
    <message>
        <source>Signature queue state</source>
        <translation>Signature queue state</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Handed in by</source>
        <translation>Handed in by</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>Records the signature of the commune chair or vice-chair on the chosen file</source>
        <translation>Records the signature of the commune chair or vice-chair on the chosen file</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>No file waits for signature.</source>
        <translation>No file waits for signature.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait for signature.</source>
        <translation>
            <numerusform>%n file(s) wait for signature.</numerusform>
            <numerusform>%n file(s) wait for signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is signed.</source>
        <translation>%1 is signed.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::StockScreen</name>
    <message>
        <source>Blank forms</source>
        <translation>Blank forms</translation>
    </message>
    <message>
        <source>Blank-form stock state</source>
        <translation>Blank-form stock state</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Blank-form stock</source>
        <translation>Blank-form stock</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Spoiled</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Sheets sent to the printer and not confirmed</source>
        <translation>Sheets sent to the printer and not confirmed</translation>
    </message>
    <message>
        <source>Sheets waiting for confirmation</source>
        <translation>Sheets waiting for confirmation</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Printer or file</source>
        <translation>Printer or file</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>Why the sheet is spoiled</source>
        <translation>Why the sheet is spoiled</translation>
    </message>
    <message>
        <source>Why spoiled: jammed, misprinted, torn…</source>
        <translation>Why spoiled: jammed, misprinted, torn…</translation>
    </message>
    <message>
        <source>It came out &amp;printed</source>
        <translation>It came out &amp;printed</translation>
    </message>
    <message>
        <source>It is sp&amp;oiled</source>
        <translation>It is sp&amp;oiled</translation>
    </message>
    <message>
        <source>Blanks received</source>
        <translation>Blanks received</translation>
    </message>
    <message>
        <source>Form of the blanks received</source>
        <translation>Form of the blanks received</translation>
    </message>
    <message>
        <source>Series of the blanks received</source>
        <translation>Series of the blanks received</translation>
    </message>
    <message>
        <source>First number received</source>
        <translation>First number received</translation>
    </message>
    <message>
        <source>Last number received</source>
        <translation>Last number received</translation>
    </message>
    <message>
        <source>Recei&amp;ve</source>
        <translation>Recei&amp;ve</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>From number:</source>
        <translation>From number:</translation>
    </message>
    <message>
        <source>To number:</source>
        <translation>To number:</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: %2 left</translation>
    </message>
    <message>
        <source>No form is below %1 sheets.</source>
        <translation>No form is below %1 sheets.</translation>
    </message>
    <message>
        <source>Running low (below %1 sheets): %2. Ask the province for more.</source>
        <translation>Running low (below %1 sheets): %2. Ask the province for more.</translation>
    </message>
    <message>
        <source>No sheet waits for confirmation.</source>
        <translation>No sheet waits for confirmation.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) were sent to the printer and not confirmed: say how each came out.</source>
        <translation>
            <numerusform>%n sheet was sent to the printer and not confirmed: say how it came out.</numerusform>
            <numerusform>%n sheets were sent to the printer and not confirmed: say how each came out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the form, the series and the first and last numbers received.</source>
        <translation>Give the form, the series and the first and last numbers received.</translation>
    </message>
    <message>
        <source>Received %1 blanks: %2 to %3.</source>
        <translation>Received %1 blanks: %2 to %3.</translation>
    </message>
    <message>
        <source>%1 is recorded as printed.</source>
        <translation>%1 is recorded as printed.</translation>
    </message>
    <message>
        <source>Say why %1 is spoiled before recording it.</source>
        <translation>Say why %1 is spoiled before recording it.</translation>
    </message>
    <message>
        <source>%1 is recorded as spoiled.</source>
        <translation>%1 is recorded as spoiled.</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SyncIndicator</name>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Civil-status register — %1</source>
        <translation>Civil-status register — %1</translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SyncMonitor</name>
    <message>
        <source>Sync: reading the state…</source>
        <translation>Sync: reading the state…</translation>
    </message>
    <message>
        <source>Sync: this office is not enrolled with the ministry&apos;s server</source>
        <translation>Sync: this office is not enrolled with the ministry&apos;s server</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n entry(ies), %1</source>
        <translation>
            <numerusform>Syncing… %n entry, %1</numerusform>
            <numerusform>Syncing… %n entries, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: last success %1</source>
        <translation>Synced: last success %1</translation>
    </message>
    <message>
        <source>Sync: no successful sync yet</source>
        <translation>Sync: no successful sync yet</translation>
    </message>
    <message>
        <source>Offline, trying again by itself: %1</source>
        <translation>Offline, trying again by itself: %1</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Sync error: %1</translation>
    </message>
    <message>
        <source>Syncing… stopping after the round in flight</source>
        <translation>Syncing… stopping after the round in flight</translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped as asked: %n entry(ies) still wait to be sent</source>
        <translation>
            <numerusform>Sync stopped as asked: %n entry still waits to be sent</numerusform>
            <numerusform>Sync stopped as asked: %n entries still wait to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotich::desktop::SyncScreen</name>
    <message>
        <source>Sync with the ministry</source>
        <translation>Sync with the ministry</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Last success, last error, waiting entries</source>
        <translation>Last success, last error, waiting entries</translation>
    </message>
    <message>
        <source>Sync message</source>
        <translation>Sync message</translation>
    </message>
    <message>
        <source>Sync &amp;now (F9)</source>
        <translation>Sync &amp;now (F9)</translation>
    </message>
    <message>
        <source>Sends what waits and receives the ministry&apos;s answers, in the background</source>
        <translation>Sends what waits and receives the ministry&apos;s answers, in the background</translation>
    </message>
    <message>
        <source>What the ministry rejected, flagged or quarantined</source>
        <translation>What the ministry rejected, flagged or quarantined</translation>
    </message>
    <message>
        <source>Findings, in numbers</source>
        <translation>Findings, in numbers</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>The ministry says</source>
        <translation>The ministry says</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>The chosen finding in full</source>
        <translation>The chosen finding in full</translation>
    </message>
    <message>
        <source>Compare this record with the other office&apos;s record named in the message and ask the family. If it is the same child, the later registration is corrected or voided; if not, nothing more is needed.</source>
        <translation>Compare this record with the other office&apos;s record named in the message and ask the family. If it is the same child, the later registration is corrected or voided; if not, nothing more is needed.</translation>
    </message>
    <message>
        <source>Check the person&apos;s marital status with the office named in the message. If the earlier marriage still stands, tell the commune chair, who handles it under the law.</source>
        <translation>Check the person&apos;s marital status with the office named in the message. If the earlier marriage still stands, tell the commune chair, who handles it under the law.</translation>
    </message>
    <message>
        <source>The ministry already holds this record: nothing is lost. Tell IT staff if it happens again.</source>
        <translation>The ministry already holds this record: nothing is lost. Tell IT staff if it happens again.</translation>
    </message>
    <message>
        <source>The centre already holds this register number for another record. Check the paper register book, then ask IT staff and the province to reconcile the numbers. Do not register the record again.</source>
        <translation>The centre already holds this register number for another record. Check the paper register book, then ask IT staff and the province to reconcile the numbers. Do not register the record again.</translation>
    </message>
    <message>
        <source>Another office holds this record. Ask IT staff: the province decides which office keeps it.</source>
        <translation>Another office holds this record. Ask IT staff: the province decides which office keeps it.</translation>
    </message>
    <message>
        <source>The centre does not hold the record this change belongs to. Ask IT staff to check the register (hotich-admin verify), then sync again.</source>
        <translation>The centre does not hold the record this change belongs to. Ask IT staff to check the register (hotich-admin verify), then sync again.</translation>
    </message>
    <message>
        <source>The centre could not take this entry. Ask IT staff to check the register (hotich-admin verify).</source>
        <translation>The centre could not take this entry. Ask IT staff to check the register (hotich-admin verify).</translation>
    </message>
    <message>
        <source>The register&apos;s history forked (a backup was restored and written to). Keep working; ask IT staff to contact the province, which resolves the entries it holds back.</source>
        <translation>The register&apos;s history forked (a backup was restored and written to). Keep working; ask IT staff to contact the province, which resolves the entries it holds back.</translation>
    </message>
    <message>
        <source>The population database may already hold this person. Check the family&apos;s papers (does the child already have an ID number?) and answer the centre as the message asks.</source>
        <translation>The population database may already hold this person. Check the family&apos;s papers (does the child already have an ID number?) and answer the centre as the message asks.</translation>
    </message>
    <message>
        <source>The centre asks for a check. Verify the details named in the message against the family&apos;s papers; if they are wrong, correct the record.</source>
        <translation>The centre asks for a check. Verify the details named in the message against the family&apos;s papers; if they are wrong, correct the record.</translation>
    </message>
    <message>
        <source>The centre refused the ID number. Correct what the message names; if it is not clear, ask IT staff to contact the centre.</source>
        <translation>The centre refused the ID number. Correct what the message names; if it is not clear, ask IT staff to contact the centre.</translation>
    </message>
    <message>
        <source>Read the ministry&apos;s message and open the record to check it. If it is not clear what to do, ask IT staff.</source>
        <translation>Read the ministry&apos;s message and open the record to check it. If it is not clear what to do, ask IT staff.</translation>
    </message>
    <message>
        <source>Last success: %1.</source>
        <translation>Last success: %1.</translation>
    </message>
    <message>
        <source>Last success: none yet.</source>
        <translation>Last success: none yet.</translation>
    </message>
    <message>
        <source>Last error: none.</source>
        <translation>Last error: none.</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Last error (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) wait to be sent.</source>
        <translation>
            <numerusform>%n entry waits to be sent.</numerusform>
            <numerusform>%n entries wait to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nothing waits to be sent.</translation>
    </message>
    <message>
        <source>This office is not enrolled with the ministry&apos;s server, so nothing is sent yet. IT staff enrol it with hotich-admin enrol --server URL --code CODE (the province gives the code); then sync runs by itself.</source>
        <translation>This office is not enrolled with the ministry&apos;s server, so nothing is sent yet. IT staff enrol it with hotich-admin enrol --server URL --code CODE (the province gives the code); then sync runs by itself.</translation>
    </message>
    <message>
        <source>Part of the sync state could not be read: %1</source>
        <translation>Part of the sync state could not be read: %1</translation>
    </message>
    <message>
        <source>Entry %1 of the queue</source>
        <translation>Entry %1 of the queue</translation>
    </message>
    <message>
        <source>A record not in this register</source>
        <translation>A record not in this register</translation>
    </message>
    <message>
        <source>The register&apos;s history</source>
        <translation>The register&apos;s history</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>Quarantined: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Flagged: %1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <source>ID number: %1: %2</source>
        <translation>ID number: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to act on. Enter opens the record.</source>
        <translation>
            <numerusform>%n item to act on. Enter opens the record.</numerusform>
            <numerusform>%n items to act on. Enter opens the record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to act on.</source>
        <translation>Nothing to act on.</translation>
    </message>
    <message>
        <source>%1 — %2
What to do: %3</source>
        <translation>%1 — %2
What to do: %3</translation>
    </message>
    <message>
        <source>S&amp;top after this round</source>
        <translation>S&amp;top after this round</translation>
    </message>
    <message>
        <source>What this round sends and receives is kept; the rest goes at the next sync</source>
        <translation>What this round sends and receives is kept; the rest goes at the next sync</translation>
    </message>
</context>
</TS>

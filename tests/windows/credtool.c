/* credtool.exe: writes, reads or lists generic credentials in the Windows Credential Manager,
 * as QtKeychain stores ChatVox's Twitch tokens. The Wine tests use it to check that the
 * uninstaller keeps saved logins, or removes them when asked to.
 *   credtool write TARGET SECRET    exit 0 when written
 *   credtool exists TARGET          exit 0 when present, 1 when absent */
#include <windows.h>
#include <wincred.h>
#include <string.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc == 4 && wcscmp(argv[1], L"write") == 0) {
        CREDENTIALW cred;
        memset(&cred, 0, sizeof cred);
        cred.Type = CRED_TYPE_GENERIC;
        cred.TargetName = argv[2];
        cred.CredentialBlobSize = (DWORD)(wcslen(argv[3]) * sizeof(wchar_t));
        cred.CredentialBlob = (LPBYTE)argv[3];
        cred.Persist = CRED_PERSIST_ENTERPRISE; /* as QtKeychain does */
        return CredWriteW(&cred, 0) ? 0 : 2;
    }
    if (argc == 3 && wcscmp(argv[1], L"exists") == 0) {
        PCREDENTIALW found = NULL;
        if (!CredReadW(argv[2], CRED_TYPE_GENERIC, 0, &found))
            return 1;
        CredFree(found);
        return 0;
    }
    return 3;
}

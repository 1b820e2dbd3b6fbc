/* credtool.exe: writes, reads or lists generic credentials in the Windows Credential Manager,
 * as QtKeychain stores ChatVox's Twitch tokens. The Wine tests use it to check that the
 * uninstaller keeps saved logins, or removes them when asked to, and where a login went.
 *   credtool write TARGET SECRET    exit 0 when written
 *   credtool exists TARGET          exit 0 when present, 1 when absent
 *   credtool list                   the targets of all generic credentials, one per line (UTF-8)
 *   credtool read TARGET            the credential's bytes on stdout; exit 1 when absent
 *   credtool delete TARGET          exit 0 when deleted, 1 when absent */
#include <windows.h>
#include <wincred.h>
#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#include <string.h>

static void printUtf8Line(const wchar_t *text)
{
    char buffer[4096];
    int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, buffer, (int)sizeof buffer, NULL, NULL);
    if (n > 0)
        printf("%s\n", buffer);
}

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
    if (argc == 2 && wcscmp(argv[1], L"list") == 0) {
        DWORD count = 0;
        PCREDENTIALW *all = NULL;
        if (!CredEnumerateW(NULL, 0, &count, &all))
            return GetLastError() == ERROR_NOT_FOUND ? 0 : 2;
        for (DWORD i = 0; i < count; ++i) {
            if (all[i]->Type == CRED_TYPE_GENERIC)
                printUtf8Line(all[i]->TargetName);
        }
        CredFree(all);
        return 0;
    }
    if (argc == 3 && wcscmp(argv[1], L"read") == 0) {
        PCREDENTIALW found = NULL;
        if (!CredReadW(argv[2], CRED_TYPE_GENERIC, 0, &found))
            return 1;
        _setmode(_fileno(stdout), _O_BINARY);
        fwrite(found->CredentialBlob, 1, found->CredentialBlobSize, stdout);
        CredFree(found);
        return 0;
    }
    if (argc == 3 && wcscmp(argv[1], L"delete") == 0)
        return CredDeleteW(argv[2], CRED_TYPE_GENERIC, 0) ? 0 : 1;
    return 3;
}

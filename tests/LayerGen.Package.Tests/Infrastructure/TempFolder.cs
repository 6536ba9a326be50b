namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>Deletes the temp folders the tests create.</summary>
internal static class TempFolder
{
    /// <summary>
    /// Deletes <paramref name="path"/> and everything in it, retrying briefly while a just-ended child process still
    /// holds a file; throws if it cannot, so a folder left behind fails the run instead of going unnoticed.
    /// </summary>
    public static void Delete(string path)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }
}

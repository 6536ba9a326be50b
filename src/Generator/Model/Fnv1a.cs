namespace LayerGen.Generator.Model;

/// <summary>
/// 32-bit FNV-1a over a string's UTF-16 code units: the same in every run, process and platform (unlike
/// <see cref="string.GetHashCode()"/>, which is seeded per process). Compiled into the generator (hint names) and the
/// analyzers (the softmax model's dimension atoms).
/// </summary>
internal static class Fnv1a
{
    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static uint Hash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}

using System;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Orders and hashes the model's keys by where they are written, never by object identity: Roslyn symbols and
/// operations hash by identity (new objects in every compilation) and strings by a per-process random seed, so a
/// hashed set iterated in hash order, or a choice made by whichever key comes first, would differ from run to run of
/// the same file. Every choice the model makes between equivalent keys goes through this order instead.
/// </summary>
internal static class SourceOrder
{
    /// <summary>
    /// Total order of dimension atoms: by where their buffer is declared (file, then offset), then by the buffer's name
    /// and kind, then by the dimension's key. Two atoms compare equal only when they are equal.
    /// </summary>
    public static int Compare(DimensionAtom first, DimensionAtom second)
    {
        var bySymbol = Compare(first.Root, second.Root);
        return bySymbol != 0 ? bySymbol : string.CompareOrdinal(first.Key, second.Key);
    }

    /// <summary>Symbols by declaration position (file path, then offset), then by name and kind; metadata symbols (no source location) first.</summary>
    public static int Compare(ISymbol first, ISymbol second)
    {
        if (SymbolEqualityComparer.Default.Equals(first, second))
        {
            return 0;
        }

        var (firstPath, firstStart) = DeclaredAt(first);
        var (secondPath, secondStart) = DeclaredAt(second);
        var order = string.CompareOrdinal(firstPath, secondPath);
        if (order == 0)
        {
            order = firstStart.CompareTo(secondStart);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(first.Name, second.Name);
        }

        return order != 0 ? order : first.Kind.CompareTo(second.Kind);
    }

    /// <summary>A hash of <paramref name="symbol"/> that is the same in every run: its name and declaration offset.</summary>
    public static int Hash(ISymbol symbol) => (Hash(symbol.Name) * 397) ^ DeclaredAt(symbol).Start;

    /// <summary>FNV-1a over the characters: unlike <see cref="string.GetHashCode()"/>, not seeded per process.</summary>
    public static int Hash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var character in text)
            {
                hash = (hash ^ character) * 16777619;
            }

            return hash;
        }
    }

    private static (string Path, int Start) DeclaredAt(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return (location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan.Start);
            }
        }

        return (string.Empty, -1);
    }
}

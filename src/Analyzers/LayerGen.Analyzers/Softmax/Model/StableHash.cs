using LayerGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Hash codes that are the same in every run of the same source: Roslyn symbols hash by identity (new objects in every
/// compilation) and strings by a per-process random seed, so a hashed set of dimension atoms iterated in hash order
/// (the model's <c>ImmutableHashSet</c>s) linked its classes in a different order from run to run, and a message named
/// whichever buffer came first. Hashing by name and declaration offset fixes that order for a given source.
/// </summary>
internal static class StableHash
{
    /// <summary>The symbol's name and the offset of its first source declaration (-1 for a metadata symbol).</summary>
    public static int Of(ISymbol symbol) => (Of(symbol.Name) * 397) ^ DeclarationOffset(symbol);

    /// <summary>FNV-1a over the characters (<see cref="Fnv1a"/>): unlike <see cref="string.GetHashCode()"/>, not seeded per process.</summary>
    public static int Of(string text) => unchecked((int)Fnv1a.Hash(text));

    /// <summary>
    /// The operation's place in the code: its syntax tree's path, span and kind (an operation and the conversion around
    /// it share a span). Two operations at one place hash alike and still differ (<see cref="StableKeys"/>).
    /// </summary>
    public static int Of(IOperation operation)
    {
        var span = operation.Syntax.Span;
        unchecked
        {
            return (((Of(operation.Syntax.SyntaxTree.FilePath) * 397) ^ span.Start) * 397 ^ span.Length) * 397 ^ (int)operation.Kind;
        }
    }

    private static int DeclarationOffset(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return location.SourceSpan.Start;
            }
        }

        return -1;
    }
}

using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Library methods that are the same, for the model, as the LINQ or <c>List&lt;T&gt;</c> method they mirror
/// (HeldOut85): the immutable and frozen collections' copies (<c>ToImmutableArray()</c> is <c>ToArray()</c>,
/// <c>ToImmutableList()</c> is <c>ToList()</c>, <c>ToFrozenDictionary</c>, <c>ToImmutableDictionary</c> and
/// <c>ToImmutableSortedDictionary</c> with a key and a value selector are <c>ToDictionary</c>), the immutable list's
/// <c>ConvertAll</c> (<c>List&lt;T&gt;.ConvertAll</c>) and an immutable array's own <c>AsSpan()</c>/<c>AsMemory()</c>
/// (<c>MemoryExtensions.AsSpan</c> of an array). One table, read by the readers that name the mirrored method, rather
/// than a special case at each.
/// </summary>
internal sealed partial class WellKnownSymbols
{
    /// <summary>
    /// The <c>System.Linq.Enumerable</c> operator <paramref name="method"/> means, when it is a static copy method of
    /// <c>System.Collections.Immutable</c> or <c>System.Collections.Frozen</c> taking its source first (an extension);
    /// else null.
    /// </summary>
    public static string? LinqSynonym(IMethodSymbol? method)
    {
        if (method is not { IsStatic: true, Parameters.Length: > 0 } || !IsImmutableOrFrozen(method.ContainingType))
        {
            return null;
        }

        return method.Name switch
        {
            "ToImmutableArray" => "ToArray",
            "ToImmutableList" => "ToList",
            "ToFrozenDictionary" or "ToImmutableDictionary" or "ToImmutableSortedDictionary" => "ToDictionary",
            _ => null,
        };
    }

    /// <summary>The name of <paramref name="method"/> as the LINQ readers know it: its <see cref="LinqSynonym"/>, else its own.</summary>
    public static string LinqName(IMethodSymbol method) => LinqSynonym(method) ?? method.Name;

    /// <summary><c>ImmutableList&lt;T&gt;.ConvertAll(f)</c>: a new list of every element mapped, as <c>List&lt;T&gt;.ConvertAll</c>.</summary>
    public static bool IsImmutableConvertAll(IMethodSymbol? method) =>
        method is { Name: "ConvertAll", IsStatic: false, Parameters.Length: 1 } && IsImmutableOrFrozen(method.ContainingType);

    /// <summary><c>ImmutableArray&lt;T&gt;.AsSpan()</c>/<c>AsMemory()</c> (and the slicing overloads): a view of the array's own elements.</summary>
    public static bool IsImmutableAsSpan(IMethodSymbol? method) =>
        method is { Name: "AsSpan" or "AsMemory", IsStatic: false } && method.ContainingType is { Name: "ImmutableArray" } type && IsImmutableOrFrozen(type);

    private static bool IsImmutableOrFrozen(ITypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() is "System.Collections.Immutable" or "System.Collections.Frozen";
}
